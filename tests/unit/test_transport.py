"""Transport behaviour: retries, timeouts, tokens, and the translation of failures into typed errors."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from invokeai_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    InvokeAIClient,
    LoginRequiredError,
    NotInvokeAIServerError,
    RateLimitError,
    UnexpectedContentTypeError,
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
    scripted.script(VERSION, Reply(503, {"detail": "busy"}, {"Retry-After": "0"}), Reply(200, []))
    with InvokeAIClient(scripted.url, max_retries=3) as client, pytest.raises(InternalServerError) as info:
        client.boards.create("x")
    # sent once; after its 5xx the client asks (once) whether the server made the board: it did not
    assert [(s.method, s.path.split("?")[0]) for s in scripted.seen] == [
        ("GET", "/api/v1/app/version"),
        ("POST", "/api/v1/boards/"),
        ("GET", "/api/v1/boards/"),
    ]
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


# -- what InvokeAI 6.14 changed on the wire ------------------------------------------------------------


def test_every_request_asks_for_an_uncompressed_answer(scripted: ScriptedServer) -> None:
    """6.14 answers 500 to a gzip-accepting request whose answer is a 204 (and to the Socket.IO handshake)."""
    scripted.script(VERSION, Reply(200, []), Reply(200, {"cache_status": "ok"}))
    with InvokeAIClient(scripted.url) as client:
        client.boards.list()
    assert [seen.headers.get("Accept-Encoding") for seen in scripted.seen] == ["identity", "identity"]


def test_a_web_page_where_the_api_answers_is_a_typed_error(scripted: ScriptedServer) -> None:
    """6.14 serves its web UI (200, text/html) for any GET path it does not know."""
    page = b"<!doctype html><html><body>InvokeAI</body></html>"
    scripted.script(VERSION, Reply(200, page, content_type="text/html; charset=utf-8"))
    with InvokeAIClient(scripted.url) as client:
        with pytest.raises(UnexpectedContentTypeError) as info:
            client.images.download("a.png")
        assert isinstance(info.value, APIResponseValidationError)
        assert info.value.content_type.startswith("text/html")
        assert "/api/v1/images/i/a.png/full" in info.value.url


def test_a_web_page_at_the_version_path_is_not_invokeai(scripted: ScriptedServer) -> None:
    scripted.script(Reply(200, b"<html></html>", content_type="text/html"))
    with InvokeAIClient(scripted.url) as client, pytest.raises(NotInvokeAIServerError, match="text/html"):
        client.boards.list()


def test_a_401_without_a_token_asks_for_a_login(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(401, {"detail": "Authentication required"}))
    with (
        InvokeAIClient(scripted.url) as client,
        pytest.raises(LoginRequiredError, match=r"client\.auth\.login"),
    ):
        client.boards.list()
    scripted.script(VERSION, Reply(401, {"detail": "Invalid or expired token"}))
    with InvokeAIClient(scripted.url, token="old") as client, pytest.raises(AuthenticationError) as info:
        client.boards.list()
    assert not isinstance(info.value, LoginRequiredError)


def test_a_login_token_follows_the_servers_sliding_window(scripted: ScriptedServer) -> None:
    user = {"user_id": "u", "email": "a@b.c", "created_at": "t", "updated_at": "t"}
    scripted.script(
        Reply(body={"version": "6.14.2"}),
        Reply(200, {"token": "first-token", "expires_in": 86400, "user": user}),
        Reply(
            201,
            {"board_id": "b", "board_name": "x", "created_at": "t", "updated_at": "t"},
            {"X-Refreshed-Token": "second-token"},
        ),
        Reply(200, []),
    )
    with InvokeAIClient(scripted.url) as client:
        client.auth.login("a@b.c", "pw")
        client.boards.create("x")
        client.boards.list()
    assert [seen.headers.get("Authorization") for seen in scripted.seen] == [
        None,
        None,
        "Bearer first-token",
        "Bearer second-token",
    ]


def test_a_users_http_client_needs_no_base_url_and_a_path_prefix_is_kept() -> None:
    # A reverse proxy serving InvokeAI under /invokeai, reached through the user's own httpx client
    # (its own transport, no base_url): every request must name the whole URL, prefix included.
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.copy_with(query=None)))
        return httpx.Response(200, json=[])

    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        client = InvokeAIClient("http://proxy.test/invokeai/", check_version=False, http_client=http)
        assert client.boards.list() == []
    assert seen == ["http://proxy.test/invokeai/api/v1/boards/"]
