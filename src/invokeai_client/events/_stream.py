"""[`EventStream`][invokeai_client.events.EventStream] and [`AsyncEventStream`][invokeai_client.events.AsyncEventStream]: the server's events over one Socket.IO connection.

Every method is written once, as a flow (``_twins``): its socket calls and lock are `Perform` steps, run
blocking by a ``SyncDriver`` and awaited by an ``AsyncDriver``. Both streams use python-socketio's threaded
``Client`` (made to keep arrival order, ``_ordered_client``): the async one runs its blocking calls in a
worker thread and hands every socket callback to its event loop, so its handlers, subscriptions and
callbacks all run on the loop. One transport stack serves both (requests and websocket-client), not a
second one (aiohttp and its six helpers, ~14 MB) for asyncio alone. The shells below hold only what differs:
the lock, the ready flag, where a socket callback runs, and the context-manager protocol.

A client has one stream, kept in its ``ServerState`` (so ``with_options`` copies share it): `stream_of`,
and `subscribe_or_poll` for a job or an install that subscribes before it starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Self, TypeVar, overload

from .._flows import AsyncDriver, Flow, Perform, SyncDriver
from .._twins import AsyncTwin, SyncTwin, Twin, operation
from ..errors import EventStreamError
from ..types.events import Event
from ._base import DEFAULT_CONNECT_TIMEOUT, StreamBase, client_settings, connect_errors, logger
from ._ordered_client import _ordered_client_class
from ._router import (
    DEFAULT_QUEUE,
    EventFilter,
    EventPredicate,
    TokenSource,
)
from ._subscriptions import AsyncSubscription, Listener, Subscription, _Callback, add_listener

if TYPE_CHECKING:
    from .._core import AsyncCore, SyncCore

E = TypeVar("E", bound=Event)
Sub = TypeVar("Sub", Subscription[Any], AsyncSubscription[Any])

_SYNC_DRIVER = SyncDriver()
_ASYNC_DRIVER = AsyncDriver()


class _StreamMethods(StreamBase, Twin, Generic[Sub]):
    """The public methods of both streams, written once."""

    _resource = "events"
    _subscription_type: type[Sub]
    _tasks: set[asyncio.Future[Any]] | None  # async streams: the tasks started by callbacks' awaitables
    _connect_lock: threading.Lock | asyncio.Lock

    @operation
    def connect(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> Flow[None]:
        """Connect (if not yet) and wait until the queue room is joined; a no-op when connected.

        Raises:
            EventStreamError: the server could not be reached, or did not confirm the subscription in time.
        """
        yield Perform(self._connect_lock.acquire)
        try:
            if self._start_connecting():
                connect = functools.partial(
                    self._sio.connect,
                    **self._connect_kwargs,
                    wait=True,
                    wait_timeout=timeout or DEFAULT_CONNECT_TIMEOUT,
                )
                try:
                    yield Perform(lambda: self._blocking(connect))
                except connect_errors() as exc:
                    raise self._connect_failed(exc) from exc
                except Exception as exc:  # a malformed handshake breaks python-engineio in many ways
                    raise self._connect_failed(exc, malformed=True) from exc
        finally:
            self._connect_lock.release()
        yield from _StreamMethods.wait_connected.flow(self, timeout)

    @operation
    def wait_connected(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> Flow[None]:
        """Wait until connected with the queue room joined (e.g. after a drop).

        Raises:
            EventStreamError: not connected in time, or the stream is closed or was never connected.
        """
        if self._unconnected or not (yield Perform(lambda: self._wait_ready(timeout))):
            raise self._not_ready(timeout)

    @operation
    def subscribe(
        self,
        predicate: EventPredicate | None = None,
        *,
        item_id: int | None = None,
        batch_id: str | None = None,
        queue_id: str | None = None,
        events: type[Event] | Iterable[type[Event]] | None = None,
        timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
    ) -> Flow[Sub]:
        """Receive the events that pass a filter; connects first (so later events are sure to arrive).

        Iterate the subscription (``for`` / ``async for``) or call ``get(timeout)``.

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
        subscription = self._subscription_type(
            self._router, self._filter(predicate, queue_id, item_id, batch_id, events)
        )
        try:
            yield from _StreamMethods.connect.flow(self, timeout)
        except EventStreamError:
            subscription.close()
            raise
        return subscription

    @operation
    def on(
        self,
        event_type: type[E],
        callback: Callable[[E], object],
        *,
        timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
    ) -> Flow[Listener]:
        """Call ``callback(event)`` for every event of ``event_type`` (``Event``: all); connects first.

        The callback runs on the socket's thread (``EventStream``: it must return quickly) or on the event
        loop (``AsyncEventStream``: an awaitable it returns runs as a task). An exception it raises is
        logged, not propagated.

        Raises:
            EventStreamError: the stream could not connect.
        """
        listener = add_listener(
            self._router, EventFilter(types=(event_type,)), _Callback(callback, tasks=self._tasks)
        )
        try:
            yield from _StreamMethods.connect.flow(self, timeout)
        except EventStreamError:
            listener.remove()
            raise
        return listener

    @operation
    def close(self) -> Flow[None]:
        """Disconnect (or stop reconnecting) and end every subscription; a later use connects again."""
        yield Perform(self._connect_lock.acquire)
        try:
            self._start_closing()
            try:
                yield Perform(lambda: self._blocking(self._sio.shutdown))
            except Exception as exc:  # the socket is going away either way
                logger.debug("while closing the event stream: %r", exc)
            self._sio.eio.stop_dispatcher()
            self._set_state(self._tracker.closed)
        finally:
            self._connect_lock.release()
        self._end_all()

    def _wait_ready(self, timeout: float | None) -> Any:
        """Whether the room was joined within ``timeout`` (a bool, or an awaitable of one)."""
        raise NotImplementedError

    def _blocking(self, call: Callable[[], Any]) -> Any:
        """Run a blocking socket call: here (sync), or in a worker thread (async: an awaitable)."""
        raise NotImplementedError


