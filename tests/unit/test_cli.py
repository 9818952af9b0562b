"""The CLI: one line and a non-zero exit for every error, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .scripted_server import VERSION, Reply, ScriptedServer


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess, as a user runs it (``env``: extra environment variables)."""
    command = [sys.executable, "-m", "invokeai_client.cli", *args]
    environment = {**os.environ, **env} if env else None
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False, env=environment)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["version", "--url", "http://127.0.0.1:1"],
            1,
            "error: GET http://127.0.0.1:1/api/v1/app/version: could not",
        ),
        (["version", "--url", "not a url"], 1, "error: base_url must be an http(s) URL"),
        (["version", "--url", "http://[::1"], 1, "error: base_url 'http://[::1' is not a URL (Invalid port"),
        (["no-such-command"], 2, "error: No such command 'no-such-command'."),
        (["version", "--timeout", "soon"], 2, "error: Invalid value for '--timeout'"),
    ],
)
def test_errors_are_one_line(args: list[str], code: int, message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == code
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_server_error_is_one_line(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(500, {"detail": "database\nis locked"}))
    result = run_cli("boards", "list", "--url", scripted.url)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: GET {scripted.url}/api/v1/boards/")
    assert result.stderr.endswith("-> 500: database is locked\n")


def test_warnings_go_to_the_stderr_of_the_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    """``main`` run in-process (as a program embedding it, or a test, does) with one stderr, which is then
    closed: the library's later warnings go to the stderr in place then, never a "Logging error"."""
    import io
    import logging

    from invokeai_client.cli import main

    first, second = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    assert main(["--help"]) == 0
    first.close()
    monkeypatch.setattr(sys, "stderr", second)
    logging.getLogger("invokeai_client.jobs").warning("batch %s: a warning", "b1")
    assert "warning: batch b1: a warning" in second.getvalue()
    assert "Logging error" not in second.getvalue()


def test_the_library_prints_nothing_unless_the_application_logs() -> None:
    """A NullHandler on the package logger: a warning (here, an offline load's) never reaches stderr
    through Python's last-resort handler; an application that configures logging sees it."""
    code = (
        "import logging, invokeai_client\n"
        "logging.getLogger('invokeai_client.workflows._workflow').warning('an offline load warning')\n"
        "logging.basicConfig(format='%(name)s %(message)s')\n"
        "logging.getLogger('invokeai_client.jobs._wait').warning('now configured')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr == "invokeai_client.jobs._wait now configured\n"


def test_verbose_shows_each_request_and_the_librarys_info_lines(scripted: ScriptedServer) -> None:
    scripted.script(VERSION)
    quiet = run_cli("version", "--url", scripted.url)
    assert quiet.returncode == 0
    assert quiet.stderr == ""
    loud = run_cli("-v", "version", "--url", scripted.url)
    assert loud.returncode == 0
    assert f"info: HTTP Request: GET {scripted.url}/api/v1/app/version" in loud.stderr
    assert loud.stdout == quiet.stdout
