"""``client.queue`` against the real server, sync and async: every endpoint, on model-free CPU graphs.

Tests that need items to stay pending pause the processor and always resume it. Each test tags its
batches with its own ``destination``, so it can find and delete exactly its items.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient, NotFoundError, UnsupportedByServerError
from invokeai_client.types import EnqueueResult

from ..conftest import Server


def batch(destination: str, runs: int = 3) -> dict[str, Any]:
    """A 32x32 blank image, saved: runs on CPU in well under a second, needs no model."""
    graph = {
        "id": str(uuid.uuid4()),
        "nodes": {
            "blank": {"id": "blank", "type": "blank_image", "width": 32, "height": 32},
            "save": {"id": "save", "type": "save_image", "is_intermediate": False, "use_cache": False},
        },
        "edges": [
            {
                "source": {"node_id": "blank", "field": "image"},
                "destination": {"node_id": "save", "field": "image"},
            }
        ],
    }
    return {"prepend": False, "batch": {"graph": graph, "runs": runs, "destination": destination}}


@pytest.fixture
async def apaused(aclient: AsyncInvokeAIClient) -> AsyncIterator[str]:
    """The processor paused (and always resumed), and this test's destination (deleted after)."""
    name = f"test-queue-async-{uuid.uuid4().hex[:8]}"
    await aclient.queue.pause()
    try:
        yield name
        await aclient.queue.delete_by_destination(name)
    finally:
        await aclient.queue.resume()