class EventStream(_StreamMethods[Subscription[Any]], SyncTwin):
    """The server's Socket.IO events, typed, over one connection (python-socketio's threaded client).

    Subscribers get events through a thread-safe queue (`subscribe`) or a callback (`on`);
    callbacks run on the socket's thread and must return quickly. Events sent while the connection is
    down are lost: reconcile over REST after a drop (see `on_state_change`, `reconnects`).

    Args:
        base_url: the server, e.g. ``http://127.0.0.1:9090`` (a path prefix is kept).
        token: a bearer token (or a function giving the current one), sent as Socket.IO ``auth``.
        queue_id: the queue whose room to join.
    """

    _ready: threading.Event
    _subscription_type = Subscription

    if TYPE_CHECKING:  # what a type checker sees: a subscription of the event classes asked for

        @overload  # type: ignore[override]  # narrower: the events asked for
        def subscribe(
            self,
            predicate: EventPredicate | None = None,
            *,
            item_id: int | None = None,
            batch_id: str | None = None,
            queue_id: str | None = None,
            events: type[E] | Iterable[type[E]],
            timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
        ) -> Subscription[E]: ...
        @overload
        def subscribe(
            self,
            predicate: EventPredicate | None = None,
            *,
            item_id: int | None = None,
            batch_id: str | None = None,
            queue_id: str | None = None,
            events: None = None,
            timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
        ) -> Subscription[Event]: ...
        def subscribe(self, *args: Any, **kwargs: Any) -> Any: ...

    def __init__(self, base_url: str, *, token: TokenSource = None, queue_id: str = DEFAULT_QUEUE) -> None:
        super().__init__(base_url, token, queue_id)
        self._core = _SYNC_DRIVER
        self._connect_lock = threading.Lock()
        self._ready = threading.Event()
        self._tasks = None
        self._sio = _ordered_client_class()(**client_settings())
        self._register_handlers()

    def _wait_ready(self, timeout: float | None) -> bool:
        return self._ready.wait(timeout)

    def _blocking(self, call: Callable[[], Any]) -> Any:
        return call()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncEventStream(_StreamMethods[AsyncSubscription[Any]], AsyncTwin):
    """The asyncio twin of [`EventStream`][invokeai_client.events.EventStream].

    Use it from one event loop: the one that connects it. Subscriptions and callbacks are served on that
    loop (the socket's own threads hand everything over to it); a callback may return an awaitable, which
    is run as a task.
    """

    _ready: asyncio.Event
    _subscription_type = AsyncSubscription

    if TYPE_CHECKING:  # what a type checker sees: a subscription of the event classes asked for

        @overload  # type: ignore[override]
        async def subscribe(
            self,
            predicate: EventPredicate | None = None,
            *,
            item_id: int | None = None,
            batch_id: str | None = None,
            queue_id: str | None = None,
            events: type[E] | Iterable[type[E]],
            timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
        ) -> AsyncSubscription[E]: ...
        @overload
        async def subscribe(
            self,
            predicate: EventPredicate | None = None,
            *,
            item_id: int | None = None,
            batch_id: str | None = None,
            queue_id: str | None = None,
            events: None = None,
            timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
        ) -> AsyncSubscription[Event]: ...
        async def subscribe(self, *args: Any, **kwargs: Any) -> Any: ...

    def __init__(self, base_url: str, *, token: TokenSource = None, queue_id: str = DEFAULT_QUEUE) -> None:
        super().__init__(base_url, token, queue_id)
        self._core = _ASYNC_DRIVER
        self._connect_lock = asyncio.Lock()
        self._ready = asyncio.Event()
        self._tasks = set()
        self._loop: asyncio.AbstractEventLoop | None = (
            None  # the loop that made it, then the one connecting it
        )
        with contextlib.suppress(RuntimeError):  # made outside a loop: the first connect says which
            self._loop = asyncio.get_running_loop()
        self._sio = _ordered_client_class()(**client_settings())
        self._register_handlers()

    def _start_connecting(self) -> bool:
        self._loop = asyncio.get_running_loop()  # in the connecting flow, on its loop
        return super()._start_connecting()

    def _blocking(self, call: Callable[[], Any]) -> Any:
        return asyncio.to_thread(call)

    def _handler(self, handler: Callable[..., None]) -> Callable[..., None]:
        def on_loop(*args: Any) -> None:  # on the socket's thread
            loop = self._loop
            if loop is None:
                return
            try:
                loop.call_soon_threadsafe(handler, *args)  # first in, first run: arrival order is kept
            except RuntimeError:  # the loop is closed: nobody is listening any more
                logger.debug("event stream callback after its loop closed: %s", handler.__name__)

        return on_loop

    async def _wait_ready(self, timeout: float | None) -> bool:
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()


