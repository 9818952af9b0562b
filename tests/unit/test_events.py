"""The event layer without a server: parsing, filters, routing, subscriptions, and the streams' wiring.

Socket.IO packets are fed straight into python-socketio's packet handler, so the one catch-all handler,
the parsing and the routing are exercised as on a live connection.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import random
import subprocess
import sys
import threading
import time
from typing import Any

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_client.errors import EventStreamError, InvokeAIError
from invokeai_client.events import (
    AsyncEventStream,
    AsyncSubscription,
    EventStream,
    Subscription,
)
from invokeai_client.events._ordered_client import _ordered_client_class
from invokeai_client.events._router import (
    ConnectionTracker,
    EventFilter,
    EventKeys,
    Router,
    connect_kwargs,
    event_keys,
    parse_event,
    socketio_target,
)
from invokeai_client.events._subscriptions import _Callback
from invokeai_client.types import (
    BatchEnqueuedEvent,
    ConnectionState,
    Event,
    InvocationCompleteEvent,
    InvocationStartedEvent,
    ModelLoadStartedEvent,
    QueueClearedEvent,
    QueueItemStatusChangedEvent,
    UnknownEvent,
)

UNREACHABLE = "http://127.0.0.1:1"


def invocation(
    name: str, item_id: int = 7, batch_id: str = "b1", node: str = "blur", **extra: Any
) -> dict[str, Any]:
    payload = {
        "timestamp": 1,
        "queue_id": "default",
        "item_id": item_id,
        "batch_id": batch_id,
        "origin": None,
        "destination": None,
        "session_id": "s1",
        "invocation": {"id": "prepared-1", "type": "img_blur"},
        "invocation_source_id": node,
    }
    if name == "invocation_complete":
        payload["result"] = {
            "type": "image_output",
            "image": {"image_name": "a.png"},
            "width": 8,
            "height": 8,
        }
    return {**payload, **extra}


def status(item_id: int = 7, batch_id: str = "b1", state: str = "completed") -> dict[str, Any]:
    counts = {"pending": 0, "in_progress": 0, "completed": 1, "failed": 0, "canceled": 0, "total": 1}
    return {
        "timestamp": 1,
        "queue_id": "default",
        "item_id": item_id,
        "batch_id": batch_id,
        "origin": None,
        "destination": None,
        "session_id": "s1",
        "status": state,
        "error_type": None,
        "error_message": None,
        "error_traceback": None,
        "created_at": "2026-11-21 05:32:56.653",
        "updated_at": "2026-11-21 05:32:57.012",
        "started_at": "2026-11-21 05:32:56.657",
        "completed_at": "2026-11-21 05:32:57.012",
        "batch_status": {
            "queue_id": "default",
            "batch_id": batch_id,
            "origin": None,
            "destination": None,
            **counts,
        },
        "queue_status": {
            "queue_id": "default",
            "item_id": None,
            "batch_id": None,
            "session_id": None,
            **counts,
        },
        "credits": None,
    }


CLEARED = {"timestamp": 1, "queue_id": "default"}


# ---- parsing ------------------------------------------------------------------------------------


def test_known_events_parse_to_their_models() -> None:
    event = parse_event("invocation_complete", invocation("invocation_complete"))
    assert isinstance(event, InvocationCompleteEvent)
    assert event.invocation_source_id == "blur"
    assert event.result["image"] == {"image_name": "a.png"}
    changed = parse_event("queue_item_status_changed", status())
    assert isinstance(changed, QueueItemStatusChangedEvent)
    assert changed.status == "completed"
    assert changed.batch_status.is_done


def test_unknown_names_and_bad_payloads_become_unknown_events_never_errors() -> None:
    unknown = parse_event("a_future_event", {"queue_id": "default", "x": 1})
    assert isinstance(unknown, UnknownEvent)
    assert (unknown.event, unknown.payload, unknown.error) == (
        "a_future_event",
        {"queue_id": "default", "x": 1},
        None,
    )

    broken = parse_event("invocation_started", invocation("invocation_started", item_id="seven"))
    assert isinstance(broken, UnknownEvent)
    assert broken.error
    assert "item_id" in broken.error

    not_a_dict = parse_event("queue_cleared", ["a"])
    assert isinstance(not_a_dict, UnknownEvent)
    assert not_a_dict.error == "the payload is not a JSON object"


def test_new_fields_from_a_newer_server_are_kept() -> None:
    event = parse_event("queue_cleared", {**CLEARED, "cleared_by": "admin"})
    assert isinstance(event, QueueClearedEvent)
    assert event.model_extra == {"cleared_by": "admin"}


def test_routing_keys_come_from_models_or_raw_payloads() -> None:
    assert event_keys(parse_event("invocation_started", invocation("invocation_started"))) == EventKeys(
        "default", 7, "b1"
    )
    assert event_keys(
        parse_event("future_item_event", {"queue_id": "q", "item_id": 3, "batch_id": "b"})
    ) == EventKeys("q", 3, "b")
    assert event_keys(parse_event("future_event", {"item_id": True, "batch_id": 5})) == EventKeys(
        None, None, None
    )
    assert event_keys(
        parse_event("model_load_started", {"timestamp": 1, "config": {}, "submodel_type": None})
    ) == EventKeys(None, None, None)


# ---- filters and routing ------------------------------------------------------------------------


def test_filters_by_item_batch_type_and_predicate() -> None:
    started = parse_event("invocation_started", invocation("invocation_started"))
    other_item = parse_event("invocation_started", invocation("invocation_started", item_id=8))
    cleared = parse_event("queue_cleared", CLEARED)
    assert EventFilter.build(item_id=7).matches(started)
    assert not EventFilter.build(item_id=7).matches(other_item)
    assert EventFilter.build(item_id=7).matches(cleared)  # a waiter must hear that its item may be gone
    assert not EventFilter.build(item_id=7, queue_id="other").matches(started)
    assert EventFilter.build(batch_id="b1").matches(other_item)
    assert not EventFilter.build(batch_id="b2").matches(started)
    assert not EventFilter.build(events=QueueItemStatusChangedEvent).matches(started)
    assert EventFilter.build(events=[InvocationStartedEvent, QueueClearedEvent]).matches(cleared)
    assert EventFilter.build(lambda e: getattr(e, "item_id", None) == 8).matches(other_item)
    assert EventFilter.build().matches(cleared)  # no criteria: everything
    with pytest.raises(TypeError):
        EventFilter.build(events=[dict])  # type: ignore[list-item]


def test_a_raising_predicate_is_logged_and_means_no_match(caplog: pytest.LogCaptureFixture) -> None:
    def boom(event: Event) -> bool:
        raise RuntimeError("bad predicate")

    assert not EventFilter.build(boom).matches(parse_event("queue_cleared", CLEARED))
    assert "predicate raised" in caplog.text


def test_router_delivers_in_registration_order_and_indexes_by_item_and_batch() -> None:
    router: Router[str] = Router()
    everything = router.add(EventFilter.build(), "all")
    router.add(EventFilter.build(item_id=7), "item7")
    router.add(EventFilter.build(item_id=8), "item8")
    router.add(EventFilter.build(batch_id="b1"), "batch1")
    router.add(EventFilter.build(events=ModelLoadStartedEvent), "models")

    started7 = parse_event("invocation_started", invocation("invocation_started"))
    assert router.targets(started7) == ["all", "item7", "batch1"]
    enqueued = parse_event(
        "batch_enqueued",
        {
            "timestamp": 1,
            "queue_id": "default",
            "batch_id": "b1",
            "enqueued": 2,
            "requested": 2,
            "priority": 0,
            "origin": None,
        },
    )
    assert isinstance(enqueued, BatchEnqueuedEvent)
    assert router.targets(enqueued) == ["all", "batch1"]
    assert router.targets(parse_event("queue_cleared", CLEARED)) == ["all", "item7", "item8", "batch1"]
    load = parse_event(
        "model_load_started", {"timestamp": 1, "config": {"key": "k"}, "submodel_type": "unet"}
    )
    assert router.targets(load) == ["all", "models"]

    assert router.remove(everything) == "all"
    assert router.remove(everything) is None
    assert router.targets(started7) == ["item7", "batch1"]
    assert sorted(router.remove_all()) == ["batch1", "item7", "item8", "models"]
    assert len(router) == 0
    assert router.targets(started7) == []


def test_router_is_safe_to_use_from_many_threads() -> None:
    router: Router[int] = Router()
    event = parse_event("invocation_started", invocation("invocation_started"))

    def churn(n: int) -> None:
        for _ in range(300):
            token = router.add(EventFilter.build(item_id=7), n)
            router.targets(event)
            router.remove(token)

    threads = [threading.Thread(target=churn, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(router) == 0
    assert not router._by_item
    assert not router._by_queue


# ---- connection bookkeeping and settings ----------------------------------------------------------


def test_tracker_counts_reconnections_and_drops() -> None:
    tracker = ConnectionTracker()
    assert tracker.connecting() is ConnectionState.CONNECTING
    tracker.socket_open()
    assert tracker.subscribed() is ConnectionState.CONNECTED
    assert tracker.dropped(closing=False) is ConnectionState.RECONNECTING
    tracker.socket_open()
    tracker.subscribed()
    assert (tracker.connects, tracker.reconnects, tracker.drops) == (2, 1, 1)
    assert tracker.dropped(closing=True) is ConnectionState.CLOSED
    assert tracker.subscribed() is ConnectionState.CLOSED  # a late acknowledgement does not reopen
    assert tracker.connecting() is ConnectionState.CONNECTING


def test_connect_settings_carry_the_token_twice_and_keep_a_path_prefix() -> None:
    kwargs = connect_kwargs("http://host:9090", "secret")
    assert kwargs["url"] == "http://host:9090"
    assert kwargs["socketio_path"] == "/ws/socket.io"
    assert kwargs["auth"] == {"token": "secret"}
    assert kwargs["headers"]["Authorization"] == "Bearer secret"
    anonymous = connect_kwargs("https://host/invoke", None)
    assert anonymous["auth"] is None
    assert "Authorization" not in anonymous["headers"]
    assert socketio_target("https://host/invoke") == ("https://host", "/invoke/ws/socket.io")


# ---- subscriptions ------------------------------------------------------------------------------


def test_subscription_queue_get_drain_iterate_and_close() -> None:
    router: Router[Any] = Router()
    sub = Subscription(router, EventFilter.build(item_id=7))
    events = [
        parse_event("invocation_started", invocation("invocation_started")),
        parse_event("queue_item_status_changed", status()),
    ]
    for event in events:
        for sink in router.targets(event):
            sink._deliver(event)
    assert sub.get(timeout=1) is events[0]
    assert sub.drain() == [events[1]]
    with pytest.raises(TimeoutError):
        sub.get(timeout=0.01)
    sub.close()
    assert sub.closed
    assert len(router) == 0
    assert list(sub) == []
    with pytest.raises(EventStreamError, match="closed"):
        sub.get(timeout=0)


async def test_async_subscription_get_and_iterate() -> None:
    router: Router[Any] = Router()
    async with AsyncSubscription(router, EventFilter.build(batch_id="b1")) as sub:
        event = parse_event("queue_item_status_changed", status())
        for sink in router.targets(event):
            sink._deliver(event)
        assert await sub.get(timeout=1) is event
        with pytest.raises(TimeoutError):
            await sub.get(timeout=0.01)
        for sink in router.targets(event):
            sink._deliver(event)
        sub.close()
        assert [e async for e in sub] == [event]  # queued events are still read, then the iteration ends
    assert sub.closed


# ---- the sync stream, with packets fed into python-socketio -------------------------------------


def feed(stream: EventStream | AsyncEventStream, name: str, payload: Any) -> Any:
    """Hand the stream's socket one Socket.IO EVENT packet, as the engine.io layer would."""
    import engineio

    message = engineio.packet.Packet(engineio.packet.MESSAGE, data="2" + json.dumps([name, payload]))
    return stream._sio.eio._receive_packet(message)


