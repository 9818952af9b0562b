"""The root command group, shared options, and the commands about the server itself."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .. import DEFAULT_BASE_URL, __version__

if TYPE_CHECKING:
    from .. import InvokeAIClient

F = TypeVar("F", bound=Callable[..., Any])
TIMEOUT = 30.0  # seconds per request, unless --timeout says otherwise


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "-V", "--version", prog_name="invokeai-client", message="%(prog)s %(version)s"
)
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="Also show what the SDK does: -v each request and info lines, -vv debug lines too.",
)
@click.option(
    "-q", "--quiet", is_flag=True, help="Show no warnings and no progress bars: only results and errors."
)
@click.option(
    "--url",
    envvar="INVOKEAI_URL",
    default=None,
    help=f"The server, for every command (or $INVOKEAI_URL; default {DEFAULT_BASE_URL}).",
)
@click.option("--token", envvar="INVOKEAI_TOKEN", default=None, help="Bearer token (or $INVOKEAI_TOKEN).")
@click.option("--timeout", type=float, default=None, help=f"Seconds per request (default {TIMEOUT:g}).")
def cli(verbose: int, quiet: bool, url: str | None, token: str | None, timeout: float | None) -> None:
    """Run InvokeAI workflows and manage an InvokeAI server from the command line.

    --url, --token and --timeout may come before the command (for every command) or after it (for that
    one); a command's own value wins, then the one before it, then the environment.
    """
    if verbose and quiet:
        raise click.UsageError("give -v/--verbose or -q/--quiet, not both")
    if verbose:
        show_logs(logging.INFO if verbose == 1 else logging.DEBUG)
    if quiet:
        show_logs(logging.ERROR)


def quiet() -> bool:
    """Whether ``-q/--quiet`` was given: no progress bars (and no warnings, already filtered)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.find_root().params.get("quiet"))


def _from_root(name: str, *, many: bool = False, default: Any = None) -> Callable[..., Any]:
    """An option callback: the command's own value, else the root group's (set, or from the environment),
    else ``default``."""

    def fill(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value not in (None, ()):
            return value
        root = ctx.find_root().params.get(name)
        if root is not None:
            return (root,) if many else root
        return () if many else default

    return fill


def show_logs(level: int) -> None:
    """Let the SDK's log lines (and httpx's, one per request) of ``level`` and above reach stderr."""
    package = logging.getLogger("invokeai_client")
    package.setLevel(level)
    for handler in package.handlers:
        if getattr(handler, "_invokeai_cli", False):
            handler.setLevel(level)
            logging.getLogger("httpx").addHandler(handler)
            logging.getLogger("httpx").setLevel(level)


def server_options(command: F) -> F:
    """``--url``, ``--token`` and ``--timeout``, for every command that talks to a server."""
    command = click.option(
        "--timeout", type=float, default=None, callback=_from_root("timeout", default=TIMEOUT),
        help=f"Seconds per request (default {TIMEOUT:g}).",
    )(command)  # fmt: skip
    command = click.option(
        "--token", default=None, callback=_from_root("token"), help="Bearer token (or $INVOKEAI_TOKEN)."
    )(command)
    return click.option(
        "--url",
        default=None,
        callback=_from_root("url"),
        help=f"The server (or $INVOKEAI_URL; default {DEFAULT_BASE_URL}).",
    )(command)


def pool_options(command: F) -> F:
    """``--url`` (repeatable: a pool of servers), ``--token`` and ``--timeout``."""
    command = click.option(
        "--timeout", type=float, default=None, callback=_from_root("timeout", default=TIMEOUT),
        help=f"Seconds per request (default {TIMEOUT:g}).",
    )(command)  # fmt: skip
    command = click.option(
        "--token", default=None, callback=_from_root("token"), help="Bearer token (or $INVOKEAI_TOKEN)."
    )(command)
    return click.option(
        "--url",
        "urls",
        multiple=True,
        callback=_from_root("url", many=True),
        help=f"A server, repeatable (or $INVOKEAI_URL; default {DEFAULT_BASE_URL}).",
    )(command)


def open_client(url: str | None, token: str | None, timeout: float) -> InvokeAIClient:
    """A client for the command's options (one per command), closed when the command ends."""
    from .. import InvokeAIClient  # here: --version and --help load no HTTP stack

    context = click.get_current_context()
    key = f"invokeai_client.cli.client:{url}:{token}:{timeout}"
    client = context.meta.get(key)
    if not isinstance(client, InvokeAIClient):
        client = InvokeAIClient(url, token=token, timeout=timeout)
        context.meta[key] = client
        context.call_on_close(client.close)
    return client


def yes_option(command: F) -> F:
    """``--yes``/``-y`` for a destructive command."""
    return click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")(command)


def confirm(yes: bool, question: str, action: str) -> None:
    """Go on with a destructive command: ``--yes``, or a "y" at the terminal's prompt.

    Raises:
        click.UsageError: no ``--yes`` and no terminal to ask on (a script must say ``--yes``).
        click.Abort: the answer was no.
    """
    if yes:
        return
    if not sys.stdin.isatty():
        raise click.UsageError(f"add --yes to {action} (there is no terminal to confirm on)")
    click.confirm(question, abort=True, err=True)


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, default=str))


@cli.command()
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def version(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Print the server's version."""
    info = open_client(url, token, timeout).app.version()
    if as_json:
        emit_json(info.model_dump())
    else:
        click.echo(info.version)
