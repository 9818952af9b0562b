"""``client.boards`` against the real server, sync and async."""

from __future__ import annotations

import uuid

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient, NotFoundError, UnprocessableEntityError


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


async def test_async_board_lifecycle(aclient: AsyncInvokeAIClient) -> None:
    board = await aclient.boards.create("async-board")
    try:
        assert (await aclient.boards.get(board.board_id)).board_name == "async-board"
    finally:
        await aclient.boards.delete(board.board_id)
    with pytest.raises(NotFoundError):
        await aclient.boards.get(board.board_id)
