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
from functools import partial
from pathlib import Path

from .._core import AsyncCore, Request, SyncCore
from .._errors import APIConnectionError, APIResponseValidationError, ConfigurationError, NotFoundError
from .._image_io import CHUNK_SIZE, atomic_file, check_zip, download_name, prepare_folder, target_path
from ._image_flows import ZipDownload, image_spec, request_zip_flow

StrPath = str | os.PathLike[str]
Verify = Callable[[Path], None]
DEFAULT_CONCURRENCY = 8


def plan_one(image_name: str, folder: StrPath, filename: str | None, thumbnail: bool) -> tuple[Request, Path]:
    """The request and the target file of one image download (the folder is checked first)."""
    target = target_path(prepare_folder(folder), filename or download_name(image_name, thumbnail=thumbnail))
    return image_spec(image_name, thumbnail=thumbnail), target


def plan_many(
    image_names: Sequence[str], folder: StrPath, concurrency: int, thumbnail: bool
) -> list[tuple[Request, Path]]:
    """The requests and target files of many downloads, in order (the folder is checked once)."""
    if isinstance(image_names, str):
        raise ConfigurationError("image_names must be a list of names, not one string")
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be >= 1, got {concurrency}")
    base = prepare_folder(folder)
    return [
        (image_spec(name, thumbnail=thumbnail), target_path(base, download_name(name, thumbnail=thumbnail)))
        for name in image_names
    ]


class SyncDownloads:
    """Downloads to files for the blocking client."""

    _core: SyncCore

    def download_to(
        self, image_name: str, folder: StrPath, *, filename: str | None = None, thumbnail: bool = False
    ) -> Path:
        """Stream an image (or its WebP thumbnail) into ``folder``, created if missing.

        Args:
            image_name: the image.
            folder: where to save it.
            filename: the file name (made safe); default: the image name (``.webp`` for a thumbnail).
            thumbnail: download the thumbnail instead of the full image.

        Returns:
            The path of the saved file.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            NotFoundError: there is no such image (nothing is written).
        """
        spec, target = plan_one(image_name, folder, filename, thumbnail)
        return self._save(spec, target)

    def download_many(
        self,
        image_names: Sequence[str],
        folder: StrPath,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        thumbnail: bool = False,
    ) -> list[Path]:
        """Download many images into ``folder``, ``concurrency`` at a time (a thread pool).

        Returns:
            The saved paths, in the order of ``image_names``.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            APIError: a download failed; the downloads not yet started are canceled. Files already
                complete stay; no partial file is left.
        """
        jobs = plan_many(image_names, folder, concurrency, thumbnail)
        if not jobs:
            return []
        with ThreadPoolExecutor(
            max_workers=min(concurrency, len(jobs)), thread_name_prefix="invokeai-dl"
        ) as pool:
            futures = [pool.submit(self._save, spec, target) for spec, target in jobs]
            try:
                return [future.result() for future in futures]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

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
        verify = partial(check_zip, url=f"/api/v1/images/download/{state.item_name}")
        while True:
            time.sleep(state.next_delay())
            try:
                return self._save(spec, target, verify)
            except NotFoundError:
                continue

    def _save(self, spec: Request, target: Path, verify: Verify | None = None) -> Path:
        with self._core.stream(spec) as response, atomic_file(target, verify) as handle:
            for chunk in response.iter_bytes(CHUNK_SIZE):
                handle.write(chunk)
        return target


class AsyncDownloads:
    """Downloads to files for the asyncio client (file writes are small and run on the loop)."""

    _core: AsyncCore

    async def download_to(
        self, image_name: str, folder: StrPath, *, filename: str | None = None, thumbnail: bool = False
    ) -> Path:
        """Stream an image (or its WebP thumbnail) into ``folder``; see the sync client."""
        spec, target = plan_one(image_name, folder, filename, thumbnail)
        return await self._save(spec, target)

    async def download_many(
        self,
        image_names: Sequence[str],
        folder: StrPath,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        thumbnail: bool = False,
    ) -> list[Path]:
        """Download many images into ``folder``, ``concurrency`` at a time (a semaphore); in order."""
        jobs = plan_many(image_names, folder, concurrency, thumbnail)
        semaphore = asyncio.Semaphore(concurrency)

        async def one(spec: Request, target: Path) -> Path:
            async with semaphore:
                return await self._save(spec, target)

        tasks = [asyncio.ensure_future(one(spec, target)) for spec, target in jobs]
        try:
            return list(await asyncio.gather(*tasks))
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
        verify = partial(check_zip, url=f"/api/v1/images/download/{state.item_name}")
        while True:
            await asyncio.sleep(state.next_delay())
            try:
                return await self._save(spec, target, verify)
            except NotFoundError:
                continue

    async def _save(self, spec: Request, target: Path, verify: Verify | None = None) -> Path:
        async with self._core.stream(spec) as response:
            with atomic_file(target, verify) as handle:
                async for chunk in response.aiter_bytes(CHUNK_SIZE):
                    handle.write(chunk)
        return target
