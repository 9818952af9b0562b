"""``client.videos`` against the real server, sync and async.

InvokeAI 6.8.1 documents a videos API but answers 501 "Not implemented" on every route, with or
without videos: every method must surface that as ``EndpointNotImplementedError`` (never an empty
result), and a board filter naming an unknown board as ``BoardNotFoundError`` first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    BoardNotFoundError,
    EndpointNotImplementedError,
    InternalServerError,
    InvokeAIClient,
)


def sync_calls(client: InvokeAIClient) -> dict[str, Callable[[], object]]:
    videos = client.videos
    return {
        "list": videos.list,
        "list uncategorized": lambda: videos.list(board_id="none", is_intermediate=False, limit=5),
        "ids": videos.ids,
        "get unknown": lambda: videos.get("no-such-video"),
        "get_many unknown": lambda: videos.get_many(["no-such-video"]),
        "star unknown": lambda: videos.star("no-such-video"),
        "unstar unknown": lambda: videos.unstar(["no-such-video"]),
        "delete unknown": lambda: videos.delete(["no-such-video"]),
        "delete_uncategorized": videos.delete_uncategorized,
    }


@pytest.mark.parametrize(
    "name",
    [
        "list",
        "list uncategorized",
        "ids",
        "get unknown",
        "get_many unknown",
        "star unknown",
        "unstar unknown",
        "delete unknown",
        "delete_uncategorized",
    ],
)
def test_every_video_endpoint_is_not_implemented(client: InvokeAIClient, name: str) -> None:
    with pytest.raises(EndpointNotImplementedError) as info:
        sync_calls(client)[name]()
    assert info.value.status_code == 501
    assert isinstance(info.value, InternalServerError)
    assert "/api/v1/videos/" in info.value.url


def test_a_board_filter_is_checked_before_the_videos_call(client: InvokeAIClient) -> None:
    with pytest.raises(BoardNotFoundError) as info:
        client.videos.list(board_id="no-such-board")
    assert info.value.board_id == "no-such-board"
    with pytest.raises(BoardNotFoundError):
        client.videos.ids(board_id="no-such-board")
    board = client.boards.create("videos-board")
    try:
        with pytest.raises(EndpointNotImplementedError):
            client.videos.list(board_id=board.board_id)
        assert client.boards.get(board.board_id).video_count == 0
    finally:
        client.boards.delete(board.board_id)


async def test_async_videos(aclient: AsyncInvokeAIClient) -> None:
    videos = aclient.videos
    calls: list[Callable[[], Awaitable[object]]] = [
        videos.list,
        lambda: videos.ids(board_id="none"),
        lambda: videos.get("no-such-video"),
        lambda: videos.get_many(["no-such-video"]),
        lambda: videos.star(["no-such-video"]),
        lambda: videos.unstar("no-such-video"),
        lambda: videos.delete("no-such-video"),
        videos.delete_uncategorized,
    ]
    for call in calls:
        with pytest.raises(EndpointNotImplementedError):
            await call()
    with pytest.raises(BoardNotFoundError):
        await videos.list(board_id="no-such-board")
