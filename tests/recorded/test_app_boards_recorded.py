"""REST resources replayed from cassettes recorded from real InvokeAI servers (one set per version)."""

from __future__ import annotations

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    InvokeAIClient,
    NotFoundError,
    UnprocessableEntityError,
    UnsupportedByServerError,
)
from invokeai_client.types import LogLevel

pytestmark = pytest.mark.vcr


def test_app_endpoints(server_url: str, recorded_version: str) -> None:
    with InvokeAIClient(server_url) as client:
        assert client.server_version() == recorded_version
        assert client.app.version().version == recorded_version
        assert client.app.dependencies()["InvokeAI"] == recorded_version
        if recorded_version.startswith("6.8."):
            assert "cv2" in client.app.config().infill_methods
        else:  # 6.14 has no GET /api/v1/app/config: refused before any request
            with pytest.raises(UnsupportedByServerError):
                client.app.config()
        assert client.app.runtime_config().config["precision"] == "float32"
        assert client.app.cache_status().enabled is True
        assert client.app.log_level() is LogLevel.INFO


def test_boards_lifecycle_and_errors(server_url: str) -> None:
    with InvokeAIClient(server_url) as client:
        board = client.boards.create("recorded")
        assert client.boards.get(board.board_id).board_name == "recorded"
        assert client.boards.update(board.board_id, name="renamed").board_name == "renamed"
        page = client.boards.page(limit=1)
        assert page.total >= 1
        assert len(page.items) == 1
        assert client.boards.delete(board.board_id).board_id == board.board_id
        with pytest.raises(NotFoundError) as missing:
            client.boards.get(board.board_id)
        assert missing.value.status_code == 404
        with pytest.raises(UnprocessableEntityError) as invalid:
            client.boards.create("y" * 301)
        assert invalid.value.issues[0].loc == ("query", "board_name")


async def test_async_boards(server_url: str) -> None:
    async with AsyncInvokeAIClient(server_url) as client:
        board = await client.boards.create("recorded-async")
        assert board.board_id in [b.board_id for b in await client.boards.list()]
        assert (await client.boards.delete(board.board_id)).deleted_images == []
