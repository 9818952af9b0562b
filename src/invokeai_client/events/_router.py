"""The pure half of the event stream: parsing, matching and routing events, connection bookkeeping.

No I/O here. ``_stream`` drives it from python-socketio's sync and asyncio clients.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from pydantic import ValidationError

from .._version import __version__
from ..types.events import EVENT_TYPES, ConnectionState, Event, QueueClearedEvent, UnknownEvent

logger = logging.getLogger(__name__)

SOCKETIO_PATH = "/ws/socket.io"  # where InvokeAI mounts its Socket.IO server, below the base URL's path
SUBSCRIBE_QUEUE = "subscribe_queue"
DEFAULT_QUEUE = "default"

S = TypeVar("S")
EventPredicate = Callable[[Event], bool]
"""A filter of a subscription: called with each typed event, true to keep it."""


def parse_event(name: str, payload: Any) -> Event:
    """The typed event for a Socket.IO event ``name`` and its payload; never fails, never drops.

    An unknown name, or a payload that does not validate against its model, gives an
    [`UnknownEvent`][invokeai_client.types.UnknownEvent] with the raw payload (and, for the latter, the validation problem in ``error``).
    """
    cls = EVENT_TYPES.get(name)
    if cls is None:
        return UnknownEvent(event=name, payload=payload)
    if not isinstance(payload, dict):
        return UnknownEvent(event=name, payload=payload, error="the payload is not a JSON object")
    try:
        return cls.model_validate({**payload, "event": name})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        problem = f"{where}: {first['msg']} ({exc.error_count()} error(s))"
        logger.warning("event %r does not match its schema, delivered as UnknownEvent: %s", name, problem)
        return UnknownEvent(event=name, payload=payload, error=problem)


@dataclass(frozen=True, slots=True)
class EventKeys:
    """What events are routed by: their queue, queue item and batch (each None when absent)."""

    queue_id: str | None
    item_id: int | None
    batch_id: str | None


def event_keys(event: Event) -> EventKeys:
    """The routing keys of an event; an [`UnknownEvent`][invokeai_client.types.UnknownEvent]'s come from its raw payload."""
    if isinstance(event, UnknownEvent):
        source = event.payload if isinstance(event.payload, dict) else {}
        queue_id, item_id, batch_id = source.get("queue_id"), source.get("item_id"), source.get("batch_id")
    else:
        queue_id = getattr(event, "queue_id", None)
        item_id = getattr(event, "item_id", None)
        batch_id = getattr(event, "batch_id", None)
    return EventKeys(
        queue_id=queue_id if isinstance(queue_id, str) else None,
        item_id=item_id if isinstance(item_id, int) and not isinstance(item_id, bool) else None,
        batch_id=batch_id if isinstance(batch_id, str) else None,
    )


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a subscriber wants. Every criterion given must hold.

    An item or batch filter also passes [`QueueClearedEvent`][invokeai_client.types.QueueClearedEvent] of its queue: clearing a queue
    deletes its pending items without a status change, so a waiter must hear of it.
    """

    queue_id: str | None = None
    item_id: int | None = None
    batch_id: str | None = None
    types: tuple[type[Event], ...] = ()
    predicate: EventPredicate | None = None

    @classmethod
    def build(
        cls,
        predicate: EventPredicate | None = None,
        *,
        queue_id: str | None = None,
        item_id: int | None = None,
        batch_id: str | None = None,
        events: type[Event] | Iterable[type[Event]] | None = None,
        default_queue: str = DEFAULT_QUEUE,
    ) -> EventFilter:
        """A filter from a subscribe call's arguments; item and batch filters default to ``default_queue``."""
        if queue_id is None and (item_id is not None or batch_id is not None):
            queue_id = default_queue
        if events is None:
            types: tuple[type[Event], ...] = ()
        elif isinstance(events, type):
            types = (events,)
        else:
            types = tuple(events)
        for kind in types:
            if not (isinstance(kind, type) and issubclass(kind, Event)):
                raise TypeError(f"events must be Event classes, got {kind!r}")
        return cls(queue_id=queue_id, item_id=item_id, batch_id=batch_id, types=types, predicate=predicate)

    @property
    def scoped(self) -> bool:
        """True for a filter on one queue item or batch."""
        return self.item_id is not None or self.batch_id is not None

    def matches(self, event: Event, keys: EventKeys | None = None) -> bool:
        """Whether ``event`` passes; a predicate that raises is logged and counts as no match."""
        if self.types and not isinstance(event, self.types):
            return False
        keys = keys or event_keys(event)
        if not self._keys_match(event, keys):
            return False
        if self.predicate is None:
            return True
        try:
            return bool(self.predicate(event))
        except Exception:
            logger.exception("an event predicate raised; treating %r as not matching", event.event)
            return False

    def _keys_match(self, event: Event, keys: EventKeys) -> bool:
        if self.queue_id is not None and keys.queue_id != self.queue_id:
            return False
        if self.scoped and isinstance(event, QueueClearedEvent):
            return True
        if self.item_id is not None and keys.item_id != self.item_id:
            return False
        return self.batch_id is None or keys.batch_id == self.batch_id


