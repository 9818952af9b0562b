"""The command line's entry: `main` (one error line, exit codes) and `run_script` (a graph script run as `run`)."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from ..errors import InvokeAIError
from . import _auth, _boards, _compat, _custom_nodes, _graphs, _mcp, _media, _models, _queue, _workflows  # noqa: F401  (register commands)
from ._root import cli

if TYPE_CHECKING:
    from ..graph import Graph

__all__ = ["cli", "main", "run_script"]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status (1 for an SDK error, 2 for a usage error)."""
    _log_warnings_to_stderr()
    try:
        cli.main(args=argv, prog_name="invokeai-client", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.Abort:
        click.echo("error: aborted", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("error: interrupted", err=True)
        return 130
    except click.UsageError as exc:  # the usage hint, on the same line
        command = exc.ctx.command_path if exc.ctx is not None else "invokeai-client"
        click.echo(f"error: {_one_line(exc.format_message())} (see '{command} -h')", err=True)
        return exc.exit_code
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return exc.exit_code
    except InvokeAIError as exc:
        click.echo(f"error: {_one_line(str(exc))}", err=True)
        return 1
    except (OSError, ValueError) as exc:
        click.echo(f"error: {_one_line(str(exc))}", err=True)
        return 1
    except Exception as exc:  # a bug: still one line, with a way to get the traceback
        if os.environ.get("INVOKEAI_CLIENT_DEBUG"):
            raise
        click.echo(
            f"error: internal error {type(exc).__name__}: {_one_line(str(exc))} "
            "(set INVOKEAI_CLIENT_DEBUG=1 for the traceback)",
            err=True,
        )
        return 1
    return 0


def run_script(build: Callable[[], Graph], argv: Sequence[str] | None = None) -> int:
    """Build the graph with its defaults, then do what ``invokeai-client run WORKFLOW ARGS`` does with it.

    ``--set LABEL=VALUE``, ``--sweep``, ``--rows``, ``--url``, ``--out``, ``--dry-run`` … name the graph's form
    inputs as they name a GUI export's. Errors print one line; the exit status is the CLI's.

    Args:
        build: the script's ``build`` function (called without arguments).
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    graph = build()
    args = list(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="invokeai-graph-") as folder:
        path = Path(folder) / "workflow.json"
        path.write_text(json.dumps(graph.to_workflow()), encoding="utf-8")
        if any(arg in ("-h", "--help") for arg in args):
            return main(["run", "--help"])
        return main(["run", str(path), *args])


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to the ``sys.stderr`` of the moment, not the one it was made with (which an embedding
    program or a test runner may have swapped and closed since)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # not setStream: it flushes the old stream, which may be closed
        super().emit(record)


class _LevelFormatter(logging.Formatter):
    """``warning: …``, ``info: …``: the CLI's own lines start the same way (``error: …``)."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {super().format(record)}"


def _log_warnings_to_stderr() -> None:
    """The library logs (never prints); the CLI shows its warnings as ``warning: …`` lines."""
    logger = logging.getLogger("invokeai_client")
    if not any(getattr(h, "_invokeai_cli", False) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(_LevelFormatter())
        handler.setLevel(logging.WARNING)
        handler._invokeai_cli = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def _one_line(text: str) -> str:
    return " ".join(text.split())
