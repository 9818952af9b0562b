"""The queue and image requests a run's worker sends to its server, as flows of the resource layer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .._steps import Flow
from ..errors import InvokeAIError
from ..resources._api import Json
from ..resources._base import call
from ..resources._endpoints import cancel_by_batch_ids, get_batch_status
from ..resources._image_downloads import download_each_flow
from ..resources._queue_flows import count, outcomes_flow, queue_limit_flow, status_flow
from ..resources._submit import batch_item_ids, submit_flow
from ..types.queue import BatchStatus, EnqueueResult, ItemOutcome, QueueStatus

__all__ = [
    "batch_ids",
    "batch_status",
    "cancel_batches",
    "enqueue",
    "items",
    "queue_limit",
    "queue_status",
    "save_images",
]


def enqueue(body: Mapping[str, Any], queue_id: str, confirm_within: float) -> Flow[EnqueueResult]:
    return submit_flow(body, queue_id, confirm_within=confirm_within)


def batch_status(queue_id: str, batch_id: str) -> Flow[BatchStatus]:
    return call(get_batch_status(queue_id, batch_id), BatchStatus)


def batch_ids(queue_id: str, batch_id: str, total: int) -> Flow[list[int]]:
    return batch_item_ids(queue_id, batch_id, total)


def items(queue_id: str, item_ids: Sequence[int]) -> Flow[list[ItemOutcome]]:
    return outcomes_flow(item_ids, queue_id)


def queue_status(queue_id: str) -> Flow[QueueStatus]:
    return status_flow(queue_id)


def queue_limit() -> Flow[int | None]:
    return queue_limit_flow()


def cancel_batches(queue_id: str, batch_ids: Sequence[str]) -> Flow[int]:
    return count(cancel_by_batch_ids(queue_id, body=Json({"batch_ids": list(batch_ids)})), "canceled")


def save_images(names: Sequence[str], folder: Path, concurrency: int) -> Flow[list[Path | InvokeAIError]]:
    """Save images by name, replacing a file of the same name (the same image: saving it again is safe);
    an image that cannot be saved is its error, in the order of the names. The run proved the folder
    writable when it opened it (it is resolved already), so it is not probed for every item."""
    return download_each_flow(names, folder, concurrency, True, probe=False)
