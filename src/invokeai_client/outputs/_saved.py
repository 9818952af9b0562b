"""Which output images to save, and the record of each saved file (the download is the caller's; a record
reads its file only to show itself in a notebook)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ._mapping import OutputImage

__all__ = ["SavedImage", "saved_images", "to_save"]


class SavedImage(BaseModel):
    """An output image saved to a file.

    Attributes:
        image: the output (its node, item, sweep values, board …).
        path: the file it was saved to.
    """

    model_config = ConfigDict(frozen=True)

    image: OutputImage
    path: Path

    def _repr_png_(self) -> bytes | None:
        """A thumbnail of the saved file, for a notebook (``None``: the text repr is shown instead)."""
        from .._image_io import thumbnail_png  # here: the one read of a file in this package

        return thumbnail_png(self.path)


def to_save(outputs: Sequence[OutputImage], *, include_intermediate: bool = False) -> list[OutputImage]:
    """The outputs to save: the final (gallery) images, or every image with ``include_intermediate``."""
    return [image for image in outputs if include_intermediate or image.is_final]


def saved_images(chosen: Sequence[OutputImage], paths: Sequence[Path]) -> list[SavedImage]:
    """Pair the chosen outputs with the files of their distinct image names (downloaded in first-seen order).

    Args:
        chosen: the outputs that were saved.
        paths: the saved files, one per distinct ``image_name`` of ``chosen``, in first-seen order.
    """
    names = list(dict.fromkeys(image.image_name for image in chosen))
    by_name = dict(zip(names, paths, strict=True))
    return [SavedImage(image=image, path=by_name[image.image_name]) for image in chosen]
