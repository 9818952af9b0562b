"""Pure logic of the queue, boards and videos resources: flows driven with canned responses, no server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from invokeai_client import (
    APIError,
    EndpointNotImplementedError,
    InternalServerError,
    NotFoundError,
)
from invokeai_client._flows import Call, Flow, advance
from invokeai_client.errors._api import status_error_class
from invokeai_client.resources._api import ServerApi
from invokeai_client.resources._queue_ops import item_ids, retry
from invokeai_client.types import MovedImages, MovedVideos, QueueStatus, UncategorizedBoard

Answer = Callable[[dict[str, Any]], Any]


API = ServerApi.for_package("v6_8", version="6.8.1", url="http://test")


def drive(flow: Flow[Any], answers: list[Answer]) -> tuple[Any, list[dict[str, Any]]]:
    """Run a flow: each request it yields is answered by the next function (JSON, or an APIError)."""
    sent: list[dict[str, Any]] = []
    try:
        request = next(flow)
        while True:
            spec = API.build(request, caller=None) if isinstance(request, Call) else request
            sent.append(spec)
            answer = answers[len(sent) - 1](spec)
            request = httpx.Request(spec["method"], "http://test" + spec["url"])
            outcome = (
                answer if isinstance(answer, APIError) else httpx.Response(200, json=answer, request=request)
            )
            request = advance(flow, outcome)
    except StopIteration as stop:
        return stop.value, sent


def item(item_id: int, status: str = "pending", retried_from: int | None = None) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "queue_id": "default",
        "batch_id": "b",
        "session_id": f"s{item_id}",
        "status": status,
        "priority": 0,
        "created_at": "2025-01-01 00:00:00",
        "updated_at": "2025-01-01 00:00:00",
        "retried_from_item_id": retried_from,
        "session": {},
    }


def test_501_is_endpoint_not_implemented_and_other_5xx_stay_internal() -> None:
    assert status_error_class(501) is EndpointNotImplementedError
    assert issubclass(EndpointNotImplementedError, InternalServerError)
    assert status_error_class(500) is InternalServerError
    assert status_error_class(503) is InternalServerError
    assert status_error_class(404) is NotFoundError


@pytest.mark.parametrize(
    ("processing", "pending", "in_progress", "busy"),
    [(False, 0, 0, False), (True, 0, 0, True), (False, 2, 0, True), (False, 0, 1, True)],
)
def test_queue_is_busy_with_any_unfinished_work(
    processing: bool, pending: int, in_progress: int, busy: bool
) -> None:
    counts = {"completed": 5, "failed": 0, "canceled": 0, "total": 5 + pending + in_progress}
    counts |= {"item_id": None, "batch_id": None, "session_id": None}  # the server always sends these
    status = QueueStatus.model_validate(
        {
            "queue": {"queue_id": "default", "pending": pending, "in_progress": in_progress, **counts},
            "processor": {"is_started": pending == 0, "is_processing": processing},
        }
    )
    assert status.is_busy is busy


def test_moved_results_read_the_servers_add_and_remove_answers() -> None:
    added = MovedImages.model_validate({"added_images": ["a.png"], "affected_boards": ["b1", "none"]})
    removed = MovedImages.model_validate({"removed_images": ["a.png"], "affected_boards": ["none"]})
    assert added.moved_images == removed.moved_images == ["a.png"]
    assert added.model_extra == {}
    assert MovedVideos.model_validate({"added_videos": ["v"], "affected_boards": []}).moved_videos == ["v"]


def test_uncategorized_board_looks_like_a_board() -> None:
    board = UncategorizedBoard(image_count=2, asset_count=1)
    assert (board.board_id, board.board_name, board.video_count, board.archived) == (
        "none",
        "Uncategorized",
        0,
        False,
    )


def test_item_ids_are_sorted_by_id_whatever_the_servers_created_at_order() -> None:
    answer = {"item_ids": [3, 1, 2], "total_count": 3}
    newest, sent = drive(item_ids("default", "DESC"), [lambda _: answer])
    oldest, _ = drive(item_ids("default", "ASC"), [lambda _: answer])
    assert newest == [3, 2, 1]
    assert oldest == [1, 2, 3]
    assert sent[0]["params"]["order_dir"] == "DESC"


def test_retry_finds_the_new_items_among_those_that_appeared() -> None:
    originals = [item(4, "canceled", retried_from=1), item(5, "completed"), item(6, "failed")]
    appeared = [item(7), item(8, "pending", retried_from=1), item(9, "pending", retried_from=6)]
    result, sent = drive(
        retry("default", [4, 5, 6]),
        [
            lambda _: originals,
            lambda _: {"item_ids": [6, 5, 4], "total_count": 3},
            lambda _: {"queue_id": "default", "retried_item_ids": [4, 6]},
            lambda _: {"item_ids": [9, 8, 7, 6, 5, 4], "total_count": 6},
            lambda _: appeared,
        ],
    )
    assert result.retried_item_ids == [4, 6]
    assert result.new_item_ids == [8, 9]  # item 7 was enqueued by someone else meanwhile
    assert sent[2]["json"] == [4, 5, 6]
    assert sent[4]["json"] == {"item_ids": [7, 8, 9]}


def test_retry_of_nothing_retryable_sends_no_follow_up() -> None:
    result, sent = drive(
        retry("default", [5]),
        [
            lambda _: [item(5, "completed")],
            lambda _: {"item_ids": [5], "total_count": 1},
            lambda _: {"queue_id": "default", "retried_item_ids": []},
        ],
    )
    assert (result.retried_item_ids, result.new_item_ids, len(sent)) == ([], [], 3)


def test_retry_of_an_unknown_item_raises_the_servers_404_before_retrying() -> None:
    def not_found(spec: dict[str, Any]) -> APIError:
        return NotFoundError(method="GET", url=spec["url"], status_code=404, detail="not found", body=None)

    with pytest.raises(NotFoundError):
        drive(retry("default", [5, 99]), [lambda _: [item(5, "failed")], not_found])


def test_retry_of_no_ids_sends_nothing() -> None:
    result, sent = drive(retry("default", []), [])
    assert (result.new_item_ids, sent) == ([], [])
