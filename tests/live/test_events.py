"""``client.events`` against the real server: order of a run's events, failures, reconnection; sync and async.

Graphs of model-free nodes really run on the CPU (~0.4 s an item). Every wait is bounded. Events are
matched by the batch id the test chooses, so other traffic on a shared server does not disturb them.
"""

from __future__ import annotations

import asyncio
import datetime
import time
import uuid
from collections.abc import Iterable
from typing import Any

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_client.events import AsyncEventStream, EventStream
from invokeai_client.types import (
    BatchEnqueuedEvent,
    ConnectionState,
    Event,
    InvocationCompleteEvent,
    InvocationErrorEvent,
    InvocationProgressEvent,
    InvocationStartedEvent,
    QueueItemStatusChangedEvent,
)

WAIT = 30.0  # seconds: a bound for each wait; a graph runs in about 0.4 s
NODES = ("blank", "blur", "save")


def blank_blur_save(runs: int = 1, batch_id: str | None = None) -> tuple[str, dict[str, Any]]:
    batch_id = batch_id or str(uuid.uuid4())
    graph = {
        "id": str(uuid.uuid4()),
        "nodes": {
            "blank": {"id": "blank", "type": "blank_image", "width": 64, "height": 64},
            "blur": {"id": "blur", "type": "img_blur", "radius": 2},
            "save": {"id": "save", "type": "save_image", "is_intermediate": False},
        },
        "edges": [
            {
                "source": {"node_id": "blank", "field": "image"},
                "destination": {"node_id": "blur", "field": "image"},
            },
            {
                "source": {"node_id": "blur", "field": "image"},
                "destination": {"node_id": "save", "field": "image"},
            },
        ],
    }
    return batch_id, {"prepend": False, "batch": {"batch_id": batch_id, "graph": graph, "runs": runs}}


def unknown_model(batch_id: str) -> dict[str, Any]:
    model = {"key": "does-not-exist", "hash": "x", "name": "x", "base": "sd-1", "type": "main"}
    graph = {
        "id": str(uuid.uuid4()),
        "nodes": {"loader": {"id": "loader", "type": "main_model_loader", "model": model}},
    }
    return {"prepend": False, "batch": {"batch_id": batch_id, "graph": graph, "runs": 1}}


def is_final(event: Event) -> bool:
    return isinstance(event, QueueItemStatusChangedEvent) and event.status in (
        "completed",
        "failed",
        "canceled",
    )


def summary(events: Iterable[Event]) -> list[str]:
    """Each event as ``name`` or ``name:detail``, progress events left out (only image nodes send them)."""
    out = []
    for event in events:
        if isinstance(event, QueueItemStatusChangedEvent):
            out.append(f"{event.event}:{event.status}")
        elif isinstance(event, InvocationStartedEvent | InvocationCompleteEvent | InvocationErrorEvent):
            out.append(f"{event.event}:{event.invocation_source_id}")
        elif not isinstance(event, InvocationProgressEvent):
            out.append(event.event)
    return out


EXPECTED_ITEM = [
    "queue_item_status_changed:in_progress",
    *(f"{kind}:{node}" for node in NODES for kind in ("invocation_started", "invocation_complete")),
    "queue_item_status_changed:completed",
]


def check_run(events: list[Event], batch_id: str, item_ids: list[int]) -> None:
    assert isinstance(events[0], BatchEnqueuedEvent)
    assert (events[0].batch_id, events[0].enqueued, events[0].requested) == (
        batch_id,
        len(item_ids),
        len(item_ids),
    )
    for item_id in item_ids:
        mine = [e for e in events if getattr(e, "item_id", None) == item_id]
        assert summary(mine) == EXPECTED_ITEM, item_id
        final = mine[-1]
        assert isinstance(final, QueueItemStatusChangedEvent)
        assert final.completed_at is not None
        assert final.started_at is not None
        assert final.batch_status.batch_id == batch_id
        # The server's times are UTC without a zone marker, to the millisecond.
        completed = datetime.datetime.strptime(final.completed_at, "%Y-%m-%d %H:%M:%S.%f")
        assert abs(completed.replace(tzinfo=datetime.UTC).timestamp() - time.time()) < 120
        completes = [e for e in mine if isinstance(e, InvocationCompleteEvent)]
        assert completes[-1].invocation["type"] == "save_image"
        assert completes[-1].result["type"] == "image_output"
        assert completes[-1].result["image"]["image_name"].endswith(".png")


