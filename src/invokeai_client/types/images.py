"""Types of ``client.images``: image records, pages, and the results of bulk operations."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import Field, field_validator

from ._base import APIModel

ImageCategory = Literal["general", "mask", "control", "user", "other"]
"""``user`` for inputs you upload (the GUI's Assets tab), ``general`` for generated images."""
ImageOrigin = Literal["internal", "external"]
"""``"internal"`` for images the server made or stored, ``"external"`` for ones it only refers to."""


class Image(APIModel):
    """An image record (``ImageDTO``).

    ``session_id`` and ``node_id`` (the prepared node id) name what generated it; ``board_id`` is ``None``
    for an uncategorized image. ``image_url``/``thumbnail_url`` are relative to the server's base URL.
    """

    image_name: str
    image_url: str
    thumbnail_url: str
    image_origin: str
    image_category: str
    width: int
    height: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    is_intermediate: bool
    session_id: str | None = None
    node_id: str | None = None
    starred: bool = False
    has_workflow: bool = False
    board_id: str | None = None
    image_subfolder: str = ""  # 6.14: where under the outputs folder the file lives

    def _repr_html_(self) -> str:
        """A notebook's summary of the record (a record holds no pixels: ``client.images.download_pil``)."""
        from .._html import summary

        return summary(
            f"Image {self.image_name}",
            [
                ("size", f"{self.width}x{self.height}"),
                ("category", self.image_category + (" (intermediate)" if self.is_intermediate else "")),
                ("board", self.board_id or "(none)"),
                ("starred", self.starred),
                ("created", self.created_at),
                ("session", self.session_id),
            ],
        )


class ImagePage(APIModel):
    """One page of images, with the number of images matching the filters."""

    items: list[Image]
    offset: int
    limit: int
    total: int


class ImageNames(APIModel):
    """The names of every image matching the filters, in list order, with counts."""

    image_names: list[str]
    starred_count: int
    total_count: int


class DeletedImages(APIModel):
    """What a delete removed: names of images deleted (unknown names are skipped silently)."""

    deleted_images: list[str]
    affected_boards: list[str]
    failed_images: list[str] = Field(default_factory=list)  # 6.14: names that could not be deleted


class StarredImages(APIModel):
    """The images a star request changed, and the boards they are on (``"none"``: uncategorized)."""

    starred_images: list[str]
    affected_boards: list[str]
    failed_images: list[str] = Field(default_factory=list)  # 6.14


class UnstarredImages(APIModel):
    """The images an unstar request changed, and the boards they are on."""

    unstarred_images: list[str]
    affected_boards: list[str]
    failed_images: list[str] = Field(default_factory=list)  # 6.14


class EmbeddedWorkflow(APIModel):
    """The workflow and graph stored in an image, decoded from the server's JSON strings (``None`` if absent)."""

    workflow: dict[str, Any] | None = None
    graph: dict[str, Any] | None = None

    @field_validator("workflow", "graph", mode="before")
    @classmethod
    def _decode(cls, value: Any) -> Any:
        if isinstance(value, str):
            return json.loads(value) if value else None
        return value


class BulkDownload(APIModel):
    """The answer to a bulk (zip) download request; the zip is made in the background."""

    bulk_download_item_name: str | None = None
    response: str | None = None
