"""Enqueue without blind retries: the client picks the batch id, so when an enqueue ends without a
readable answer it can ask the server whether that batch landed.

One rule for every way an enqueue can end unanswered: it is **sent again only when it provably never left
the client** (the connection could not be opened). After anything else (a timeout, a reset, a 5xx, a
2xx whose body does not parse) the server may have it, or may still be storing it; the client asks for the
batch's status, again and again with backoff, for up to ``confirm_within`` seconds, and follows the batch
once it appears. If it never appears, `EnqueueUnconfirmedError` names the batch id: nothing was sent
twice, and the caller can look again later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from .._deadline import seconds_left, within_deadline
from .._resend import Backoff, never_left, unanswered
from .._steps import Flow, Sleep
from ..errors import APIError, EnqueueUnconfirmedError, QueueFullError
from ..types.queue import BatchStatus, EnqueueResult, QueueItem
from ..workflows import session_count
from ._base import call, call_as
from ._endpoints import get_batch_status, get_queue_item_ids
from ._queue_flows import enqueue_flow, items_flow, queue_limit_flow, status_flow

logger = logging.getLogger(__name__)

ID_CHUNK = 200
CONFIRM_WITHIN = 60.0  # seconds: a frozen or overloaded server may store a batch long after the request


def submit_flow(
    body: Mapping[str, Any], queue_id: str, *, confirm_within: float = CONFIRM_WITHIN
) -> Flow[EnqueueResult]:
    """Enqueue ``body`` (whose batch carries the client's ``batch_id``) at most once.

    Raises:
        EnqueueUnconfirmedError: no readable answer, and the batch did not appear within ``confirm_within``.
        APIConnectionError: the server could not be reached at all within ``confirm_within`` (nothing
            was sent: safe to try again).
        APIStatusError: the server refused the batch (a 4xx: nothing was enqueued).
    """
    batch_id = str(body["batch"]["batch_id"])
    deadline = time.monotonic() + confirm_within
    backoff = Backoff()
    while True:
        try:
            return (yield from enqueue_flow(body, queue_id))
        except APIError as exc:
            if not unanswered(exc):
                raise
            if never_left(exc):
                left = seconds_left(deadline) or 0.0
                if left <= 0:
                    raise
                logger.warning("enqueue of batch %s: %s; sending it again (it never left)", batch_id, exc)
                yield Sleep(backoff.delay(left))
                continue
            lost = exc
            break
    logger.warning(
        "enqueue of batch %s: no readable answer (%s); asking the server whether it landed", batch_id, lost
    )
    status = yield from _confirm(queue_id, batch_id, deadline)
    if status is None:
        raise EnqueueUnconfirmedError(batch_id=batch_id, reason=str(lost)) from lost
    logger.warning("batch %s had landed with %d item(s); following it", batch_id, status.total)
    item_ids = yield from batch_item_ids(queue_id, batch_id, status.total)
    batch = body["batch"]
    return EnqueueResult(
        queue_id=queue_id,
        enqueued=status.total,
        requested=session_count(batch.get("data") or [], int(batch.get("runs") or 1)),
        batch=dict(body["batch"]),
        priority=0,
        item_ids=item_ids,
    )


def _confirm(queue_id: str, batch_id: str, deadline: float) -> Flow[BatchStatus | None]:
    """The batch's status once it has items, asking until ``deadline``; ``None`` if it never did."""
    backoff = Backoff()
    while True:
        try:
            status = yield from within_deadline(
                call(get_batch_status(queue_id, batch_id), BatchStatus), lambda: deadline
            )
        except APIError as exc:
            if not unanswered(exc):
                raise
            status = None
        if status is not None and status.total > 0:
            return status
        left = seconds_left(deadline) or 0.0
        if left <= 0:
            return None
        yield Sleep(backoff.delay(left))


def batch_item_ids(queue_id: str, batch_id: str, total: int) -> Flow[list[int]]:
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


def whole_enqueue_flow(body: Mapping[str, Any], queue_id: str) -> Flow[EnqueueResult]:
    """Enqueue ``body`` once (never resent); a batch the queue's limit cut short is an error.

    Raises:
        QueueFullError: the server took only part of the batch (its ``result`` has the items that landed).
    """
    result = yield from enqueue_flow(body, queue_id)
    if result.enqueued < result.requested:
        raise (yield from queue_full(result, queue_id))
    return result


def queue_full(result: EnqueueResult, queue_id: str, *, job: Any = None) -> Flow[QueueFullError]:
    """The error for an enqueue the queue's limit cut short, with the limit and the pending count where the
    server tells them (asked after the fact, best effort: a failure to ask does not hide the short enqueue).
    """
    limit: int | None = None
    pending: int | None = None
    try:
        limit = yield from queue_limit_flow()
        pending = (yield from status_flow(queue_id)).queue.pending
    except APIError:
        pass
    logger.warning(
        "batch %s: the queue took %d of %d session(s) (max_queue_size %s)",
        result.batch_id, result.enqueued, result.requested, limit,
    )  # fmt: skip
    return QueueFullError(
        batch_id=result.batch_id,
        requested=result.requested,
        enqueued=result.enqueued,
        limit=limit,
        pending=pending,
        result=result,
        job=job,
    )
