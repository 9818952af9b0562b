"""Streamed downloads to files, for ``client.images``: the sync and async twins.

Streaming does not fit a flow (the body is read while it arrives), so these methods are written twice,
as thin shells: file names, folder checks, temp-file writes and zip polling are shared (``_image_io``,
``_image_flows``). A file appears under its final name only once it is complete; a folder that cannot
be written is refused before any request.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from .._core import AsyncCore, Request, SyncCore
from .._download_plan import file_names
from .._image_io import (
    CHUNK_SIZE,
    atomic_file,
    check_image,
    check_zip,
    download_name,
    existing_names,
    prepare_folder,
    target_path,
)
from ..errors import (
    APIConnectionError,
    APIResponseValidationError,
    ConfigurationError,
    InvalidNameError,
    NotFoundError,
)
from ..errors._setup import is_safe_name
from ._image_flows import ZipDownload, image_spec, request_zip_flow

StrPath = str | os.PathLike[str]
Verify = Callable[[Path, str], None]  # checks a complete download (its temp file, its URL)
DEFAULT_CONCURRENCY = 8


def plan_one(
    image_name: str, folder: StrPath, filename: str | None, thumbnail: bool, overwrite: bool
) -> tuple[Request, Path]:
    """The request and the target file of one image download (the folder is checked first)."""
    _check_names([image_name], "images.download_to")
    base = prepare_folder(folder)
    spec = image_spec(image_name, thumbnail=thumbnail)
    wanted = filename or download_name(image_name, thumbnail=thumbnail)
    (name,) = file_names([wanted], () if overwrite else existing_names(base))
    return spec, target_path(base, name)


def plan_many(
    image_names: Sequence[str], folder: StrPath, concurrency: int, thumbnail: bool, overwrite: bool
) -> tuple[list[tuple[Request, Path]], list[int]]:
    """The downloads of the distinct images among ``image_names`` (the folder is checked once), and for
    each name given, the index of its download: a repeated name is downloaded once."""
    if isinstance(image_names, str):
        raise ConfigurationError("image_names must be a list of names, not one string")
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be >= 1, got {concurrency}")
    _check_names(image_names, "images.download_many")
    base = prepare_folder(folder)
    distinct = list(dict.fromkeys(image_names))
    specs = [image_spec(name, thumbnail=thumbnail) for name in distinct]
    wanted = [download_name(name, thumbnail=thumbnail) for name in distinct]
    names = file_names(wanted, () if overwrite else existing_names(base))
    index = {name: i for i, name in enumerate(distinct)}
    jobs: list[tuple[Request, Path]] = [
        (spec, target_path(base, name)) for spec, name in zip(specs, names, strict=True)
    ]
    return jobs, [index[name] for name in image_names]


def _check_names(image_names: Sequence[str], method: str) -> None:
    """Refuse, before any request, a name that cannot be one segment of the image's URL."""
    for name in image_names:
        if not is_safe_name(name):
            raise InvalidNameError(parameter="image_name", value=name, method=method)


def _bind(verify: Verify | None, response: httpx.Response) -> Callable[[Path], None] | None:
    if verify is None:
        return None
    check, url = verify, str(response.request.url)
    return lambda path: check(path, url)


class SyncDownloads:
    """Downloads to files for the blocking client."""

    _core: SyncCore

    def download_to(
        self,
        image_name: str,
        folder: StrPath,
        *,
        filename: str | None = None,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> Path:
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
        return self._save(spec, target, check_image, overwrite)

    def download_many(
        self,
        image_names: Sequence[str],
        folder: StrPath,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> list[Path]:
        """Download many images into ``folder``, ``concurrency`` at a time (a thread pool).

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
        jobs, order = plan_many(image_names, folder, concurrency, thumbnail, overwrite)
        if not jobs:
            return []
        with ThreadPoolExecutor(
            max_workers=min(concurrency, len(jobs)), thread_name_prefix="invokeai-dl"
        ) as pool:
            futures = [pool.submit(self._save, spec, target, check_image, overwrite) for spec, target in jobs]
            try:
                paths = [future.result() for future in futures]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return [paths[i] for i in order]

    def download_zip(
        self,
        folder: StrPath,
        *,
        image_names: Sequence[str] | None = None,
        board_id: str | None = None,
        timeout: float = 60.0,
    ) -> Path:
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
            spec, target = state.start(self._core.run(request_zip_flow(image_names, board_id)))
            try:
                return self._poll_zip(state, spec, target)
            except (APIConnectionError, APIResponseValidationError) as exc:
                state.restart_after(exc)

    def _poll_zip(self, state: ZipDownload, spec: Request, target: Path) -> Path:
        verify = check_zip
        while True:
            time.sleep(state.next_delay())
            try:
                return self._save(spec, target, verify)
            except NotFoundError:
                continue

    def _save(self, spec: Request, target: Path, verify: Verify | None = None, replace: bool = False) -> Path:
        with (
            self._core.stream(spec) as response,
            atomic_file(target, _bind(verify, response), replace=replace) as handle,
        ):
            for chunk in response.iter_bytes(CHUNK_SIZE):
                handle.write(chunk)
        return target


class AsyncDownloads:
    """Downloads to files for the asyncio client (file writes are small and run on the loop)."""

    _core: AsyncCore

    async def download_to(
        self,
        image_name: str,
        folder: StrPath,
        *,
        filename: str | None = None,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> Path:
        """Stream an image (or its WebP thumbnail) into ``folder``; see the sync client."""
        spec, target = plan_one(image_name, folder, filename, thumbnail, overwrite)
        return await self._save(spec, target, check_image, overwrite)

    async def download_many(
        self,
        image_names: Sequence[str],
        folder: StrPath,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> list[Path]:
        """Download many images into ``folder``, ``concurrency`` at a time (a semaphore); in order. Files
        are named as by the sync client (distinct, never over an existing file unless ``overwrite``)."""
        jobs, order = plan_many(image_names, folder, concurrency, thumbnail, overwrite)
        semaphore = asyncio.Semaphore(concurrency)

        async def one(spec: Request, target: Path) -> Path:
            async with semaphore:
                return await self._save(spec, target, check_image, overwrite)

        tasks = [asyncio.ensure_future(one(spec, target)) for spec, target in jobs]
        try:
            paths = list(await asyncio.gather(*tasks))
            return [paths[i] for i in order]
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def download_zip(
        self,
        folder: StrPath,
        *,
        image_names: Sequence[str] | None = None,
        board_id: str | None = None,
        timeout: float = 60.0,
    ) -> Path:
        """Have the server zip images (or a board), wait for the zip and save it; see the sync client."""
        state = ZipDownload(prepare_folder(folder), timeout)
        while True:
            spec, target = state.start(await self._core.run(request_zip_flow(image_names, board_id)))
            try:
                return await self._poll_zip(state, spec, target)
            except (APIConnectionError, APIResponseValidationError) as exc:
                state.restart_after(exc)

    async def _poll_zip(self, state: ZipDownload, spec: Request, target: Path) -> Path:
        verify = check_zip
        while True:
            await asyncio.sleep(state.next_delay())
            try:
                return await self._save(spec, target, verify)
            except NotFoundError:
                continue

    async def _save(
        self, spec: Request, target: Path, verify: Verify | None = None, replace: bool = False
    ) -> Path:
        async with self._core.stream(spec) as response:
            with atomic_file(target, _bind(verify, response), replace=replace) as handle:
                async for chunk in response.aiter_bytes(CHUNK_SIZE):
                    handle.write(chunk)
        return target
