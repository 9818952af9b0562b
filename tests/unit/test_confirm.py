"""Creates confirmed, not guessed: the decisions of ``confirmed_create`` fed their outcomes (a 500 after the
server acted, a lost answer, a request that never left, a refusal), and the server-clock bound that tells
a thing this request made from an older one. The fault tier shows the same against real servers."""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from invokeai_client import APIConnectionError, APITimeoutError, BadRequestError, InternalServerError
from invokeai_client._flows import Sleep
from invokeai_client.resources._confirm import Since, confirmed_create

SEND = {"method": "post", "url": "/boards/"}
LOOK = {"method": "get", "url": "/boards/"}
URL = "http://127.0.0.1:9/api/v1/boards/"


def _500() -> InternalServerError:
    return InternalServerError(
        method="POST", url=URL, status_code=500, detail="Failed to create board", body=None
    )


def _send() -> Generator[Any, Any, str]:
    response = yield SEND
    return str(response)


def _find(found: list[str | None]) -> Callable[[Since], Generator[Any, Any, str | None]]:
    def find(since: Since) -> Generator[Any, Any, str | None]:
        yield LOOK
        return found.pop(0)

    return find


def _drive(flow: Generator[Any, Any, Any], outcomes: list[Any]) -> tuple[Any, list[Any]]:
    """Run ``flow``, answering each step with the next outcome (an exception is thrown in); the result and
    the steps it took."""
    steps: list[Any] = []
    step = next(flow)
    try:
        while True:
            steps.append(step)
            outcome = None if isinstance(step, Sleep) else outcomes.pop(0)
            step = flow.throw(outcome) if isinstance(outcome, BaseException) else flow.send(outcome)
    except StopIteration as stop:
        return stop.value, steps


def test_a_500_after_the_server_acted_returns_what_it_made_after_one_look() -> None:
    flow = confirmed_create(_send, _find(["the board"]), "boards.create('renders')")
    result, steps = _drive(flow, [_500(), "listing"])
    assert result == "the board"
    assert steps == [SEND, LOOK]  # never sent twice


def test_an_answered_500_with_nothing_made_raises_it_after_one_look() -> None:
    flow = confirmed_create(_send, _find([None]), "boards.create('renders')")
    with pytest.raises(InternalServerError):
        _drive(flow, [_500(), "listing"])


def test_a_lost_answer_is_looked_for_again_with_backoff_until_it_appears() -> None:
    lost = APITimeoutError(method="POST", url=URL, reason="read timeout", request_sent=True)
    flow = confirmed_create(_send, _find([None, None, "the board"]), "boards.create('renders')")
    result, steps = _drive(flow, [lost, "listing", "listing", "listing"])
    assert result == "the board"
    assert [type(s).__name__ for s in steps] == ["dict", "dict", "Sleep", "dict", "Sleep", "dict"]
    assert steps.count(SEND) == 1
    sleeps = [s.seconds for s in steps if isinstance(s, Sleep)]
    assert sleeps == [0.5, 1.0]


def test_a_request_that_never_left_is_sent_again() -> None:
    refused = APIConnectionError(method="POST", url=URL, reason="connection refused", request_sent=False)
    flow = confirmed_create(_send, _find([]), "boards.create('renders')")
    result, steps = _drive(flow, [refused, "created"])
    assert result == "created"
    assert steps.count(SEND) == 2
    assert LOOK not in steps


def test_a_refusal_is_raised_at_once_without_looking() -> None:
    refusal = BadRequestError(method="POST", url=URL, status_code=400, detail="bad name", body=None)
    flow = confirmed_create(_send, _find([]), "boards.create('renders')")
    with pytest.raises(BadRequestError):
        _drive(flow, [refusal])


def _answer(date: datetime) -> httpx.Response:
    return httpx.Response(200, headers={"date": format_datetime(date, usegmt=True)})


def test_the_bound_is_the_servers_clock_when_the_request_left_less_its_slack() -> None:
    server_now = datetime(2026, 12, 7, 11, 52, 13, tzinfo=UTC)
    since = Since()
    bound = since.bound(_answer(server_now))
    assert bound is not None
    assert server_now - timedelta(seconds=3) < bound <= server_now - timedelta(seconds=2)
    assert Since.made_after("2026-12-07 11:52:12.500", bound)  # made just after the request left
    assert not Since.made_after("2026-12-07 11:50:00.000", bound)  # an older board of the same name
    assert not Since.made_after("", bound)
    assert Since.made_after("2026-12-07 11:50:00", None)  # no Date header: any one may be it
    assert Since().bound(httpx.Response(200)) is None
