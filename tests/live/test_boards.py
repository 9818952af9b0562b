"""``client.boards`` against the real server, sync and async: boards, uncategorized, moving images."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Iterator

import pytest
from PIL import Image as PILImage

from invokeai_client import (
    AsyncInvokeAIClient,
    BoardNotFoundError,
    InvokeAIClient,
    NotFoundError,
    UnprocessableEntityError,
    UnsupportedByServerError,
)

from ..conftest import Server


def test_board_lifecycle(client: InvokeAIClient) -> None:
    name = f"test-{uuid.uuid4().hex[:8]}"
    board = client.boards.create(name)
    try:
        assert board.board_name == name
        assert board.image_count == 0
        assert client.boards.get(board.board_id) == board
        assert board.board_id in [b.board_id for b in client.boards.list()]
        renamed = client.boards.update(board.board_id, name=name + "-x")
        assert renamed.board_name == name + "-x"
        archived = client.boards.update(board.board_id, archived=True)
        assert archived.archived is True
        assert board.board_id not in [b.board_id for b in client.boards.list()]
        assert board.board_id in [b.board_id for b in client.boards.list(include_archived=True)]
    finally:
        deleted = client.boards.delete(board.board_id)
    assert deleted.board_id == board.board_id
    with pytest.raises(NotFoundError) as info:
        client.boards.get(board.board_id)
    assert info.value.url.endswith(f"/api/v1/boards/{board.board_id}")


def test_pagination_walks_every_board_once(client: InvokeAIClient) -> None:
    created = [client.boards.create(f"page-{i}") for i in range(3)]
    try:
        first = client.boards.page(offset=0, limit=2, order_by="board_name", direction="ASC")
        second = client.boards.page(offset=2, limit=2, order_by="board_name", direction="ASC")
        assert len(first.items) == 2
        assert first.limit == 2
        names = [b.board_name for b in first.items + second.items]
        assert names == sorted(b.board_name for b in client.boards.list())[: len(names)]
        # 6.8.1 reports the page's item count as ``total`` (not the number of boards).
        assert second.total == len(second.items)
    finally:
        for board in created:
            client.boards.delete(board.board_id)


def test_server_validation_error_names_the_field(client: InvokeAIClient) -> None:
    with pytest.raises(UnprocessableEntityError) as info:
        client.boards.create("x" * 301)
    assert info.value.status_code == 422
    assert info.value.issues[0].loc == ("query", "board_name")
    assert "300" in info.value.issues[0].msg
    assert str(info.value).startswith(f"POST {client.base_url}/api/v1/boards/")
    assert "query.board_name: String should have at most 300 characters" in str(info.value)
    assert info.value.body == {"detail": info.value.body["detail"]}


async def test_async_board_lifecycle(aclient: AsyncInvokeAIClient) -> None:
    board = await aclient.boards.create("async-board")
    try:
        assert (await aclient.boards.get(board.board_id)).board_name == "async-board"
    finally:
        await aclient.boards.delete(board.board_id)
    with pytest.raises(NotFoundError):
        await aclient.boards.get(board.board_id)


# -- uncategorized, a board's images, moving images -----------------------------------------------------


def png(color: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def two_boards(client: InvokeAIClient) -> Iterator[tuple[str, str]]:
    first = client.boards.create(f"move-a-{uuid.uuid4().hex[:8]}")
    second = client.boards.create(f"move-b-{uuid.uuid4().hex[:8]}")
    yield first.board_id, second.board_id
    client.boards.delete(first.board_id, include_images=True)
    client.boards.delete(second.board_id, include_images=True)


@pytest.fixture
def uploads(client: InvokeAIClient) -> Iterator[list[str]]:
    """Three uncategorized uploads: a gallery image (``general``) and two assets (``user``)."""
    names = [
        client.images.upload(png((10, 20, 30)), category="general").image_name,
        client.images.upload(png((40, 50, 60))).image_name,
        client.images.upload(png((70, 80, 90))).image_name,
    ]
    yield names
    client.images.delete_many(names)


def test_uncategorized_counts_what_the_gallery_shows(client: InvokeAIClient) -> None:
    before = client.boards.uncategorized()
    assert (before.board_id, before.board_name) == ("none", "Uncategorized")
    general = client.images.upload(png((1, 2, 3)), category="general").image_name
    asset = client.images.upload(png((4, 5, 6))).image_name
    hidden = client.images.upload(png((7, 8, 9)), category="general", is_intermediate=True).image_name
    try:
        after = client.boards.uncategorized()
        assert after.image_count == before.image_count + 1
        assert after.asset_count == before.asset_count + 1  # intermediates are not counted
        names = client.boards.image_names("none")
        assert {general, asset, hidden} <= set(names)
        assert asset not in client.boards.image_names("none", categories=["general"])
        assert client.boards.image_names("none", categories=["user"], is_intermediate=False).count(asset) == 1
        assert hidden in client.boards.image_names("none", is_intermediate=True)
        assert hidden not in client.boards.image_names("none", is_intermediate=False)
    finally:
        client.images.delete_many([general, asset, hidden])
    assert client.boards.uncategorized() == before


def test_add_move_and_remove_images(
    client: InvokeAIClient, two_boards: tuple[str, str], uploads: list[str]
) -> None:
    first, second = two_boards
    general, asset, other = uploads
    added = client.boards.add_images(first, [general, asset, "no-such-image.png"])
    assert sorted(added.moved_images) == sorted([general, asset])  # unknown names are skipped
    assert sorted(added.affected_boards) == sorted([first, "none"])
    assert sorted(client.boards.image_names(first)) == sorted([general, asset])
    board = client.boards.get(first)
    assert (board.image_count, board.asset_count) == (1, 1)

    # An image has one board: adding it to another moves it there.
    moved = client.boards.add_images(second, [asset, other])
    assert sorted(moved.affected_boards) == sorted([first, second, "none"])
    assert client.boards.image_names(first) == [general]
    assert sorted(client.boards.image_names(second)) == sorted([asset, other])
    assert client.images.get(asset).board_id == second

    to_none = client.boards.add_images(None, general)
    assert to_none.moved_images == [general]
    assert sorted(to_none.affected_boards) == sorted([first, "none"])
    assert client.images.get(general).board_id is None
    assert sorted(client.boards.add_images("none", asset).affected_boards) == sorted([second, "none"])
    assert client.images.get(asset).board_id is None

    removed = client.boards.remove_images([other, "no-such-image.png"])
    assert removed.moved_images == [other]
    assert sorted(removed.affected_boards) == sorted([second, "none"])
    again = client.boards.remove_images(other)  # already uncategorized: reported, nothing changes
    assert (again.moved_images, again.affected_boards) == ([other], ["none"])
    assert client.boards.image_names(first) == client.boards.image_names(second) == []


def test_unknown_board_ids_raise_board_not_found(
    client: InvokeAIClient, server: Server, uploads: list[str]
) -> None:
    missing = f"no-such-board-{uuid.uuid4().hex[:8]}"
    calls: list[Callable[[], object]] = [
        lambda: client.boards.get(missing),
        lambda: client.boards.update(missing, name="x"),  # the server itself answers 500
        lambda: client.boards.image_names(missing),  # the server itself answers []
        lambda: client.boards.add_images(missing, uploads),  # the server itself skips every image
        lambda: client.boards.add_images(missing, uploads),
    ]
    if server.at_least("6.14"):
        calls += [
            lambda: client.boards.add_videos(missing, ["v.mp4"]),
            lambda: client.boards.delete(missing),  # 6.14 answers 404
        ]
    for call in calls:
        with pytest.raises(BoardNotFoundError) as info:
            call()
        assert info.value.board_id == missing
        assert missing in str(info.value)
    with pytest.raises(BoardNotFoundError):
        client.boards.get("none")  # uncategorized has no record: use uncategorized()
    assert client.images.get(uploads[0]).board_id is None
    if not server.at_least("6.14"):  # 6.8 answers as if it had deleted it
        assert client.boards.delete(missing).deleted_board_images == []


def test_private_boards_follow_the_server(client: InvokeAIClient, server: Server) -> None:
    if server.at_least("6.14"):  # boards belong to users instead
        with pytest.raises(UnsupportedByServerError) as info:
            client.boards.create("private", private=True)
        assert info.value.method == "boards.create(private=True)"
        assert info.value.supported_by == ["6.8.1"]
        return
    board = client.boards.create(f"private-{uuid.uuid4().hex[:8]}", private=True)
    try:  # 6.8.1 takes the parameter (and reports is_private as null)
        assert client.boards.get(board.board_id).board_name == board.board_name
    finally:
        client.boards.delete(board.board_id)


async def test_async_uncategorized_and_moves(aclient: AsyncInvokeAIClient, server: Server) -> None:
    board = await aclient.boards.create(f"async-move-{uuid.uuid4().hex[:8]}")
    name = (await aclient.images.upload(png((5, 5, 5)))).image_name
    try:
        before = await aclient.boards.uncategorized()
        assert name in await aclient.boards.image_names("none")
        added = await aclient.boards.add_images(board.board_id, [name])
        assert added.moved_images == [name]
        assert await aclient.boards.image_names(board.board_id) == [name]
        assert (await aclient.boards.uncategorized()).asset_count == before.asset_count - 1
        assert (await aclient.boards.add_images("none", [name])).moved_images == [name]
        assert (await aclient.boards.add_images(board.board_id, name)).moved_images == [name]
        assert (await aclient.boards.remove_images([name])).moved_images == [name]
        assert await aclient.boards.image_names(board.board_id) == []
        with pytest.raises(BoardNotFoundError):
            await aclient.boards.image_names("no-such-board")
        with pytest.raises(BoardNotFoundError):
            await aclient.boards.update("no-such-board", archived=True)
        if not server.at_least("6.14"):
            with pytest.raises(UnsupportedByServerError):
                await aclient.boards.remove_videos("v.mp4")
    finally:
        await aclient.images.delete(name)
        await aclient.boards.delete(board.board_id)
