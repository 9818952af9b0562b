"""The session queue's operations, each written and named once, for ``client.queue``, jobs and runs alike.

The flows take the queue id first. `QueueOps` (one stateless instance, `QUEUE_OPS`) hands them to the
layers above that must not import the resources: a job (``jobs._ops.JobOps``) and a run's workers.

Enqueueing is the one operation with a rule of its own, **at most once**: the client picks the batch id,
so when an enqueue ends without a readable answer it asks the server whether that batch landed. It is sent
again only when it provably never left the client (the connection could not be opened); after anything
else (a timeout, a reset, a 5xx, a 2xx whose body does not parse) the server may have it, or may still be
storing it, so the client asks for the batch's status with backoff for up to ``confirm_within`` seconds and
follows the batch once it appears. If it never appears, `EnqueueUnconfirmedError` names the batch id:
nothing was sent twice. A batch the queue took only part of (its ``max_queue_size``) is a `QueueFullError`.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from .._flows import Backoff, Call, Flow, Sleep, seconds_left, within_deadline
from .._resend import never_left, unanswered
from ..errors import (
    APIError,
    APIStatusError,
    EnqueueUnconfirmedError,
    InvokeAIError,
    QueueFullError,
    UnsupportedByServerError,
)
from ..types._base import APIModel
from ..types.app import RuntimeConfig
from ..types.queue import BatchStatus, EnqueueResult, ItemOutcome, QueueItem, QueueStatus, RetriedItems
from ..workflows import session_count
from ._api import Json, call, call_as
from ._base import in_requests, join_lists
from ._endpoints import (
    cancel_by_batch_ids,
    cancel_queue_item,
    enqueue_batch,
    get_batch_status,
    get_queue_item,
    get_queue_item_ids,
    get_queue_items_by_item_ids,
    get_queue_status,
    get_runtime_config,
    retry_items_by_id,
)
from ._image_downloads import download_each_flow

logger = logging.getLogger(__name__)

Direction = Literal["ASC", "DESC"]
M = TypeVar("M", bound=BaseModel)

ID_CHUNK = 200
CONFIRM_WITHIN = 60.0  # seconds: a frozen or overloaded server may store a batch long after the request


class _ItemIds(APIModel):
    item_ids: list[int]
    total_count: int


class _RetryAnswer(APIModel):
    queue_id: str
    retried_item_ids: list[int]


# ---- reading ----------------------------------------------------------------------------------------------


def status(queue_id: str) -> Flow[QueueStatus]:
    return call(get_queue_status(queue_id), QueueStatus)


def batch_status(queue_id: str, batch_id: str) -> Flow[BatchStatus]:
    return call(get_batch_status(queue_id, batch_id), BatchStatus)


def limit() -> Flow[int | None]:
    """The server's ``max_queue_size`` (its cap on *pending* items), from its runtime config; ``None``
    where the server does not show it (no such endpoint, or not to this user)."""
    try:
        config = yield from call(get_runtime_config(), RuntimeConfig)
    except (APIStatusError, UnsupportedByServerError):
        return None
    value = config.config.get("max_queue_size")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def item_ids(queue_id: str, direction: Direction = "DESC") -> Flow[list[int]]:
    """Every item id of the queue, newest first (``"DESC"``) or oldest first (``"ASC"``).

    The server orders by ``created_at``, which every item of a batch shares, so its order within a
    batch is arbitrary; ids grow with enqueue order (they are never reused), so they are sorted here.
    """
    answer = yield from call(get_queue_item_ids(queue_id, order_dir=direction), _ItemIds)
    return sorted(answer.item_ids, reverse=direction == "DESC")


def items(queue_id: str, ids: Sequence[int]) -> Flow[list[QueueItem]]:
    """Several items, in the order of ``ids`` (in requests of up to 1,000); the server skips unknown ids."""
    return _items_as(queue_id, ids, QueueItem)


def outcomes(queue_id: str, ids: Sequence[int]) -> Flow[list[ItemOutcome]]:
    """As `items`, read as [`ItemOutcome`][invokeai_client.types.ItemOutcome] (no workflow: what a
    durable run needs)."""
    return _items_as(queue_id, ids, ItemOutcome)


def _items_as(queue_id: str, ids: Sequence[int], model: type[M]) -> Flow[list[M]]:
    def send(run: list[int]) -> Flow[list[M]]:
        body = Json({"item_ids": run})
        spec = get_queue_items_by_item_ids(queue_id, body=body).as_read()  # a POST that reads: safe to resend
        return call_as(spec, list[model])  # type: ignore[valid-type]

    return in_requests(ids, send, join_lists)


def batch_item_ids(queue_id: str, batch_id: str, total: int) -> Flow[list[int]]:
    """The ids of a batch's items: scan the queue's ids newest first, in chunks, until all are found."""
    every = yield from item_ids(queue_id)
    found: list[int] = []
    for start in range(0, len(every), ID_CHUNK):
        page = yield from items(queue_id, every[start : start + ID_CHUNK])
        found += [item.item_id for item in page if item.batch_id == batch_id]
        if len(found) >= total:
            break
    return sorted(found)


# ---- changing ---------------------------------------------------------------------------------------------


def count(spec: Call, key: str) -> Flow[int]:
    """The flow of one request whose answer is ``{key: <int>}`` (how many items were canceled …)."""
    answer: dict[str, int] = yield from call_as(spec, dict[str, int])
    return answer[key]


def cancel_batches(queue_id: str, batch_ids: Sequence[str]) -> Flow[int]:
    """Cancel every pending or running item of these batches; how many *pending* ones were canceled."""
    return count(cancel_by_batch_ids(queue_id, body=Json({"batch_ids": list(batch_ids)})), "canceled")


def cancel_item(queue_id: str, item_id: int) -> Flow[QueueItem]:
    return call(cancel_queue_item(queue_id, item_id), QueueItem)


def retry(queue_id: str, ids: Sequence[int]) -> Flow[RetriedItems]:
    """Retry items, then find the new items the server made (its answer names only the old ones).

    The server enqueues a copy of each failed or canceled item, with ``retried_from_item_id`` set to
    the first item of its chain, and answers with the ids retried. The new ids are found as the items
    that appeared during the retry (item ids are never reused) and descend from a retried item.

    Raises:
        NotFoundError: an id names no item of the queue (nothing is retried; the server would answer 500).
    """
    wanted = list(ids)
    if not wanted:
        return RetriedItems(queue_id=queue_id, retried_item_ids=[], new_item_ids=[])
    originals = yield from items(queue_id, wanted)
    found = {item.item_id for item in originals}
    missing = [item_id for item_id in wanted if item_id not in found]
    if missing:
        yield get_queue_item(queue_id, missing[0])  # the server's own 404 for it
    before = set((yield from item_ids(queue_id)))
    answer = yield from call(
        retry_items_by_id(queue_id, body=wanted).sent_once(), _RetryAnswer
    )  # makes items
    retried = answer.retried_item_ids
    new_ids: list[int] = []
    if retried:
        roots = {_root(item) for item in originals if item.item_id in retried}
        appeared = sorted(set((yield from item_ids(queue_id))) - before)
        candidates = yield from items(queue_id, appeared)
        new_ids = sorted(item.item_id for item in candidates if item.retried_from_item_id in roots)
    return RetriedItems(queue_id=answer.queue_id, retried_item_ids=retried, new_item_ids=new_ids)


def _root(item: QueueItem) -> int:
    return item.retried_from_item_id if item.retried_from_item_id is not None else item.item_id


# ---- enqueueing -------------------------------------------------------------------------------------------


def enqueue_once(queue_id: str, body: Mapping[str, Any]) -> Flow[EnqueueResult]:
    """One enqueue, sent once (it creates items: never resent by the transport)."""
    return call(enqueue_batch(queue_id, body=Json(dict(body))), EnqueueResult)


def enqueue_whole(queue_id: str, body: Mapping[str, Any]) -> Flow[EnqueueResult]:
    """Enqueue ``body`` once (never resent); a batch the queue's limit cut short is an error.

    Raises:
        QueueFullError: the server took only part of the batch (its ``result`` has the items that landed).
    """
    result = yield from enqueue_once(queue_id, body)
    if result.enqueued < result.requested:
        raise (yield from queue_full(queue_id, result))
    return result


def enqueue(
    queue_id: str, body: Mapping[str, Any], *, confirm_within: float = CONFIRM_WITHIN
) -> Flow[EnqueueResult]:
    """Enqueue ``body`` (whose batch carries the client's ``batch_id``) at most once (see the module).

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
            return (yield from enqueue_once(queue_id, body))
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
    landed = yield from _confirm(queue_id, batch_id, deadline)
    if landed is None:
        raise EnqueueUnconfirmedError(batch_id=batch_id, reason=str(lost)) from lost
    logger.warning("batch %s had landed with %d item(s); following it", batch_id, landed.total)
    ids = yield from batch_item_ids(queue_id, batch_id, landed.total)
    batch = body["batch"]
    return EnqueueResult(
        queue_id=queue_id,
        enqueued=landed.total,
        requested=session_count(batch.get("data") or [], int(batch.get("runs") or 1)),
        batch=dict(batch),
        priority=0,
        item_ids=ids,
    )


def _confirm(queue_id: str, batch_id: str, deadline: float) -> Flow[BatchStatus | None]:
    """The batch's status once it has items, asking until ``deadline``; ``None`` if it never did."""
    backoff = Backoff()
    while True:
        try:
            found = yield from within_deadline(batch_status(queue_id, batch_id), lambda: deadline)
        except APIError as exc:
            if not unanswered(exc):
                raise
            found = None
        if found is not None and found.total > 0:
            return found
        left = seconds_left(deadline) or 0.0
        if left <= 0:
            return None
        yield Sleep(backoff.delay(left))


def queue_full(queue_id: str, result: EnqueueResult, *, job: Any = None) -> Flow[QueueFullError]:
    """The error for an enqueue the queue's limit cut short, with the limit and the pending count where the
    server tells them (asked after the fact, best effort: a failure to ask does not hide the short enqueue).
    """
    cap: int | None = None
    pending: int | None = None
    try:
        cap = yield from limit()
        pending = (yield from status(queue_id)).queue.pending
    except APIError:
        pass
    logger.warning(
        "batch %s: the queue took %d of %d session(s) (max_queue_size %s)",
        result.batch_id, result.enqueued, result.requested, cap,
    )  # fmt: skip
    return QueueFullError(
        batch_id=result.batch_id, requested=result.requested, enqueued=result.enqueued, limit=cap,
        pending=pending, result=result, job=job,
    )  # fmt: skip


# ---- for the layers above ---------------------------------------------------------------------------------


class QueueOps:
    """The queue's operations for a job (``jobs._ops.JobOps``) and a run's workers, which must not import the
    resources: the flows above, and the image saves that go with them. Stateless: one instance serves all."""

    status = staticmethod(status)
    batch_status = staticmethod(batch_status)
    batch_item_ids = staticmethod(batch_item_ids)
    limit = staticmethod(limit)
    items = staticmethod(items)
    outcomes = staticmethod(outcomes)
    cancel_batches = staticmethod(cancel_batches)
    cancel_item = staticmethod(cancel_item)
    retry = staticmethod(retry)
    enqueue = staticmethod(enqueue)

    @staticmethod
    def download_images(
        image_names: Sequence[str], folder: str | os.PathLike[str], concurrency: int, overwrite: bool
    ) -> Flow[list[Path | InvokeAIError]]:
        """Each image saved into ``folder``, or the typed error of that image (the others are saved)."""
        return download_each_flow(image_names, folder, concurrency, overwrite)

    @staticmethod
    def save_images(names: Sequence[str], folder: Path, concurrency: int) -> Flow[list[Path | InvokeAIError]]:
        """A run's images saved by name, replacing a file of the same name (the same image: saving it again is
        safe). The run proved the folder writable when it opened it, so it is not probed for every item."""
        return download_each_flow(names, folder, concurrency, True, probe=False)


QUEUE_OPS = QueueOps()