def wait_for(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)


def test_sync_stream_routes_packets_through_one_catch_all_handler() -> None:
    stream = EventStream(UNREACHABLE)
    assert set(stream._sio.handlers["/"]) == {"connect", "disconnect", "connect_error", "*"}
    sub = Subscription(stream._router, stream._filter(None, None, 7, None, None))
    seen: list[Event] = []
    stream._router.add(EventFilter(types=(Event,)), _collect(seen))
    feed(stream, "invocation_started", invocation("invocation_started"))
    feed(stream, "invocation_started", invocation("invocation_started", item_id=99))
    feed(stream, "brand_new_event", {"queue_id": "default", "item_id": 7})
    feed(stream, "queue_item_status_changed", status())
    wait_for(lambda: len(seen) == 4)
    got = [sub.get(timeout=1) for _ in range(3)]
    assert [e.event for e in got] == ["invocation_started", "brand_new_event", "queue_item_status_changed"]
    assert isinstance(got[1], UnknownEvent)
    stream.close()
    assert sub.closed
    assert stream.state is ConnectionState.CLOSED


class _collect:
    def __init__(self, into: list[Event]) -> None:
        self.into = into

    def _deliver(self, event: Event) -> None:
        self.into.append(event)

    def _finish(self, reason: str) -> None:
        pass


