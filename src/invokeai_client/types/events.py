"""Typed Socket.IO events of an InvokeAI server, one model per event name.

The models mirror the event schemas of every server version this SDK was generated from
(``components.schemas.*Event`` of each document): a field every version sends is required, a field only
some versions send (``user_id`` since 6.14, ``credits`` until 6.8 …) is optional, and a status outside the
known values is kept as a string. A unit test checks each model against each version's schemas and fails
when a server upgrade changes an event. The server's event name is not part
of the payload; it is added as the ``event`` field, the discriminator of :data:`AnyEvent`. An event name
this SDK does not know (or a known name whose payload does not validate) becomes an :class:`UnknownEvent`
carrying the raw payload; nothing is dropped.

Heavy or open-ended fields stay JSON (``dict``): the prepared ``invocation`` node, an invocation's
``result``, a model's ``config`` and a model install's ``source``.

Timestamps: ``timestamp`` is whole seconds since the epoch (UTC). The queue item times
(``created_at``, ``started_at``, ``completed_at`` …) are the server's SQLite strings, UTC without a zone
marker, e.g. ``"2026-11-21 05:32:57.012"``.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field

from ._base import APIModel
from .queue import BatchStatus, QueueCounts, QueueItemStatus

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

__all__ = [
    "EVENT_TYPES",
    "AnyEvent",
    "BatchEnqueuedEvent",
    "BulkDownloadCompleteEvent",
    "BulkDownloadErrorEvent",
    "BulkDownloadStartedEvent",
    "ConnectionState",
    "DownloadCancelledEvent",
    "DownloadCompleteEvent",
    "DownloadErrorEvent",
    "DownloadPausedEvent",
    "DownloadProgressEvent",
    "DownloadStartedEvent",
    "Event",
    "InvocationCompleteEvent",
    "InvocationErrorEvent",
    "InvocationProgressEvent",
    "InvocationStartedEvent",
    "KnownEvent",
    "LLMTaskCompleteEvent",
    "LLMTaskErrorEvent",
    "LLMTaskProgressEvent",
    "ModelInstallCancelledEvent",
    "ModelInstallCompleteEvent",
    "ModelInstallDownloadProgressEvent",
    "ModelInstallDownloadStartedEvent",
    "ModelInstallDownloadsCompleteEvent",
    "ModelInstallErrorEvent",
    "ModelInstallStartedEvent",
    "ModelLoadCompleteEvent",
    "ModelLoadStartedEvent",
    "ProgressImage",
    "QueueClearedEvent",
    "QueueItemStatusChangedEvent",
    "QueueItemsCanceledEvent",
    "QueueItemsRetriedEvent",
    "RecallParametersUpdatedEvent",
    "UnknownEvent",
    "WorkflowAccessRevokedEvent",
    "WorkflowCreatedEvent",
    "WorkflowDeletedEvent",
    "WorkflowUpdatedEvent",
]


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


# ---- model and download events: sent to every client ---------------------------------------------


class _DownloadEvent(Event):
    timestamp: int
    source: str  # the URL


class DownloadStartedEvent(_DownloadEvent):
    """A download started."""

    event: Literal["download_started"] = "download_started"
    download_path: str


class DownloadProgressEvent(_DownloadEvent):
    """A download made progress."""

    event: Literal["download_progress"] = "download_progress"
    download_path: str
    current_bytes: int
    total_bytes: int


class DownloadCompleteEvent(_DownloadEvent):
    """A download completed."""

    event: Literal["download_complete"] = "download_complete"
    download_path: str
    total_bytes: int


class DownloadPausedEvent(_DownloadEvent):
    """A download was paused (6.14 declares it; it was not seen sent when an install job pauses)."""

    event: Literal["download_paused"] = "download_paused"


class DownloadCancelledEvent(_DownloadEvent):
    """A download was cancelled."""

    event: Literal["download_cancelled"] = "download_cancelled"


class DownloadErrorEvent(_DownloadEvent):
    """A download failed."""

    event: Literal["download_error"] = "download_error"
    error_type: str
    error: str


class _ModelLoadEvent(Event):
    timestamp: int
    config: dict[str, Any]  # the model's config record (key, name, base, type …)
    submodel_type: str | None
    user_id: str | None = None  # 6.14


class ModelLoadStartedEvent(_ModelLoadEvent):
    """A model (or submodel) started loading into memory."""

    event: Literal["model_load_started"] = "model_load_started"


class ModelLoadCompleteEvent(_ModelLoadEvent):
    """A model (or submodel) is loaded."""

    event: Literal["model_load_complete"] = "model_load_complete"


class _ModelInstallEvent(Event):
    timestamp: int
    id: int  # the install job's id
    source: dict[str, Any]  # a local path, Hugging Face repo or URL source (``{"type": …, …}``)


class ModelInstallDownloadStartedEvent(_ModelInstallEvent):
    """An install job started downloading. Declared by the server; 6.8 does not send it over Socket.IO."""

    event: Literal["model_install_download_started"] = "model_install_download_started"
    local_path: str
    bytes: int
    total_bytes: int
    parts: list[dict[str, int | str]]


class ModelInstallDownloadProgressEvent(_ModelInstallEvent):
    """An install job's download made progress."""

    event: Literal["model_install_download_progress"] = "model_install_download_progress"
    local_path: str
    bytes: int
    total_bytes: int
    parts: list[dict[str, int | str]]


class ModelInstallDownloadsCompleteEvent(_ModelInstallEvent):
    """An install job finished downloading."""

    event: Literal["model_install_downloads_complete"] = "model_install_downloads_complete"


class ModelInstallStartedEvent(_ModelInstallEvent):
    """An install job started installing."""

    event: Literal["model_install_started"] = "model_install_started"


