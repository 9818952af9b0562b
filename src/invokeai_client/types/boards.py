"""Types of ``client.boards``."""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, Field

from .._constants import UNCATEGORIZED as UNCATEGORIZED  # noqa: PLC0414  (the board id for "no board")
from ._base import APIModel


class Board(APIModel):
    """A board (``BoardDTO``). Images on no board are in [`UncategorizedBoard`][invokeai_client.types.UncategorizedBoard] (``board_id "none"``).

    ``image_count`` counts the board's gallery images (category ``general``), ``asset_count`` its
    uploads and other assets (``user``, ``control``, ``mask``, ``other``); intermediates are not counted.
    """

    board_id: str
    board_name: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    cover_image_name: str | None = None
    archived: bool = False
    is_private: bool | None = None  # 6.8
    image_count: int = 0
    asset_count: int = 0
    video_count: int = 0
    # 6.14: boards belong to a user on a multi-user server, and may show a video as cover
    user_id: str | None = None
    owner_username: str | None = None
    board_visibility: str | None = None
    cover_video_name: str | None = None


class BoardPage(APIModel):
    """One page of boards.

    ``total`` is what the server reports: InvokeAI 6.8.1 puts the number of items *on this page* there,
    not the number of boards. Use ``client.boards.list()`` for all of them.
    """

    limit: int
    offset: int
    total: int
    items: list[Board]


class DeletedBoard(APIModel):
    """What deleting a board removed."""

    board_id: str
    deleted_board_images: list[str]
    deleted_images: list[str]
    failed_images: list[str] = Field(default_factory=list)  # 6.14
    deleted_board_videos: list[str] = Field(default_factory=list)  # 6.14
    deleted_videos: list[str] = Field(default_factory=list)  # 6.14
    failed_videos: list[str] = Field(default_factory=list)  # 6.14


class UncategorizedBoard(APIModel):
    """The images on no board, as the GUI shows them: a board whose id is ``"none"``.

    The server has no record for it; its counts are made the way the GUI makes them (gallery images
    and assets on no board, intermediates excluded), so they match [`Board`][invokeai_client.types.Board]'s. ``video_count`` is
    0, as in every ``Board`` from InvokeAI 6.8 (its videos API is not implemented).
    """

    board_id: Literal["none"] = UNCATEGORIZED
    board_name: str = "Uncategorized"
    image_count: int
    asset_count: int
    video_count: int = 0
    archived: bool = False
    cover_image_name: str | None = None


class MovedImages(APIModel):
    """What adding images to a board, or removing them from theirs, changed.

    Attributes:
        moved_images: the images whose board changed (unknown names are skipped silently).
        affected_boards: the boards images left or joined; ``"none"`` stands for uncategorized.
    """

    moved_images: list[str] = Field(
        validation_alias=AliasChoices("moved_images", "added_images", "removed_images")
    )
    affected_boards: list[str]


class MovedVideos(APIModel):
    """What adding videos to a board, or removing them from theirs, changed (see [`MovedImages`][invokeai_client.types.MovedImages])."""

    moved_videos: list[str] = Field(
        validation_alias=AliasChoices("moved_videos", "added_videos", "removed_videos")
    )
    affected_boards: list[str]
