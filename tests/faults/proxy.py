"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1, in front of a real server on 127.0.0.1.

It forwards every request as it is, except those a :class:`Fault` matches (method, a regular expression
on the path with its query, and which of the matching requests: the first, the second …). A fault can
hold a request before forwarding it (or before dropping it), delay the answer, reset the connection before or after the server saw
the request, answer a status itself (before forwarding, or in place of the server's answer), or replace the
server's body. WebSocket upgrades are piped both ways and can be cut (:meth:`FaultProxy.cut_websockets`).
:meth:`FaultProxy.freeze` holds every new request until :meth:`FaultProxy.thaw` (bounded: at most
``MAX_HOLD`` seconds).

Only loopback addresses: the proxy listens on 127.0.0.1 and refuses an upstream that is not loopback.
Every loop is bounded (a read of at most ``MAX_MESSAGE`` bytes, holds of at most ``MAX_HOLD`` seconds).
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Literal

MAX_HOLD = 120.0
MAX_MESSAGE = 256 * 1024 * 1024

Action = Literal[
    "hold",  # wait `seconds`, then forward (a slow network, or a server slow to read)
    "delay_answer",  # forward, read the answer, wait `seconds`, then send it
    "reset_before",  # close the client's connection without forwarding (the server never sees it)
    "hold_reset",  # wait `seconds`, then close the client's connection without forwarding (a lost request)
    "reset_after",  # forward, read the answer, close the client's connection (the answer is lost)
    "status_before",  # answer `status` with `body` without forwarding
    "status_after",  # forward, read the answer, send `status` with `body` instead
    "body_after",  # forward, send the server's status and headers with `body` in place of its body
]


@dataclass
class Fault:
    action: Action
    path: str  # a regular expression searched in the request target (path and query)
    method: str | None = None
    nth: int = 1  # the first matching request this fault applies to (1: the first)
    times: int = 1  # how many matching requests from the nth on (0: every one)
    seconds: float = 0.0
    status: int = 502
    body: bytes = b"<html><body>Bad Gateway</body></html>"
    content_type: str = "text/html; charset=utf-8"
    seen: int = 0  # matching requests so far
    applied: int = 0

    def matches(self, method: str, target: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return re.search(self.path, target) is not None

    def take(self) -> bool:
        """Count one matching request; whether the fault applies to it."""
        self.seen += 1
        if self.seen < self.nth or (self.times and self.applied >= self.times):
            return False
        self.applied += 1
        return True


@dataclass
class Seen:
    method: str
    target: str
    at: float
    fault: Action | None


@dataclass
class FaultProxy:
    upstream: str  # http://127.0.0.1:PORT
    faults: list[Fault] = field(default_factory=list)
    log: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        host, port = self.upstream.removeprefix("http://").rstrip("/").split(":")
        if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
            raise ValueError(f"the fault proxy only forwards to loopback addresses, not {host}")
        self._target = (host, int(port))
        self._lock = threading.Lock()
        self._open = threading.Event()
        self._open.set()
        self._sockets: set[socket.socket] = set()
        self._websockets: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True, name="fault-proxy").start()

    # -- control ----------------------------------------------------------------------------------------

    def add(self, fault: Fault) -> Fault:
        """Apply a fresh copy of ``fault`` (its counts at zero) and return the copy: a test's parameters are
        shared by every server version's run, so the one given is never counted in."""
        fresh = replace(fault, seen=0, applied=0)
        with self._lock:
            self.faults.append(fresh)
        return fresh

    def freeze(self) -> None:
        """Hold every new request (as a frozen server would) until :meth:`thaw`."""
        self._open.clear()

    def thaw(self) -> None:
        self._open.set()

    def cut_websockets(self) -> int:
        """Close every piped WebSocket connection (both sides); how many were cut."""
        with self._lock:
            cut, self._websockets = list(self._websockets), set()
        for sock in cut:
            _close(sock)
        return len(cut)

    def count(self, path: str, method: str | None = None) -> int:
        """How many requests matching ``path`` (a regular expression) reached the proxy."""
        with self._lock:
            return sum(
                1 for s in self.log if re.search(path, s.target) and (method is None or s.method == method)
            )

    def close(self) -> None:
        _close(self._listener)
        self.thaw()
        with self._lock:
            sockets = list(self._sockets | self._websockets)
        for sock in sockets:
            _close(sock)

    # -- forwarding -------------------------------------------------------------------------------------

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.add(sock)
        return sock

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        self._track(client)
        try:
            while True:
                request = _read_message(client)
                if request is None:
                    return
                method, target = _request_line(request)
                if not self._open.wait(MAX_HOLD):
                    return
                fault = self._fault_for(method, target)
                with self._lock:
                    self.log.append(Seen(method, target, time.monotonic(), fault.action if fault else None))
                if fault is not None and fault.action == "reset_before":
                    return
                if fault is not None and fault.action == "hold_reset":
                    time.sleep(min(fault.seconds, MAX_HOLD))
                    return
                if fault is not None and fault.action == "status_before":
                    client.sendall(_answer(fault))
                    continue
                if fault is not None and fault.action == "hold":
                    time.sleep(min(fault.seconds, MAX_HOLD))
                    if upstream is not None:  # idle meanwhile: the server may have closed it (keep-alive)
                        _close(upstream)
                        upstream = None
                if upstream is None:
                    upstream = self._track(socket.create_connection(self._target, timeout=MAX_HOLD))
                upstream.sendall(request)
                if b"\r\nupgrade: websocket" in request.lower():
                    self._pipe(client, upstream)
                    return
                answer = _read_message(upstream, head_only_body=method == "HEAD")
                if answer is None:
                    return
                if fault is not None:
                    if fault.action == "reset_after":
                        return
                    if fault.action == "delay_answer":
                        time.sleep(min(fault.seconds, MAX_HOLD))
                    elif fault.action == "status_after":
                        answer = _answer(fault)
                    elif fault.action == "body_after":
                        answer = _replace_body(answer, fault)
                client.sendall(answer)
        except OSError:
            return
        finally:
            _close(client)
            if upstream is not None:
                _close(upstream)

    def _fault_for(self, method: str, target: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(method, target) and fault.take():
                    return fault
        return None

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        with self._lock:
            self._websockets |= {client, upstream}
        forward = threading.Thread(target=_copy, args=(upstream, client), daemon=True)
        forward.start()
        _copy(client, upstream)
        forward.join(timeout=5)


def _copy(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _request_line(message: bytes) -> tuple[str, str]:
    method, target, _ = message.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
    return method, target


def _answer(fault: Fault) -> bytes:
    reason = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}.get(
        fault.status, "X"
    )
    head = (
        f"HTTP/1.1 {fault.status} {reason}\r\ncontent-type: {fault.content_type}\r\n"
        f"content-length: {len(fault.body)}\r\n\r\n"
    )
    return head.encode("latin-1") + fault.body


def _replace_body(answer: bytes, fault: Fault) -> bytes:
    head, _, _ = answer.partition(b"\r\n\r\n")
    lines = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"content-length:", b"transfer-encoding:", b"content-type:"))
    ]
    lines += [f"content-type: {fault.content_type}".encode(), f"content-length: {len(fault.body)}".encode()]
    return b"\r\n".join(lines) + b"\r\n\r\n" + fault.body


def _read_message(sock: socket.socket, *, head_only_body: bool = False) -> bytes | None:
    """One HTTP/1.1 message with a Content-Length or a chunked body, or None at the connection's end."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > MAX_MESSAGE:
            raise OSError("message too large")
    head, _, body = data.partition(b"\r\n\r\n")
    headers = head.lower()
    first = headers.split(b"\r\n", 1)[0]
    if head_only_body or first.split(b" ")[1:2] in ([b"204"], [b"304"]) or b"upgrade: websocket" in headers:
        return head + b"\r\n\r\n" + body
    if b"transfer-encoding: chunked" in headers:
        while not body.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                return None
            body += chunk
            if len(body) > MAX_MESSAGE:
                raise OSError("message too large")
    else:
        length = 0
        for line in headers.split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        while len(body) < length:
            chunk = sock.recv(min(65536, length - len(body)))
            if not chunk:
                return None
            body += chunk
    return head + b"\r\n\r\n" + body
