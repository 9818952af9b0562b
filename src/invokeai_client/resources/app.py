"""``client.app``: the server's version, dependencies, configuration, invocation cache and log level."""

from __future__ import annotations

from .._flows import Flow
from ..types.app import AppConfig, AppVersion, InvocationCacheStatus, LogLevel, RuntimeConfig
from ._api import call, call_as, call_no_result
from ._base import AsyncResource, Operations, SyncResource, operation
from ._endpoints import (
    app_version,
    clear_invocation_cache,
    disable_invocation_cache,
    enable_invocation_cache,
    get_app_deps,
    get_config,
    get_invocation_cache_status,
    get_log_level,
    get_runtime_config,
    set_log_level,
)


class _App(Operations):
    """The server itself. Every method sends one request."""

    _resource = "app"

    @operation
    def version(self) -> Flow[AppVersion]:
        """The server's version (``GET /api/v1/app/version``)."""
        return call(app_version(), AppVersion)

    @operation
    def dependencies(self) -> Flow[dict[str, str]]:
        """The versions of the server's Python dependencies, by distribution name."""
        return call_as(get_app_deps(), dict[str, str])

    @operation
    def config(self) -> Flow[AppConfig]:
        """The infill, upscaling, NSFW and watermarking methods the server offers."""
        return call(get_config(), AppConfig)

    @operation
    def runtime_config(self) -> Flow[RuntimeConfig]:
        """The server's full settings (``invokeai.yaml`` and defaults) and which were set explicitly."""
        return call(get_runtime_config(), RuntimeConfig)

    @operation
    def cache_status(self) -> Flow[InvocationCacheStatus]:
        """Size, hits, misses and state of the invocation cache."""
        return call(get_invocation_cache_status(), InvocationCacheStatus)

    @operation
    def enable_cache(self) -> Flow[None]:
        """Turn the invocation cache on."""
        return call_no_result(enable_invocation_cache())

    @operation
    def disable_cache(self) -> Flow[None]:
        """Turn the invocation cache off."""
        return call_no_result(disable_invocation_cache())

    @operation
    def clear_cache(self) -> Flow[None]:
        """Empty the invocation cache."""
        return call_no_result(clear_invocation_cache())

    @operation
    def log_level(self) -> Flow[LogLevel]:
        """The server's log level."""
        return call_as(get_log_level(), LogLevel)

    @operation
    def set_log_level(self, level: LogLevel | int) -> Flow[LogLevel]:
        """Set the server's log level; returns the level now in force.

        Raises:
            ValueError: ``level`` is not one of 0, 10, 20, 30, 40, 50 (checked before any request).
        """
        body = int(LogLevel(level))  # LogLevel() raises ValueError for an unknown level
        return call_as(set_log_level(body=body), LogLevel)


class AppResource(SyncResource, _App):
    __doc__ = _App.__doc__


class AsyncAppResource(AsyncResource, _App):
    __doc__ = _App.__doc__
