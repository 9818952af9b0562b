"""What event subscribers hold: [`Listener`][invokeai_client.events.Listener] (a callback's handle), the router sinks (callbacks and
the queue-backed [`Subscription`][invokeai_client.events.Subscription] / [`AsyncSubscription`][invokeai_client.events.AsyncSubscription]). No socket here."""

from __future__ import annotations

import asyncio
import inspect
import logging
import queue
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar, cast

from ..errors import EventStreamError
from ..types.events import Event
from ._router import EventFilter, Router

E = TypeVar("E", bound=Event)  # the events a subscription receives (the classes it asked for)
logger = logging.getLogger(__name__)


class _End:
    """Put in a subscription's queue when it ends; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class Listener:
    """A registered callback; ``remove()`` (or leaving a ``with`` block) unregisters it."""

    def __init__(self, remove: Callable[[], None]) -> None:
        self._remove: Callable[[], None] | None = remove

    def remove(self) -> None:
        """Unregister the callback (idempotent)."""
        remove, self._remove = self._remove, None
        if remove is not None:
            remove()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.remove()


class _Callback:
    """A router sink that calls a function (on the socket's thread, or its event loop)."""

    def __init__(self, callback: Callable[[Any], object], *, tasks: set[asyncio.Future[Any]] | None) -> None:
        self._callback = callback
        self._tasks = tasks  # async streams: where awaitables returned by callbacks are kept alive

    def _deliver(self, event: Event) -> None:
        try:
            result = self._callback(event)
        except Exception:
            logger.exception("an event callback raised on %r", event.event)
            return
        if self._tasks is not None and inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._tasks.add(task)
            task.add_done_callback(self._done)

    def _done(self, task: asyncio.Future[Any]) -> None:
        if self._tasks is not None:
            self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("an async event callback raised", exc_info=task.exception())

    def _finish(self, reason: str) -> None:
        pass


class _Sink(Protocol):
    """What the router hands events to: subscriptions and callbacks."""

    def _deliver(self, event: Event) -> None: ...

    def _finish(self, reason: str) -> None: ...


def add_listener(router: Router[_Sink], event_filter: EventFilter, callback: _Callback) -> Listener:
    """Register ``callback`` for the events that pass ``event_filter``; the listener removes it."""
    token = router.add(event_filter, callback)

    def remove() -> None:
        router.remove(token)

    return Listener(remove)


class _EventQueue(Protocol):
    """What ``queue.SimpleQueue`` and ``asyncio.Queue`` share (the non-blocking half)."""

    def put_nowait(self, item: Event | _End, /) -> None: ...

    def get_nowait(self) -> Event | _End: ...


class _SubscriptionBase:
    """A queue-backed sink: events in arrival order, then an end marker when it is closed."""

    def __init__(self, router: Router[_Sink], event_filter: EventFilter, events: _EventQueue) -> None:
        self._router = router
        self.filter = event_filter
        self._queue = events
        self._ended: str | None = None  # why it ended, once the end was read
        self._token: int | None = self._router.add(self.filter, self)

    @property
    def closed(self) -> bool:
        """True once closed (by the caller, or because the stream closed)."""
        return self._token is None

    def close(self) -> None:
        """Stop receiving events; a blocked ``get`` or iteration ends (idempotent)."""
        token, self._token = self._token, None
        if token is not None and self._router.remove(token) is not None:
            self._finish("the subscription was closed")

    def _deliver(self, event: Event) -> None:
        self._queue.put_nowait(event)

    def _finish(self, reason: str) -> None:
        self._token = None
        self._queue.put_nowait(_End(reason))

    def _drain(self) -> list[Event]:
        events: list[Event] = []
        while self._ended is None:
            try:
                item = self._queue.get_nowait()
            except (queue.Empty, asyncio.QueueEmpty):
                break
            if isinstance(item, _End):
                self._ended = item.reason
            else:
                events.append(item)
        return events

    def _check_not_ended(self) -> None:
        if self._ended is not None:
            raise self._ended_error()

    def _received(self, item: Event | _End) -> Event:
        """``item`` as an event, or the end of the subscription raised."""
        if isinstance(item, _End):
            self._ended = item.reason
            raise self._ended_error()
        return item

    def _ended_error(self) -> EventStreamError:
        return EventStreamError(self._ended or "the subscription has ended")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class Subscription(_SubscriptionBase, Generic[E]):
    """The events that pass one filter, in arrival order, through a thread-safe queue.

    Iterate it (blocks; ends when the subscription or the stream is closed), or call ``get(timeout)``.
    Use it as a context manager to close it. ``Subscription[InvocationCompleteEvent]``: what
    ``subscribe(events=[InvocationCompleteEvent])`` gives (type checkers see the events asked for).
    """

    def __init__(self, router: Router[_Sink], event_filter: EventFilter) -> None:
        self._events: queue.SimpleQueue[Event | _End] = queue.SimpleQueue()
        super().__init__(router, event_filter, self._events)

    def get(self, timeout: float | None = None) -> E:
        """The next event, waiting up to ``timeout`` seconds (``None``: for ever).

        Raises:
            TimeoutError: no event arrived in time.
            EventStreamError: the subscription or its stream was closed (after the events already queued).
        """
        self._check_not_ended()
        try:
            item = self._events.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no event within {timeout} s") from None
        return cast(E, self._received(item))

    def drain(self) -> list[E]:
        """Every event already queued, without waiting."""
        return cast(list[E], self._drain())

    def __iter__(self) -> Iterator[E]:
        while True:
            try:
                yield self.get()
            except EventStreamError:
                return


class AsyncSubscription(_SubscriptionBase, Generic[E]):
    """The asyncio twin of [`Subscription`][invokeai_client.events.Subscription]: ``await get(timeout)``, ``async for``."""

    def __init__(self, router: Router[_Sink], event_filter: EventFilter) -> None:
        self._events: asyncio.Queue[Event | _End] = asyncio.Queue()
        super().__init__(router, event_filter, self._events)

    async def get(self, timeout: float | None = None) -> E:
        """The next event, waiting up to ``timeout`` seconds (``None``: for ever).

        Raises:
            TimeoutError: no event arrived in time.
            EventStreamError: the subscription or its stream was closed (after the events already queued).
        """
        self._check_not_ended()
        try:
            item = await asyncio.wait_for(self._events.get(), timeout)
        except TimeoutError:
            raise TimeoutError(f"no event within {timeout} s") from None
        return cast(E, self._received(item))

    def drain(self) -> list[E]:
        """Every event already queued, without waiting."""
        return cast(list[E], self._drain())

    def __aiter__(self) -> AsyncIterator[E]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[E]:
        while True:
            try:
                yield await self.get()
            except EventStreamError:
                return

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()
