"""Methods that take a list of names or ids take any number of them: InvokeAI 6.14 refuses a request body
with more than 1,000 (a 422, ``maxItems`` in its document); the client sends such lists in requests of at
most 1,000 and joins the answers, in order. Padded with unknown names and ids (which the server skips) to
cross the limit without making 1,000 images."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from invokeai_client import InvokeAIClient

from ..conftest import Server
from .test_images import png
from .test_queue import batch

LONG = 2_345  # three requests: 1,000 + 1,000 + 345


@pytest.fixture
def two_images(client: InvokeAIClient) -> Iterator[list[str]]:
    names = [client.images.upload(png(color=(i * 40, 9, 9))).image_name for i in (1, 2)]
    yield names
    client.images.delete_many(names)


def _padded(names: list[str]) -> list[str]:
    unknown = [f"no-such-image-{i}.png" for i in range(LONG - len(names))]
    return [unknown[0], names[0], *unknown[1:1500], names[1], *unknown[1500:]]


def test_images_by_many_names(client: InvokeAIClient, two_images: list[str]) -> None:
    names = _padded(two_images)
    assert [image.image_name for image in client.images.get_many(names)] == two_images
    starred = client.images.star(names)
    assert starred.starred_images == two_images
    assert all(client.images.get(name).starred for name in two_images)
    assert client.images.unstar(names).unstarred_images == two_images
    assert client.images.delete_many([f"no-such-image-{i}.png" for i in range(LONG)]).deleted_images == []


def test_boards_take_many_names(client: InvokeAIClient, two_images: list[str]) -> None:
    board = client.boards.create(f"long-{uuid.uuid4().hex[:8]}").board_id
    try:
        moved = client.boards.add_images(board, _padded(two_images))
        assert moved.moved_images == two_images
        assert moved.affected_boards.count(board) == 1  # the answers of three requests, joined
        assert sorted(client.boards.image_names(board)) == sorted(two_images)
        assert client.boards.remove_images(_padded(two_images)).moved_images == two_images
        assert client.boards.image_names(board) == []
    finally:
        client.boards.delete(board)


def test_queue_items_by_many_ids(client: InvokeAIClient, server: Server, destination: str) -> None:
    enqueued = client.queue.enqueue_batch(batch(destination, runs=2))
    first, second = enqueued.item_ids
    unknown = list(range(10_000_000, 10_000_000 + LONG - 2))
    ids = [unknown[0], second, *unknown[1:1800], first, *unknown[1800:]]
    assert [item.item_id for item in client.queue.get_items(ids)] == [second, first]
    if server.at_least("6.14"):
        assert [item.item_id for item in client.queue.item_summaries(ids)] == [second, first]


def test_videos_by_many_names(client: InvokeAIClient, server: Server) -> None:
    if not server.at_least("6.14"):
        pytest.skip("InvokeAI 6.8 has no videos API")
    unknown = [f"no-such-video-{i}.mp4" for i in range(LONG)]
    starred = client.videos.star(unknown)
    assert starred.starred_videos == []
    assert client.videos.unstar(unknown).unstarred_videos == []
    deleted = client.videos.delete_many(unknown)
    assert deleted.deleted_videos == []
