"""Transport behaviour: retries, timeouts, tokens, and the translation of failures into typed errors."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from invokeai_client import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    InternalServerError,
    InvokeAIClient,
    RateLimitError,
)

from .scripted_server import VERSION, Reply, ScriptedServer


def test_idempotent_request_is_retried_on_503_and_honours_retry_after(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(503, {"detail": "busy"}, {"Retry-After": "0"}), Reply(200, []))
    with InvokeAIClient(scripted.url, max_retries=2) as client:
        assert client.boards.list() == []
    assert [s.method for s in scripted.seen] == ["GET", "GET", "GET"]


def test_retries_stop_after_max_retries_with_the_last_status(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(429, {"detail": "slow down"}, {"Retry-After": "0"}))
    with InvokeAIClient(scripted.url, max_retries=1) as client, pytest.raises(RateLimitError) as info:
        client.boards.list()
    assert len(scripted.seen) == 1 + 2  # version + first try + one retry
    assert info.value.status_code == 429
    assert info.value.detail == "slow down"


def test_post_is_never_retried(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(503, {"detail": "busy"}, {"Retry-After": "0"}))
    with InvokeAIClient(scripted.url, max_retries=3) as client, pytest.raises(InternalServerError) as info:
        client.boards.create("x")
    assert [s.method for s in scripted.seen] == ["GET", "POST"]
    assert info.value.method == "POST"
    assert "/api/v1/boards/" in info.value.url
    assert "busy" in str(info.value)


def test_dropped_connection_is_retried_for_get(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(drop=True), Reply(200, []))
    with InvokeAIClient(scripted.url, max_retries=1) as client:
        assert client.boards.list() == []


def test_timeout_raises_a_typed_timeout_error_chained_from_httpx(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, [], delay=1.0))
    with (
        InvokeAIClient(scripted.url, timeout=0.2, max_retries=0) as client,
        pytest.raises(APITimeoutError) as info,
    ):
        client.boards.list()
    assert isinstance(info.value, TimeoutError)
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert info.value.method == "GET"
    assert info.value.url.startswith(scripted.url)


def test_server_down_raises_connection_error_naming_the_url() -> None:
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with InvokeAIClient(url, max_retries=0) as client, pytest.raises(APIConnectionError) as info:
        client.app.version()
    assert info.value.url == f"{url}/api/v1/app/version"
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert url in str(info.value)


def test_bearer_token_is_sent_on_every_request(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, []))
    with InvokeAIClient(scripted.url, token="s3cret") as client:
        client.boards.list()
        client.with_options(timeout=5).boards.list()
    assert [s.headers.get("Authorization") for s in scripted.seen] == ["Bearer s3cret"] * 3


def test_with_options_changes_settings_but_shares_pool_and_server_state(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, []))
    with InvokeAIClient(scripted.url, token="a") as client:
        client.boards.list()
        copy = client.with_options(token=None, max_retries=0)
        copy.boards.list()
        assert copy._core.http is client._core.http
    assert len(scripted.seen) == 3  # the server version was read once, for both
    assert "Authorization" not in scripted.seen[-1].headers


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "127.0.0.1:9090"}, "must be an http"),
        ({"base_url": "ftp://host"}, "must be an http"),
        ({"base_url": "http://x", "timeout": -1}, "timeout must be positive"),
        ({"base_url": "http://x", "max_retries": -1}, "max_retries"),
    ],
)
def test_bad_settings_raise_configuration_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        InvokeAIClient(**kwargs)  # type: ignore[arg-type]


def test_a_request_marked_once_is_never_resent(scripted: ScriptedServer) -> None:
    from invokeai_client._http import once
    from invokeai_client.types import ProcessorStatus

    scripted.script(VERSION, Reply(503, {"detail": "busy"}, {"Retry-After": "0"}), Reply(200, {}))
    spec = {"method": "put", "url": "/api/v1/queue/default/processor/resume"}
    with InvokeAIClient(scripted.url, max_retries=3) as client:
        with pytest.raises(InternalServerError):
            client._core.run(_one(once(spec)))
        assert len(scripted.seen) == 2  # version + one PUT, not retried
        scripted.script(
            Reply(503, {"detail": "busy"}, {"Retry-After": "0"}),
            Reply(200, {"is_started": True, "is_processing": False}),
        )
        assert client.queue.resume() == ProcessorStatus(
            is_started=True, is_processing=False
        )  # plain PUT: retried
        assert len(scripted.seen) == 2


def _one(spec: dict[str, object]) -> Any:
    yield spec
