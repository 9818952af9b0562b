""":class:`EventStream`: the events over python-socketio's threaded ``Client``, handled in arrival order."""

from __future__ import annotations

import functools
import queue
import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Self, TypeVar

from ._event_router import (
    DEFAULT_QUEUE,
    SUBSCRIBE_QUEUE,
    EventFilter,
    EventPredicate,
    TokenSource,
    subscribe_payload,
)
from ._events_base import DEFAULT_CONNECT_TIMEOUT, StreamBase, client_settings, connect_errors, logger
from ._events_subscriptions import Listener, Subscription, _Callback, add_listener
from .errors import EventStreamError
from .types.events import Event

E = TypeVar("E", bound=Event)


@functools.cache
def _ordered_client_class() -> Any:
    """python-socketio's threaded ``Client``, handling messages one at a time in arrival order.

    python-engineio's sync client runs each message's handler on a new thread, so events that arrive
    close together can be handled out of order (measured: 26 inversions in 300 back-to-back events with
    handlers slower than the interpreter's 5 ms switch interval). Here messages go through a queue to one
    dispatcher thread instead. This overrides two private hooks, ``engineio.Client._trigger_event`` and
    ``socketio.Client._engineio_client_class`` (python-socketio 5, python-engineio 4); a unit test
    checks them against the installed versions.
    """
    import engineio
    import socketio

    class OrderedEngineIOClient(engineio.Client):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._dispatch_lock = threading.Lock()
            self._inbox: queue.SimpleQueue[tuple[Any, ...] | None] | None = None  # the running dispatcher's

        def _trigger_event(self, event: str, *args: Any, **kwargs: Any) -> Any:
            if event != "message" or not kwargs.get("run_async"):
                return super()._trigger_event(event, *args, **kwargs)
            with self._dispatch_lock:
                if self._inbox is None:
                    self._inbox = queue.SimpleQueue()
                    threading.Thread(
                        target=self._dispatch, args=(self._inbox,), name="invokeai-client-events", daemon=True
                    ).start()
                self._inbox.put(args)
            return None

        def _dispatch(self, inbox: queue.SimpleQueue[tuple[Any, ...] | None]) -> None:
            while (args := inbox.get()) is not None:
                super()._trigger_event("message", *args, run_async=False)

        def stop_dispatcher(self) -> None:
            """End the dispatcher once it has handled what it holds; the next message starts a new one."""
            with self._dispatch_lock:
                if self._inbox is not None:
                    self._inbox.put(None)
                self._inbox = None

    class OrderedClient(socketio.Client):  # type: ignore[misc]
        def _engineio_client_class(self) -> type[Any]:
            return OrderedEngineIOClient

    return OrderedClient


class EventStream(StreamBase):
    """The server's Socket.IO events, typed, over one connection (python-socketio's threaded client).

    Subscribers get events through a thread-safe queue (:meth:`subscribe`) or a callback (:meth:`on`);
    callbacks run on the socket's thread and must return quickly. Events sent while the connection is
    down are lost: reconcile over REST after a drop (see :meth:`on_state_change`, :attr:`reconnects`).

    Args:
        base_url: the server, e.g. ``http://127.0.0.1:9090`` (a path prefix is kept).
        token: a bearer token (or a function giving the current one), sent as Socket.IO ``auth``.
        queue_id: the queue whose room to join.
    """

    _ready: threading.Event

    def __init__(self, base_url: str, *, token: TokenSource = None, queue_id: str = DEFAULT_QUEUE) -> None:
        super().__init__(base_url, token, queue_id)
        self._connect_lock = threading.Lock()
        self._ready = threading.Event()
        self._sio = _ordered_client_class()(**client_settings())
        self._register_handlers()

    def connect(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Connect (if not yet) and wait until the queue room is joined; a no-op when connected.

        Raises:
            EventStreamError: the server could not be reached, or did not confirm the subscription in time.
        """
        with self._connect_lock:
            if self._start_connecting():
                try:
                    self._sio.connect(
                        **self._connect_kwargs, wait=True, wait_timeout=timeout or DEFAULT_CONNECT_TIMEOUT
                    )
                except connect_errors() as exc:
                    raise self._connect_failed(exc) from exc
                except Exception as exc:  # a malformed handshake breaks python-engineio in many ways
                    raise self._connect_failed(exc, malformed=True) from exc
        self.wait_connected(timeout)

    def wait_connected(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Wait until connected with the queue room joined (e.g. after a drop).

        Raises:
            EventStreamError: not connected in time, or the stream is closed or was never connected.
        """
        if self._unconnected or not self._ready.wait(timeout):
            raise self._not_ready(timeout)

    def subscribe(
        self,
        predicate: EventPredicate | None = None,
        *,
        item_id: int | None = None,
        batch_id: str | None = None,
        queue_id: str | None = None,
        events: type[Event] | Iterable[type[Event]] | None = None,
        timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
    ) -> Subscription:
        """Receive the events that pass a filter; connects first (so later events are sure to arrive).

        Args:
            predicate: a function of the event; only events for which it is true are received.
            item_id: only this queue item's events (and ``queue_cleared`` of its queue).
            batch_id: only this batch's events (and ``queue_cleared`` of its queue).
            queue_id: only this queue's events (item and batch filters default to the stream's queue).
            events: only events of these classes, e.g. ``QueueItemStatusChangedEvent``.
            timeout: seconds to wait for the connection.

        Raises:
            EventStreamError: the stream could not connect.
        """
        subscription = Subscription(
            self._router, self._filter(predicate, queue_id, item_id, batch_id, events)
        )
        try:
            self.connect(timeout)
        except EventStreamError:
            subscription.close()
            raise
        return subscription

    def on(
        self,
        event_type: type[E],
        callback: Callable[[E], object],
        *,
        timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
    ) -> Listener:
        """Call ``callback(event)`` for every event of ``event_type`` (``Event``: all); connects first.

        The callback runs on the socket's thread; an exception it raises is logged, not propagated.

        Raises:
            EventStreamError: the stream could not connect.
        """
        listener = add_listener(
            self._router, EventFilter(types=(event_type,)), _Callback(callback, tasks=None)
        )
        try:
            self.connect(timeout)
        except EventStreamError:
            listener.remove()
            raise
        return listener

    def close(self) -> None:
        """Disconnect (or stop reconnecting) and end every subscription; a later use connects again."""
        with self._connect_lock:
            self._start_closing()
            try:
                self._sio.shutdown()
            except Exception as exc:  # the socket is going away either way
                logger.debug("while closing the event stream: %r", exc)
            self._sio.eio.stop_dispatcher()
            self._set_state(self._tracker.closed)
        self._end_all()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # ---- socket handler (python-socketio's threads) ----------------------------------------------

    def _on_connect(self) -> None:
        self._socket_open()
        try:
            self._sio.emit(SUBSCRIBE_QUEUE, subscribe_payload(self._queue_id), callback=self._on_subscribed)
        except Exception as exc:
            self._subscribe_failed(exc)
