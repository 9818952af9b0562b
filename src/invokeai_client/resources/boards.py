"""``client.boards``: the server's boards, the uncategorized pseudo-board, and moving images between them.

An image (or video) is on at most one board; ``"none"`` stands for "on no board" (uncategorized) in
board ids given and returned. Unknown board ids raise `BoardNotFoundError`: the board is looked
up first where the server would answer as if it were empty, or with a 500.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Literal

from .._flows import Call, Flow
from ..types._base import Direction
from ..types.boards import Board, BoardPage, DeletedBoard, MovedImages, MovedVideos, UncategorizedBoard
from ..types.images import ImageCategory, ImagePage
from ._api import OMIT, Json, call, call_as, parse_as
from ._base import AsyncResource, Operations, SyncResource, in_requests, join_models, operation, requires
from ._confirm import Since, confirmed_create
from ._endpoints import (
    add_images_to_board,
    add_video_to_board,
    create_board,
    delete_board,
    list_all_board_image_names,
    list_boards,
    list_image_dtos,
    remove_images_from_board,
    remove_video_from_board,
    update_board,
)
from ._image_flows import UNCATEGORIZED, board_checked, board_missing_as_typed, check_board, fetch_board

OrderBy = Literal["created_at", "board_name"]

# How the GUI counts a board's contents (and the server its BoardDTO counts): non-intermediate images
# of these categories.
IMAGE_CATEGORIES: tuple[ImageCategory, ...] = ("general",)
ASSET_CATEGORIES: tuple[ImageCategory, ...] = ("control", "mask", "user", "other")


def _made_board(name: str, since: Since) -> Flow[Board | None]:
    """The board named ``name`` made since the create was sent, if the server has one (the newest: a board
    of the same name made just before, by this client's previous create, is older)."""
    response = yield list_boards(all_=True, include_archived=True, order_by="created_at", direction="DESC")
    bound = since.bound(response)
    boards: builtins.list[Board] = parse_as(builtins.list[Board], response)
    return next((b for b in boards if b.board_name == name and Since.made_after(b.created_at, bound)), None)


def _listed(names: str | Sequence[str]) -> builtins.list[str]:
    return [names] if isinstance(names, str) else builtins.list(names)


class _Boards(Operations):
    """Boards group images in the gallery; images on no board are "uncategorized" (board id ``"none"``)."""

    _resource = "boards"

    # -- boards ----------------------------------------------------------------------------------------

    @operation
    def list(
        self,
        *,
        include_archived: bool = False,
        order_by: OrderBy = "created_at",
        direction: Direction = "DESC",
    ) -> Flow[builtins.list[Board]]:
        """Every board (one request); `uncategorized` is not among them.

        Args:
            include_archived: also list archived boards.
            order_by: ``"created_at"`` or ``"board_name"``.
            direction: ``"ASC"`` or ``"DESC"``.
        """
        spec = list_boards(
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
        spec = list_boards(
            offset=offset,
            limit=limit,
            include_archived=include_archived,
            order_by=order_by,
            direction=direction,
        )
        return call(spec, BoardPage)

    @operation
    def get(self, board_id: str) -> Flow[Board]:
        """One board by id (`uncategorized` gives the ``"none"`` pseudo-board).

        Raises:
            BoardNotFoundError: there is no such board.
        """
        return fetch_board(board_id)

    @operation
    def uncategorized(self) -> Flow[UncategorizedBoard]:
        """The images on no board, as a board with id ``"none"`` and the counts the GUI shows for it.

        Two requests: the server has no record for it, so its image and asset counts are read as the
        GUI reads them (an empty page of the image list, filtered by category).
        """
        return _uncategorized_flow()

    @operation
    def create(self, name: str, *, private: bool = False) -> Flow[Board]:
        """Create a board named ``name``.

        Sent once. When it ends without a usable answer (a 5xx, a timeout, a reset), the server is asked
        whether it made the board (by name and creation time) before anything is raised or sent again:
        InvokeAI 6.11.1 answers 500 after making it, and this returns the board it made.

        Args:
            private: make it a private board (InvokeAI 6.8; 6.14 has per-user boards instead).

        Raises:
            UnsupportedByServerError: ``private=True`` on a server without private boards.
        """
        return self._create(name, private)

    def _create(self, name: str, private: bool) -> Flow[Board]:
        api = self._api
        if api.accepts(create_board, "is_private"):
            spec = create_board(board_name=name, is_private=private)
        elif private:
            raise api.unsupported("boards.create(private=True)", [create_board], parameter="is_private")
        else:
            spec = create_board(board_name=name)
        return (
            yield from confirmed_create(
                lambda: call(spec, Board), lambda since: _made_board(name, since), f"boards.create({name!r})"
            )
        )

    @operation
    def update(
        self,
        board_id: str,
        *,
        name: str | None = None,
        cover_image_name: str | None = None,
        archived: bool | None = None,
    ) -> Flow[Board]:
        """Rename a board, set its cover image, or archive/unarchive it. Unset arguments stay as they are.

        Raises:
            BoardNotFoundError: there is no such board (looked up first: the server would answer 500).
        """
        changes = {"board_name": name, "cover_image_name": cover_image_name, "archived": archived}
        body = Json({k: v for k, v in changes.items() if v is not None})
        return _after(fetch_board(board_id), call(update_board(board_id, body=body), Board))

    @operation
    def delete(self, board_id: str, *, include_images: bool = False) -> Flow[DeletedBoard]:
        """Delete a board; its images become uncategorized unless ``include_images`` deletes them too.

        Raises:
            BoardNotFoundError: there is no such board (InvokeAI 6.14; 6.8 answers as if it deleted it,
                with empty lists).
        """
        spec = delete_board(board_id, include_images=include_images)
        return board_missing_as_typed(board_id, call(spec, DeletedBoard))

    # -- a board's images ------------------------------------------------------------------------------

    @operation
    def image_names(
        self,
        board_id: str,
        *,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
    ) -> Flow[builtins.list[str]]:
        """The names of a board's images (``board_id="none"``: the uncategorized ones).

        In the server's storage order, which is no documented order; ``client.images.names(board_id=…)``
        sorts (newest or starred first) and counts.

        Args:
            board_id: a board id, or ``"none"``.
            categories: only these categories (``["general"]``: the gallery's images; the others are
                assets). ``None``: every category.
            is_intermediate: only intermediate (``True``) or only non-intermediate (``False``) images.

        Raises:
            BoardNotFoundError: there is no such board (the server itself answers ``[]``).
        """
        spec = list_all_board_image_names(
            board_id,
            categories=builtins.list(categories) if categories else OMIT,
            is_intermediate=is_intermediate,
        )
        return board_checked(board_id, call_as(spec, builtins.list[str]))

    @operation
    def add_images(self, board_id: str | None, image_names: str | Sequence[str]) -> Flow[MovedImages]:
        """Put images on a board, taking them off the board they were on (an image has one board).

        Args:
            board_id: the board; ``None`` or ``"none"`` makes the images uncategorized.
            image_names: one name or several; unknown names are skipped.

        Raises:
            BoardNotFoundError: there is no such board (checked first: the server would skip every image).
        """
        return _move_images_flow(_listed(image_names), board_id)

    @operation
    def remove_images(self, image_names: str | Sequence[str]) -> Flow[MovedImages]:
        """Take images off their boards: they become uncategorized.

        Unknown names are skipped; names of images already uncategorized come back in ``moved_images``
        too (with ``affected_boards == ["none"]``), as the server reports them.
        """
        return _remove_images(_listed(image_names))

    # -- a board's videos (InvokeAI 6.14) -------------------------------------------------------------

    @operation
    @requires(add_video_to_board, remove_video_from_board)
    def add_videos(self, board_id: str | None, video_names: str | Sequence[str]) -> Flow[MovedVideos]:
        """Put videos on a board (``None`` or ``"none"``: make them uncategorized), one request each.

        Raises:
            BoardNotFoundError: there is no such board.
            UnsupportedByServerError: the server has no videos API (InvokeAI 6.8).
        """
        names = _listed(video_names)
        if board_id is None or board_id == UNCATEGORIZED:
            return _remove_videos(names)
        return board_checked(board_id, _add_videos(board_id, names))

    @operation
    @requires(remove_video_from_board)
    def remove_videos(self, video_names: str | Sequence[str]) -> Flow[MovedVideos]:
        """Take videos off their boards (uncategorized), one request each.

        Raises:
            UnsupportedByServerError: the server has no videos API (InvokeAI 6.8).
        """
        return _remove_videos(_listed(video_names))


def _after(first: Flow[object], then: Flow[Board]) -> Flow[Board]:
    yield from first
    return (yield from then)


def _page_total(spec: Call) -> Flow[int]:
    page = yield from call(spec, ImagePage)
    return page.total


def _count_spec(categories: Sequence[ImageCategory]) -> Call:
    return list_image_dtos(
        board_id=UNCATEGORIZED,
        categories=builtins.list(categories),
        is_intermediate=False,
        offset=0,
        limit=0,
    )


def _uncategorized_flow() -> Flow[UncategorizedBoard]:
    images = yield from _page_total(_count_spec(IMAGE_CATEGORIES))
    assets = yield from _page_total(_count_spec(ASSET_CATEGORIES))
    return UncategorizedBoard(image_count=images, asset_count=assets)


def _move_images_flow(names: builtins.list[str], board_id: str | None) -> Flow[MovedImages]:
    if board_id is None or board_id == UNCATEGORIZED:
        return (yield from _remove_images(names))
    yield from check_board(board_id)

    def send(run: builtins.list[str]) -> Flow[MovedImages]:
        return call(add_images_to_board(body=Json({"board_id": board_id, "image_names": run})), MovedImages)

    return (yield from in_requests(names, send, join_models))


def _remove_images(image_names: builtins.list[str]) -> Flow[MovedImages]:
    return in_requests(
        image_names,
        lambda run: call(remove_images_from_board(body=Json({"image_names": run})), MovedImages),
        join_models,
    )


def _add_videos(board_id: str, names: builtins.list[str]) -> Flow[MovedVideos]:
    moved, boards = [], {board_id}
    for name in names:
        spec = add_video_to_board(body=Json({"board_id": board_id, "video_name": name}))
        answer = yield from call_as(spec, dict[str, builtins.list[str]])
        moved += answer.get("added_videos", [])
        boards.update(answer.get("affected_boards", []))
    return MovedVideos(moved_videos=moved, affected_boards=sorted(boards))


def _remove_videos(names: builtins.list[str]) -> Flow[MovedVideos]:
    moved: builtins.list[str] = []
    boards: set[str] = set()
    for name in names:
        spec = remove_video_from_board(body=Json({"video_name": name}))
        answer = yield from call_as(spec, dict[str, builtins.list[str]])
        moved += answer.get("removed_videos", [])
        boards.update(answer.get("affected_boards", []))
    return MovedVideos(moved_videos=moved, affected_boards=sorted(boards))


class BoardsResource(SyncResource, _Boards):
    __doc__ = _Boards.__doc__


class AsyncBoardsResource(AsyncResource, _Boards):
    __doc__ = _Boards.__doc__
