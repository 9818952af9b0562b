"""The events of the queue room (``subscribe_queue``): invocations, queue items, batches."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Literal

from ._base import APIModel
from .queue import BatchStatus, QueueCounts, QueueItemStatus

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage


class ConnectionState(enum.Enum):
    """Where an event stream's Socket.IO connection stands."""

    IDLE = "idle"  # never connected (or closed and not used since)
    CONNECTING = "connecting"  # the first connection is being made
    CONNECTED = "connected"  # connected, and the queue room is joined
    RECONNECTING = "reconnecting"  # the connection dropped; python-socketio is reconnecting
    CLOSED = "closed"  # closed by the caller


class Event(APIModel):
    """Base of every event. ``event`` is the server's event name (the Socket.IO event)."""

    event: str


# ---- queue room: subscribe_queue {"queue_id": …} -------------------------------------------------


class _QueueEvent(Event):
    timestamp: int
    queue_id: str


class _QueueItemEvent(_QueueEvent):
    item_id: int
    batch_id: str
    origin: str | None
    destination: str | None
    user_id: str | None = None  # the item's owner (6.14; "system" on a single-user server)


class _InvocationEvent(_QueueItemEvent):
    session_id: str
    invocation: dict[str, Any]  # the prepared node: its ``id`` is the prepared id, ``type`` the node type
    invocation_source_id: str  # the node's id in the graph that was enqueued


class InvocationStartedEvent(_InvocationEvent):
    """A node of a queue item's graph started running."""

    event: Literal["invocation_started"] = "invocation_started"


class ProgressImage(APIModel):
    """A preview image sent with progress: a data URL (JPEG) and the size of the image it previews."""

    dataURL: str  # the server's spelling
    width: int
    height: int

    def to_pil(self) -> PILImage:
        """The preview as a PIL image, decoded on each call (Pillow: the ``images`` extra); it may be smaller
        than ``width`` x ``height``. Raises ``MissingDependencyError`` or ``InvalidImageError``."""
        from .._image_io import decode_data_url

        return decode_data_url(self.dataURL, label="progress image")


class InvocationProgressEvent(_InvocationEvent):
    """Progress of a running node (denoising steps, "Saving image" …). ``percentage`` is 0-1 or None."""

    event: Literal["invocation_progress"] = "invocation_progress"
    message: str
    percentage: float | None
    image: ProgressImage | None
    device: str | None = None  # e.g. "cuda:1" (6.14, on a GPU)


class InvocationCompleteEvent(_InvocationEvent):
    """A node finished; ``result`` is its output (e.g. ``{"type": "image_output", "image": {…}}``)."""

    event: Literal["invocation_complete"] = "invocation_complete"
    result: dict[str, Any]


class InvocationErrorEvent(_InvocationEvent):
    """A node failed. The server sends this after the item's ``failed`` status change."""

    event: Literal["invocation_error"] = "invocation_error"
    error_type: str
    error_message: str
    error_traceback: str
    project_id: str | None = None  # 6.8


class QueueItemStatusChangedEvent(_QueueItemEvent):
    """A queue item changed status. ``completed``, ``failed`` and ``canceled`` are final."""

    event: Literal["queue_item_status_changed"] = "queue_item_status_changed"
    session_id: str
    status: QueueItemStatus | str
    error_type: str | None
    error_message: str | None
    error_traceback: str | None
    created_at: str
    updated_at: str
    started_at: str | None
    completed_at: str | None
    batch_status: BatchStatus
    queue_status: QueueCounts
    credits: float | None = None  # 6.8
    status_sequence: int | None = None  # 6.14: grows with each visible status change of the item


class BatchEnqueuedEvent(_QueueEvent):
    """A batch was enqueued: ``enqueued`` of ``requested`` items."""

    event: Literal["batch_enqueued"] = "batch_enqueued"
    batch_id: str
    enqueued: int
    requested: int
    priority: int
    origin: str | None
    user_id: str | None = None  # 6.14


class QueueItemsRetriedEvent(_QueueEvent):
    """Items were retried (as new items). Declared by the server; 6.8 does not send it over Socket.IO."""

    event: Literal["queue_items_retried"] = "queue_items_retried"
    retried_item_ids: list[int]
    retried_item_ids_by_user: dict[str, list[int]] | None = None  # 6.14
    user_ids: list[str] | None = None  # 6.14


class QueueItemsCanceledEvent(_QueueEvent):
    """Items were canceled or deleted in bulk without a status change of each (6.14)."""

    event: Literal["queue_items_canceled"] = "queue_items_canceled"
    canceled_item_ids: list[int]
    canceled_item_ids_by_user: dict[str, list[int]]
    user_ids: list[str]


class QueueClearedEvent(_QueueEvent):
    """The queue was cleared: pending items are deleted without a status change."""

    event: Literal["queue_cleared"] = "queue_cleared"
    user_id: str | None = None  # 6.14


class RecallParametersUpdatedEvent(_QueueEvent):
    """A user's recall parameters (the GUI's "remix" values) were updated (6.14)."""

    event: Literal["recall_parameters_updated"] = "recall_parameters_updated"
    user_id: str
    parameters: dict[str, Any]
