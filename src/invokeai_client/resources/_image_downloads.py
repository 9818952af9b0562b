"""Streamed downloads to files, for ``client.images``, ``client.videos`` and ``Job.download``, written once as
flows; what differs between images and videos (the request, the file name, the check of a complete file)
is a `Media`.

Each file is a `SaveTo` step (the core streams the body into a temporary file and renames it when
complete, ``_core``); several are a `Together` step (a thread pool, or tasks). File names, folder
checks and zip polling are pure (``_download_plan``, ``_image_io``, ``_image_flows``). A file appears under
its final name only once it is complete; a folder that cannot be written is refused before any request.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._download_plan import file_names
from .._flows import Flow, Request, SaveTo, Sleep, Together
from .._image_io import (
    check_image,
    check_zip,
    download_name,
    existing_names,
    prepare_folder,
    target_path,
)
from .._resend import passing
from .._twins import Twin, operation
from ..errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    ConfigurationError,
    InvalidNameError,
    InvokeAIError,
    NotFoundError,
)
from ._api import is_safe_name
from ._image_flows import ZipDownload, image_spec, request_zip_flow

StrPath = str | os.PathLike[str]
Verify = Callable[[Path, str], None]  # checks a complete download (its temp file, its URL)
DEFAULT_CONCURRENCY = 8


@dataclass(frozen=True, slots=True)
class Media:
    """What a download of one kind of file needs: how names are called in errors, the request of a file (or
    its thumbnail), its file name, and the check that a complete file is of that kind."""

    parameter: str  # "image_name"
    resource: str  # "images": how the methods are named in errors
    spec: Callable[[str, bool], Request]  # (name, thumbnail) -> the request
    verify: Callable[[bool], Verify]  # thumbnail -> the check of the saved file

    def file_name(self, name: str, thumbnail: bool) -> str:
        """The name itself, or its stem with ``.webp`` for a thumbnail (every thumbnail is WebP)."""
        return download_name(name, thumbnail=thumbnail)


IMAGES = Media(
    "image_name",
    "images",
    lambda name, thumbnail: image_spec(name, thumbnail=thumbnail),
    lambda _: check_image,
)


def plan_one(
    image_name: str, folder: StrPath, filename: str | None, thumbnail: bool, overwrite: bool
) -> tuple[Request, Path]:
    """The request and the target file of one image download (the folder is checked first)."""
    _check_names([image_name], IMAGES, "download_to")
    base = prepare_folder(folder)
    spec = image_spec(image_name, thumbnail=thumbnail)
    wanted = filename or download_name(image_name, thumbnail=thumbnail)
    (name,) = file_names([wanted], () if overwrite else existing_names(base))
    return spec, target_path(base, name)


def plan_many(
    names: Sequence[str],
    folder: StrPath,
    concurrency: int,
    thumbnail: bool,
    overwrite: bool,
    *,
    probe: bool = True,
    media: Media,
) -> tuple[list[tuple[Request, Path]], list[int]]:
    """The downloads of the distinct files among ``names`` (the folder is checked once), and for each name
    given, the index of its download: a repeated name is downloaded once."""
    if isinstance(names, str):
        raise ConfigurationError(f"{media.parameter}s must be a list of names, not one string")
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be >= 1, got {concurrency}")
    _check_names(names, media, "download_many")
    base = prepare_folder(folder) if probe else Path(folder)
    distinct = list(dict.fromkeys(names))
    specs = [media.spec(name, thumbnail) for name in distinct]
    wanted = [media.file_name(name, thumbnail) for name in distinct]
    chosen = file_names(wanted, () if overwrite else existing_names(base))
    index = {name: i for i, name in enumerate(distinct)}
    jobs: list[tuple[Request, Path]] = [
        (spec, target_path(base, name)) for spec, name in zip(specs, chosen, strict=True)
    ]
    return jobs, [index[name] for name in names]


def _check_names(names: Sequence[str], media: Media, method: str) -> None:
    """Refuse, before any request, a name that cannot be one segment of the file's URL."""
    for name in names:
        if not is_safe_name(name):
            raise InvalidNameError(parameter=media.parameter, value=name, method=f"{media.resource}.{method}")


def download_many_flow(
    names: Sequence[str],
    folder: StrPath,
    concurrency: int,
    thumbnail: bool,
    overwrite: bool,
    media: Media,
) -> Flow[list[Path]]:
    """Save many files into ``folder``, ``concurrency`` at a time; the paths in the order of the names."""
    jobs, order = plan_many(names, folder, concurrency, thumbnail, overwrite, media=media)
    verify = media.verify(thumbnail)
    saves = [_save(spec, target, verify, overwrite) for spec, target in jobs]
    paths: list[Path] = yield Together(saves, concurrency)
    return [paths[i] for i in order]


