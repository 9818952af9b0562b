"""``invokeai-client videos …``: videos by name (InvokeAI 6.14)."""

from __future__ import annotations

from pathlib import Path

import click

from .._download_plan import file_names
from .._image_io import atomic_file, existing_names, prepare_folder, target_path
from ._root import cli, emit_json, open_client, server_options


@cli.group()
def videos() -> None:
    """Videos (InvokeAI 6.14)."""


@videos.command("list")
@server_options
@click.option("--board", "board_id", default=None, metavar="ID", help="Only this board's ('none': no board).")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def videos_list(
    url: str | None, token: str | None, timeout: float, board_id: str | None, limit: int, as_json: bool
) -> None:
    """List videos, newest first."""
    page = open_client(url, token, timeout).videos.page(board_id=board_id, limit=limit)
    if as_json:
        emit_json(page.model_dump())
        return
    for video in page.items:
        click.echo(f"{video.video_name}\t{video.width}x{video.height}\t{video.duration:.1f} s")


@videos.command("upload")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@server_options
@click.option("--board", "board_id", default=None, metavar="ID", help="Put them on this board.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: each file and its video record.")
def videos_upload(
    paths: tuple[str, ...],
    url: str | None,
    token: str | None,
    timeout: float,
    board_id: str | None,
    as_json: bool,
) -> None:
    """Upload H.264 MP4 files; prints each file's new video name."""
    client = open_client(url, token, timeout)
    uploaded = [(path, client.videos.upload(Path(path), board_id=board_id)) for path in paths]
    if as_json:
        emit_json([{"path": path, **video.model_dump()} for path, video in uploaded])
        return
    for path, video in uploaded:
        click.echo(f"{path}\t{video.video_name}")


@videos.command("download")
@click.argument("names", nargs=-1, required=True)
@server_options
@click.option("--out", type=click.Path(file_okay=False), required=True, help="The folder to save them in.")
@click.option("--overwrite", is_flag=True, help="Replace files of the same names (default: numbered names).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: each video name and its file.")
def videos_download(
    names: tuple[str, ...],
    url: str | None,
    token: str | None,
    timeout: float,
    out: str,
    overwrite: bool,
    as_json: bool,
) -> None:
    """Download videos by name into --out; prints each saved path."""
    folder = prepare_folder(out)
    client = open_client(url, token, timeout)
    distinct = list(dict.fromkeys(names))
    files = file_names(distinct, () if overwrite else existing_names(folder))
    saved: list[dict[str, str]] = []
    for name, file_name in zip(distinct, files, strict=True):
        target = target_path(folder, file_name)  # a safe, distinct file name inside the folder
        with atomic_file(target, replace=overwrite) as handle:
            handle.write(client.videos.download(name))
        saved.append({"video_name": name, "path": str(target)})
        if not as_json:
            click.echo(str(target))
    if as_json:
        emit_json(saved)
