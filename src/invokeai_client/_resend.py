"""When a request that failed may be sent again, or must first be asked about, and how long to wait between
tries: one rule and one backoff for every loop of the SDK that retries (enqueues, creates, waits, runs).

- `never_left`: the connection could not be opened, so the server never saw the request: it may be
  sent again, whatever it does.
- `unanswered`: no readable answer (a timeout, a reset, a 5xx, a 408, a 2xx whose body does not parse):
  the server may have acted, so a request that creates something is not sent again before the server is
  asked whether it did.
- `passing`: a failure that says nothing about the request itself (the server is unreachable,
  overloaded or restarting: no connection, 408, 429, 502, 503, 504): a read is simply asked again later.

Between tries a `Backoff` waits; a wait with a deadline bounds each request by what is left of it
(`within_deadline`) and sends it once, so that the transport's own retries cannot carry it past the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from typing import Any, TypeVar

from ._flows import Call, Flow
from ._http import RETRY_STATUSES
from .errors import APIConnectionError, APIError, APIResponseValidationError, APIStatusError

__all__ = ["Backoff", "never_left", "passing", "seconds_left", "unanswered", "within_deadline"]

T = TypeVar("T")


def never_left(error: APIError) -> bool:
    """The request provably never reached the server (its connection could not be opened)."""
    return isinstance(error, APIConnectionError) and not error.request_sent


def unanswered(error: APIError) -> bool:
    """The server may have acted on the request although the client has no answer it can use."""
    if isinstance(error, APIStatusError):
        return error.status_code >= 500 or error.status_code == 408
    return isinstance(error, APIConnectionError | APIResponseValidationError)


def passing(error: APIError) -> bool:
    """The server cannot answer for now (unreachable, overloaded, restarting): ask again later."""
    if isinstance(error, APIStatusError):
        return error.status_code in RETRY_STATUSES
    return isinstance(error, APIConnectionError | APIResponseValidationError)


@dataclass
class Backoff:
    """Delays that double from ``first`` up to ``most`` seconds; `reset` starts over."""

    first: float = 0.5
    most: float = 5.0
    _next: float = 0.0

    def __post_init__(self) -> None:
        self._next = self.first

    def delay(self, left: float | None = None) -> float:
        """The next delay (never beyond ``left`` seconds, when a deadline is near), then double it."""
        delay = self._next if left is None else max(min(self._next, left), 0.0)
        self._next = min(self._next * 2, self.most)
        return delay

    def reset(self) -> None:
        self._next = self.first


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