def collect(subscription: Any, item_count: int) -> list[Event]:
    events: list[Event] = []
    deadline = time.monotonic() + WAIT
    while sum(is_final(e) for e in events) < item_count:
        events.append(subscription.get(timeout=max(deadline - time.monotonic(), 0.01)))
    return events


async def acollect(subscription: Any, item_count: int) -> list[Event]:
    events: list[Event] = []
    deadline = time.monotonic() + WAIT
    while sum(is_final(e) for e in events) < item_count:
        events.append(await subscription.get(timeout=max(deadline - time.monotonic(), 0.01)))
    return events


def drop(stream: EventStream) -> None:
    """Close the socket under python-socketio, as a network failure would; return once it is noticed."""
    assert stream._sio.transport() == "websocket"
    stream._sio.eio.ws.close()
    deadline = time.monotonic() + WAIT
    while stream.connected:
        assert time.monotonic() < deadline
        time.sleep(0.005)


async def adrop(stream: AsyncEventStream) -> None:
    assert stream._sio.transport() == "websocket"
    await asyncio.to_thread(stream._sio.eio.ws.close)  # the threaded client: websocket-client's socket
    deadline = time.monotonic() + WAIT
    while stream.connected:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.005)


# ---- sync ---------------------------------------------------------------------------------------


def test_a_run_delivers_its_events_in_order(client: InvokeAIClient) -> None:
    batch_id, body = blank_blur_save(runs=2)
    with client.events.subscribe(batch_id=batch_id) as subscription:
        assert client.events.state is ConnectionState.CONNECTED
        result = client.queue.enqueue_batch(body)
        events = collect(subscription, 2)
    check_run(events, batch_id, result.item_ids)
    assert subscription.closed


def test_a_failing_item_reports_its_error(client: InvokeAIClient) -> None:
    batch_id = str(uuid.uuid4())
    with client.events.subscribe(batch_id=batch_id) as subscription:
        (item_id,) = client.queue.enqueue_batch(unknown_model(batch_id)).item_ids
        events = collect(subscription, 1)
        deadline = time.monotonic() + WAIT  # invocation_error comes after the final status
        while not any(isinstance(e, InvocationErrorEvent) for e in events):
            events.append(subscription.get(timeout=max(deadline - time.monotonic(), 0.01)))
    failed = next(e for e in events if is_final(e))
    assert isinstance(failed, QueueItemStatusChangedEvent)
    assert (failed.item_id, failed.status, failed.error_type) == (item_id, "failed", "Exception")
    assert failed.error_message is not None
    assert "does-not-exist" in failed.error_message
    assert failed.error_traceback
    error = next(e for e in events if isinstance(e, InvocationErrorEvent))
    assert (error.item_id, error.invocation_source_id, error.error_type) == (item_id, "loader", "Exception")
    assert error.error_message == failed.error_message
    assert summary(events).index("queue_item_status_changed:failed") < summary(events).index(
        "invocation_error:loader"
    )


def test_callbacks_and_a_predicate_subscription(client: InvokeAIClient) -> None:
    batch_id, body = blank_blur_save()
    seen: list[QueueItemStatusChangedEvent] = []
    with (
        client.events.on(
            QueueItemStatusChangedEvent, lambda e: seen.append(e) if e.batch_id == batch_id else None
        ),
        client.events.subscribe(
            lambda e: getattr(e, "batch_id", None) == batch_id, events=InvocationCompleteEvent
        ) as completes,
    ):
        (item_id,) = client.queue.enqueue_batch(body).item_ids
        got = [completes.get(timeout=WAIT) for _ in NODES]
        deadline = time.monotonic() + WAIT
        while not any(e.status == "completed" for e in seen):
            assert time.monotonic() < deadline
            time.sleep(0.01)
    assert [e.invocation_source_id for e in got if isinstance(e, InvocationCompleteEvent)] == list(NODES)
    assert [e.status for e in seen] == ["in_progress", "completed"]
    assert all(e.item_id == item_id for e in seen)


