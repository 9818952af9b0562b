"""``invokeai-client custom-nodes …``: the server's custom node packs (InvokeAI 6.14)."""

from __future__ import annotations

import click

from ._root import cli, confirm, emit_json, open_client, server_options, yes_option


@cli.group("custom-nodes")
def custom_nodes() -> None:
    """Custom node packs (InvokeAI 6.14)."""


@custom_nodes.command("list")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def custom_nodes_list(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """The installed packs and the node types each added."""
    packs = open_client(url, token, timeout).custom_nodes.list()
    if as_json:
        emit_json(packs.model_dump())
        return
    for pack in packs.node_packs:
        click.echo(f"{pack.name}\t{pack.node_count} node(s)\t{', '.join(sorted(pack.node_types))}")


@custom_nodes.command("install")
@click.argument("source")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def custom_nodes_install(
    source: str, url: str | None, token: str | None, timeout: float, as_json: bool
) -> None:
    """Install a pack the server clones from SOURCE (a git URL, or a repository path on the server)."""
    result = open_client(url, token, timeout).custom_nodes.install(source)
    if as_json:
        emit_json(result.model_dump())
    else:
        click.echo(result.message)
    if result.requires_dependencies:
        click.echo(
            f"warning: the pack needs its {result.dependency_file} installed in the server's venv", err=True
        )


@custom_nodes.command("uninstall")
@click.argument("name")
@server_options
@yes_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def custom_nodes_uninstall(
    name: str, url: str | None, token: str | None, timeout: float, yes: bool, as_json: bool
) -> None:
    """Remove the pack NAME, its node types and the workflows it brought."""
    confirm(yes, f"Remove the node pack {name!r} from the server?", "remove a node pack")
    result = open_client(url, token, timeout).custom_nodes.uninstall(name)
    if as_json:
        emit_json(result.model_dump())
    else:
        click.echo(result.message)


@custom_nodes.command("reload")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def custom_nodes_reload(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Import every pack folder of the server's nodes/ folder again."""
    message = open_client(url, token, timeout).custom_nodes.reload()
    if as_json:
        emit_json({"message": message})
    else:
        click.echo(message)
