""":class:`AsyncEventStream`: the events over python-socketio's ``AsyncClient``, on one event loop."""

from __future__ import annotations

import asyncio
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
from ._events_subscriptions import AsyncSubscription, Listener, _Callback, add_listener
from .errors import EventStreamError
from .types.events import Event

E = TypeVar("E", bound=Event)


class AsyncEventStream(StreamBase):
    """The asyncio twin of :class:`EventStream` (python-socketio's ``AsyncClient``).

    Use it from one event loop: the one that connects it. Callbacks run on that loop; a callback may
    return an awaitable, which is run as a task.
    """

    _ready: asyncio.Event

    def __init__(self, base_url: str, *, token: TokenSource = None, queue_id: str = DEFAULT_QUEUE) -> None:
        super().__init__(base_url, token, queue_id)
        import socketio

        self._connect_lock = asyncio.Lock()
        self._ready = asyncio.Event()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._sio = socketio.AsyncClient(**client_settings())
        self._register_handlers()

    async def connect(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Connect (if not yet) and wait until the queue room is joined; a no-op when connected.

        Raises:
            EventStreamError: the server could not be reached, or did not confirm the subscription in time.
        """
        async with self._connect_lock:
            if self._start_connecting():
                try:
                    await self._sio.connect(
                        **self._connect_kwargs, wait=True, wait_timeout=timeout or DEFAULT_CONNECT_TIMEOUT
                    )
                except connect_errors() as exc:
                    raise self._connect_failed(exc) from exc
                except Exception as exc:  # a malformed handshake breaks python-engineio in many ways
                    raise self._connect_failed(exc, malformed=True) from exc
        await self.wait_connected(timeout)

    async def wait_connected(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Wait until connected with the queue room joined (e.g. after a drop).

        Raises:
            EventStreamError: not connected in time, or the stream is closed or was never connected.
        """
        if self._unconnected:
            raise self._not_ready(timeout)
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except TimeoutError:
            raise self._not_ready(timeout) from None

    async def subscribe(
        self,
        predicate: EventPredicate | None = None,
        *,
        item_id: int | None = None,
        batch_id: str | None = None,
        queue_id: str | None = None,
        events: type[Event] | Iterable[type[Event]] | None = None,
        timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
    ) -> AsyncSubscription:
        """Receive the events that pass a filter; connects first. See :meth:`EventStream.subscribe`."""
        subscription = AsyncSubscription(
            self._router, self._filter(predicate, queue_id, item_id, batch_id, events)
        )
        try:
            await self.connect(timeout)
        except EventStreamError:
            subscription.close()
            raise
        return subscription

    async def on(
        self,
        event_type: type[E],
        callback: Callable[[E], object],
        *,
        timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
    ) -> Listener:
        """Call ``callback(event)`` for every event of ``event_type``; connects first.

        The callback runs on the event loop; if it returns an awaitable, that runs as a task.
        Exceptions are logged, not propagated.

        Raises:
            EventStreamError: the stream could not connect.
        """
        listener = add_listener(
            self._router, EventFilter(types=(event_type,)), _Callback(callback, tasks=self._tasks)
        )
        try:
            await self.connect(timeout)
        except EventStreamError:
            listener.remove()
            raise
        return listener

    async def close(self) -> None:
        """Disconnect (or stop reconnecting) and end every subscription; a later use connects again."""
        async with self._connect_lock:
            self._start_closing()
            try:
                await self._sio.shutdown()
            except Exception as exc:
                logger.debug("while closing the event stream: %r", exc)
            self._set_state(self._tracker.closed)
        self._end_all()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()

    # ---- socket handler (the event loop) ---------------------------------------------------------

    async def _on_connect(self) -> None:
        self._socket_open()
        try:
            await self._sio.emit(
                SUBSCRIBE_QUEUE, subscribe_payload(self._queue_id), callback=self._on_subscribed
            )
        except Exception as exc:
            self._subscribe_failed(exc)
