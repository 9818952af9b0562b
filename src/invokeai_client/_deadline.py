"""One deadline for a sequence of requests: each request of a flow bounded by what is left of it."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import closing
from typing import Any, TypeVar

from ._steps import Call, Flow
from .errors import APIError

T = TypeVar("T")


def seconds_left(deadline: float | None) -> float | None:
    """What is left until ``deadline`` (a ``time.monotonic()`` value; ``None``: no deadline)."""
    return None if deadline is None else deadline - time.monotonic()


def within_deadline(flow: Flow[T], deadline: Callable[[], float | None]) -> Flow[T]:
    """``flow`` with each request bounded by what is left until ``deadline()``, and sent once: the caller
    tries again itself, so that transport retries cannot carry it past the deadline."""
    with closing(flow):
        try:
            request: Any = next(flow)
            while True:
                if isinstance(request, Call):
                    request = request.within(seconds_left(deadline())).sent_once()
                try:
                    response = yield request
                except APIError as exc:
                    request = flow.throw(exc)
                else:
                    request = flow.send(response)
        except StopIteration as stop:
            result: T = stop.value
            return result