@dataclass(slots=True)
class _Route(Generic[S]):
    filter: EventFilter
    sink: S


@dataclass(slots=True)
class Router(Generic[S]):
    """Subscribers (``sinks``) and their filters, indexed by item and batch. Thread-safe; no I/O.

    ``targets(event)`` returns the sinks whose filter passes the event, in registration order.
    """

    _routes: dict[int, _Route[S]] = field(default_factory=dict)
    _by_item: dict[tuple[str | None, int], set[int]] = field(default_factory=dict)
    _by_batch: dict[str, set[int]] = field(default_factory=dict)
    _by_queue: dict[str | None, set[int]] = field(default_factory=dict)  # scoped routes, per queue
    _general: set[int] = field(default_factory=set)
    _ids: itertools.count[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, event_filter: EventFilter, sink: S) -> int:
        """Register a sink; returns its token for `remove`."""
        with self._lock:
            token = next(self._ids)
            self._routes[token] = _Route(event_filter, sink)
            for index in self._indexes(event_filter):
                index.add(token)
            return token

    def remove(self, token: int) -> S | None:
        """Unregister a sink; returns it, or None when it was not registered."""
        with self._lock:
            route = self._routes.pop(token, None)
            if route is None:
                return None
            for index in self._indexes(route.filter):
                index.discard(token)
            self._prune()
            return route.sink

    def remove_all(self) -> list[S]:
        """Unregister every sink; returns them."""
        with self._lock:
            sinks = [route.sink for route in self._routes.values()]
            self._routes.clear()
            self._by_item.clear()
            self._by_batch.clear()
            self._by_queue.clear()
            self._general.clear()
            return sinks

    def __len__(self) -> int:
        return len(self._routes)

    def targets(self, event: Event) -> list[S]:
        """The sinks whose filter passes ``event``, in registration order."""
        keys = event_keys(event)
        with self._lock:
            candidates = set(self._general)
            if keys.item_id is not None:
                candidates |= self._by_item.get((keys.queue_id, keys.item_id), set())
            if keys.batch_id is not None:
                candidates |= self._by_batch.get(keys.batch_id, set())
            if isinstance(event, QueueClearedEvent):
                candidates |= self._by_queue.get(keys.queue_id, set())
            routes = [self._routes[token] for token in sorted(candidates)]
        return [route.sink for route in routes if route.filter.matches(event, keys)]

    def _indexes(self, event_filter: EventFilter) -> list[set[int]]:
        if not event_filter.scoped:
            return [self._general]
        indexes = [self._by_queue.setdefault(event_filter.queue_id, set())]
        if event_filter.item_id is not None:
            indexes.append(self._by_item.setdefault((event_filter.queue_id, event_filter.item_id), set()))
        elif event_filter.batch_id is not None:
            indexes.append(self._by_batch.setdefault(event_filter.batch_id, set()))
        return indexes

    def _prune(self) -> None:
        _drop_empty(self._by_item)
        _drop_empty(self._by_batch)
        _drop_empty(self._by_queue)


