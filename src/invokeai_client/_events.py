"""``client.events``: one Socket.IO connection per client, its typed events routed to subscribers.

The stream connects on first use (``subscribe``, ``on``) or on ``connect()``. Its connect handler emits
``subscribe_queue``, so every reconnection (python-socketio's own, with backoff) joins the queue room
again: rooms belong to a connection. One catch-all handler receives every event; it is parsed once
(``_event_router.parse_event``) and handed to the subscribers whose filter passes it.

``EventStream`` (python-socketio's threaded ``Client``) and ``AsyncEventStream`` (``AsyncClient``) are
thin shells over the pure ``_event_router``; socketio is imported only when a stream is created.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import itertools
import logging
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Protocol, Self, TypeVar

from ._errors import EventStreamError
from ._event_router import (
    DEFAULT_QUEUE,
    SUBSCRIBE_QUEUE,
    ConnectionTracker,
    EventFilter,
    EventPredicate,
    Router,
    connect_kwargs,
    parse_event,
    socketio_target,
    subscribe_payload,
)
from .types.events import ConnectionState, Event

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore

logger = logging.getLogger("invokeai_client.events")

DEFAULT_CONNECT_TIMEOUT: Final = 10.0
RECONNECTION_DELAY: Final = 0.5  # python-socketio doubles it per attempt, with +/- 50 % jitter …
RECONNECTION_DELAY_MAX: Final = 5.0  # … up to this

E = TypeVar("E", bound=Event)
StateCallback = Callable[[ConnectionState], object]

_STREAM_KEY: Final = "invokeai_client.events.stream"  # in ServerState.cache: shared by with_options copies
_stream_lock = threading.Lock()


class _End:
    """Put in a subscription's queue when it ends; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _socketio_loggers() -> dict[str, logging.Logger]:
    """python-socketio's and engineio's loggers, under ours (quiet by default, like theirs)."""
    loggers = {}
    for key, name in (("logger", "socketio"), ("engineio_logger", "engineio")):
        child = logger.getChild(name)
        if child.level == logging.NOTSET:
            child.setLevel(logging.WARNING)
        loggers[key] = child
    return loggers


def _client_settings() -> dict[str, Any]:
    return {
        "reconnection": True,
        "reconnection_attempts": 0,  # for ever; a closed stream stops it
        "reconnection_delay": RECONNECTION_DELAY,
        "reconnection_delay_max": RECONNECTION_DELAY_MAX,
        "handle_sigint": False,  # the application owns SIGINT
        **_socketio_loggers(),
    }


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

    def deliver(self, event: Event) -> None:
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

    def finish(self, reason: str) -> None:
        pass


class _Sink(Protocol):
    """What the router hands events to: subscriptions and callbacks."""

    def deliver(self, event: Event) -> None: ...

    def finish(self, reason: str) -> None: ...


def _remover(router: Router[_Sink], token: int) -> Callable[[], None]:
    def remove() -> None:
        router.remove(token)

    return remove


