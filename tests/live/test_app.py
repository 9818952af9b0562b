"""``client.app`` against the real server, sync and async."""

from __future__ import annotations

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    InvokeAIClient,
    NotInvokeAIServerError,
    UnsupportedByServerError,
)
from invokeai_client.types import LogLevel

from ..conftest import Server


def test_version_and_server_check(client: InvokeAIClient, server: Server) -> None:
    version = client.app.version()
    assert version.version == server.version
    assert version.major == 6
    assert client.server_version() == server.version


def test_dependencies_config_and_runtime_config(client: InvokeAIClient, server: Server) -> None:
    assert client.app.dependencies()["InvokeAI"] == server.version
    if server.at_least("6.14"):  # the server no longer has GET /api/v1/app/config
        with pytest.raises(UnsupportedByServerError) as info:
            client.app.config()
        assert (info.value.method, info.value.supported_by) == ("app.config", ["6.8.1"])
    else:
        config = client.app.config()
        assert "tile" in config.infill_methods
        assert config.upscaling_methods[0].upscaling_method == "esrgan"
    runtime = client.app.runtime_config()
    assert runtime.config["host"] == "127.0.0.1"
    assert runtime.config["device"] == "cpu"
    assert "device" in runtime.set_fields


def test_invocation_cache_toggle_and_clear(client: InvokeAIClient) -> None:
    try:
        client.app.disable_cache()
        assert client.app.cache_status().enabled is False
        client.app.enable_cache()
        status = client.app.cache_status()
        assert status.enabled is True
        assert status.max_size > 0
        client.app.clear_cache()
        assert client.app.cache_status().size == 0
    finally:
        client.app.enable_cache()


def test_log_level_round_trip(client: InvokeAIClient) -> None:
    before = client.app.log_level()
    try:
        assert client.app.set_log_level(LogLevel.WARNING) is LogLevel.WARNING
        assert client.app.log_level() is LogLevel.WARNING
    finally:
        client.app.set_log_level(before)


def test_bad_log_level_is_refused_before_any_request(client: InvokeAIClient) -> None:
    with pytest.raises(ValueError, match="15"):
        client.app.set_log_level(15)


def test_a_non_invokeai_path_is_reported(invokeai_url: str) -> None:
    # The server's own docs page lives under /docs: as a base URL it is not an InvokeAI API.
    with InvokeAIClient(f"{invokeai_url}/docs") as client, pytest.raises(NotInvokeAIServerError) as info:
        client.app.version()
    assert info.value.url == f"{invokeai_url}/docs/api/v1/app/version"


async def test_async_twin(aclient: AsyncInvokeAIClient, server: Server) -> None:
    assert (await aclient.app.version()).version == server.version
    assert await aclient.server_version() == server.version
    assert (await aclient.app.cache_status()).max_size > 0
    assert "InvokeAI" in await aclient.app.dependencies()
