"""``client.queue``: the session queue: enqueue, items, counts, cancel, delete, retry, processor.

Every endpoint of InvokeAI's queue API (6.8 and 6.14), plus `is_busy` and
`count_running`. The flows jobs and runs share live in `_queue_ops`.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from .._flows import Flow
from ..types.queue import (
    BatchStatus,
    DestinationCounts,
    EnqueueResult,
    ProcessorStatus,
    QueueItem,
    QueueItemSummary,
    QueueStatus,
    RetriedItems,
)
from . import _queue_ops as ops
from ._api import Json, call, call_as, call_no_result
from ._base import AsyncResource, Operations, SyncResource, in_requests, join_lists, operation, requires
from ._endpoints import (
    cancel_all_except_current,
    cancel_by_destination,
    clear,
    counts_by_destination,
    delete_all_except_current,
    delete_by_destination,
    delete_queue_item,
    get_current_queue_item,
    get_next_queue_item,
    get_queue_item,
    get_queue_item_summaries_by_ids,
    list_all_queue_items,
    pause,
    prune,
    resume,
)
from ._queue_ops import Direction, count

DEFAULT_QUEUE = "default"


class _Queue(Operations):
    """The session queue. ``queue_id`` is ``"default"`` on every InvokeAI server today.

    Items are ``pending``, then ``in_progress``, then ``completed``, ``failed`` or ``canceled`` (final).
    The processor runs one item at a time; `pause` holds pending items back.
    """

    _resource = "queue"

    # -- enqueue and read ------------------------------------------------------------------------------

    @operation
    def enqueue_batch(self, body: Mapping[str, Any], *, queue_id: str = DEFAULT_QUEUE) -> Flow[EnqueueResult]:
        """Enqueue a batch: ``body`` is ``{"prepend": …, "batch": {…}}`` (e.g. ``Workflow.to_batch()``).

        Sent once: an enqueue is never retried, since a lost answer may hide a landed batch.

        Raises:
            QueueFullError: the server's queue took only part of the batch (its ``max_queue_size`` caps
                pending items); ``error.result`` is the server's answer, with the items that landed.
        """
        return ops.enqueue_whole(queue_id, body)

    @operation
    def get_item(self, item_id: int, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueItem]:
        """One queue item, with its session (graph, results, errors).

        Raises:
            NotFoundError: there is no such item.
        """
        return call(get_queue_item(queue_id, item_id), QueueItem)

    @operation
    def get_items(
        self, item_ids: Sequence[int], *, queue_id: str = DEFAULT_QUEUE
    ) -> Flow[builtins.list[QueueItem]]:
        """Several queue items, in the order of ``item_ids``; unknown ids are left out. Any number of ids:
        more than 1,000 go in several requests (InvokeAI 6.14 takes no more in one)."""
        return ops.items(queue_id, item_ids)

    @operation
    @requires(get_queue_item_summaries_by_ids)
    def item_summaries(
        self, item_ids: Sequence[int], *, queue_id: str = DEFAULT_QUEUE
    ) -> Flow[builtins.list[QueueItemSummary]]:
        """Several items without their sessions, in the order of ``item_ids`` (InvokeAI 6.14)."""

        def send(run: builtins.list[int]) -> Flow[builtins.list[QueueItemSummary]]:
            spec = get_queue_item_summaries_by_ids(queue_id, body=Json({"item_ids": run})).as_read()
            return call_as(spec, builtins.list[QueueItemSummary])

        return in_requests(item_ids, send, join_lists)

    @operation
    def current_item(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueItem | None]:
        """The item in progress, or ``None`` when the processor is idle."""
        return call_as(get_current_queue_item(queue_id), QueueItem | None)

    @operation
    def next_item(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueItem | None]:
        """The pending item that runs next (highest priority, then oldest), or ``None`` if none is pending."""
        return call_as(get_next_queue_item(queue_id), QueueItem | None)

    @operation
    def item_ids(
        self, *, direction: Direction = "DESC", queue_id: str = DEFAULT_QUEUE
    ) -> Flow[builtins.list[int]]:
        """The ids of every item in the queue (any status), in enqueue order: newest first by default.

        Sorted by id, which grows with enqueue order: the server sorts by ``created_at`` only, which
        leaves the items of one batch (or one second) in no particular order.

        Args:
            direction: ``"DESC"`` (newest first) or ``"ASC"`` (oldest first).
        """
        return ops.item_ids(queue_id, direction)

    @operation
    def list(
        self, *, destination: str | None = None, queue_id: str = DEFAULT_QUEUE
    ) -> Flow[builtins.list[QueueItem]]:
        """Every item in the queue (any status), in run order: highest priority first, then oldest.

        Each item carries its whole session, so this can be a large answer; `item_ids` and
        `get_items` fetch less.

        Args:
            destination: only items enqueued with this ``destination`` (``None``: every item).
        """
        spec = list_all_queue_items(queue_id, destination=destination)
        return call_as(spec, builtins.list[QueueItem])

    # -- counts ----------------------------------------------------------------------------------------

    @operation
    def status(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueStatus]:
        """The queue's counts and whether its processor is started and busy."""
        return ops.status(queue_id)

    @operation
    def batch_status(self, batch_id: str, *, queue_id: str = DEFAULT_QUEUE) -> Flow[BatchStatus]:
        """How many of a batch's items are pending, in progress, completed, failed, canceled.

        An unknown batch id is not an error: every count is 0.
        """
        return ops.batch_status(queue_id, batch_id)

    @operation
    def counts_by_destination(
        self, destination: str, *, queue_id: str = DEFAULT_QUEUE
    ) -> Flow[DestinationCounts]:
        """How many of the items sent to ``destination`` are in each status (all 0 for an unknown one)."""
        spec = counts_by_destination(queue_id, destination=destination)
        return call(spec, DestinationCounts)

    @operation
    def is_busy(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[bool]:
        """Whether the queue has unfinished work (one request: `status`).

        True when the processor is running an item, or items are in progress or pending. Pending items
        of a paused processor count too, since they run once it resumes; ``status().processor`` tells
        "running now" apart from "waiting".
        """
        status = yield from ops.status(queue_id)
        return status.is_busy

    @operation
    def count_running(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """How many items are in progress right now: 0 or 1, as the processor runs one at a time."""
        status = yield from ops.status(queue_id)
        return status.queue.in_progress

    # -- cancel ----------------------------------------------------------------------------------------

    @operation
    def cancel_item(self, item_id: int, *, queue_id: str = DEFAULT_QUEUE) -> Flow[QueueItem]:
        """Cancel one item and return it. A finished item is not changed: it comes back as it was
        (``completed``, ``failed`` or ``canceled``), which is how "already finished" is reported.

        Raises:
            NotFoundError: there is no such item.
        """
        return ops.cancel_item(queue_id, item_id)

    @operation
    def cancel_batches(self, batch_ids: Sequence[str], *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Cancel every pending or running item of these batches.

        Returns:
            How many *pending* items were canceled: the server cancels the running one too, but does
            not count it.
        """
        return ops.cancel_batches(queue_id, batch_ids)

    @operation
    def cancel_by_destination(self, destination: str, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Cancel every pending or running item sent to ``destination``.

        Returns:
            How many *pending* items were canceled (a running one is canceled too, but not counted).
        """
        spec = cancel_by_destination(queue_id, destination=destination)
        return count(spec, "canceled")

    @operation
    def cancel_all_except_current(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Cancel every pending item; the running one goes on. Returns how many were canceled."""
        return count(cancel_all_except_current(queue_id), "canceled")

    # -- delete ----------------------------------------------------------------------------------------

    @operation
    def delete_item(self, item_id: int, *, queue_id: str = DEFAULT_QUEUE) -> Flow[None]:
        """Delete one item, canceling it first if it is pending or running.

        An unknown id is not an error: the server answers as if it had deleted it.
        """
        return call_no_result(delete_queue_item(queue_id, item_id))

    @operation
    def delete_by_destination(self, destination: str, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Delete every item sent to ``destination``, whatever its status (a running one is canceled
        first). Returns how many were deleted."""
        return count(delete_by_destination(queue_id, destination), "deleted")

    @operation
    def delete_all_except_current(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Delete every *pending* item; the running one and finished ones stay (`prune` removes
        those). Returns how many were deleted."""
        return count(delete_all_except_current(queue_id), "deleted")

    @operation
    def prune(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Delete every finished item (completed, failed, canceled). Returns how many were deleted."""
        return count(prune(queue_id), "deleted")

    @operation
    def clear(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[int]:
        """Delete every queue item (the running one is canceled first); returns how many were deleted."""
        return count(clear(queue_id), "deleted")

    # -- retry and processor ---------------------------------------------------------------------------

    @operation
    def retry_items(self, item_ids: Sequence[int], *, queue_id: str = DEFAULT_QUEUE) -> Flow[RetriedItems]:
        """Run failed or canceled items again, as new items; other items are skipped.

        The server answers with the ids it retried, not the new ones; the new ids are found by listing
        the queue before and after (up to five requests). A concurrent retry of the same items by
        another client could add its copies to ``new_item_ids``.

        Returns:
            The retried ids, and the new item ids in the same order.

        Raises:
            NotFoundError: an id names no item (nothing is retried).
        """
        return ops.retry(queue_id, item_ids)

    @operation
    def pause(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[ProcessorStatus]:
        """Pause the processor: the running item finishes, nothing new starts."""
        return call(pause(queue_id), ProcessorStatus)

    @operation
    def resume(self, *, queue_id: str = DEFAULT_QUEUE) -> Flow[ProcessorStatus]:
        """Resume the processor."""
        return call(resume(queue_id), ProcessorStatus)


class QueueResource(SyncResource, _Queue):
    __doc__ = _Queue.__doc__


class AsyncQueueResource(AsyncResource, _Queue):
    __doc__ = _Queue.__doc__