def test_sync_stream_keeps_arrival_order_even_with_slow_handlers() -> None:
    """python-engineio runs each message on its own thread; the stream must not reorder events."""
    stream = EventStream(UNREACHABLE)
    order: list[int] = []
    threads: set[str] = set()

    def slow(event: Event) -> None:
        time.sleep(random.random() / 200)
        threads.add(threading.current_thread().name)
        order.append(event.model_extra["n"] if event.model_extra else -1)

    stream._router.add(EventFilter(types=(QueueClearedEvent,)), _Slow(slow))
    for n in range(60):
        feed(stream, "queue_cleared", {**CLEARED, "n": n})
    wait_for(lambda: len(order) == 60)
    stream._sio.eio.stop_dispatcher()  # as close() does; the next message starts a new dispatcher
    for n in range(60, 70):
        feed(stream, "queue_cleared", {**CLEARED, "n": n})
    wait_for(lambda: len(order) == 70)
    assert order == list(range(70))
    assert threads == {"invokeai-client-events"}
    stream.close()


class _Slow:
    def __init__(self, callback: Any) -> None:
        self.callback = callback

    def _deliver(self, event: Event) -> None:
        self.callback(event)

    def _finish(self, reason: str) -> None:
        pass


def test_the_private_hooks_of_python_socketio_still_exist() -> None:
    """The ordered client overrides two private hooks; fail loudly if an upgrade removes them."""
    import engineio
    import socketio

    assert "_engineio_client_class" in vars(socketio.Client)
    assert "_trigger_event" in vars(engineio.Client)
    assert "run_async=True" in inspect.getsource(engineio.Client._receive_packet)
    client = _ordered_client_class()(handle_sigint=False)
    assert type(client.eio).__name__ == "OrderedEngineIOClient"


