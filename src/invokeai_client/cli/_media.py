"""``invokeai-client images …`` and ``videos …``: list, upload, download; one set of commands, made for each.

Images and videos are the same to a user of the command line (files on the server, by name, on boards); what
differs is a `Media`: the client's resource, the name field, and how a record is shown on a line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ._root import cli, emit_json, open_client, server_options


@dataclass(frozen=True)
class Media:
    group: click.Group
    resource: str  # the client's attribute: "images"
    name_field: str  # "image_name"
    upload_help: str
    line: Callable[[Any], str]  # a record, on one line of ``list``


def _resource(media: Media, url: str | None, token: str | None, timeout: float) -> Any:
    return getattr(open_client(url, token, timeout), media.resource)


def add_commands(media: Media) -> None:
    """``list``, ``upload`` and ``download`` in ``media.group``."""
    noun, field = media.resource, media.name_field

    @media.group.command("list", help=f"List {noun}, newest first.")
    @server_options
    @click.option(
        "--board", "board_id", default=None, metavar="ID", help="Only this board's ('none': no board)."
    )
    @click.option("--limit", type=int, default=50, show_default=True)
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    def list_command(
        url: str | None, token: str | None, timeout: float, board_id: str | None, limit: int, as_json: bool
    ) -> None:
        page = _resource(media, url, token, timeout).page(board_id=board_id, limit=limit)
        if as_json:
            emit_json(page.model_dump())
            return
        for record in page.items:
            click.echo(media.line(record))

    @media.group.command("upload", help=media.upload_help)
    @click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
    @server_options
    @click.option("--board", "board_id", default=None, metavar="ID", help="Put them on this board.")
    @click.option(
        "--json", "as_json", is_flag=True, help=f"Print JSON: each file and its {noun[:-1]} record."
    )
    def upload_command(
        paths: tuple[str, ...], url: str | None, token: str | None, timeout: float, board_id: str | None,
        as_json: bool,
    ) -> None:  # fmt: skip
        resource = _resource(media, url, token, timeout)
        uploaded = [(path, resource.upload(Path(path), board_id=board_id)) for path in paths]
        if as_json:
            emit_json([{"path": path, **record.model_dump()} for path, record in uploaded])
            return
        for path, record in uploaded:
            click.echo(f"{path}\t{getattr(record, field)}")

    @media.group.command("download", help=f"Download {noun} by name into --out; prints each saved path.")
    @click.argument("names", nargs=-1, required=True)
    @server_options
    @click.option(
        "--out", type=click.Path(file_okay=False), required=True, help="The folder to save them in."
    )
    @click.option("--thumbnail", is_flag=True, help="Download the WebP thumbnails instead.")
    @click.option(
        "--overwrite", is_flag=True, help="Replace files of the same names (default: numbered names)."
    )
    @click.option("--json", "as_json", is_flag=True, help=f"Print JSON: each {noun[:-1]} name and its file.")
    def download_command(
        names: tuple[str, ...], url: str | None, token: str | None, timeout: float, out: str, thumbnail: bool,
        overwrite: bool, as_json: bool,
    ) -> None:  # fmt: skip
        resource = _resource(media, url, token, timeout)
        paths = resource.download_many(list(names), out, thumbnail=thumbnail, overwrite=overwrite)
        if as_json:
            emit_json([{field: name, "path": str(path)} for name, path in zip(names, paths, strict=True)])
            return
        for path in dict.fromkeys(paths):
            click.echo(str(path))


@cli.group()
def images() -> None:
    """Images: list, upload and download."""


@cli.group()
def videos() -> None:
    """Videos (InvokeAI 6.14): list, upload and download."""


add_commands(
    Media(
        images, "images", "image_name", "Upload image files (as assets); prints each file's new image name.",
        lambda image: f"{image.image_name}\t{image.width}x{image.height}\t{image.image_category}",
    )
)  # fmt: skip
add_commands(
    Media(
        videos, "videos", "video_name", "Upload H.264 MP4 files; prints each file's new video name.",
        lambda video: f"{video.video_name}\t{video.width}x{video.height}\t{video.duration:.1f} s",
    )
)  # fmt: skip
