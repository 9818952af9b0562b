"""Lists of any length in requests of at most 1,000 entries: the runs sent, the answers joined, and what a
failure says (the live tier shows the same against InvokeAI 6.14, which refuses longer lists)."""

from __future__ import annotations

from typing import Any

import pytest

from invokeai_client import InternalServerError
from invokeai_client.resources._base import LIST_LIMIT, in_requests, join_lists, join_models
from invokeai_client.types import MovedImages


def _run(flow: Any) -> Any:
    try:
        next(flow)
    except StopIteration as done:
        return done.value
    raise AssertionError("the flow sent a request")


def test_runs_of_at_most_the_limit_in_order_and_one_for_an_empty_list() -> None:
    sent: list[list[int]] = []

    def send(run: list[int]) -> Any:
        sent.append(run)
        yield from ()
        return [v * 10 for v in run]

    assert _run(in_requests(list(range(2345)), send, join_lists)) == [v * 10 for v in range(2345)]
    assert [len(run) for run in sent] == [LIST_LIMIT, LIST_LIMIT, 345]
    sent.clear()
    assert _run(in_requests([], send, join_lists)) == []
    assert sent == [[]]


def test_model_answers_join_their_lists_without_repeats() -> None:
    answers = [
        MovedImages(moved_images=["a.png"], affected_boards=["b1", "none"]),
        MovedImages(moved_images=[], affected_boards=["b1"]),
        MovedImages(moved_images=["c.png"], affected_boards=["none", "b2"]),
    ]
    joined = join_models(answers)
    assert joined.moved_images == ["a.png", "c.png"]
    assert joined.affected_boards == ["b1", "none", "b2"]


def test_a_failure_after_earlier_requests_says_how_many_were_sent() -> None:
    def send(run: list[int]) -> Any:
        yield from ()
        if run[0] >= 2 * LIST_LIMIT:
            raise InternalServerError(method="POST", url="/x", status_code=500, detail="boom", body=None)
        return run

    with pytest.raises(InternalServerError) as info:
        _run(in_requests(list(range(2345)), send, join_lists))
    assert info.value.__notes__ == ["the 2000 entries before these were sent in earlier requests"]