# ---- one stream per client -----------------------------------------------------------------------

_STREAM_KEY: Final = "invokeai_client.events.stream"  # in ServerState.cache: shared by with_options copies
_stream_lock = threading.Lock()
S = TypeVar("S", EventStream, AsyncEventStream)


def _client_stream(core: SyncCore | AsyncCore, kind: type[S]) -> S:
    with _stream_lock:
        stream = core.state.cache.get(_STREAM_KEY)
        if not isinstance(stream, kind):
            state = core.state  # no token given: the one a login gets, read at each (re)connection
            stream = kind(core.options.base_url, token=core.options.token or (lambda: state.login_token))
            core.state.cache[_STREAM_KEY] = stream
        return stream


def opened_stream(core: SyncCore | AsyncCore) -> EventStream | AsyncEventStream | None:
    """The client's event stream if one was made (to close it with the client)."""
    stream = core.state.cache.get(_STREAM_KEY)
    return stream if isinstance(stream, EventStream | AsyncEventStream) else None


def stream_of(core: SyncCore | AsyncCore) -> EventStream | AsyncEventStream:
    """The event stream of a client of either kind."""
    if isinstance(core, AsyncDriver):
        return _client_stream(core, AsyncEventStream)
    return _client_stream(core, EventStream)


def subscribe_or_poll(
    core: SyncCore | AsyncCore, *, fallback: str, **filters: Any
) -> Flow[Subscription[Any] | AsyncSubscription[Any] | None]:
    """A subscription of the client's stream (a flow: run it in the method that needs it, so it is blocking
    or awaited with that method), or ``None`` with a warning saying ``fallback`` when the stream cannot
    connect. A job or an install subscribes before it starts, so none of its events can be missed."""
    try:
        subscription: Subscription[Any] | AsyncSubscription[Any] = yield from _StreamMethods.subscribe.flow(
            stream_of(core), **filters
        )
    except EventStreamError as exc:
        logger.warning("no event stream (%s); %s", exc, fallback)
        return None
    return subscription
