"""The command line's conventions: --version, server options before or after the command (and from the
environment, in that order of precedence), and usage errors that keep a usage hint on their one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest

from invokeai_client import __version__
from invokeai_client.cli import cli

from .test_cli import run_cli

UNREACHABLE = "could not reach the server"


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    result = run_cli(flag)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"invokeai-client {__version__}\n", "")


@pytest.mark.parametrize(
    ("args", "env", "reached"),
    [
        (["--url", "http://127.0.0.1:1", "boards", "list"], {}, "127.0.0.1:1"),  # before the command
        (["boards", "list", "--url", "http://127.0.0.1:1"], {}, "127.0.0.1:1"),  # after it
        (["boards", "list"], {"INVOKEAI_URL": "http://127.0.0.1:2"}, "127.0.0.1:2"),  # the environment
        (
            ["--url", "http://127.0.0.1:3", "boards", "list"],
            {"INVOKEAI_URL": "http://127.0.0.1:2"},
            "127.0.0.1:3",
        ),
        (["--url", "http://127.0.0.1:3", "boards", "list", "--url", "http://127.0.0.1:4"], {}, "127.0.0.1:4"),
        (["--url", "http://127.0.0.1:3", "queue", "status", "--json"], {}, "127.0.0.1:3"),
    ],
)
def test_server_options_go_before_or_after_the_command(
    args: list[str], env: dict[str, str], reached: str
) -> None:
    result = run_cli(*args, env=env)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: GET http://{reached}/api/v1/app/version: {UNREACHABLE}"), (
        result.stderr
    )
    assert len(result.stderr.splitlines()) == 1


def test_a_timeout_before_the_command_reaches_the_client_unless_the_command_sets_its_own() -> None:
    before = run_cli("--timeout", "-1", "--url", "http://127.0.0.1:1", "boards", "list")
    assert before.stderr == "error: timeout must be positive (seconds), got -1.0\n"
    own = run_cli("--timeout", "-1", "--url", "http://127.0.0.1:1", "boards", "list", "--timeout", "5")
    assert UNREACHABLE in own.stderr


def test_run_takes_the_url_before_the_command() -> None:
    result = run_cli(
        "--url", "http://127.0.0.1:1", "run", "examples/workflows/resize-blur-save.json", "--json"
    )
    assert result.returncode == 1
    assert "127.0.0.1:1" in result.stderr


def test_a_usage_error_keeps_a_usage_hint_on_its_line() -> None:
    result = run_cli("images", "download", "a.png")
    assert result.returncode == 2
    assert result.stderr == "error: Missing option '--out'. (see 'invokeai-client images download -h')\n"


def _commands() -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}

    def walk(command: click.Command, path: tuple[str, ...]) -> None:
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, (*path, name))
        else:
            found[" ".join(path)] = command

    walk(cli, ())
    return found


# Commands that print no data: a login stores a token, the others only say done (their errors are lines).
NO_DATA = {
    "auth login",
    "auth setup",
    "models hf-login",
    "models hf-logout",
    "mcp",
}  # mcp: a server, speaks MCP
DESTRUCTIVE = {"boards delete", "models delete", "queue clear", "custom-nodes uninstall"}
MANY = {"queue cancel"}  # cancels every item of batches, or every pending item


def test_every_command_that_prints_data_has_json() -> None:
    commands = _commands()
    assert set(commands) >= NO_DATA
    missing = [name for name, c in commands.items() if name not in NO_DATA and "as_json" not in _params(c)]
    assert missing == []


def test_every_destructive_command_asks_or_takes_yes() -> None:
    commands = _commands()
    assert {name for name in commands if name.split()[-1] in ("delete", "clear", "uninstall")} == DESTRUCTIVE
    assert [name for name in DESTRUCTIVE | MANY if "yes" not in _params(commands[name])] == []


def _params(command: click.Command) -> set[str]:
    return {param.name or "" for param in command.params}


EVERY_ELEMENT = Path(__file__).resolve().parent / "workflows" / "fixtures" / "every_element.json"


def test_quiet_hides_warnings_and_verbose_quiet_together_is_a_usage_error() -> None:
    loud = run_cli("inputs", str(EVERY_ELEMENT))
    assert loud.returncode == 0
    assert "warning: workflow 'every element'" in loud.stderr  # its form names a deleted node
    quiet = run_cli("-q", "inputs", str(EVERY_ELEMENT))
    assert (quiet.returncode, quiet.stderr) == (0, "")
    assert quiet.stdout == loud.stdout
    both = run_cli("-q", "-v", "inputs", str(EVERY_ELEMENT))
    assert both.returncode == 2
    assert both.stderr.startswith("error: ")
    assert "--quiet" in both.stderr


def test_shell_completion_is_the_documented_one() -> None:
    """docs/guides/cli.md: ``eval "$(_INVOKEAI_CLIENT_COMPLETE=bash_source invokeai-client)"``."""
    source = run_cli(env={"_INVOKEAI_CLIENT_COMPLETE": "bash_source"})
    assert source.returncode == 0
    assert "_invokeai_client_completion()" in source.stdout
    words = {
        "_INVOKEAI_CLIENT_COMPLETE": "bash_complete",
        "COMP_WORDS": "invokeai-client bo",
        "COMP_CWORD": "1",
    }
    assert run_cli(env=words).stdout.split() == ["plain,boards"]
    words["COMP_WORDS"], words["COMP_CWORD"] = "invokeai-client run x.json --dry", "3"
    assert run_cli(env=words).stdout.split() == ["plain,--dry-run"]
    documented = (Path(__file__).resolve().parents[2] / "docs" / "guides" / "cli.md").read_text(
        encoding="utf-8"
    )
    assert 'eval "$(_INVOKEAI_CLIENT_COMPLETE=bash_source invokeai-client)"' in documented


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["run", "--help"], ["queue", "--help"]])
def test_version_and_help_load_no_http_stack_and_no_types(args: list[str]) -> None:
    """The command line starts in tens of milliseconds: what ``--version`` and ``--help`` need is click and
    the command definitions, not httpx, pydantic, the workflow engine or the generated packages."""
    probe = (
        "import sys, contextlib, io\n"
        "from invokeai_client.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({args!r})\n"
        "heavy = ('httpx', 'pydantic', 'socketio', 'invokeai_api', 'rich')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('invokeai_client.workflows')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]", "[]"], result.stdout
