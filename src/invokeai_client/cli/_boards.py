"""``invokeai-client boards …``: list, create, delete."""

from __future__ import annotations

import click

from ._root import cli, confirm, emit_json, open_client, server_options, yes_option


@cli.group()
def boards() -> None:
    """Boards."""


@boards.command("list")
@server_options
@click.option("--archived", is_flag=True, help="Include archived boards.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def boards_list(url: str | None, token: str | None, timeout: float, archived: bool, as_json: bool) -> None:
    """List the boards."""
    found = open_client(url, token, timeout).boards.list(include_archived=archived)
    if as_json:
        emit_json([board.model_dump() for board in found])
        return
    for board in found:
        click.echo(f"{board.board_id}\t{board.board_name}\t{board.image_count} image(s)")


@boards.command("create")
@click.argument("name")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def boards_create(name: str, url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Create a board named NAME; prints its id."""
    if not name.strip():
        raise click.BadParameter("a board name must not be empty", param_hint="NAME")
    board = open_client(url, token, timeout).boards.create(name)
    if as_json:
        emit_json(board.model_dump())
    else:
        click.echo(f"{board.board_id}\t{board.board_name}")


@boards.command("delete")
@click.argument("board_id")
@server_options
@click.option(
    "--include-images", is_flag=True, help="Delete its images too (else they become uncategorized)."
)
@yes_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def boards_delete(
    board_id: str,
    url: str | None,
    token: str | None,
    timeout: float,
    include_images: bool,
    yes: bool,
    as_json: bool,
) -> None:
    """Delete the board BOARD_ID."""
    client = open_client(url, token, timeout)
    board = client.boards.get(board_id)  # an unknown id is an error (the server itself would answer 200)
    also = " and its images" if include_images else ""
    confirm(yes, f"Delete the board {board.board_name!r}{also}?", "delete a board")
    deleted = client.boards.delete(board_id, include_images=include_images)
    if as_json:
        emit_json(deleted.model_dump())
    else:
        click.echo(f"deleted board {deleted.board_id} ({len(deleted.deleted_images)} image(s) deleted)")