def test_the_stream_reconnects_rejoins_and_still_delivers(client: InvokeAIClient) -> None:
    stream = client.events
    stream.connect(timeout=WAIT)
    states: list[ConnectionState] = []
    before = stream.reconnects
    first_batch, first = blank_blur_save(runs=3)
    second_batch, second = blank_blur_save()
    with (
        stream.on_state_change(states.append),
        stream.subscribe(batch_id=first_batch) as running,
        stream.subscribe(batch_id=second_batch) as later,
    ):
        client.queue.enqueue_batch(first)
        while not (
            isinstance(e := running.get(timeout=WAIT), QueueItemStatusChangedEvent)
            and e.status == "in_progress"
        ):
            pass
        drop(stream)  # mid-run
        stream.wait_connected(WAIT)
        assert stream.reconnects == before + 1
        assert states == [ConnectionState.RECONNECTING, ConnectionState.CONNECTED]
        (item_id,) = client.queue.enqueue_batch(second).item_ids
        events = collect(later, 1)
    check_run(events, second_batch, [item_id])
    # Events sent while the socket was down are lost: the first batch is reconciled over REST.
    deadline = time.monotonic() + WAIT
    while not client.queue.batch_status(first_batch).is_done:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert client.queue.batch_status(first_batch).completed == 3


# ---- async --------------------------------------------------------------------------------------


async def test_async_run_delivers_its_events_in_order(aclient: AsyncInvokeAIClient) -> None:
    batch_id, body = blank_blur_save(runs=2)
    async with await aclient.events.subscribe(batch_id=batch_id) as subscription:
        result = await aclient.queue.enqueue_batch(body)
        events = await acollect(subscription, 2)
    check_run(events, batch_id, result.item_ids)


async def test_async_failing_item_and_coroutine_callback(aclient: AsyncInvokeAIClient) -> None:
    batch_id = str(uuid.uuid4())
    errors: list[InvocationErrorEvent] = []
    arrived = asyncio.Event()

    async def on_error(event: InvocationErrorEvent) -> None:
        if event.batch_id == batch_id:
            errors.append(event)
            arrived.set()

    async with await aclient.events.subscribe(
        batch_id=batch_id, events=QueueItemStatusChangedEvent
    ) as statuses:
        with await aclient.events.on(InvocationErrorEvent, on_error):
            (item_id,) = (await aclient.queue.enqueue_batch(unknown_model(batch_id))).item_ids
            events = await acollect(statuses, 1)
            await asyncio.wait_for(arrived.wait(), WAIT)
    assert summary(events) == ["queue_item_status_changed:in_progress", "queue_item_status_changed:failed"]
    assert isinstance(events[-1], QueueItemStatusChangedEvent)
    assert events[-1].error_type == "Exception"
    assert [(e.item_id, e.error_type) for e in errors] == [(item_id, "Exception")]


async def test_async_stream_reconnects_rejoins_and_still_delivers(aclient: AsyncInvokeAIClient) -> None:
    stream = aclient.events
    await stream.connect(timeout=WAIT)
    before = stream.reconnects
    first_batch, first = blank_blur_save(runs=2)
    second_batch, second = blank_blur_save()
    async with await stream.subscribe(batch_id=first_batch) as running:
        later = await stream.subscribe(batch_id=second_batch)
        await aclient.queue.enqueue_batch(first)
        while not (
            isinstance(e := await running.get(timeout=WAIT), QueueItemStatusChangedEvent)
            and e.status == "in_progress"
        ):
            pass
        await adrop(stream)
        await stream.wait_connected(WAIT)
        assert stream.reconnects == before + 1
        assert stream.connected
        (item_id,) = (await aclient.queue.enqueue_batch(second)).item_ids
        events = await acollect(later, 1)
        later.close()
    check_run(events, second_batch, [item_id])


async def test_async_close_ends_subscriptions(invokeai_url: str) -> None:
    async with AsyncInvokeAIClient(invokeai_url) as client:
        subscription = await client.events.subscribe(item_id=-1)
        assert client.events.connected
    assert client.events.state is ConnectionState.CLOSED
    assert [e async for e in subscription] == []


def test_close_ends_subscriptions_and_a_later_use_reconnects(invokeai_url: str) -> None:
    client = InvokeAIClient(invokeai_url)
    stream = client.events
    subscription = stream.subscribe(item_id=-1)
    client.close()
    assert stream.state is ConnectionState.CLOSED
    assert list(subscription) == []
    with pytest.raises(Exception, match="closed"):
        subscription.get(timeout=0)
    stream.connect(timeout=WAIT)  # a closed stream opens again on use
    assert stream.connected
    stream.close()
