"""What `EventStream` and `AsyncEventStream` share: python-socketio settings, the router,
the connection bookkeeping, the socket handlers that need no I/O, and the error messages."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, Final, Protocol

from ..errors import EventStreamError
from ..types.events import ConnectionState, Event
from ._router import (
    SUBSCRIBE_QUEUE,
    ConnectionTracker,
    EventFilter,
    EventPredicate,
    Router,
    TokenSource,
    connect_kwargs,
    parse_event,
    socketio_target,
    subscribe_payload,
)
from ._subscriptions import Listener, _Sink

logger = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT: Final = 10.0
"""Seconds to wait for the Socket.IO connection before a subscription falls back (or fails)."""
RECONNECTION_DELAY: Final = 0.5  # python-socketio doubles it per attempt, with +/- 50 % jitter …
RECONNECTION_DELAY_MAX: Final = 5.0  # … up to this

StateCallback = Callable[[ConnectionState], object]
"""Called with the stream's new [`ConnectionState`][invokeai_client.types.ConnectionState] when it connects, drops or reconnects."""


class _SocketClosedFilter(logging.Filter):
    """Drop engineio's "WebSocket connection was closed, aborting" warning: it also comes on every normal
    close (a race between ``shutdown`` and its read loop), and a real drop is logged by ``_on_disconnect``."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "connection was closed" not in record.getMessage()


def _socketio_loggers() -> dict[str, logging.Logger]:
    """python-socketio's and engineio's loggers, under ours (quiet by default, like theirs)."""
    loggers = {}
    for key, name in (("logger", "socketio"), ("engineio_logger", "engineio")):
        child = logging.getLogger(f"invokeai_client.events.{name}")  # named for the library, not a module
        if child.level == logging.NOTSET:
            child.setLevel(logging.WARNING)
        if not any(isinstance(f, _SocketClosedFilter) for f in child.filters):
            child.addFilter(_SocketClosedFilter())
        loggers[key] = child
    return loggers


def client_settings() -> dict[str, Any]:
    """Keyword arguments for python-socketio's ``Client`` (both streams use it)."""
    return {
        "reconnection": True,
        "reconnection_attempts": 0,  # for ever; a closed stream stops it
        "reconnection_delay": RECONNECTION_DELAY,
        "reconnection_delay_max": RECONNECTION_DELAY_MAX,
        "handle_sigint": False,  # the application owns SIGINT
        **_socketio_loggers(),
    }


def connect_errors() -> tuple[type[BaseException], ...]:
    """What python-socketio's ``connect`` raises when the server cannot be reached."""
    import socketio

    return (socketio.exceptions.SocketIOError, ValueError, OSError)


class _Flag(Protocol):
    """``threading.Event`` or ``asyncio.Event``: set once the queue room is joined."""

    def set(self) -> None: ...

    def clear(self) -> None: ...


