"""The root command group and the commands about the server itself."""

from __future__ import annotations

import json
from typing import Any

import click

from .._client import DEFAULT_BASE_URL, InvokeAIClient


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--url",
    envvar="INVOKEAI_URL",
    default=DEFAULT_BASE_URL,
    show_default=True,
    help="The InvokeAI server (or $INVOKEAI_URL).",
)
@click.option("--token", envvar="INVOKEAI_TOKEN", default=None, help="Bearer token (or $INVOKEAI_TOKEN).")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per request.")
@click.pass_context
def cli(ctx: click.Context, url: str, token: str | None, timeout: float) -> None:
    """Run InvokeAI workflows and manage an InvokeAI server from the command line."""
    ctx.obj = {"url": url, "token": token, "timeout": timeout}


def client_from(ctx: click.Context) -> InvokeAIClient:
    """The client for the root options; closed when the command ends."""
    settings: dict[str, Any] = ctx.find_root().obj
    client = InvokeAIClient(settings["url"], token=settings["token"], timeout=settings["timeout"])
    ctx.call_on_close(client.close)
    return client


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, sort_keys=True, default=str))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def version(ctx: click.Context, as_json: bool) -> None:
    """Print the server's version."""
    info = client_from(ctx).app.version()
    if as_json:
        emit_json(info.model_dump())
    else:
        click.echo(info.version)


@cli.group()
def boards() -> None:
    """Boards."""


@boards.command("list")
@click.option("--archived", is_flag=True, help="Include archived boards.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def boards_list(ctx: click.Context, archived: bool, as_json: bool) -> None:
    """List the boards."""
    found = client_from(ctx).boards.list(include_archived=archived)
    if as_json:
        emit_json([board.model_dump() for board in found])
        return
    for board in found:
        click.echo(f"{board.board_id}\t{board.board_name}\t{board.image_count} image(s)")
