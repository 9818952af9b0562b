"""The facade's public value types (pydantic models). Generated types never appear here."""

from .app import AppConfig, AppVersion, InvocationCacheStatus, LogLevel, RuntimeConfig, Upscaler
from .boards import Board, BoardPage, DeletedBoard

__all__ = [
    "AppConfig",
    "AppVersion",
    "Board",
    "BoardPage",
    "DeletedBoard",
    "InvocationCacheStatus",
    "LogLevel",
    "RuntimeConfig",
    "Upscaler",
]
