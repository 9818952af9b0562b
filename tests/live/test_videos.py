"""``client.videos`` (and a board's videos) against the real servers, sync and async.

InvokeAI 6.14 implements a videos API keyed by video name: a real H.264 MP4 made by the test run is
uploaded, listed, starred, put on a board, downloaded and deleted. InvokeAI 6.8.1 documents a videos API
by id and answers 501 on every route: there, every method raises ``UnsupportedByServerError`` naming
the method and the versions that have it, before any request.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from PIL import Image as PILImage

from invokeai_client import (
    AsyncInvokeAIClient,
    BoardNotFoundError,
    InvalidVideoError,
    InvokeAIClient,
    NotFoundError,
    UnsupportedByServerError,
)
from invokeai_client.types import Video

from ..conftest import Server
from ..media_files import tiny_mp4


def every_call(client: InvokeAIClient) -> dict[str, Callable[[], object]]:
    videos, boards = client.videos, client.boards
    return {
        "videos.upload": lambda: videos.upload(tiny_mp4()),
        "videos.list": videos.list,
        "videos.names": videos.names,
        "videos.get": lambda: videos.get("v.mp4"),
        "videos.update": lambda: videos.update("v.mp4", starred=True),
        "videos.urls": lambda: videos.urls("v.mp4"),
        "videos.download": lambda: videos.download("v.mp4"),
        "videos.metadata": lambda: videos.metadata("v.mp4"),
        "videos.workflow": lambda: videos.workflow("v.mp4"),
        "videos.star": lambda: videos.star("v.mp4"),
        "videos.unstar": lambda: videos.unstar(["v.mp4"]),
        "videos.delete": lambda: videos.delete("v.mp4"),
        "videos.delete_many": lambda: videos.delete_many(["v.mp4"]),
        "videos.delete_uncategorized": videos.delete_uncategorized,
        "boards.add_videos": lambda: boards.add_videos("no-such-board", ["v.mp4"]),
        "boards.remove_videos": lambda: boards.remove_videos("v.mp4"),
    }


def test_on_a_server_without_videos_every_method_says_so(client: InvokeAIClient, server: Server) -> None:
    if server.at_least("6.14"):
        pytest.skip("6.14 has the videos API: see the other tests")  # the only version-driven skip here
    for method, attempt in every_call(client).items():
        with pytest.raises(UnsupportedByServerError) as info:
            attempt()
        assert info.value.method == method
        assert info.value.server_version == server.version
        assert info.value.supported_by == ["6.14.2"]
        assert f"{method} is not supported by InvokeAI {server.version}" in str(info.value)


@pytest.fixture
def video(client: InvokeAIClient, server: Server) -> Iterator[Video]:
    if not server.at_least("6.14"):
        pytest.skip("InvokeAI 6.8 has no videos (see test_on_a_server_without_videos_every_method_says_so)")
    uploaded = client.videos.upload(tiny_mp4(), metadata={"made_by": "test"}, file_name="tiny.mp4")
    yield uploaded
    with contextlib.suppress(NotFoundError):  # the test may have deleted it
        client.videos.delete(uploaded.video_name)


def test_upload_get_list_update_download_and_delete(client: InvokeAIClient, video: Video) -> None:
    assert (video.width, video.height, video.video_origin, video.video_category) == (
        64,
        64,
        "external",
        "user",
    )
    assert video.duration == pytest.approx(1.0)
    name = video.video_name
    assert client.videos.get(name) == video
    assert name in client.videos.names(board_id="none").video_names
    assert name in [v.video_name for v in client.videos.list()]
    assert client.videos.metadata(name) == {"made_by": "test"}
    assert client.videos.workflow(name).workflow is None
    assert client.videos.urls(name).video_url == video.video_url
    assert client.videos.download(name) == tiny_mp4()
    thumbnail = client.videos.download(name, thumbnail=True)
    assert thumbnail[:4] == b"RIFF"
    assert thumbnail[8:12] == b"WEBP"
    assert client.videos.star(name).starred_videos == [name]
    assert client.videos.get(name).starred is True
    assert client.videos.names().video_names[0] == name  # starred first
    assert client.videos.unstar([name, "no-such.mp4"]).failed_videos == ["no-such.mp4"]
    assert client.videos.update(name, starred=True, category="general").video_category == "general"
    assert client.videos.delete(name).deleted_videos == [name]
    with pytest.raises(NotFoundError):
        client.videos.get(name)
    with pytest.raises(NotFoundError):
        client.videos.delete(name)


def test_a_video_on_a_board(client: InvokeAIClient, video: Video) -> None:
    board = client.boards.create(f"videos-{uuid.uuid4().hex[:8]}")
    try:
        moved = client.boards.add_videos(board.board_id, video.video_name)
        assert moved.moved_videos == [video.video_name]
        assert sorted(moved.affected_boards) == sorted([board.board_id, "none"])
        on_board = client.boards.get(board.board_id)
        assert (on_board.video_count, on_board.cover_video_name) == (1, video.video_name)
        assert client.videos.names(board_id=board.board_id).video_names == [video.video_name]
        assert client.videos.get(video.video_name).board_id == board.board_id
        assert client.boards.remove_videos([video.video_name]).moved_videos == [video.video_name]
        assert client.videos.get(video.video_name).board_id is None
        assert client.boards.add_videos(None, video.video_name).moved_videos == [video.video_name]
        with pytest.raises(BoardNotFoundError):
            client.boards.add_videos("no-such-board", video.video_name)
        with pytest.raises(BoardNotFoundError):
            client.videos.page(board_id="no-such-board")
    finally:
        client.boards.delete(board.board_id)


def test_what_is_not_a_video_is_refused_before_any_request(client: InvokeAIClient, server: Server) -> None:
    png = PILImage.new("RGB", (4, 4))
    for data in (b"", b"not a video", png.tobytes()):
        with pytest.raises(InvalidVideoError):
            client.videos.upload(data)


@pytest.fixture
async def async_video(aclient: AsyncInvokeAIClient, server: Server) -> AsyncIterator[Video]:
    if not server.at_least("6.14"):
        pytest.skip("InvokeAI 6.8 has no videos")
    uploaded = await aclient.videos.upload(tiny_mp4())
    yield uploaded
    await aclient.videos.delete_many([uploaded.video_name])


async def test_async_videos(aclient: AsyncInvokeAIClient, async_video: Video) -> None:
    name = async_video.video_name
    assert (await aclient.videos.get(name)).video_name == name
    assert name in (await aclient.videos.names()).video_names
    assert (await aclient.videos.star([name])).starred_videos == [name]
    assert await aclient.videos.download(name) == tiny_mp4()
    assert (await aclient.boards.remove_videos(name)).moved_videos == [name]


async def test_async_server_without_videos(aclient: AsyncInvokeAIClient, server: Server) -> None:
    if server.at_least("6.14"):
        pytest.skip("6.14 has the videos API")
    with pytest.raises(UnsupportedByServerError) as info:
        await aclient.videos.list()
    assert info.value.method == "videos.list"
