"""An enqueue is never resent blindly: after a lost answer the client asks the real server whether its
batch landed. A loopback proxy in front of the real server loses the first enqueue's answer (the request
reached the server) or the request itself (it did not)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest

from invokeai_client import InvokeAIClient

WORKFLOW = Path(__file__).parent / "workflows" / "blank_blur_save.json"
Loss = Literal["answer", "request"]


class LossyProxy:
    """Forwards HTTP/1.1 connections to the server; the first enqueue loses its answer or its request."""

    def __init__(self, upstream: str, lose: Loss) -> None:
        host, port = upstream.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.lose = lose
        self.lost = 0
        self.enqueues = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client, socket.create_connection(self.upstream) as server:
            while True:
                request = _read_message(client)
                if request is None:
                    return
                enqueue = b"/enqueue_batch" in request.split(b"\r\n", 1)[0]
                self.enqueues += enqueue
                if enqueue and self.lost == 0:
                    self.lost += 1
                    if self.lose == "answer":
                        server.sendall(request)
                        _read_message(server)  # the server enqueued it; the answer goes nowhere
                    return  # close the client's connection: it sees no answer
                server.sendall(request)
                answer = _read_message(server)
                if answer is None:
                    return
                client.sendall(answer)

    def close(self) -> None:
        self._listener.close()


def _read_message(sock: socket.socket) -> bytes | None:
    """One HTTP/1.1 message with a Content-Length or chunked body (what httpx and uvicorn send here)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    headers = head.lower()
    if b"transfer-encoding: chunked" in headers:
        while not body.endswith(b"0\r\n\r\n"):
            body += sock.recv(65536)
    else:
        length = 0
        for line in headers.split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        while len(body) < length:
            body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


@pytest.fixture(params=["answer", "request"])
def proxy(request: pytest.FixtureRequest, invokeai_url: str) -> Iterator[LossyProxy]:
    lossy = LossyProxy(invokeai_url, request.param)
    yield lossy
    lossy.close()


def test_a_lost_enqueue_is_reconciled_not_resent_blindly(proxy: LossyProxy, invokeai_url: str) -> None:
    with InvokeAIClient(proxy.url, max_retries=0) as client:
        wf = client.workflows.load(WORKFLOW)
        job = client.workflows.submit(wf, sweep={"Width": [8, 16]}, wait="poll")
        items = job.wait(timeout=120)
    assert proxy.lost == 1
    # Lost answer: the batch had landed, so it was not sent again. Lost request: it was sent once more.
    assert proxy.enqueues == (1 if proxy.lose == "answer" else 2)
    assert len(job.item_ids) == 2
    assert [item.status for item in items] == ["completed", "completed"]
    with InvokeAIClient(invokeai_url) as direct:
        status = direct.queue.batch_status(job.batch_id)
    assert status.total == 2  # exactly one batch's items on the server
