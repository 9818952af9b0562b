"""The events sent to every client (downloads, model loads and installs) and those of the bulk-download
and user rooms (zips, shared workflows, language-model tasks)."""

from __future__ import annotations

from typing import Any, Literal

from ._queue_events import Event

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
