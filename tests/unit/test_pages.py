"""``list()`` reads every page: until a page comes back short, whatever ``total`` the server reports."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from invokeai_client._flows import Flow
from invokeai_client.resources._pages import every_item
from invokeai_client.types import Board, BoardPage


def _board(i: int) -> dict[str, Any]:
    return {
        "board_id": f"b{i}",
        "board_name": f"board {i}",
        "created_at": "2026-01-01",
        "updated_at": "2026-01-01",
        "cover_image_name": None,
        "archived": False,
        "image_count": 0,
        "asset_count": 0,
    }


def _drive(flow: Generator[Any, Any, Any], answer: Any) -> tuple[Any, list[tuple[int, int]]]:
    asked: list[tuple[int, int]] = []
    try:
        request = next(flow)
        while True:
            asked.append(request)
            request = flow.send(answer(*request))
    except StopIteration as stop:
        return stop.value, asked


@pytest.mark.parametrize("count", [0, 3, 4, 9])
def test_every_page_is_read_until_a_short_one(count: int) -> None:
    boards = [_board(i) for i in range(count)]

    def read(offset: int, limit: int) -> Flow[BoardPage]:
        response = yield (offset, limit)  # type: ignore[misc]  # the test hands back the page itself
        return response  # type: ignore[no-any-return]

    def answer(offset: int, limit: int) -> BoardPage:
        # total says 1 whatever the count: InvokeAI 6.8 reports the page's count, which is not trusted
        items = boards[offset : offset + limit]
        return BoardPage.model_validate({"limit": limit, "offset": offset, "total": 1, "items": items})

    found, asked = _drive(every_item(read, Board, per_page=4), answer)
    assert [b.board_id for b in found] == [f"b{i}" for i in range(count)]
    assert asked == [(offset, 4) for offset in range(0, count // 4 * 4 + 1, 4)]