K = TypeVar("K")


def _drop_empty(index: dict[K, set[int]]) -> None:
    for key in [key for key, tokens in index.items() if not tokens]:
        del index[key]


@dataclass(slots=True)
class ConnectionTracker:
    """The connection's state and counters, advanced by the socket's handlers. No I/O.

    ``CONNECTED`` means the queue room is joined (the server acknowledged ``subscribe_queue``), not
    only that the socket is open: events of items enqueued after that are sure to arrive.
    """

    state: ConnectionState = ConnectionState.IDLE
    connects: int = 0  # sockets opened (first connection and reconnections)
    drops: int = 0  # connections lost without the caller closing the stream

    @property
    def reconnects(self) -> int:
        """Successful reconnections after the first connection (across close/reopen too)."""
        return max(self.connects - 1, 0)

    def connecting(self) -> ConnectionState:
        if self.state in (ConnectionState.IDLE, ConnectionState.CLOSED):
            self.state = ConnectionState.CONNECTING
        return self.state

    def socket_open(self) -> None:
        self.connects += 1

    def subscribed(self) -> ConnectionState:
        if self.state is not ConnectionState.CLOSED:
            self.state = ConnectionState.CONNECTED
        return self.state

    def dropped(self, *, closing: bool) -> ConnectionState:
        if closing or self.state is ConnectionState.CLOSED:
            self.state = ConnectionState.CLOSED
        else:
            self.drops += 1
            self.state = ConnectionState.RECONNECTING
        return self.state

    def closed(self) -> ConnectionState:
        self.state = ConnectionState.CLOSED
        return self.state

    def failed(self) -> ConnectionState:
        """The first connection attempt failed: back to idle (a later use tries again)."""
        self.state = ConnectionState.IDLE
        return self.state


def socketio_target(base_url: str) -> tuple[str, str]:
    """Split a client base URL into the Socket.IO server URL and its path (a base path prefix kept)."""
    parts = urlsplit(base_url)
    prefix = parts.path.rstrip("/")
    return f"{parts.scheme}://{parts.netloc}", f"{prefix}{SOCKETIO_PATH}"


TokenSource = str | Callable[[], str | None] | None
"""A bearer token, or a function giving the current one (a login's token changes over time)."""


def connect_kwargs(base_url: str, token: TokenSource) -> dict[str, Any]:
    """The arguments of ``socketio.Client.connect`` for a server.

    A bearer token goes in the Socket.IO ``auth`` payload, which InvokeAI reads first; python-socketio
    sends it again on every reconnection, asking ``token`` anew when it is a function (so a reconnection
    after a login, or after the token was refreshed, uses the current one). A fixed token also goes as an
    ``Authorization`` header, for proxies in front of the server. The handshake asks for an uncompressed
    answer: InvokeAI 6.14 answers the gzip-accepting polling handshake with a 500.
    """
    url, path = socketio_target(base_url)
    headers = {"User-Agent": f"invokeai-client/{__version__}", "Accept-Encoding": "identity"}
    auth: Any = None
    if callable(token):
        source = token

        def auth() -> dict[str, str] | None:
            current = source()
            return {"token": current} if current else None

    elif token:
        headers["Authorization"] = f"Bearer {token}"
        auth = {"token": token}
    return {"url": url, "headers": headers, "auth": auth, "socketio_path": path}


def subscribe_payload(queue_id: str) -> dict[str, str]:
    """The ``subscribe_queue`` payload that joins a queue's room."""
    return {"queue_id": queue_id}
