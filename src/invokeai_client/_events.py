"""``client.events``: one Socket.IO connection per client, its typed events routed to subscribers.

The stream connects on first use (``subscribe``, ``on``) or on ``connect()``. Its connect handler emits
``subscribe_queue``, so every reconnection (python-socketio's own, with backoff) joins the queue room
again: rooms belong to a connection. One catch-all handler receives every event; it is parsed once
(``_event_router.parse_event``) and handed to the subscribers whose filter passes it.

``EventStream`` (python-socketio's threaded ``Client``, ``_events_sync``) and ``AsyncEventStream``
(``AsyncClient``, ``_events_async``) are thin shells over ``_events_base`` and the pure
``_event_router``; subscriptions and listeners live in ``_events_subscriptions``. socketio is imported
only when a stream is created. This module keeps one stream per client.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Final, TypeVar

from ._events_async import AsyncEventStream
from ._events_base import DEFAULT_CONNECT_TIMEOUT, StateCallback
from ._events_subscriptions import AsyncSubscription, Listener, Subscription
from ._events_sync import EventStream

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "AsyncEventStream",
    "AsyncSubscription",
    "EventStream",
    "Listener",
    "StateCallback",
    "Subscription",
    "async_stream",
    "close_async_stream",
    "close_sync_stream",
    "sync_stream",
]

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


def sync_stream(core: SyncCore) -> EventStream:
    """The event stream of a sync client, created on first use (no connection yet)."""
    return _client_stream(core, EventStream)


def async_stream(core: AsyncCore) -> AsyncEventStream:
    """The event stream of an async client, created on first use (no connection yet)."""
    return _client_stream(core, AsyncEventStream)


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