def download_each_flow(
    image_names: Sequence[str], folder: StrPath, concurrency: int, overwrite: bool, *, probe: bool = True
) -> Flow[list[Path | InvokeAIError]]:
    """Save each image on its own, ``concurrency`` at a time: one that cannot be saved (a name the SDK
    refuses, an image the server no longer has) is that image's typed error in the result, in the order of
    the names, and the others are saved. Trouble that is the server's and passes (no connection, a 502 …)
    is raised, for the caller to ride out; so is a folder that cannot be written (``probe=False``: the
    caller proved it writable already, and it is not probed again).
    """
    distinct = list(dict.fromkeys(image_names))
    outcome: dict[str, Path | InvokeAIError] = {
        name: InvalidNameError(parameter="image_name", value=name, method="download")
        for name in distinct
        if not is_safe_name(name)
    }
    safe = [name for name in distinct if name not in outcome]
    jobs, order = plan_many(safe, folder, concurrency, False, overwrite, probe=probe, media=IMAGES)
    saves = [_save_or_error(spec, target, overwrite) for spec, target in jobs]
    results: list[Path | InvokeAIError] = yield Together(saves, concurrency)
    outcome.update((name, results[index]) for name, index in zip(safe, order, strict=True))
    return [outcome[name] for name in image_names]


def _save_or_error(spec: Request, target: Path, replace: bool) -> Flow[Path | InvokeAIError]:
    try:
        return (yield from _save(spec, target, check_image, replace))
    except APIError as exc:
        if passing(exc):
            raise
        return exc


def _save(spec: Request, target: Path, verify: Verify | None, replace: bool = False) -> Flow[Path]:
    path: Path = yield SaveTo(spec, target, verify, replace)
    return path


def _poll_zip(state: ZipDownload, spec: Request, target: Path) -> Flow[Path]:
    while True:
        yield Sleep(state.next_delay())
        try:
            return (yield from _save(spec, target, check_zip))
        except NotFoundError:
            continue


class Downloads(Twin):
    """The download methods of ``client.images`` (both twins)."""

    @operation
    def download_to(
        self,
        image_name: str,
        folder: StrPath,
        *,
        filename: str | None = None,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> Flow[Path]:
        """Stream an image (or its WebP thumbnail) into ``folder``, created if missing.

        Args:
            image_name: the image.
            folder: where to save it.
            filename: the file name (made safe); default: the image name (``.webp`` for a thumbnail).
            thumbnail: download the thumbnail instead of the full image.
            overwrite: replace a file of that name; by default it stays, and the image gets a numbered
                name (``name-2.png``).

        Returns:
            The path of the saved file.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            InvalidNameError: the image name cannot be part of a URL (``..``, a ``/``; before any request).
            NotFoundError: there is no such image (nothing is written).
        """
        spec, target = plan_one(image_name, folder, filename, thumbnail, overwrite)
        return (yield from _save(spec, target, check_image, overwrite))

    @operation
    def download_many(
        self,
        image_names: Sequence[str],
        folder: StrPath,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> Flow[list[Path]]:
        """Download many images into ``folder``, ``concurrency`` at a time (threads, or asyncio tasks).

        Each distinct image gets its own file: names that become the same safe file name get numbered
        names (``a_b.png``, ``a_b-2.png``), and a file already in the folder is never replaced unless
        ``overwrite`` (the image gets a numbered name instead). A name given twice is downloaded once.

        Returns:
            The saved paths, in the order of ``image_names``.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            InvalidNameError: an image name cannot be part of a URL (before any request).
            APIError: a download failed; the downloads not yet started are canceled. Files already
                complete stay; no partial file is left.
        """
        return (yield from download_many_flow(image_names, folder, concurrency, thumbnail, overwrite, IMAGES))

    @operation
    def download_zip(
        self,
        folder: StrPath,
        *,
        image_names: Sequence[str] | None = None,
        board_id: str | None = None,
        timeout: float = 60.0,
    ) -> Flow[Path]:
        """Have the server zip images (or a whole board), wait for the zip, and save it into ``folder``.

        The server builds the zip in the background and serves it **once** (it deletes it after).

        Args:
            folder: where to save the zip (named by the server, made safe).
            image_names: the images to zip.
            board_id: or a board to zip (``"none"``: the uncategorized images).
            timeout: seconds to wait for the zip.

        Returns:
            The path of the saved zip.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            BoardNotFoundError: there is no such board.
            BadRequestError: neither ``image_names`` nor ``board_id`` was given.
            BulkDownloadTimeoutError: the zip was not ready in time (the server never makes one when
                none of the images exist).
        """
        state = ZipDownload(prepare_folder(folder), timeout)
        while True:
            spec, target = state.start((yield from request_zip_flow(image_names, board_id)))
            try:
                return (yield from _poll_zip(state, spec, target))
            except (APIConnectionError, APIResponseValidationError) as exc:
                state.restart_after(exc)