def test_callbacks_get_their_type_only_and_their_errors_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    stream = EventStream(UNREACHABLE)
    got: list[Event] = []
    # on() connects first; register the callback as it does, without a server.

    stream._router.add(EventFilter(types=(QueueClearedEvent,)), _Callback(got.append, tasks=None))
    stream._router.add(EventFilter(types=(QueueClearedEvent,)), _Callback(lambda e: 1 / 0, tasks=None))
    feed(stream, "queue_item_status_changed", status())
    feed(stream, "queue_cleared", CLEARED)
    wait_for(lambda: len(got) == 1)
    wait_for(lambda: "callback raised" in caplog.text)
    assert isinstance(got[0], QueueClearedEvent)
    stream.close()


def test_connecting_to_nothing_raises_event_stream_error_and_leaves_no_subscriber() -> None:
    stream = EventStream(UNREACHABLE)
    started = time.monotonic()
    with pytest.raises(EventStreamError, match="could not connect") as info:
        stream.subscribe(item_id=1, timeout=3)
    assert isinstance(info.value, InvokeAIError)
    assert info.value.__cause__ is not None
    assert time.monotonic() - started < 5
    assert stream.state is ConnectionState.IDLE
    assert len(stream._router) == 0
    with pytest.raises(EventStreamError, match="call connect"):
        stream.wait_connected(0)
    stream.close()
    with pytest.raises(EventStreamError, match="closed"):
        stream.wait_connected(0)


