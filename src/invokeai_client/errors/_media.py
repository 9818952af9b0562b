"""Errors of moving images and videos, and of reading their outputs: nothing half-written is left."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._base import InvokeAIError


class ImageError(InvokeAIError):
    """An image upload or download could not be done: bad data, an unwritable folder, a zip never made."""


class InvalidImageError(ImageError, ValueError):
    """The data given for an upload is not an image (raised before any request). ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source} is not an image: {reason}")
        self.source = source
        self.reason = reason


class InvalidVideoError(ImageError, ValueError):
    """The data given for a video upload is not an MP4, MOV or WebM file (raised before any request)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source} is not a video: {reason}")
        self.source = source
        self.reason = reason


class OutputFolderError(ImageError, OSError):
    """A download folder cannot be created or written; raised before anything is downloaded."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(f"cannot write to the folder {folder!r}: {reason}")
        self.folder = folder
        self.reason = reason

    def __str__(self) -> str:  # OSError's own __str__ expects errno/strerror
        return str(self.args[0])


class BulkDownloadTimeoutError(ImageError, TimeoutError):
    """The server had not made the zip of a bulk download within the time allowed.

    Attributes:
        item_name: the bulk download's name (the zip may still appear later; it can be fetched once).
        waited: seconds waited.
    """

    def __init__(self, item_name: str, waited: float) -> None:
        super().__init__(
            f"the bulk download {item_name!r} was not ready after {waited:.1f} s (the server never makes it "
            "when none of the images exist)"
        )
        self.item_name = item_name
        self.waited = waited

    def __str__(self) -> str:
        return str(self.args[0])


class OutputMappingError(InvokeAIError, ValueError):
    """A session or event given to the output mapping does not have the shape the server documents."""


class ImagesNotSavedError(ImageError):
    """Some images could not be saved, each for its own reason (a name the SDK refuses, an image the server
    no longer has …); every other image was saved, and is reported here.

    Attributes:
        saved: what was saved (``SavedImage`` records for ``Job.download``).
        failed: image name -> the typed error of that image.
    """

    def __init__(self, *, saved: Sequence[Any], failed: Mapping[str, Exception]) -> None:
        first, error = next(iter(failed.items()))
        super().__init__(
            f"{len(failed)} image(s) could not be saved ({len(saved)} saved): {first!r}: {error}"
            + (f"; and {len(failed) - 1} more" if len(failed) > 1 else "")
        )
        self.saved = list(saved)
        self.failed = dict(failed)
