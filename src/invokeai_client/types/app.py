"""Types of ``client.app``: the server's version, configuration and invocation cache."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ._base import APIModel


class AppVersion(APIModel):
    """``GET /api/v1/app/version``."""

    version: str
    highlights: list[str] | None = None

    @property
    def major(self) -> int:
        """The major version number (``6`` for ``"6.8.1"``)."""
        head = self.version.split(".", 1)[0]
        return int(head) if head.isdigit() else -1


class Upscaler(APIModel):
    """An upscaling method the server offers and the models it has for it (``AppConfig.upscaling_methods``)."""

    upscaling_method: str
    upscaling_models: list[str]


class AppConfig(APIModel):
    """``GET /api/v1/app/config``: the processing methods the server offers."""

    infill_methods: list[str]
    upscaling_methods: list[Upscaler]
    nsfw_methods: list[str]
    watermarking_methods: list[str]


class RuntimeConfig(APIModel):
    """``GET /api/v1/app/runtime_config``: the server's full settings and which were set explicitly."""

    set_fields: list[str]
    config: dict[str, Any]


class InvocationCacheStatus(APIModel):
    """``GET /api/v1/app/invocation_cache/status``."""

    size: int
    hits: int
    misses: int
    enabled: bool
    max_size: int


class LogLevel(IntEnum):
    """The server's log verbosity (Python logging levels)."""

    NOTSET = 0
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    CRITICAL = 50
