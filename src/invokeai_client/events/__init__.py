"""``client.events``: the server's Socket.IO events, typed, over one connection per client.

The stream connects on first use (``subscribe``, ``on``) or on ``connect()``. Its connect handler emits
``subscribe_queue``, so every reconnection (python-socketio's own, with backoff) joins the queue room
again: rooms belong to a connection. One catch-all handler receives every event; it is parsed once into
its type (``invokeai_client.types``, ``UnknownEvent`` for the rest) and handed to the subscribers whose
filter passes it. Events sent while the connection is down are lost: the SDK's waits reconcile over REST.

- [`EventStream`][invokeai_client.events.EventStream] / [`AsyncEventStream`][invokeai_client.events.AsyncEventStream]: the connection (``_stream``; socketio is imported only
  when one is made);
- [`Subscription`][invokeai_client.events.Subscription] / [`AsyncSubscription`][invokeai_client.events.AsyncSubscription]: the events of one filter, in arrival order;
  [`Listener`][invokeai_client.events.Listener]: a callback's handle (``_subscriptions``);
- the pure half, parsing, filters, routing and connection bookkeeping: ``_router``; what both streams share:
  ``_base``; the stream of each client: ``_stream``.
"""

from ._base import DEFAULT_CONNECT_TIMEOUT, StateCallback
from ._router import EventPredicate
from ._stream import AsyncEventStream, EventStream
from ._subscriptions import AsyncSubscription, Listener, Subscription

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "AsyncEventStream",
    "AsyncSubscription",
    "EventPredicate",
    "EventStream",
    "Listener",
    "StateCallback",
    "Subscription",
]

for _name in ("AsyncEventStream", "AsyncSubscription", "EventStream", "Listener", "Subscription"):
    globals()[_name].__module__ = __name__  # shown as invokeai_client.events.X
