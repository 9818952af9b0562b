"""What a job needs from the queue API, as flows: the resource layer gives a job its implementation
(``resources._queue_ops.QUEUE_OPS``), so this package imports nothing of the resources (no import cycle)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from .._flows import Flow
from ..errors import InvokeAIError
from ..types.queue import BatchStatus, QueueItem, RetriedItems


class JobOps(Protocol):
    """The queue operations of one job."""

    def batch_status(self, queue_id: str, batch_id: str) -> Flow[BatchStatus]: ...

    def items(self, queue_id: str, ids: Sequence[int]) -> Flow[list[QueueItem]]: ...

    def cancel_batches(self, queue_id: str, batch_ids: Sequence[str]) -> Flow[int]: ...

    def cancel_item(self, queue_id: str, item_id: int) -> Flow[QueueItem]: ...

    def retry(self, queue_id: str, ids: Sequence[int]) -> Flow[RetriedItems]: ...

    def download_images(
        self, image_names: Sequence[str], folder: str | os.PathLike[str], concurrency: int, overwrite: bool
    ) -> Flow[list[Path | InvokeAIError]]:
        """Each image saved, or the typed error of that image (the others are saved all the same)."""
        ...
