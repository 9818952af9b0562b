"""One event stream per client, kept in its ``ServerState`` (so ``with_options`` copies share it)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .._steps import Flow
from ..errors import EventStreamError
from ._stream import AsyncEventStream, EventStream, _StreamMethods
from ._subscriptions import AsyncSubscription, Subscription

if TYPE_CHECKING:
    from .._core import AsyncCore, SyncCore

logger = logging.getLogger(__name__)

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
    from .._drive import AsyncDriver

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
