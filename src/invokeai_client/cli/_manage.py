"""``invokeai-client queue …``, ``boards create|delete`` and ``images upload|download``."""

from __future__ import annotations

from pathlib import Path

import click

from ._root import boards, cli, confirm, emit_json, open_client, server_options, yes_option

# ---- queue ----------------------------------------------------------------------------------------


@cli.group()
def queue() -> None:
    """The session queue."""


@queue.command("status")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def queue_status(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Print the queue's counts and whether its processor runs."""
    status = open_client(url, token, timeout).queue.status()
    if as_json:
        emit_json(status.model_dump())
        return
    counts, processor = status.queue, status.processor
    click.echo(
        f"pending {counts.pending}  in progress {counts.in_progress}  completed {counts.completed}  "
        f"failed {counts.failed}  canceled {counts.canceled}  total {counts.total}"
    )
    state = "paused" if not processor.is_started else "busy" if processor.is_processing else "idle"
    current = f"; running item {counts.item_id} (batch {counts.batch_id})" if counts.item_id else ""
    click.echo(f"processor: {state}{current}")


@queue.command("cancel")
@server_options
@click.option("--batch", "batch_ids", multiple=True, metavar="ID", help="Cancel a batch (repeatable).")
@click.option("--item", "item_id", type=int, default=None, metavar="ID", help="Cancel one item.")
@click.option("--all-except-current", is_flag=True, help="Cancel every pending item.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@yes_option
def queue_cancel(
    url: str | None,
    token: str | None,
    timeout: float,
    batch_ids: tuple[str, ...],
    item_id: int | None,
    all_except_current: bool,
    as_json: bool,
    yes: bool,
) -> None:
    """Cancel batches, one item, or everything but the running item (give exactly one); canceling more
    than one item asks first (--yes: do not ask)."""
    chosen = sum((bool(batch_ids), item_id is not None, all_except_current))
    if chosen != 1:
        raise click.UsageError("give exactly one of --batch, --item or --all-except-current")
    if all_except_current:
        confirm(yes, "Cancel every pending item of the queue?", "cancel every pending item")
    elif batch_ids:
        confirm(yes, f"Cancel every item of {len(batch_ids)} batch(es)?", "cancel the batches' items")
    client = open_client(url, token, timeout)
    if item_id is not None:
        item = client.queue.cancel_item(item_id)
        if as_json:
            emit_json({"item_id": item.item_id, "status": item.status})
        else:
            click.echo(f"item {item.item_id}: {item.status}")
        return
    if batch_ids:
        count = client.queue.cancel_batches(list(batch_ids))
    else:
        count = client.queue.cancel_all_except_current()
    if as_json:
        emit_json({"canceled": count})
    else:
        click.echo(f"canceled {count} item(s)")


@queue.command("clear")
@server_options
@yes_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def queue_clear(url: str | None, token: str | None, timeout: float, yes: bool, as_json: bool) -> None:
    """Delete every queue item (the running one is canceled first)."""
    confirm(yes, "Delete every item of the queue?", "clear the queue")
    deleted = open_client(url, token, timeout).queue.clear()
    if as_json:
        emit_json({"deleted": deleted})
    else:
        click.echo(f"deleted {deleted} item(s)")


# ---- boards (the group and ``list`` are in _root) -------------------------------------------------


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


# ---- images ---------------------------------------------------------------------------------------


@cli.group()
def images() -> None:
    """Images: upload and download."""


@images.command("upload")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@server_options
@click.option("--board", "board_id", default=None, metavar="ID", help="Put them on this board.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def images_upload(
    paths: tuple[str, ...],
    url: str | None,
    token: str | None,
    timeout: float,
    board_id: str | None,
    as_json: bool,
) -> None:
    """Upload image files (as assets); prints each file's new image name."""
    client = open_client(url, token, timeout)
    uploaded = [(path, client.images.upload(Path(path), board_id=board_id)) for path in paths]
    if as_json:
        emit_json([{"path": path, **image.model_dump()} for path, image in uploaded])
        return
    for path, image in uploaded:
        click.echo(f"{path}\t{image.image_name}")


@images.command("download")
@click.argument("names", nargs=-1, required=True)
@server_options
@click.option("--out", type=click.Path(file_okay=False), required=True, help="The folder to save them in.")
@click.option("--thumbnail", is_flag=True, help="Download the WebP thumbnails instead.")
@click.option("--overwrite", is_flag=True, help="Replace files of the same names (default: numbered names).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: each image name and its file.")
def images_download(
    names: tuple[str, ...],
    url: str | None,
    token: str | None,
    timeout: float,
    out: str,
    thumbnail: bool,
    overwrite: bool,
    as_json: bool,
) -> None:
    """Download images by name into --out; prints each saved path."""
    images = open_client(url, token, timeout).images
    paths = images.download_many(list(names), out, thumbnail=thumbnail, overwrite=overwrite)
    if as_json:
        emit_json([{"image_name": name, "path": str(path)} for name, path in zip(names, paths, strict=True)])
        return
    for path in dict.fromkeys(paths):
        click.echo(str(path))