def wait_done(client: InvokeAIClient, enqueued: EnqueueResult, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not client.queue.batch_status(enqueued.batch_id).is_done:
        assert time.monotonic() < deadline, "batch did not finish"
        time.sleep(0.2)


def test_status_counts_and_next_item_while_paused(
    client: InvokeAIClient, paused: None, destination: str
) -> None:
    enqueued = client.queue.enqueue_batch(batch(destination))
    status = client.queue.status()
    assert status.processor.is_started is False
    assert status.queue.pending >= 3
    assert client.queue.is_busy() is True  # pending items of a paused processor count
    assert client.queue.count_running() == 0
    assert client.queue.current_item() is None
    upcoming = client.queue.next_item()
    assert upcoming is not None
    assert upcoming.status == "pending"
    counts = client.queue.counts_by_destination(destination)
    assert (counts.destination, counts.pending, counts.total) == (destination, 3, 3)
    assert client.queue.batch_status(enqueued.batch_id).pending == 3
    assert client.queue.counts_by_destination("no-such-destination").total == 0


def test_items_run_once_resumed_and_the_queue_is_idle_after(client: InvokeAIClient, destination: str) -> None:
    enqueued = client.queue.enqueue_batch(batch(destination, runs=2))
    assert client.queue.count_running() in (0, 1)
    wait_done(client, enqueued)
    assert client.queue.batch_status(enqueued.batch_id).completed == 2
    assert client.queue.count_running() == 0
    assert client.queue.current_item() is None
    assert client.queue.is_busy() is False
    assert [i.status for i in client.queue.get_items(enqueued.item_ids)] == ["completed", "completed"]


def test_item_ids_and_list(client: InvokeAIClient, paused: None, destination: str) -> None:
    first = client.queue.enqueue_batch(batch(destination, runs=2))
    second = client.queue.enqueue_batch(batch(destination, runs=2))
    ours = first.item_ids + second.item_ids
    newest_first = client.queue.item_ids()
    assert newest_first == sorted(newest_first, reverse=True)
    assert newest_first[:4] == sorted(ours, reverse=True)
    assert client.queue.item_ids(direction="ASC") == sorted(newest_first)
    listed = client.queue.list(destination=destination)
    assert [i.item_id for i in listed] == ours
    assert {i.destination for i in listed} == {destination}
    assert set(ours) <= {i.item_id for i in client.queue.list()}
    assert client.queue.list(destination="no-such-destination") == []


def test_cancel_and_delete(client: InvokeAIClient, server: Server, paused: None, destination: str) -> None:
    enqueued = client.queue.enqueue_batch(batch(destination, runs=4))
    one, two, three, four = enqueued.item_ids
    assert client.queue.cancel_item(one).status == "canceled"
    assert client.queue.cancel_item(one).status == "canceled"  # a final item comes back unchanged
    with pytest.raises(NotFoundError):
        client.queue.cancel_item(2**31)

    assert client.queue.delete_item(two) is None
    with pytest.raises(NotFoundError):
        client.queue.get_item(two)
    if server.at_least("6.14"):  # 6.14 answers 404 where 6.8 answered as if it had deleted it
        with pytest.raises(NotFoundError):
            client.queue.delete_item(2**31)
    else:
        assert client.queue.delete_item(2**31) is None

    assert client.queue.cancel_by_destination(destination) == 2
    assert client.queue.cancel_by_destination(destination) == 0
    statuses = {i.item_id: i.status for i in client.queue.get_items([one, three, four])}
    assert statuses == {one: "canceled", three: "canceled", four: "canceled"}
    assert client.queue.delete_by_destination(destination) == 3
    assert client.queue.counts_by_destination(destination).total == 0


def test_cancel_batches_and_the_except_current_variants(
    client: InvokeAIClient, paused: None, destination: str
) -> None:
    first = client.queue.enqueue_batch(batch(destination, runs=2))
    assert client.queue.cancel_batches([first.batch_id]) == 2
    assert client.queue.batch_status(first.batch_id).canceled == 2

    client.queue.enqueue_batch(batch(destination, runs=2))
    assert client.queue.cancel_all_except_current() >= 2
    assert client.queue.counts_by_destination(destination).canceled == 4

    third = client.queue.enqueue_batch(batch(destination, runs=2))
    assert client.queue.delete_all_except_current() >= 2  # pending items only: canceled ones stay
    assert client.queue.get_items(third.item_ids) == []
    counts = client.queue.counts_by_destination(destination)
    assert (counts.pending, counts.canceled) == (0, 4)


def test_prune_deletes_finished_items_only(client: InvokeAIClient, destination: str) -> None:
    done = client.queue.enqueue_batch(batch(destination, runs=1))
    wait_done(client, done)
    client.queue.pause()
    try:
        waiting = client.queue.enqueue_batch(batch(destination, runs=1))
        assert client.queue.prune() >= 1
        assert client.queue.get_items(done.item_ids) == []
        assert [i.status for i in client.queue.get_items(waiting.item_ids)] == ["pending"]
    finally:
        client.queue.resume()


def test_retry_items_returns_the_new_items(client: InvokeAIClient, paused: None, destination: str) -> None:
    enqueued = client.queue.enqueue_batch(batch(destination, runs=2))
    canceled, pending = enqueued.item_ids
    client.queue.cancel_item(canceled)
    retried = client.queue.retry_items([canceled, pending])
    assert retried.retried_item_ids == [canceled]  # only failed or canceled items are retried
    assert len(retried.new_item_ids) == 1
    (copy,) = client.queue.get_items(retried.new_item_ids)
    assert (copy.status, copy.retried_from_item_id, copy.batch_id) == ("pending", canceled, enqueued.batch_id)
    assert copy.destination == destination

    client.queue.cancel_item(copy.item_id)
    again = client.queue.retry_items([copy.item_id])
    (second_copy,) = client.queue.get_items(again.new_item_ids)
    assert second_copy.retried_from_item_id == canceled  # the first item of the chain

    before = client.queue.item_ids()
    with pytest.raises(NotFoundError):
        client.queue.retry_items([canceled, 2**31])
    assert client.queue.item_ids() == before
    assert client.queue.retry_items([]).new_item_ids == []


def test_clear_empties_the_queue(client: InvokeAIClient, paused: None, destination: str) -> None:
    client.queue.enqueue_batch(batch(destination, runs=2))
    assert client.queue.clear() >= 2
    status = client.queue.status()
    assert status.queue.total == 0
    assert client.queue.is_busy() is False
    assert client.queue.next_item() is None


async def test_async_queue_reads(aclient: AsyncInvokeAIClient, apaused: str) -> None:
    enqueued = await aclient.queue.enqueue_batch(batch(apaused, runs=2))
    assert await aclient.queue.is_busy() is True
    assert await aclient.queue.count_running() == 0
    assert await aclient.queue.current_item() is None
    upcoming = await aclient.queue.next_item()
    assert upcoming is not None
    assert (await aclient.queue.counts_by_destination(apaused)).pending == 2
    assert [i.item_id for i in await aclient.queue.list(destination=apaused)] == enqueued.item_ids
    assert (await aclient.queue.item_ids())[:2] == sorted(enqueued.item_ids, reverse=True)
    assert (await aclient.queue.status()).processor.is_started is False


async def test_async_queue_changes(aclient: AsyncInvokeAIClient, apaused: str) -> None:
    enqueued = await aclient.queue.enqueue_batch(batch(apaused, runs=3))
    one, two, three = enqueued.item_ids
    assert (await aclient.queue.cancel_item(one)).status == "canceled"
    retried = await aclient.queue.retry_items([one])
    assert retried.retried_item_ids == [one]
    assert len(retried.new_item_ids) == 1
    await aclient.queue.delete_item(two)
    assert await aclient.queue.cancel_by_destination(apaused) == 2  # three, and the retried copy
    assert await aclient.queue.cancel_batches([enqueued.batch_id]) == 0
    assert await aclient.queue.cancel_all_except_current() == 0
    await aclient.queue.enqueue_batch(batch(apaused, runs=1))
    assert await aclient.queue.delete_all_except_current() == 1
    assert await aclient.queue.prune() >= 3
    assert await aclient.queue.delete_by_destination(apaused) == 0
    assert (await aclient.queue.get_items([three])) == []


async def test_async_items_run_and_clear(aclient: AsyncInvokeAIClient) -> None:
    destination = f"test-queue-async-{uuid.uuid4().hex[:8]}"
    enqueued = await aclient.queue.enqueue_batch(batch(destination, runs=1))
    deadline = time.monotonic() + 60
    while not (await aclient.queue.batch_status(enqueued.batch_id)).is_done:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.2)
    assert await aclient.queue.is_busy() is False
    assert (await aclient.queue.get_item(enqueued.item_ids[0])).status == "completed"
    assert await aclient.queue.clear() >= 1
    assert (await aclient.queue.status()).queue.total == 0


def test_item_summaries(client: InvokeAIClient, server: Server, paused: None, destination: str) -> None:
    result = client.queue.enqueue_batch(batch(destination, runs=2))
    try:
        if not server.at_least("6.14"):
            with pytest.raises(UnsupportedByServerError) as info:
                client.queue.item_summaries(result.item_ids)
            assert info.value.method == "queue.item_summaries"
            return
        summaries = client.queue.item_summaries(result.item_ids)
        assert sorted(s.item_id for s in summaries) == result.item_ids
        assert {(s.batch_id, s.status, s.destination) for s in summaries} == {
            (result.batch_id, "pending", destination)
        }
        assert not summaries[0].is_final
    finally:
        client.queue.cancel_batches([result.batch_id])