class ModelInstallCompleteEvent(_ModelInstallEvent):
    """An install job completed; ``key`` is the new model's key."""

    event: Literal["model_install_complete"] = "model_install_complete"
    key: str
    total_bytes: int | None
    config: dict[str, Any] | None = None  # 6.14: the installed model's record


class ModelInstallCancelledEvent(_ModelInstallEvent):
    """An install job was cancelled."""

    event: Literal["model_install_cancelled"] = "model_install_cancelled"


class ModelInstallErrorEvent(_ModelInstallEvent):
    """An install job failed."""

    event: Literal["model_install_error"] = "model_install_error"
    error_type: str
    error: str


# ---- bulk download room: subscribe_bulk_download {"bulk_download_id": …} ------------------------


class _BulkDownloadEvent(Event):
    timestamp: int
    bulk_download_id: str
    bulk_download_item_id: str
    bulk_download_item_name: str
    user_id: str | None = None  # 6.14


class BulkDownloadStartedEvent(_BulkDownloadEvent):
    """A bulk image download (zip) started."""

    event: Literal["bulk_download_started"] = "bulk_download_started"


class BulkDownloadCompleteEvent(_BulkDownloadEvent):
    """A bulk image download is ready."""

    event: Literal["bulk_download_complete"] = "bulk_download_complete"


class BulkDownloadErrorEvent(_BulkDownloadEvent):
    """A bulk image download failed."""

    event: Literal["bulk_download_error"] = "bulk_download_error"
    error: str


# ---- a user's room (6.14): workflows shared or not, language-model tasks -----------------------------


class _WorkflowEvent(Event):
    timestamp: int
    workflow_id: str
    user_id: str  # the workflow's owner


class WorkflowCreatedEvent(_WorkflowEvent):
    """A workflow was saved in the library (6.14)."""

    event: Literal["workflow_created"] = "workflow_created"
    is_public: bool


class WorkflowUpdatedEvent(_WorkflowEvent):
    """A saved workflow changed; ``old_is_public``/``new_is_public`` tell whether it is shared (6.14)."""

    event: Literal["workflow_updated"] = "workflow_updated"
    old_is_public: bool
    new_is_public: bool


class WorkflowDeletedEvent(_WorkflowEvent):
    """A saved workflow was deleted (6.14)."""

    event: Literal["workflow_deleted"] = "workflow_deleted"
    is_public: bool


class WorkflowAccessRevokedEvent(_WorkflowEvent):
    """A workflow stopped being shared with the receiving user (6.14)."""

    event: Literal["workflow_access_revoked"] = "workflow_access_revoked"


class _LLMTaskEvent(Event):
    timestamp: int
    task_id: str  # chosen by the client that asked (prompt expansion, image-to-prompt)
    user_id: str


class LLMTaskProgressEvent(_LLMTaskEvent):
    """Progress of a language-model task such as prompt expansion (6.14)."""

    event: Literal["llm_task_progress"] = "llm_task_progress"
    phase: Literal["generating", "loading_model"] | str
    message: str
    percentage: float | None
    current_tokens: int | None
    total_tokens: int | None


class LLMTaskCompleteEvent(_LLMTaskEvent):
    """A language-model task finished (6.14)."""

    event: Literal["llm_task_complete"] = "llm_task_complete"


class LLMTaskErrorEvent(_LLMTaskEvent):
    """A language-model task failed (6.14)."""

    event: Literal["llm_task_error"] = "llm_task_error"
    error: str


# ---- the union ------------------------------------------------------------------------------------


class UnknownEvent(Event):
    """An event this SDK has no model for, or whose payload did not validate (``error`` says why)."""

    payload: Any
    error: str | None = None


KnownEvent = Annotated[
    InvocationStartedEvent
    | InvocationProgressEvent
    | InvocationCompleteEvent
    | InvocationErrorEvent
    | QueueItemStatusChangedEvent
    | BatchEnqueuedEvent
    | QueueItemsRetriedEvent
    | QueueItemsCanceledEvent
    | QueueClearedEvent
    | RecallParametersUpdatedEvent
    | DownloadStartedEvent
    | DownloadProgressEvent
    | DownloadCompleteEvent
    | DownloadPausedEvent
    | DownloadCancelledEvent
    | DownloadErrorEvent
    | ModelLoadStartedEvent
    | ModelLoadCompleteEvent
    | ModelInstallDownloadStartedEvent
    | ModelInstallDownloadProgressEvent
    | ModelInstallDownloadsCompleteEvent
    | ModelInstallStartedEvent
    | ModelInstallCompleteEvent
    | ModelInstallCancelledEvent
    | ModelInstallErrorEvent
    | BulkDownloadStartedEvent
    | BulkDownloadCompleteEvent
    | BulkDownloadErrorEvent
    | WorkflowCreatedEvent
    | WorkflowUpdatedEvent
    | WorkflowDeletedEvent
    | WorkflowAccessRevokedEvent
    | LLMTaskProgressEvent
    | LLMTaskCompleteEvent
    | LLMTaskErrorEvent,
    Field(discriminator="event"),
]
"""Every event the SDK has a model for, discriminated by ``event`` (the server's event name)."""

AnyEvent = KnownEvent | UnknownEvent
"""What an event stream delivers: a known event, or an :class:`UnknownEvent`."""


def _event_types() -> dict[str, type[Event]]:
    table: dict[str, type[Event]] = {}
    pending: list[type[Event]] = [Event]
    while pending:
        for cls in pending.pop().__subclasses__():
            pending.append(cls)
            default = cls.model_fields["event"].default
            if isinstance(default, str):
                table[default] = cls
    return dict(sorted(table.items()))


EVENT_TYPES: dict[str, type[Event]] = _event_types()
"""The server's event name -> its model, for every event in :data:`KnownEvent`."""
