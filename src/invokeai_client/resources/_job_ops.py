"""The queue operations a job uses (``jobs._ops.JobOps``), as flows of this resource layer."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .._steps import Flow
from ..errors import InvokeAIError
from ..types.queue import BatchStatus, QueueItem, RetriedItems
from ._api import Json
from ._base import call
from ._endpoints import cancel_by_batch_ids, cancel_queue_item, get_batch_status
from ._image_downloads import download_each_flow
from ._queue_flows import count, items_flow, retry_flow


class QueueJobOps:
    """``JobOps`` over the session queue API (stateless: one instance serves every job)."""

    def batch_status(self, queue_id: str, batch_id: str) -> Flow[BatchStatus]:
        return call(get_batch_status(queue_id, batch_id), BatchStatus)

    def items(self, queue_id: str, item_ids: Sequence[int]) -> Flow[list[QueueItem]]:
        return items_flow(item_ids, queue_id)

    def cancel_batch(self, queue_id: str, batch_id: str) -> Flow[int]:
        return count(cancel_by_batch_ids(queue_id, body=Json({"batch_ids": [batch_id]})), "canceled")

    def cancel_item(self, queue_id: str, item_id: int) -> Flow[QueueItem]:
        return call(cancel_queue_item(queue_id, item_id), QueueItem)

    def retry(self, queue_id: str, item_ids: Sequence[int]) -> Flow[RetriedItems]:
        return retry_flow(item_ids, queue_id)

    def download_images(
        self, image_names: Sequence[str], folder: str | os.PathLike[str], concurrency: int, overwrite: bool
    ) -> Flow[list[Path | InvokeAIError]]:
        return download_each_flow(image_names, folder, concurrency, overwrite)


QUEUE_JOB_OPS = QueueJobOps()
