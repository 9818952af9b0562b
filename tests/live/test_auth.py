"""Logins on a real multi-user server (InvokeAI 6.14 with ``multiuser: true``, started by this module): the
first administrator, logging in and out, the token sent with requests and event connections (and never
shown), users, and the typed error a request without a login gets. InvokeAI 6.8 has none of it: there the
methods say so before any request."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    AuthenticationError,
    InvokeAIClient,
    LoginRequiredError,
    UnsupportedByServerError,
)
from invokeai_client.types import QueueItemStatusChangedEvent

from ..conftest import Server

ADMIN, PASSWORD = "admin@example.com", "a long test password"
WORKFLOW = Path(__file__).parent / "workflows" / "blank_blur_save.json"


def test_a_server_without_logins_says_so(client: InvokeAIClient, server: Server) -> None:
    if server.at_least("6.14"):
        status = client.auth.status()  # the session's server runs single-user
        assert (status.multiuser_enabled, status.setup_required) == (False, False)
        return
    for attempt in (client.auth.status, lambda: client.auth.login(ADMIN, PASSWORD)):
        with pytest.raises(UnsupportedByServerError) as info:
            attempt()
        assert info.value.supported_by == ["6.14.2"]


@pytest.fixture(scope="module")
def multiuser_url(server: Server) -> Iterator[str]:
    if not server.at_least("6.14"):
        pytest.skip("InvokeAI 6.8 has no multi-user mode")
    from invokeai_server import running_server

    with running_server(server.version, config={"multiuser": "true"}, use_env=False) as url:
        yield url


def test_first_admin_login_token_and_logout(multiuser_url: str, caplog: pytest.LogCaptureFixture) -> None:
    with InvokeAIClient(multiuser_url) as client:
        assert client.auth.status().setup_required is True
        with pytest.raises(LoginRequiredError) as info:
            client.boards.list()
        assert info.value.status_code == 401
        assert "client.auth.login" in str(info.value)

        admin = client.auth.setup(ADMIN, PASSWORD, display_name="Admin")
        assert (admin.email, admin.is_admin) == (ADMIN, True)
        assert client.auth.status().setup_required is False
        with pytest.raises(AuthenticationError) as wrong:
            client.auth.login(ADMIN, "not the password")
        assert not isinstance(wrong.value, LoginRequiredError)
        assert not client.auth.logged_in

        with caplog.at_level(logging.DEBUG):
            login = client.auth.login(ADMIN, PASSWORD)
            assert client.auth.logged_in
            assert login.expires_in == 86400
            assert client.auth.me().user_id == admin.user_id
            board = client.boards.create("multi-user board")  # an authorized change: the token is refreshed
            copy = client.with_options(timeout=10)
            assert board.board_id in {b.board_id for b in copy.boards.list()}  # copies share the login
            client.boards.delete(board.board_id)
        token = login.token
        assert token not in repr(login)
        assert token not in str(login)
        assert token not in repr(client._core.state)
        assert token not in repr(client._core.options)
        assert _leaks(caplog, token) == []

        bob = client.auth.create_user("bob@example.com", "bob's password", display_name="Bob")
        assert bob.user_id in {user.user_id for user in client.auth.list_users()}
        client.auth.delete_user(bob.user_id)

        client.auth.logout()
        assert not client.auth.logged_in
        with pytest.raises(LoginRequiredError):
            client.boards.list()


def _every_logger_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """Root, httpx/httpcore and python-socketio/engineio (ours keep those at WARNING unless told)."""
    for name in (None, "invokeai_client.events.socketio", "invokeai_client.events.engineio"):
        caplog.set_level(logging.DEBUG, logger=name)


def _leaks(caplog: pytest.LogCaptureFixture, token: str) -> list[str]:
    return [f"{r.name}: {r.getMessage()[:300]}" for r in caplog.records if token in r.getMessage()]


def test_a_job_waits_on_events_with_a_login(multiuser_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """The login token rides the Socket.IO connect packet, which engineio logs at INFO: never in a record."""
    _every_logger_at_debug(caplog)
    with InvokeAIClient(multiuser_url) as client:
        if client.auth.status().setup_required:
            client.auth.setup(ADMIN, PASSWORD)
        token = client.auth.login(ADMIN, PASSWORD).token
        wf = client.workflows.load(WORKFLOW)
        job = client.workflows.submit(wf)
        seen: list[object] = []
        try:
            assert job.mode == "events"  # the Socket.IO connection carried the login token
            (item,) = job.wait(timeout=120, on_event=seen.append)
            assert item.status == "completed"
            assert any(isinstance(event, QueueItemStatusChangedEvent) for event in seen)
        finally:
            job.close()
    assert any(r.name.startswith("invokeai_client.events.engineio") for r in caplog.records)
    assert _leaks(caplog, token) == []


async def test_an_async_job_on_events_never_logs_the_token(
    multiuser_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    _every_logger_at_debug(caplog)
    async with AsyncInvokeAIClient(multiuser_url) as client:
        if (await client.auth.status()).setup_required:
            await client.auth.setup(ADMIN, PASSWORD)
        token = (await client.auth.login(ADMIN, PASSWORD)).token
        job = await client.workflows.submit(await client.workflows.load(WORKFLOW))
        try:
            assert job.mode == "events"
            (item,) = await job.wait(timeout=120)
            assert item.status == "completed"
        finally:
            job.close()
        assert token not in repr(client._core.state)
    assert any(r.name.startswith("invokeai_client.events.engineio") for r in caplog.records)
    assert _leaks(caplog, token) == []


def test_an_explicit_token_is_used_as_given(multiuser_url: str) -> None:
    with InvokeAIClient(multiuser_url) as first:
        if first.auth.status().setup_required:
            first.auth.setup(ADMIN, PASSWORD)
        token = first.auth.login(ADMIN, PASSWORD).token
    with InvokeAIClient(multiuser_url, token=token) as client:
        assert client.auth.me().email == ADMIN
        assert "Bearer" not in repr(client)
    with (
        InvokeAIClient(multiuser_url, token="not-a-token") as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.boards.list()
    assert not isinstance(info.value, LoginRequiredError)  # a token was sent: it was refused


async def test_async_login(multiuser_url: str) -> None:
    async with AsyncInvokeAIClient(multiuser_url) as client:
        if (await client.auth.status()).setup_required:
            await client.auth.setup(ADMIN, PASSWORD)
        await client.auth.login(ADMIN, PASSWORD, remember_me=True)
        assert (await client.auth.me()).email == ADMIN
        assert isinstance(await client.boards.list(), list)
        await client.auth.logout()
        with pytest.raises(LoginRequiredError):
            await client.queue.status()


def test_the_cli_logs_in_and_uses_the_token(multiuser_url: str) -> None:
    from ..unit.test_cli import run_cli

    with InvokeAIClient(multiuser_url) as client:
        if client.auth.status().setup_required:
            client.auth.setup(ADMIN, PASSWORD)
    refused = run_cli("boards", "list", "--url", multiuser_url)
    assert refused.returncode == 1
    assert "requires a login" in refused.stderr
    login = run_cli(
        "auth", "login", "--email", ADMIN, "--url", multiuser_url, env={"INVOKEAI_PASSWORD": PASSWORD}
    )
    assert login.returncode == 0, login.stderr
    token = login.stdout.strip()
    assert f"logged in as {ADMIN}" in login.stderr
    me = run_cli("auth", "me", "--json", "--url", multiuser_url, "--token", token)
    assert json.loads(me.stdout)["email"] == ADMIN
    assert run_cli("boards", "list", "--url", multiuser_url, env={"INVOKEAI_TOKEN": token}).returncode == 0