async def test_async_stream_routes_packets_and_fails_to_connect_cleanly() -> None:
    stream = AsyncEventStream(UNREACHABLE)
    assert set(stream._sio.handlers["/"]) == {"connect", "disconnect", "connect_error", "*"}
    sub = AsyncSubscription(stream._router, stream._filter(None, None, None, "b1", None))
    for payload in (invocation("invocation_started"), invocation("invocation_complete")):
        name = "invocation_complete" if "result" in payload else "invocation_started"
        feed(stream, name, payload)
    await asyncio.sleep(0.05)
    assert [(await sub.get(timeout=1)).event for _ in range(2)] == [
        "invocation_started",
        "invocation_complete",
    ]
    with pytest.raises(EventStreamError, match="could not connect"):
        await stream.subscribe(item_id=1, timeout=3)
    assert len(stream._router) == 1  # only the subscription made above
    await stream.close()
    assert sub.closed


async def test_async_callbacks_may_be_coroutines() -> None:
    stream = AsyncEventStream(UNREACHABLE)
    got: list[Event] = []

    async def callback(event: Event) -> None:
        await asyncio.sleep(0)
        got.append(event)

    stream._router.add(EventFilter(types=(Event,)), _Callback(callback, tasks=stream._tasks))
    feed(stream, "queue_cleared", CLEARED)
    for _ in range(20):
        await asyncio.sleep(0.01)
    assert [e.event for e in got] == ["queue_cleared"]
    await stream.close()


# ---- the public surface -------------------------------------------------------------------------


def test_the_streams_keep_their_state_as_properties() -> None:
    """(Their methods and signatures are compared with every other twin's in ``test_twins``.)"""
    properties = {"state", "connected", "reconnects", "base_url", "queue_id"}
    assert all(isinstance(getattr(EventStream, p), property) for p in properties)
    assert all(isinstance(getattr(AsyncEventStream, p), property) for p in properties)


def test_client_events_is_lazy_shared_by_copies_and_closed_with_the_client() -> None:
    code = (
        "import sys, invokeai_client; c = invokeai_client.InvokeAIClient('http://127.0.0.1:1'); "
        "a = 'socketio' in sys.modules; s = c.events; b = 'socketio' in sys.modules; "
        "print(a, b, s.state.value)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "idle"]

    client = InvokeAIClient(UNREACHABLE)
    stream = client.events
    assert client.events is stream
    assert client.with_options(timeout=5).events is stream
    sub = Subscription(stream._router, EventFilter.build())
    client.close()
    assert stream.state is ConnectionState.CLOSED
    assert sub.closed


async def test_async_client_events_is_closed_with_the_client() -> None:
    client = AsyncInvokeAIClient(UNREACHABLE)
    stream = client.events
    assert isinstance(stream, AsyncEventStream)
    assert client.with_options(max_retries=0).events is stream
    await client.close()
    assert stream.state is ConnectionState.CLOSED


async def test_the_async_stream_serves_its_socket_callbacks_on_its_loop() -> None:
    """Its socket runs on threads; what the socket hands over runs on the loop, in arrival order."""
    import threading

    stream = AsyncEventStream(UNREACHABLE)
    seen: list[tuple[int, str]] = []
    stream._router.add(
        EventFilter(types=(Event,)),
        _Callback(lambda e: seen.append((threading.get_ident(), e.event)), tasks=stream._tasks),
    )

    def socket_thread() -> None:  # as python-socketio's dispatcher thread would
        feed(stream, "queue_cleared", CLEARED)
        feed(stream, "queue_item_status_changed", status())

    await asyncio.to_thread(socket_thread)
    for _ in range(100):
        if len(seen) == 2:
            break
        await asyncio.sleep(0.01)
    here = threading.get_ident()
    assert seen == [(here, "queue_cleared"), (here, "queue_item_status_changed")]
    await stream.close()
