"""The facade's public value types (pydantic models). Generated types never appear here."""

from .app import AppConfig, AppVersion, InvocationCacheStatus, LogLevel, RuntimeConfig, Upscaler
from .boards import Board, BoardPage, DeletedBoard
from .queue import BatchStatus, EnqueueResult, FieldValue, QueueItem, QueueItemStatus
from .workflows import WorkflowPage, WorkflowRecord, WorkflowSummary

__all__ = [
    "AppConfig",
    "AppVersion",
    "BatchStatus",
    "Board",
    "BoardPage",
    "DeletedBoard",
    "EnqueueResult",
    "FieldValue",
    "InvocationCacheStatus",
    "LogLevel",
    "QueueItem",
    "QueueItemStatus",
    "RuntimeConfig",
    "Upscaler",
    "WorkflowPage",
    "WorkflowRecord",
    "WorkflowSummary",
]