class _SubscriptionBase:
    def __init__(self, router: Router[_Sink], event_filter: EventFilter) -> None:
        self._router = router
        self.filter = event_filter
        self._token: int | None = None
        self._ended: str | None = None  # why it ended, once the end was read

    def _register(self) -> None:
        self._token = self._router.add(self.filter, self)

    @property
    def closed(self) -> bool:
        """True once closed (by the caller, or because the stream closed)."""
        return self._token is None

    def close(self) -> None:
        """Stop receiving events; a blocked ``get`` or iteration ends (idempotent)."""
        token, self._token = self._token, None
        if token is not None and self._router.remove(token) is not None:
            self.finish("the subscription was closed")

    def deliver(self, event: Event) -> None:
        raise NotImplementedError

    def finish(self, reason: str) -> None:
        raise NotImplementedError

    def _ended_error(self) -> EventStreamError:
        return EventStreamError(self._ended or "the subscription has ended")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class Subscription(_SubscriptionBase):
    """The events that pass one filter, in arrival order, through a thread-safe queue.

    Iterate it (blocks; ends when the subscription or the stream is closed), or call ``get(timeout)``.
    Use it as a context manager to close it.
    """

    def __init__(self, router: Router[_Sink], event_filter: EventFilter) -> None:
        super().__init__(router, event_filter)
        self._queue: queue.SimpleQueue[Event | _End] = queue.SimpleQueue()
        self._register()

    def deliver(self, event: Event) -> None:
        self._queue.put(event)

    def finish(self, reason: str) -> None:
        self._token = None
        self._queue.put(_End(reason))

    def get(self, timeout: float | None = None) -> Event:
        """The next event, waiting up to ``timeout`` seconds (``None``: for ever).

        Raises:
            TimeoutError: no event arrived in time.
            EventStreamError: the subscription or its stream was closed (after the events already queued).
        """
        if self._ended is not None:
            raise self._ended_error()
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no event within {timeout} s") from None
        if isinstance(item, _End):
            self._ended = item.reason
            raise self._ended_error()
        return item

    def drain(self) -> list[Event]:
        """Every event already queued, without waiting."""
        events: list[Event] = []
        while self._ended is None:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _End):
                self._ended = item.reason
            else:
                events.append(item)
        return events

    def __iter__(self) -> Iterator[Event]:
        while True:
            try:
                yield self.get()
            except EventStreamError:
                return


class AsyncSubscription(_SubscriptionBase):
    """The asyncio twin of :class:`Subscription`: ``await get(timeout)``, ``async for``."""

    def __init__(self, router: Router[_Sink], event_filter: EventFilter) -> None:
        super().__init__(router, event_filter)
        self._queue: asyncio.Queue[Event | _End] = asyncio.Queue()
        self._register()

    def deliver(self, event: Event) -> None:
        self._queue.put_nowait(event)

    def finish(self, reason: str) -> None:
        self._token = None
        self._queue.put_nowait(_End(reason))

    async def get(self, timeout: float | None = None) -> Event:
        """The next event, waiting up to ``timeout`` seconds (``None``: for ever).

        Raises:
            TimeoutError: no event arrived in time.
            EventStreamError: the subscription or its stream was closed (after the events already queued).
        """
        if self._ended is not None:
            raise self._ended_error()
        try:
            item = await asyncio.wait_for(self._queue.get(), timeout)
        except TimeoutError:
            raise TimeoutError(f"no event within {timeout} s") from None
        if isinstance(item, _End):
            self._ended = item.reason
            raise self._ended_error()
        return item

    def drain(self) -> list[Event]:
        """Every event already queued, without waiting."""
        events: list[Event] = []
        while self._ended is None and not self._queue.empty():
            item = self._queue.get_nowait()
            if isinstance(item, _End):
                self._ended = item.reason
            else:
                events.append(item)
        return events

    def __aiter__(self) -> AsyncIterator[Event]:
        return self._events()

    async def _events(self) -> AsyncIterator[Event]:
        while True:
            try:
                yield await self.get()
            except EventStreamError:
                return

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class _StreamBase:
    """What both streams share: settings, the router, the connection bookkeeping and the handlers."""

    def __init__(self, base_url: str, token: str | None, queue_id: str) -> None:
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
        """Call ``callback(state)`` on every change of :attr:`state` (on the socket's thread or loop).

        Use it to reconcile over REST after a drop: events sent while disconnected are lost.
        """
        with self._state_lock:
            key = next(self._callback_ids)
            self._state_callbacks[key] = callback

        def remove() -> None:
            with self._state_lock:
                self._state_callbacks.pop(key, None)

        return Listener(remove)

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

    def _on_subscribed(self, *ack: Any) -> None:
        logger.debug("joined the room of queue %r", self._queue_id)
        self._set_state(self._tracker.subscribed)

    def _on_disconnect(self, reason: str | None = None) -> None:
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
            sink.deliver(event)

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

    def _connect_failed(self, exc: BaseException) -> EventStreamError:
        self._set_state(self._tracker.failed)
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
            sink.finish("the event stream was closed")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._base_url!r}, state={self.state.value})"


