"""Boards (uncategorized, moving images), images and videos, replayed from recorded cassettes.

Uploads are tiny PNGs made with Pillow, stored uncompressed so their bytes (which the cassette's body
matching compares) do not depend on the zlib build. Board ids and image names come from the
cassette's own answers.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage

from invokeai_client import (
    AsyncInvokeAIClient,
    BoardNotFoundError,
    InvokeAIClient,
    NotFoundError,
    UnsupportedByServerError,
)

pytestmark = pytest.mark.vcr

MISSING_BOARD = "recorded-missing-board"


def png(color: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), color).save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


def test_boards_uncategorized_and_moving_images(server_url: str, recorded_version: str) -> None:
    with InvokeAIClient(server_url) as client:
        boards = client.boards
        first = boards.create("recorded-first")
        second = boards.create("recorded-second")
        before = boards.uncategorized()
        general = client.images.upload(png((200, 0, 0)), category="general", file_name="general.png")
        asset = client.images.upload(png((0, 200, 0)), file_name="asset.png")
        try:
            after = boards.uncategorized()
            assert (after.board_id, after.image_count, after.asset_count) == (
                "none",
                before.image_count + 1,
                before.asset_count + 1,
            )
            assert {general.image_name, asset.image_name} <= set(boards.image_names("none"))

            added = boards.add_images(first.board_id, [general.image_name, asset.image_name])
            assert sorted(added.moved_images) == sorted([general.image_name, asset.image_name])
            assert sorted(added.affected_boards) == sorted([first.board_id, "none"])
            on_first = boards.get(first.board_id)
            assert (on_first.image_count, on_first.asset_count) == (1, 1)
            assert boards.image_names(first.board_id, categories=["user"]) == [asset.image_name]

            moved = boards.add_images(second.board_id, asset.image_name)
            assert sorted(moved.affected_boards) == sorted([first.board_id, second.board_id])
            assert boards.image_names(second.board_id) == [asset.image_name]
            assert client.images.get(asset.image_name).board_id == second.board_id

            removed = boards.remove_images([general.image_name])
            assert sorted(removed.affected_boards) == sorted([first.board_id, "none"])
            assert client.images.get(general.image_name).board_id is None
            assert boards.add_images("none", [asset.image_name]).moved_images == [asset.image_name]
            assert boards.image_names(second.board_id) == []

            with pytest.raises(BoardNotFoundError) as missing:
                boards.image_names(MISSING_BOARD)
            assert missing.value.board_id == MISSING_BOARD
            with pytest.raises(BoardNotFoundError):
                boards.add_images(MISSING_BOARD, [general.image_name])
            with pytest.raises(BoardNotFoundError):
                boards.update(MISSING_BOARD, name="x")
            if recorded_version.startswith("6.8."):  # no videos API: refused before any request
                with pytest.raises(UnsupportedByServerError):
                    boards.add_videos(first.board_id, ["no-such-video.mp4"])
        finally:
            client.images.delete_many([general.image_name, asset.image_name])
            boards.delete(first.board_id)
            boards.delete(second.board_id)
        assert boards.uncategorized() == before


def test_images_get_list_star_delete(server_url: str, recorded_version: str) -> None:
    with InvokeAIClient(server_url) as client:
        board = client.boards.create("recorded-images")
        try:
            image = client.images.upload(png((0, 0, 200)), board_id=board.board_id, file_name="blue.png")
            assert (image.width, image.height, image.board_id) == (4, 4, board.board_id)
            assert client.images.get(image.image_name) == image
            page = client.images.page(board_id=board.board_id, categories=["user"])
            assert (page.total, [i.image_name for i in page.items]) == (1, [image.image_name])
            assert client.images.star(image.image_name).starred_images == [image.image_name]
            assert client.images.get(image.image_name).starred is True
            assert client.images.unstar([image.image_name]).unstarred_images == [image.image_name]
            assert client.images.names(board_id=board.board_id).image_names == [image.image_name]
            deleted = client.images.delete(image.image_name)
            assert deleted.deleted_images == [image.image_name]
            with pytest.raises(NotFoundError):
                client.images.get(image.image_name)
            if recorded_version.startswith("6.8."):
                assert client.images.delete(image.image_name).deleted_images == []  # 6.8 says nothing
            else:
                with pytest.raises(NotFoundError):  # 6.14 answers 404
                    client.images.delete(image.image_name)
            assert client.images.page(board_id=board.board_id).total == 0
        finally:
            client.boards.delete(board.board_id, include_images=True)


def test_videos_follow_the_server(server_url: str, recorded_version: str) -> None:
    with InvokeAIClient(server_url) as client:
        if recorded_version.startswith("6.8."):  # 501 on every route: refused before any request
            for call in (client.videos.list, lambda: client.videos.get("v.mp4")):
                with pytest.raises(UnsupportedByServerError) as info:
                    call()
                assert info.value.supported_by == ["6.14.2"]
            return
        assert client.videos.page().total == 0
        with pytest.raises(NotFoundError):
            client.videos.get("no-such-video.mp4")
        assert client.videos.star(["no-such-video.mp4"]).failed_videos == ["no-such-video.mp4"]


async def test_async_gallery(server_url: str, recorded_version: str) -> None:
    async with AsyncInvokeAIClient(server_url) as client:
        board = await client.boards.create("recorded-async")
        image = await client.images.upload(png((9, 9, 9)), file_name="grey.png")
        try:
            assert image.image_name in await client.boards.image_names("none")
            added = await client.boards.add_images(board.board_id, image.image_name)
            assert added.moved_images == [image.image_name]
            assert (await client.boards.get(board.board_id)).asset_count == 1
            assert (await client.boards.remove_images(image.image_name)).moved_images == [image.image_name]
            assert (await client.boards.uncategorized()).board_id == "none"
            if recorded_version.startswith("6.8."):
                with pytest.raises(UnsupportedByServerError):
                    await client.videos.page()
            else:
                assert (await client.videos.names()).total_count == 0
        finally:
            await client.images.delete(image.image_name)
            await client.boards.delete(board.board_id)