class StreamBase:
    """The shared half of both streams. Subclasses set ``_sio`` and ``_ready``, then call
    ``_register_handlers()``; they add the connecting, waiting and closing (sync or async)."""

    _sio: Any
    _ready: _Flag

    def __init__(self, base_url: str, token: TokenSource, queue_id: str) -> None:
        self._connect_kwargs = connect_kwargs(base_url, token)
        self._base_url = base_url
        self._queue_id = queue_id
        self._router: Router[_Sink] = Router()
        self._tracker = ConnectionTracker()
        self._state_lock = threading.Lock()
        self._state_callbacks: dict[int, StateCallback] = {}
        self._callback_ids = itertools.count()
        self._closing = False
        self._last_error: str | None = None

    @property
    def base_url(self) -> str:
        """The server's base URL."""
        return self._base_url

    @property
    def queue_id(self) -> str:
        """The queue whose room the stream joins (``"default"``)."""
        return self._queue_id

    @property
    def state(self) -> ConnectionState:
        """Where the connection stands."""
        return self._tracker.state

    @property
    def connected(self) -> bool:
        """True while connected with the queue room joined."""
        return self._tracker.state is ConnectionState.CONNECTED

    @property
    def reconnects(self) -> int:
        """How many times the connection was made again after the first time."""
        return self._tracker.reconnects

    def on_state_change(self, callback: StateCallback) -> Listener:
        """Call ``callback(state)`` on every change of `state` (on the socket's thread or loop).

        Use it to reconcile over REST after a drop: events sent while disconnected are lost.
        """
        with self._state_lock:
            key = next(self._callback_ids)
            self._state_callbacks[key] = callback

        def remove() -> None:
            with self._state_lock:
                self._state_callbacks.pop(key, None)

        return Listener(remove)

    def _register_handlers(self) -> None:
        """One handler per event name, registered once: every connection reuses them."""
        self._sio.on("connect", self._handler(self._on_connect))
        self._sio.on("disconnect", self._handler(self._on_disconnect))
        self._sio.on("connect_error", self._handler(self._on_connect_error))
        self._sio.on("*", self._handler(self._on_event))  # one dispatcher thread: arrival order

    def _handler(self, handler: Callable[..., None]) -> Callable[..., None]:
        """Where a socket callback runs: on the socket's thread (here), or handed to a loop (async)."""
        return handler

    def _on_connect(self) -> None:
        self._socket_open()
        try:
            self._sio.emit(
                SUBSCRIBE_QUEUE,
                subscribe_payload(self._queue_id),
                callback=self._handler(self._on_subscribed),
            )
        except Exception as exc:
            self._subscribe_failed(exc)

    @property
    def _unconnected(self) -> bool:
        """Never connected, or closed: nothing will connect it but ``connect()``."""
        return self._tracker.state in (ConnectionState.IDLE, ConnectionState.CLOSED)

    def _start_connecting(self) -> bool:
        """Enter ``connecting`` if unconnected (the caller then connects the socket); else False."""
        if not self._unconnected:
            return False
        self._closing = False
        self._last_error = None
        self._set_state(self._tracker.connecting)
        return True

    def _start_closing(self) -> None:
        self._closing = True
        self._ready.clear()

    def _where(self) -> str:
        url, path = socketio_target(self._base_url)
        return f"{url}{path}"

    def _set_state(self, change: Callable[[], ConnectionState]) -> None:
        with self._state_lock:
            before = self._tracker.state
            after = change()
            callbacks = list(self._state_callbacks.values()) if after is not before else []
        if callbacks:
            logger.debug("event stream %s: %s -> %s", self._where(), before.value, after.value)
        for callback in callbacks:
            try:
                callback(after)
            except Exception:
                logger.exception("a state-change callback raised")

    def _socket_open(self) -> None:
        with self._state_lock:
            self._tracker.socket_open()
            count = self._tracker.connects
        if count > 1:
            logger.info("event stream reconnected to %s (reconnection %d)", self._where(), count - 1)
        else:
            logger.debug("event stream connected to %s", self._where())

    def _subscribe_failed(self, exc: BaseException) -> None:
        self._last_error = f"subscribe_queue failed: {exc!r}"
        logger.error("could not join the room of queue %r: %r", self._queue_id, exc)

    def _on_subscribed(self, *ack: Any) -> None:
        logger.debug("joined the room of queue %r", self._queue_id)
        self._set_state(self._tracker.subscribed)
        self._ready.set()

    def _on_disconnect(self, reason: str | None = None) -> None:
        self._ready.clear()
        closing = self._closing or reason == "client disconnect"
        if closing:
            self._set_state(self._tracker.closed)
            return
        if reason == "server disconnect":  # python-socketio does not reconnect after this
            logger.warning("the server closed the event stream; it reconnects on next use")
            self._set_state(self._tracker.failed)
            return
        logger.warning("event stream to %s dropped (%s); reconnecting", self._where(), reason or "unknown")
        self._set_state(lambda: self._tracker.dropped(closing=False))

    def _on_connect_error(self, data: Any = None) -> None:
        self._last_error = str(data)
        logger.info("event stream could not connect to %s: %s", self._where(), data)

    def _on_event(self, name: str, data: Any = None, *extra: Any) -> None:
        event = parse_event(name, data)
        for sink in self._router.targets(event):
            sink._deliver(event)

    def _filter(
        self,
        predicate: EventPredicate | None,
        queue_id: str | None,
        item_id: int | None,
        batch_id: str | None,
        events: type[Event] | Iterable[type[Event]] | None,
    ) -> EventFilter:
        return EventFilter.build(
            predicate,
            queue_id=queue_id,
            item_id=item_id,
            batch_id=batch_id,
            events=events,
            default_queue=self._queue_id,
        )

    def _connect_failed(self, exc: BaseException, *, malformed: bool = False) -> EventStreamError:
        """The error for a failed first connection; the stream goes back to idle (the next use tries again)."""
        self._set_state(self._tracker.failed)
        if malformed:
            detail = f"the server's handshake could not be read ({type(exc).__name__}: {exc})"
        else:
            detail = self._last_error or str(exc) or type(exc).__name__
        return EventStreamError(f"could not connect the event stream to {self._where()}: {detail}")

    def _not_ready(self, timeout: float | None) -> EventStreamError:
        state = self._tracker.state
        if state is ConnectionState.CLOSED:
            return EventStreamError("the event stream is closed")
        if state is ConnectionState.IDLE:
            return EventStreamError("the event stream is not connected; call connect() first")
        detail = f"; last error: {self._last_error}" if self._last_error else ""
        return EventStreamError(
            f"the event stream to {self._where()} was not connected to queue {self._queue_id!r} "
            f"within {timeout} s (state: {state.value}{detail})"
        )

    def _end_all(self) -> None:
        for sink in self._router.remove_all():
            sink._finish("the event stream was closed")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._base_url!r}, state={self.state.value})"
