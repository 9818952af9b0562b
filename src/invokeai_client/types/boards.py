"""Types of ``client.boards``."""

from __future__ import annotations

from ._base import APIModel


class Board(APIModel):
    """A board (``BoardDTO``). The uncategorized pseudo-board has ``board_id == "none"``."""

    board_id: str
    board_name: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    cover_image_name: str | None = None
    archived: bool = False
    is_private: bool | None = None
    image_count: int = 0
    asset_count: int = 0
    video_count: int = 0


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
