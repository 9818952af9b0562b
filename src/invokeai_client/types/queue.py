"""Types of ``client.queue``: enqueue results, queue items, batch and destination counts, retries."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

from ._base import APIModel

QueueItemStatus = Literal["pending", "in_progress", "waiting", "completed", "failed", "canceled"]
"""The statuses servers report (``waiting``: 6.14, an item whose node runs another saved workflow).
Response fields are typed ``QueueItemStatus | str``: a status a newer server adds is kept as it is."""
FINAL_STATUSES: frozenset[str] = frozenset({"completed", "failed", "canceled"})


class EnqueueResult(APIModel):
    """What ``enqueue_batch`` answered. ``item_ids`` are in enqueue order (the server sends them descending)."""

    queue_id: str
    enqueued: int
    requested: int
    batch: dict[str, Any]
    priority: int
    item_ids: list[int]

    @field_validator("item_ids")
    @classmethod
    def _in_enqueue_order(cls, item_ids: list[int]) -> list[int]:
        return sorted(item_ids)  # ids grow with enqueue order; the server lists them descending

    @property
    def batch_id(self) -> str:
        return str(self.batch["batch_id"])


class FieldValue(APIModel):
    """One batch-data substitution recorded on a queue item."""

    node_path: str
    field_name: str
    value: Any


class ItemOutcome(BaseModel):
    """What a durable run reads of a queue item: its identity, status, error, batch values and session —
    not its GUI workflow (often half of an item's answer, or more), whose fields are skipped as the answer
    is read, not built and dropped."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    item_id: int
    batch_id: str
    session_id: str
    status: QueueItemStatus | str
    error_type: str | None = None
    error_message: str | None = None
    field_values: list[FieldValue] | None = None
    session: dict[str, Any]


class QueueItem(APIModel):
    """A queue item (``SessionQueueItem``). ``session`` is the graph execution state, kept as JSON."""

    item_id: int
    queue_id: str
    batch_id: str
    session_id: str
    status: QueueItemStatus | str
    priority: int
    created_at: str
    updated_at: str
    started_at: str | None = None
    completed_at: str | None = None
    origin: str | None = None
    destination: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    error_traceback: str | None = None
    field_values: list[FieldValue] | None = None
    retried_from_item_id: int | None = None
    workflow: dict[str, Any] | None = None
    session: dict[str, Any]
    # 6.14: the owner (multi-user servers), the device, and the chain of saved workflows calling each other
    user_id: str | None = None
    user_display_name: str | None = None
    user_email: str | None = None
    device: str | None = None
    status_sequence: int | None = None
    parent_item_id: int | None = None
    parent_session_id: str | None = None
    root_item_id: int | None = None
    workflow_call_id: str | None = None
    workflow_call_depth: int | None = None
    # 6.8 only
    credits: float | None = None
    is_api_validation_run: bool | None = None
    published_workflow_id: str | None = None

    @property
    def is_final(self) -> bool:
        """True once the item is completed, failed or canceled (end states never change)."""
        return self.status in FINAL_STATUSES


class QueueItemSummary(APIModel):
    """A queue item without its session (InvokeAI 6.14's ``item_summaries_by_ids``): cheap to fetch in bulk."""

    item_id: int
    batch_id: str
    status: QueueItemStatus | str
    created_at: str
    started_at: str | None = None
    completed_at: str | None = None
    origin: str | None = None
    destination: str | None = None
    field_values: list[FieldValue] | None = None
    device: str | None = None
    parent_item_id: int | None = None
    user_id: str | None = None
    user_display_name: str | None = None
    user_email: str | None = None

    @property
    def is_final(self) -> bool:
        """True once the item is completed, failed or canceled."""
        return self.status in FINAL_STATUSES


class BatchStatus(APIModel):
    """Counts of a batch's items by status."""

    queue_id: str
    batch_id: str
    origin: str | None = None
    destination: str | None = None
    pending: int
    in_progress: int
    waiting: int = 0  # 6.14
    completed: int
    failed: int
    canceled: int
    total: int

    @property
    def is_done(self) -> bool:
        """True when no item is pending, in progress or waiting."""
        return self.pending + self.in_progress + self.waiting == 0


class QueueCounts(APIModel):
    """The queue's counts, and the item, batch and session running now (if any) (``SessionQueueStatus``)."""

    queue_id: str
    item_id: int | None
    batch_id: str | None
    session_id: str | None
    pending: int
    in_progress: int
    waiting: int = 0  # 6.14
    completed: int
    failed: int
    canceled: int
    total: int
    user_pending: int | None = None  # 6.14 multi-user: the caller's own items
    user_in_progress: int | None = None


class DestinationCounts(APIModel):
    """Counts of the queue's items sent to one ``destination`` (the GUI's canvas, a client's tag …)."""

    queue_id: str
    destination: str
    pending: int
    in_progress: int
    waiting: int = 0  # 6.14
    completed: int
    failed: int
    canceled: int
    total: int


class RetriedItems(APIModel):
    """What ``retry_items`` did: the items the server retried, and the new items it made for them.

    The server retries only failed and canceled items (others are skipped) by enqueueing a copy of each
    (``retried_from_item_id`` names the first item of the chain); the old items are left as they were.

    Attributes:
        retried_item_ids: the ids of the items retried, in the order asked for.
        new_item_ids: the ids of the new items, one per retried item and in the same order.
    """

    queue_id: str
    retried_item_ids: list[int]
    new_item_ids: list[int]


class ProcessorStatus(APIModel):
    """Whether the queue processor is started (not paused) and running an item."""

    is_started: bool
    is_processing: bool


class QueueStatus(APIModel):
    """``GET /queue/{id}/status``: the queue's counts and its processor's state."""

    queue: QueueCounts
    processor: ProcessorStatus

    @property
    def is_busy(self) -> bool:
        """True while the queue has unfinished work: the processor is running an item, or items are in
        progress or pending. Pending items of a *paused* processor count: they run once it resumes."""
        queue = self.queue
        return self.processor.is_processing or queue.in_progress + queue.pending + queue.waiting > 0