class EventStream(_StreamBase):
    """The server's Socket.IO events, typed, over one connection (python-socketio's threaded client).

    Subscribers get events through a thread-safe queue (:meth:`subscribe`) or a callback (:meth:`on`);
    callbacks run on the socket's thread and must return quickly. Events sent while the connection is
    down are lost: reconcile over REST after a drop (see :meth:`on_state_change`, :attr:`reconnects`).

    Args:
        base_url: the server, e.g. ``http://127.0.0.1:9090`` (a path prefix is kept).
        token: a bearer token, sent as Socket.IO ``auth`` and as an ``Authorization`` header.
        queue_id: the queue whose room to join.
    """

    def __init__(self, base_url: str, *, token: str | None = None, queue_id: str = DEFAULT_QUEUE) -> None:
        super().__init__(base_url, token, queue_id)
        self._connect_lock = threading.Lock()
        self._ready = threading.Event()
        self._sio = _ordered_client_class()(**_client_settings())
        # One handler per event name, registered once: every connection reuses them.
        self._sio.on("connect", self._on_connect)
        self._sio.on("disconnect", self._on_disconnect_sync)
        self._sio.on("connect_error", self._on_connect_error)
        self._sio.on("*", self._on_event)

    def connect(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Connect (if not yet) and wait until the queue room is joined; a no-op when connected.

        Raises:
            EventStreamError: the server could not be reached, or did not confirm the subscription in time.
        """
        import socketio

        with self._connect_lock:
            if self._tracker.state in (ConnectionState.IDLE, ConnectionState.CLOSED):
                self._closing = False
                self._last_error = None
                self._set_state(self._tracker.connecting)
                try:
                    self._sio.connect(
                        **self._connect_kwargs, wait=True, wait_timeout=timeout or DEFAULT_CONNECT_TIMEOUT
                    )
                except (socketio.exceptions.SocketIOError, ValueError, OSError) as exc:
                    raise self._connect_failed(exc) from exc
        self.wait_connected(timeout)

    def wait_connected(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Wait until connected with the queue room joined (e.g. after a drop).

        Raises:
            EventStreamError: not connected in time, or the stream is closed or was never connected.
        """
        if self._tracker.state in (ConnectionState.IDLE, ConnectionState.CLOSED) or not self._ready.wait(
            timeout
        ):
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
        token = self._router.add(EventFilter(types=(event_type,)), _Callback(callback, tasks=None))
        listener = Listener(_remover(self._router, token))
        try:
            self.connect(timeout)
        except EventStreamError:
            listener.remove()
            raise
        return listener

    def close(self) -> None:
        """Disconnect (or stop reconnecting) and end every subscription; a later use connects again."""
        with self._connect_lock:
            self._closing = True
            self._ready.clear()
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

    # ---- socket handlers (python-socketio's threads) ---------------------------------------------

    def _on_connect(self) -> None:
        self._socket_open()
        try:
            self._sio.emit(SUBSCRIBE_QUEUE, subscribe_payload(self._queue_id), callback=self._on_subscribed)
        except Exception as exc:
            self._last_error = f"subscribe_queue failed: {exc!r}"
            logger.error("could not join the room of queue %r: %r", self._queue_id, exc)

    def _on_subscribed(self, *ack: Any) -> None:
        super()._on_subscribed(*ack)
        self._ready.set()

    def _on_disconnect_sync(self, reason: str | None = None) -> None:
        self._ready.clear()
        self._on_disconnect(reason)


class AsyncEventStream(_StreamBase):
    """The asyncio twin of :class:`EventStream` (python-socketio's ``AsyncClient``).

    Use it from one event loop: the one that connects it. Callbacks run on that loop; a callback may
    return an awaitable, which is run as a task.
    """

    def __init__(self, base_url: str, *, token: str | None = None, queue_id: str = DEFAULT_QUEUE) -> None:
        super().__init__(base_url, token, queue_id)
        import socketio

        self._connect_lock = asyncio.Lock()
        self._ready = asyncio.Event()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._sio = socketio.AsyncClient(**_client_settings())
        self._sio.on("connect", self._on_connect)
        self._sio.on("disconnect", self._on_disconnect_async)
        self._sio.on("connect_error", self._on_connect_error)
        self._sio.on("*", self._on_event)  # a plain function: events are handled in arrival order

    async def connect(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Connect (if not yet) and wait until the queue room is joined; a no-op when connected.

        Raises:
            EventStreamError: the server could not be reached, or did not confirm the subscription in time.
        """
        import socketio

        async with self._connect_lock:
            if self._tracker.state in (ConnectionState.IDLE, ConnectionState.CLOSED):
                self._closing = False
                self._last_error = None
                self._set_state(self._tracker.connecting)
                try:
                    await self._sio.connect(
                        **self._connect_kwargs, wait=True, wait_timeout=timeout or DEFAULT_CONNECT_TIMEOUT
                    )
                except (socketio.exceptions.SocketIOError, ValueError, OSError) as exc:
                    raise self._connect_failed(exc) from exc
        await self.wait_connected(timeout)

    async def wait_connected(self, timeout: float | None = DEFAULT_CONNECT_TIMEOUT) -> None:
        """Wait until connected with the queue room joined (e.g. after a drop).

        Raises:
            EventStreamError: not connected in time, or the stream is closed or was never connected.
        """
        if self._tracker.state in (ConnectionState.IDLE, ConnectionState.CLOSED):
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
        token = self._router.add(EventFilter(types=(event_type,)), _Callback(callback, tasks=self._tasks))
        listener = Listener(_remover(self._router, token))
        try:
            await self.connect(timeout)
        except EventStreamError:
            listener.remove()
            raise
        return listener

    async def close(self) -> None:
        """Disconnect (or stop reconnecting) and end every subscription; a later use connects again."""
        async with self._connect_lock:
            self._closing = True
            self._ready.clear()
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

    # ---- socket handlers (the event loop) --------------------------------------------------------

    async def _on_connect(self) -> None:
        self._socket_open()
        try:
            await self._sio.emit(
                SUBSCRIBE_QUEUE, subscribe_payload(self._queue_id), callback=self._on_subscribed
            )
        except Exception as exc:
            self._last_error = f"subscribe_queue failed: {exc!r}"
            logger.error("could not join the room of queue %r: %r", self._queue_id, exc)

    def _on_subscribed(self, *ack: Any) -> None:
        super()._on_subscribed(*ack)
        self._ready.set()

    def _on_disconnect_async(self, reason: str | None = None) -> None:
        self._ready.clear()
        self._on_disconnect(reason)


# ---- one stream per client (shared by its with_options copies) -----------------------------------


def sync_stream(core: SyncCore) -> EventStream:
    """The event stream of a sync client, created on first use (no connection yet)."""
    with _stream_lock:
        stream = core.state.cache.get(_STREAM_KEY)
        if not isinstance(stream, EventStream):
            stream = EventStream(core.options.base_url, token=core.options.token)
            core.state.cache[_STREAM_KEY] = stream
        return stream


def async_stream(core: AsyncCore) -> AsyncEventStream:
    """The event stream of an async client, created on first use (no connection yet)."""
    with _stream_lock:
        stream = core.state.cache.get(_STREAM_KEY)
        if not isinstance(stream, AsyncEventStream):
            stream = AsyncEventStream(core.options.base_url, token=core.options.token)
            core.state.cache[_STREAM_KEY] = stream
        return stream


def close_sync_stream(core: SyncCore) -> None:
    """Close a sync client's event stream, if it has one."""
    stream = core.state.cache.get(_STREAM_KEY)
    if isinstance(stream, EventStream):
        stream.close()


async def close_async_stream(core: AsyncCore) -> None:
    """Close an async client's event stream, if it has one."""
    stream = core.state.cache.get(_STREAM_KEY)
    if isinstance(stream, AsyncEventStream):
        await stream.close()
