"""Reading a video to upload (a path, bytes or a binary file, recognised as MP4/MOV or WebM before any request),
and checking a downloaded one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from ._image_io import UploadData
from .errors import APIResponseValidationError, InvalidVideoError

VideoSource = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


def sniff_video(data: bytes) -> tuple[str, str] | None:
    """``(format, MIME type)`` of an MP4/QuickTime (an ISO base media ``ftyp`` box) or WebM/Matroska file."""
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        return ("MOV", "video/quicktime") if brand == b"qt  " else ("MP4", "video/mp4")
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "WEBM", "video/webm"
    return None


def read_video(source: VideoSource, file_name: str | None = None) -> UploadData:
    """Read an upload source and make sure it is a video container the server can take.

    Raises:
        InvalidVideoError: the data is empty or not an MP4, MOV or WebM file.
        OSError: the path cannot be read.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        content, label, default_name = path.read_bytes(), str(path), path.name
    elif isinstance(source, bytes | bytearray | memoryview):
        content, label, default_name = bytes(source), "the data given", ""
    elif hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise InvalidVideoError(repr(source), "the file object is not opened in binary mode")
        content, label, default_name = data, str(getattr(source, "name", "the file object")), ""
    else:
        raise InvalidVideoError(repr(source)[:100], "expected a path, bytes or a binary file")
    if not content:
        raise InvalidVideoError(label, "it is empty")
    sniffed = sniff_video(content)
    if sniffed is None:
        raise InvalidVideoError(label, "it is not an MP4, MOV or WebM file (by its first bytes)")
    video_format, mime = sniffed
    name = file_name or default_name or f"upload.{video_format.lower()}"
    return UploadData(content=content, file_name=os.path.basename(name) or "upload", mime_type=mime)


def check_video(path: Path, url: str) -> None:
    """Raise unless ``path`` starts like a video file: an answer of another kind (an error page served with
    200 by a proxy) is never saved under a video's name.

    Raises:
        APIResponseValidationError: the body is not a video.
    """
    with open(path, "rb") as handle:
        head = handle.read(16)
    if sniff_video(head) is None:
        raise APIResponseValidationError(
            method="GET", url=url, status_code=200, reason=f"the body is not a video (it starts {head[:8]!r})"
        )
