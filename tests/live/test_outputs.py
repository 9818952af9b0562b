"""Output mapping on a live run, checked against the server's own image records (spec 5.2 step 5)."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_client.outputs import map_queue_item
from invokeai_client.types import QueueItem


def iterate_graph(board_id: str) -> dict[str, Any]:
    """range -> iterate -> blank_image (width from the item, intermediate) -> img_blur (on a board)."""
    nodes = {
        "range": {"type": "range", "start": 8, "stop": 32, "step": 8},
        "iterate": {"type": "iterate"},
        "blank": {"type": "blank_image", "height": 4, "is_intermediate": True},
        "blur": {"type": "img_blur", "radius": 1, "board": {"board_id": board_id}},
        "mask": {"type": "face_mask_detection"},
    }
    edges = [
        ("range", "collection", "iterate", "collection"),
        ("iterate", "item", "blank", "width"),
        ("blank", "image", "blur", "image"),
        ("blur", "image", "mask", "image"),
    ]
    return {
        "id": f"outputs-{uuid.uuid4().hex[:8]}",
        "nodes": {k: {"id": k, "use_cache": False, **v} for k, v in nodes.items()},
        "edges": [
            {"source": {"node_id": s, "field": sf}, "destination": {"node_id": d, "field": df}}
            for s, sf, d, df in edges
        ],
    }


def body(board_id: str) -> dict[str, Any]:
    data = [[{"node_path": "blank", "field_name": "height", "items": [4, 6]}]]
    return {"prepend": False, "batch": {"graph": iterate_graph(board_id), "runs": 1, "data": data}}


def check(item: QueueItem, records: list[Any], images: dict[str, Any], board_id: str) -> None:
    assert item.status == "completed", item.error_message
    height = item.field_values[0].value if item.field_values else None
    assert [r.source_node_id for r in records] == ["blank"] * 3 + ["blur"] * 3 + ["mask"] * 6
    for record in records:
        image = images[record.image_name]
        assert image.node_id == record.prepared_node_id
        assert image.session_id == record.session_id == item.session_id
        assert image.board_id == record.board_id
        assert image.is_intermediate == record.is_intermediate
        assert image.height == height
        if record.width is not None:
            assert (image.width, image.height) == (record.width, record.height)
        assert [(v.node_path, v.field_name, v.value) for v in record.field_values] == [
            ("blank", "height", height)
        ]
    assert {r.board_id for r in records if r.source_node_id == "blur"} == {board_id}
    assert sorted(r.width for r in records if r.source_node_id == "blank") == [8, 16, 24]


def test_mapping_matches_the_image_records(client: InvokeAIClient) -> None:
    board = client.boards.create(f"outputs-{uuid.uuid4().hex[:6]}")
    try:
        enqueued = client.queue.enqueue_batch(body(board.board_id))
        deadline = time.monotonic() + 120
        while not client.queue.batch_status(enqueued.batch_id).is_done:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        templates = client.workflows.templates()
        items = client.queue.get_items(enqueued.item_ids)
        assert len(items) == 2
        for item in items:
            records = map_queue_item(item, templates)
            images = {i.image_name: i for i in client.images.get_many([r.image_name for r in records])}
            check(item, records, images, board.board_id)
    finally:
        client.boards.delete(board.board_id, include_images=True)


async def test_async_mapping_matches_the_image_records(aclient: AsyncInvokeAIClient) -> None:
    board = await aclient.boards.create(f"outputs-async-{uuid.uuid4().hex[:6]}")
    try:
        enqueued = await aclient.queue.enqueue_batch(body(board.board_id))
        deadline = time.monotonic() + 120
        while not (await aclient.queue.batch_status(enqueued.batch_id)).is_done:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.1)
        templates = await aclient.workflows.templates()
        for item in await aclient.queue.get_items(enqueued.item_ids):
            records = map_queue_item(item, templates)
            fetched = await aclient.images.get_many([r.image_name for r in records])
            check(item, records, {i.image_name: i for i in fetched}, board.board_id)
    finally:
        await aclient.boards.delete(board.board_id, include_images=True)
