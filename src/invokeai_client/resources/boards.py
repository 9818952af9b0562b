"""``client.boards``: the server's boards."""

from __future__ import annotations

import builtins
from typing import Literal

from invokeai_api.api.boards import create_board, delete_board, get_board, list_boards, update_board
from invokeai_api.models.board_changes import BoardChanges

from .._core import Flow
from ..types.boards import Board, BoardPage, DeletedBoard
from ._base import AsyncResource, Operations, SyncResource, call, call_as, operation

OrderBy = Literal["created_at", "board_name"]
Direction = Literal["ASC", "DESC"]


class _Boards(Operations):
    """Boards group images in the gallery."""

    @operation
    def list(
        self,
        *,
        include_archived: bool = False,
        order_by: OrderBy = "created_at",
        direction: Direction = "DESC",
    ) -> Flow[builtins.list[Board]]:
        """Every board (one request).

        Args:
            include_archived: also list archived boards.
            order_by: ``"created_at"`` or ``"board_name"``.
            direction: ``"ASC"`` or ``"DESC"``.
        """
        spec = list_boards._get_kwargs(
            all_=True,
            include_archived=include_archived,
            order_by=order_by,
            direction=direction,
        )
        return call_as(spec, builtins.list[Board])

    @operation
    def page(
        self,
        *,
        offset: int = 0,
        limit: int = 10,
        include_archived: bool = False,
        order_by: OrderBy = "created_at",
        direction: Direction = "DESC",
    ) -> Flow[BoardPage]:
        """One page of boards, with the total count."""
        spec = list_boards._get_kwargs(
            offset=offset,
            limit=limit,
            include_archived=include_archived,
            order_by=order_by,
            direction=direction,
        )
        return call(spec, BoardPage)

    @operation
    def get(self, board_id: str) -> Flow[Board]:
        """One board by id.

        Raises:
            NotFoundError: there is no such board.
        """
        return call(get_board._get_kwargs(board_id), Board)

    @operation
    def create(self, name: str, *, private: bool = False) -> Flow[Board]:
        """Create a board named ``name``."""
        return call(create_board._get_kwargs(board_name=name, is_private=private), Board)

    @operation
    def update(
        self,
        board_id: str,
        *,
        name: str | None = None,
        cover_image_name: str | None = None,
        archived: bool | None = None,
    ) -> Flow[Board]:
        """Rename a board, set its cover image, or archive/unarchive it. Unset arguments stay as they are."""
        changes = {"board_name": name, "cover_image_name": cover_image_name, "archived": archived}
        body = BoardChanges.from_dict({k: v for k, v in changes.items() if v is not None})
        return call(update_board._get_kwargs(board_id, body=body), Board)

    @operation
    def delete(self, board_id: str, *, include_images: bool = False) -> Flow[DeletedBoard]:
        """Delete a board; its images become uncategorized unless ``include_images`` deletes them too."""
        return call(delete_board._get_kwargs(board_id, include_images=include_images), DeletedBoard)


class BoardsResource(SyncResource, _Boards):
    __doc__ = _Boards.__doc__


class AsyncBoardsResource(AsyncResource, _Boards):
    __doc__ = _Boards.__doc__
