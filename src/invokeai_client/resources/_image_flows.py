"""Flows and request specs shared by the images resource and its streamed downloads."""

from __future__ import annotations

import builtins
import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import httpx

from .._flows import Call, Flow
from .._image_io import target_path
from ..errors import (
    APIError,
    APIResponseValidationError,
    BoardNotFoundError,
    BulkDownloadTimeoutError,
    NotFoundError,
)
from ..types.boards import Board
from ..types.images import BulkDownload
from ._api import Json, call
from ._endpoints import (
    download_images_from_list,
    get_board,
    get_bulk_download_item,
    get_image_full,
    get_image_thumbnail,
)

logger = logging.getLogger(__name__)
T = TypeVar("T")

UNCATEGORIZED = "none"


def check_board(board_id: str | None) -> Flow[None]:
    """Make sure a board exists (``None`` and ``"none"``, uncategorized, always do).

    The server answers list and upload requests for an unknown board as if the board were empty or
    absent, and a bulk download of one with a 500, so the board is looked up first.

    Raises:
        BoardNotFoundError: there is no such board.
    """
    if board_id is None or board_id == UNCATEGORIZED:
        return
    yield from fetch_board(board_id)


def fetch_board(board_id: str) -> Flow[Board]:
    """One board by id (``"none"`` is no board: uncategorized images have no record).

    Raises:
        BoardNotFoundError: there is no such board.
    """
    return (yield from board_missing_as_typed(board_id, call(get_board(board_id), Board)))


def board_missing_as_typed(board_id: str, flow: Flow[T]) -> Flow[T]:
    """``flow``, whose 404 becomes `BoardNotFoundError` naming ``board_id``."""
    try:
        return (yield from flow)
    except NotFoundError as exc:
        raise BoardNotFoundError(
            board_id,
            method=exc.method,
            url=exc.url,
            status_code=exc.status_code,
            detail=exc.detail,
            body=exc.body,
        ) from exc


def listing_filters(
    board_id: str | None,
    is_intermediate: bool | None,
    search_term: str | None,
    starred_first: bool,
    direction: str,
    /,
) -> dict[str, Any]:
    """The query filters the image and video list/ids/names endpoints share (``direction`` is ``order_dir``)."""
    return {
        "board_id": board_id,
        "is_intermediate": is_intermediate,
        "search_term": search_term,
        "starred_first": starred_first,
        "order_dir": direction,
    }


def board_checked(board_id: str | None, flow: Flow[Any]) -> Flow[Any]:
    """``flow``, after `check_board`."""
    yield from check_board(board_id)
    return (yield from flow)


def image_spec(image_name: str, *, thumbnail: bool) -> Call:
    """The request for an image's file (PNG) or its thumbnail (WebP) (asked for uncompressed, as every
    request is: the server would gzip PNG and WebP files for no gain)."""
    return (get_image_thumbnail if thumbnail else get_image_full)(image_name)


def content(spec: Call) -> Flow[bytes]:
    """The flow of one request whose answer is the bytes of its body."""
    response: httpx.Response = yield spec
    return response.content


def request_zip_flow(image_names: Sequence[str] | None, board_id: str | None) -> Flow[BulkDownload]:
    """Ask the server to zip images or a board; the answer names the zip to fetch."""
    fields: dict[str, Any] = {}
    if image_names is not None:
        fields["image_names"] = builtins.list(image_names)
    if board_id is not None:
        fields["board_id"] = board_id
    spec = download_images_from_list(body=Json(fields))
    yield from check_board(board_id)
    started = yield from call(spec, BulkDownload)
    if not started.bulk_download_item_name:
        raise APIResponseValidationError(
            method="POST", url="/api/v1/images/download", status_code=202, reason="no bulk_download_item_name"
        )
    return started


def zip_spec(item_name: str) -> Call:
    """The request for a finished bulk download (404 until the zip is ready; served once)."""
    return get_bulk_download_item(item_name)


class ZipDownload:
    """The state of one bulk download: the zip asked for, the waits between polls, and restarts.

    The server writes the zip in place and serves whatever file exists (then deletes it), so a poll can
    get a zip that is still being written. Polls therefore start after a short wait, a served zip is
    checked, and an incomplete one (or a transfer that broke off) starts over with a new zip.
    """

    ATTEMPTS = 3
    FIRST_DELAY = 0.5  # before the first poll of the first zip; x4 for each new zip (0.5, 2, 8 s)
    MAX_DELAY = 2.0

    def __init__(self, folder: Path, timeout: float) -> None:
        self.folder = folder
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.attempts = 0
        self.item_name = ""
        self.delay = self.FIRST_DELAY

    def start(self, started: BulkDownload) -> tuple[Call, Path]:
        """Begin polling for a newly requested zip: its request and target file."""
        self.attempts += 1
        self.item_name = str(started.bulk_download_item_name)
        self.delay = self.FIRST_DELAY * 4 ** (self.attempts - 1)
        return zip_spec(self.item_name), target_path(self.folder, self.item_name)

    def next_delay(self) -> float:
        """Seconds to wait before the next poll (growing by half each time, to 2 s between polls).

        Raises:
            BulkDownloadTimeoutError: the overall bound has passed.
        """
        now = time.monotonic()
        if now >= self.deadline:
            raise BulkDownloadTimeoutError(self.item_name, now - self.started)
        delay = min(self.delay, self.deadline - now)
        self.delay = max(min(self.delay * 1.5, self.MAX_DELAY), self.FIRST_DELAY)
        return delay

    def restart_after(self, error: APIError) -> None:
        """A served zip was incomplete or broke off: allow a new request, or re-raise when out of attempts."""
        if self.attempts >= self.ATTEMPTS:
            raise error
        logger.warning("bulk download %s failed (%s); requesting a new zip", self.item_name, error)
