"""``client.queue``: the session queue (enqueue, items, batch status, cancel, clear)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from invokeai_api.api.queue import (
    cancel_by_batch_ids,
    cancel_queue_item,
    clear,
    enqueue_batch,
    get_batch_status,
    get_queue_item,
    get_queue_items_by_item_ids,
    get_queue_status,
    pause,
    resume,
)
from invokeai_api.models.body_cancel_by_batch_ids import BodyCancelByBatchIds
from invokeai_api.models.body_enqueue_batch import BodyEnqueueBatch
from invokeai_api.models.body_get_queue_items_by_item_ids import BodyGetQueueItemsByItemIds

from .._core import Flow
from ..types.queue import BatchStatus, EnqueueResult, ProcessorStatus, QueueItem, QueueStatus
from ._base import AsyncResource, Operations, SyncResource, call, call_as, operation

DEFAULT_QUEUE = "default"


class _Queue(Operations):
    """The session queue. ``queue_id`` is ``"default"`` on every InvokeAI server today."""

    @operation
    def enqueue_batch(self, body: Mapping[str, Any], *, queue_id: str = DEFAULT_QUEUE) -> Flow[EnqueueResult]:
        """Enqueue a batch: ``body`` is ``{"prepend": …, "batch": {…}}`` (e.g. ``Workflow.to_batch()``).

        Sent once: an enqueue is never retried, since a lost answer may hide a landed batch.
        """
        return enqueue_flow(body, queue_id)

    @operation
    def get_item(self, item_id: int, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueItem]:
        """One queue item, with its session (graph, results, errors).

        Raises:
            NotFoundError: there is no such item.
        """
        return call(get_queue_item._get_kwargs(queue_id, item_id), QueueItem)

    @operation
    def get_items(
        self, item_ids: Sequence[int], *, queue_id: str = DEFAULT_QUEUE
    ) -> Flow[builtins.list[QueueItem]]:
        """Several queue items in one request, in the order of ``item_ids``."""
        return items_flow(item_ids, queue_id)

    @operation
    def batch_status(self, batch_id: str, *, queue_id: str = DEFAULT_QUEUE) -> Flow[BatchStatus]:
        """How many of a batch's items are pending, in progress, completed, failed, canceled."""
        return call(get_batch_status._get_kwargs(queue_id, batch_id), BatchStatus)

    @operation
    def cancel_batches(self, batch_ids: Sequence[str], *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Cancel every pending or running item of these batches; returns how many were canceled."""
        body = BodyCancelByBatchIds(batch_ids=list(batch_ids))
        return _count(cancel_by_batch_ids._get_kwargs(queue_id, body=body), "canceled")

    @operation
    def cancel_item(self, item_id: int, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueItem]:
        """Cancel one item and return it. A finished item is not changed: it comes back as it was
        (``completed``, ``failed`` or ``canceled``), which is how "already finished" is reported."""
        return call(cancel_queue_item._get_kwargs(queue_id, item_id), QueueItem)

    @operation
    def status(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueStatus]:
        """The queue's counts and whether its processor is started and busy."""
        return call(get_queue_status._get_kwargs(queue_id), QueueStatus)

    @operation
    def pause(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[ProcessorStatus]:
        """Pause the processor: the running item finishes, nothing new starts."""
        return call(pause._get_kwargs(queue_id), ProcessorStatus)

    @operation
    def resume(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[ProcessorStatus]:
        """Resume the processor."""
        return call(resume._get_kwargs(queue_id), ProcessorStatus)

    @operation
    def clear(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Delete every queue item (the running one is canceled first); returns how many were deleted."""
        return _count(clear._get_kwargs(queue_id), "deleted")


def items_flow(item_ids: Sequence[int], queue_id: str) -> Flow[list[QueueItem]]:
    body = BodyGetQueueItemsByItemIds(item_ids=list(item_ids))
    items: list[QueueItem] = yield from call_as(
        get_queue_items_by_item_ids._get_kwargs(queue_id, body=body), list[QueueItem]
    )
    return items


def enqueue_flow(body: Mapping[str, Any], queue_id: str) -> Flow[EnqueueResult]:
    return call(enqueue_batch._get_kwargs(queue_id, body=BodyEnqueueBatch.from_dict(body)), EnqueueResult)


def _count(spec: dict[str, Any], key: str) -> Flow[int]:
    answer: dict[str, int] = yield from call_as(spec, dict[str, int])
    return answer[key]


class QueueResource(SyncResource, _Queue):
    __doc__ = _Queue.__doc__


class AsyncQueueResource(AsyncResource, _Queue):
    __doc__ = _Queue.__doc__
