"""``invokeai-client mcp``: GUI workflows as tools for AI agents (an MCP server on stdio or streamable HTTP)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from ..errors import ConfigurationError
from ._root import cli, server_options

_LOOPBACK_NAMES = ("localhost",)


def _loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cli.command()
@server_options
@click.option(
    "--workflow", "workflows", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A workflow file exported from the GUI, offered as a tool (repeatable).",
)  # fmt: skip
@click.option("--library", is_flag=True, help="Offer the server's workflow library too.")
@click.option(
    "--tag", "tags", multiple=True, help="With --library: only workflows with this tag (repeatable)."
)
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), help="Also save every final image here."
)
@click.option(
    "--http",
    "port",
    type=click.IntRange(0, 65535),
    help="Serve streamable HTTP on this port (0: a free one) instead of stdio.",
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="With --http: the loopback address to bind."
)
@click.option(
    "--max-count",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="The most sessions one call may ask for.",
)
@click.option(
    "--max-images",
    type=click.IntRange(1, 64),
    default=8,
    show_default=True,
    help="The most images one result carries inline.",
)
@click.option(
    "--call-timeout",
    type=click.FloatRange(min=1),
    default=600.0,
    show_default=True,
    help="Seconds a workflow call may take; then its batch is canceled.",
)
@click.option(
    "--allow-delete", is_flag=True, help="Offer delete_image and let cancel_batch cancel any batch."
)
def mcp(
    url: str | None,
    token: str | None,
    timeout: float,
    workflows: tuple[Path, ...],
    library: bool,
    tags: tuple[str, ...],
    out: Path | None,
    port: int | None,
    host: str,
    max_count: int,
    max_images: int,
    call_timeout: float,
    allow_delete: bool,
) -> None:
    """Serve GUI workflows as MCP tools: one tool per workflow, its form inputs as the tool's typed
    arguments (checked before anything is enqueued), its final images as the result; plus
    list_workflows, describe_workflow, queue_status, cancel_batch and list_models. Speaks MCP on stdin and
    stdout, or on http://HOST:PORT/mcp with --http (loopback only). Needs the mcp extra:
    pip install 'invokeai-client[mcp]'."""
    if not workflows and not library:
        raise click.UsageError("give --workflow FILE (repeatable) and/or --library")
    if tags and not library:
        raise click.UsageError("--tag filters --library")
    if port is not None and not _loopback(host):
        raise click.UsageError(f"--host {host}: the MCP server binds a loopback address only")
    from ..mcp import McpOptions, serve

    try:
        import anyio
        import mcp.server.lowlevel  # noqa: F401  (the extra: checked here, before any request)
    except ImportError as exc:
        raise ConfigurationError(
            f"invokeai-client mcp needs the mcp extra: pip install 'invokeai-client[mcp]' ({exc})"
        ) from None
    options = McpOptions(
        workflows=workflows, library=library, tags=tags, out=out, max_count=max_count,
        max_images=max_images, call_timeout=call_timeout, allow_delete=allow_delete,
    )  # fmt: skip
    anyio.run(serve, url, token, timeout, options, port, host)
