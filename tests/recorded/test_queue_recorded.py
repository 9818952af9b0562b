"""``client.queue`` replayed from cassettes recorded from real InvokeAI servers (one set per version).

The processor is paused while recording, so every item stays pending and nothing depends on how
fast the server ran; the graph id and destination are fixed, and every item id comes from the
cassette's own enqueue answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient, NotFoundError

pytestmark = pytest.mark.vcr

DESTINATION = "recorded-queue"
UNKNOWN_ITEM = 2**31 - 1


def batch(graph_id: str, runs: int) -> dict[str, Any]:
    graph = {
        "id": graph_id,
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
    return {"prepend": False, "batch": {"graph": graph, "runs": runs, "destination": DESTINATION}}


def test_queue_endpoints(server_url: str) -> None:
    with InvokeAIClient(server_url) as client:
        queue = client.queue
        queue.clear()
        assert queue.status().queue.total == 0
        assert queue.pause().is_started is False
        try:
            enqueued = queue.enqueue_batch(batch("recorded-queue-graph", runs=3))
            first, second, third = enqueued.item_ids
            assert (enqueued.enqueued, enqueued.requested) == (3, 3)
            assert queue.batch_status(enqueued.batch_id).pending == 3
            assert [i.status for i in queue.get_items(enqueued.item_ids)] == ["pending"] * 3
            assert queue.get_item(first).destination == DESTINATION
            assert queue.item_ids() == [third, second, first]
            assert queue.item_ids(direction="ASC") == [first, second, third]
            assert [i.item_id for i in queue.list(destination=DESTINATION)] == [first, second, third]
            assert len(queue.list()) == 3
            counts = queue.counts_by_destination(DESTINATION)
            assert (counts.pending, counts.total) == (3, 3)
            assert queue.is_busy() is True
            assert queue.count_running() == 0
            assert queue.current_item() is None
            upcoming = queue.next_item()
            assert upcoming is not None
            assert upcoming.item_id == first

            assert queue.cancel_item(first).status == "canceled"
            retried = queue.retry_items([first, second])
            assert retried.retried_item_ids == [first]
            (copy,) = queue.get_items(retried.new_item_ids)
            assert copy.retried_from_item_id == first
            assert queue.delete_item(second) is None
            with pytest.raises(NotFoundError):
                queue.get_item(second)
            assert queue.cancel_batches([enqueued.batch_id]) == 2  # third, and the retried copy
            assert queue.cancel_by_destination(DESTINATION) == 0
            assert queue.cancel_all_except_current() == 0

            more = queue.enqueue_batch(batch("recorded-queue-graph-2", runs=2))
            assert queue.delete_all_except_current() == 2
            assert queue.get_items(more.item_ids) == []
            assert queue.prune() == 3
            assert queue.counts_by_destination(DESTINATION).total == 0

            queue.enqueue_batch(batch("recorded-queue-graph-3", runs=1))
            assert queue.delete_by_destination(DESTINATION) == 1
            queue.enqueue_batch(batch("recorded-queue-graph-4", runs=2))
            assert queue.clear() == 2
            assert queue.is_busy() is False
            with pytest.raises(NotFoundError):
                queue.cancel_item(UNKNOWN_ITEM)
            with pytest.raises(NotFoundError):
                queue.retry_items([UNKNOWN_ITEM])
        finally:
            assert queue.resume().is_started is True


async def test_async_queue(server_url: str) -> None:
    async with AsyncInvokeAIClient(server_url) as client:
        queue = client.queue
        await queue.pause()
        try:
            enqueued = await queue.enqueue_batch(batch("recorded-queue-async-graph", runs=2))
            assert (await queue.batch_status(enqueued.batch_id)).pending == 2
            assert await queue.is_busy() is True
            assert (await queue.next_item()) is not None
            assert (await queue.counts_by_destination(DESTINATION)).pending == 2
            assert await queue.cancel_batches([enqueued.batch_id]) == 2
            assert await queue.clear() == 2
            assert (await queue.status()).queue.total == 0
        finally:
            await queue.resume()
