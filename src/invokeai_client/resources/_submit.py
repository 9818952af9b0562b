"""Enqueue without blind retries: the client picks the batch id, so after a lost answer it can ask the
server whether that batch landed, and enqueue again only if it did not.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from .._core import Flow
from .._errors import APIConnectionError, APIError
from ..types.queue import BatchStatus, EnqueueResult, QueueItem
from ._base import call, call_as
from ._endpoints import get_batch_status, get_queue_item_ids
from .queue import enqueue_flow, items_flow

logger = logging.getLogger("invokeai_client.jobs")

ID_CHUNK = 200


def submit_flow(body: Mapping[str, Any], queue_id: str) -> Flow[EnqueueResult]:
    """Enqueue ``body`` (whose batch carries the client's ``batch_id``) exactly once.

    Raises:
        APIConnectionError: the enqueue's answer was lost and the server cannot be asked whether the
            batch landed (nothing is enqueued twice).
    """
    batch_id = str(body["batch"]["batch_id"])
    try:
        return (yield from enqueue_flow(body, queue_id))
    except APIConnectionError as lost:
        logger.warning(
            "enqueue of batch %s: no answer (%s); asking the server whether it landed", batch_id, lost
        )
        try:
            status = yield from call(get_batch_status(queue_id, batch_id), BatchStatus)
        except APIError:
            raise lost from None
    if status.total == 0:
        logger.warning("batch %s did not land; enqueueing it again", batch_id)
        return (yield from enqueue_flow(body, queue_id))
    logger.info("batch %s had landed with %d item(s)", batch_id, status.total)
    item_ids = yield from _batch_item_ids(queue_id, batch_id, status.total)
    return EnqueueResult(
        queue_id=queue_id,
        enqueued=status.total,
        requested=status.total,
        batch=dict(body["batch"]),
        priority=0,
        item_ids=item_ids,
    )


def _batch_item_ids(queue_id: str, batch_id: str, total: int) -> Flow[list[int]]:
    """The ids of a batch's items: scan the queue's ids newest first, in chunks, until all are found."""
    listing: dict[str, Any] = yield from call_as(get_queue_item_ids(queue_id), dict[str, Any])
    ids: list[int] = sorted(listing["item_ids"], reverse=True)
    found: list[int] = []
    for start in range(0, len(ids), ID_CHUNK):
        items: list[QueueItem] = yield from items_flow(ids[start : start + ID_CHUNK], queue_id)
        found += [item.item_id for item in items if item.batch_id == batch_id]
        if len(found) >= total:
            break
    return sorted(found)
