"""When a request that failed may be sent again, or must first be asked about: one rule for every loop of the
SDK that retries (enqueues, creates, waits, runs).

- `never_left`: the connection could not be opened, so the server never saw the request: it may be
  sent again, whatever it does.
- `unanswered`: no readable answer (a timeout, a reset, a 5xx, a 408, a 2xx whose body does not parse):
  the server may have acted, so a request that creates something is not sent again before the server is
  asked whether it did.
- `passing`: a failure that says nothing about the request itself (the server is unreachable,
  overloaded or restarting: no connection, 408, 429, 502, 503, 504): a read is simply asked again later.

Between tries a loop waits as `_flows.Backoff` says; a wait with a deadline bounds each request by what is
left of it (`_flows.within_deadline`) and sends it once, so that the transport's own retries cannot carry it
past the end.
"""

from __future__ import annotations

from ._http import RETRY_STATUSES
from .errors import APIConnectionError, APIError, APIResponseValidationError, APIStatusError

__all__ = ["never_left", "passing", "unanswered"]


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
