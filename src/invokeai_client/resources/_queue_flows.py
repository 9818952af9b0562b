"""Flows of ``client.queue`` used by several methods or modules, and those of more than one request."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from .._steps import Call, Flow
from ..errors import APIStatusError, UnsupportedByServerError
from ..types._base import APIModel
from ..types.app import RuntimeConfig
from ..types.queue import EnqueueResult, ItemOutcome, QueueItem, QueueStatus, RetriedItems
from ._api import Json
from ._base import call, call_as
from ._endpoints import (
    enqueue_batch,
    get_queue_item,
    get_queue_item_ids,
    get_queue_items_by_item_ids,
    get_queue_status,
    get_runtime_config,
    retry_items_by_id,
)
from ._long_lists import in_requests, join_lists

Direction = Literal["ASC", "DESC"]
M = TypeVar("M", bound=BaseModel)


class _ItemIds(APIModel):
    item_ids: list[int]
    total_count: int


class _RetryAnswer(APIModel):
    queue_id: str
    retried_item_ids: list[int]


def enqueue_flow(body: Mapping[str, Any], queue_id: str) -> Flow[EnqueueResult]:
    """One enqueue, sent once (it creates items: never resent by the transport)."""
    return call(enqueue_batch(queue_id, body=Json(dict(body))), EnqueueResult)


def item_ids_flow(queue_id: str, direction: Direction = "DESC") -> Flow[list[int]]:
    """Every item id of the queue, newest first (``"DESC"``) or oldest first (``"ASC"``).

    The server orders by ``created_at``, which every item of a batch shares, so its order within a
    batch is arbitrary; ids grow with enqueue order (they are never reused), so they are sorted here.
    """
    spec = get_queue_item_ids(queue_id, order_dir=direction)
    answer = yield from call(spec, _ItemIds)
    return sorted(answer.item_ids, reverse=direction == "DESC")


def items_flow(item_ids: Sequence[int], queue_id: str) -> Flow[list[QueueItem]]:
    """Several items, in the order of ``item_ids`` (in requests of up to 1,000); the server skips unknown
    ids."""
    return _items_as(item_ids, queue_id, QueueItem)


def outcomes_flow(item_ids: Sequence[int], queue_id: str) -> Flow[list[ItemOutcome]]:
    """As `items_flow`, read as [`ItemOutcome`][invokeai_client.types.ItemOutcome] (no workflow: what a durable run needs)."""
    return _items_as(item_ids, queue_id, ItemOutcome)


def _items_as(item_ids: Sequence[int], queue_id: str, model: type[M]) -> Flow[list[M]]:
    def send(run: list[int]) -> Flow[list[M]]:
        body = Json({"item_ids": run})
        spec = get_queue_items_by_item_ids(queue_id, body=body).as_read()  # a POST that reads: safe to resend
        return call_as(spec, list[model])  # type: ignore[valid-type]

    return in_requests(item_ids, send, join_lists)


def status_flow(queue_id: str) -> Flow[QueueStatus]:
    return call(get_queue_status(queue_id), QueueStatus)


def queue_limit_flow() -> Flow[int | None]:
    """The server's ``max_queue_size`` (its cap on *pending* items), from its runtime config; ``None``
    where the server does not show it (no such endpoint, or not to this user)."""
    try:
        config = yield from call(get_runtime_config(), RuntimeConfig)
    except (APIStatusError, UnsupportedByServerError):
        return None
    limit = config.config.get("max_queue_size")
    return limit if isinstance(limit, int) and not isinstance(limit, bool) else None


def is_busy_flow(queue_id: str) -> Flow[bool]:
    status = yield from status_flow(queue_id)
    return status.is_busy


def count_running_flow(queue_id: str) -> Flow[int]:
    status = yield from status_flow(queue_id)
    return status.queue.in_progress


def retry_flow(item_ids: Sequence[int], queue_id: str) -> Flow[RetriedItems]:
    """Retry items, then find the new items the server made (its answer names only the old ones).

    The server enqueues a copy of each failed or canceled item, with ``retried_from_item_id`` set to
    the first item of its chain, and answers with the ids retried. The new ids are found as the items
    that appeared during the retry (item ids are never reused) and descend from a retried item.

    Raises:
        NotFoundError: an id names no item of the queue (nothing is retried; the server would answer 500).
    """
    ids = list(item_ids)
    if not ids:
        return RetriedItems(queue_id=queue_id, retried_item_ids=[], new_item_ids=[])
    originals = yield from items_flow(ids, queue_id)
    found = {item.item_id for item in originals}
    missing = [item_id for item_id in ids if item_id not in found]
    if missing:
        yield get_queue_item(queue_id, missing[0])  # the server's own 404 for it
    before = set((yield from item_ids_flow(queue_id)))
    answer = yield from call(retry_items_by_id(queue_id, body=ids).sent_once(), _RetryAnswer)  # creates items
    retried = answer.retried_item_ids
    new_ids: list[int] = []
    if retried:
        roots = {_root(item) for item in originals if item.item_id in retried}
        appeared = sorted(set((yield from item_ids_flow(queue_id))) - before)
        candidates = yield from items_flow(appeared, queue_id)
        new_ids = sorted(item.item_id for item in candidates if item.retried_from_item_id in roots)
    return RetriedItems(queue_id=answer.queue_id, retried_item_ids=retried, new_item_ids=new_ids)


def _root(item: QueueItem) -> int:
    return item.retried_from_item_id if item.retried_from_item_id is not None else item.item_id


def count(spec: Call, key: str) -> Flow[int]:
    """The flow of one request whose answer is ``{key: <int>}`` (how many items were canceled …)."""
    answer: dict[str, int] = yield from call_as(spec, dict[str, int])
    return answer[key]
