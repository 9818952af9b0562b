"""Creates confirmed, not guessed: a create that ends without a usable answer is looked for on the server
before the SDK raises or sends it again (the rule of enqueueing, ``_queue_ops.enqueue``, for boards,
uploads, library workflows and model installs).

- The connection could not be opened: the server never saw it; it is sent again (with backoff, within
  ``confirm_within``).
- Anything else without a usable answer (a 5xx, a timeout, a reset, a body that does not parse) may hide a
  thing the server made (InvokeAI 6.11.1 answers ``POST /boards/`` with 500 *after* making the board). The
  flow looks for it (``find``): found, it is the answer. After an answered 5xx the server is done with the
  request, so one look settles it; after no answer at all it may still be working on it, so it looks again
  with backoff until ``confirm_within``. Not found: the original error is raised (nothing was made).

``find`` recognises what this request made by what the API shows: a name and a creation time no earlier
than the request (`Since` reads the server's own clock from its ``Date`` header, to the second), the
newest of those (a thing of the same name this client made a moment before is older), the job ids that
existed before, the image's size. Two clients creating things of one name in the same second cannot be
told apart this way; a thing made by another client is never taken unless it is that close.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx

from .._flows import Backoff, Flow, Sleep
from .._resend import never_left, unanswered
from ..errors import APIError, APIStatusError

logger = logging.getLogger(__name__)
T = TypeVar("T")

CONFIRM_WITHIN = 30.0  # seconds of looking, when a create got no answer at all
CLOCK_SLACK = timedelta(seconds=2)  # the Date header is whole seconds; the clocks of a request's two ends


@dataclass
class Since:
    """When the create was sent, on the server's clock: a lower bound, from the ``Date`` header of a later
    answer less the time that passed since (so a thing made by an earlier request is not taken for it)."""

    started: float = field(default_factory=time.monotonic)

    def bound(self, response: httpx.Response) -> datetime | None:
        """The earliest server time the created thing can carry; ``None`` when the server sends no date."""
        text = response.headers.get("date")
        if not text:
            return None
        try:
            now = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        return now - timedelta(seconds=time.monotonic() - self.started) - CLOCK_SLACK

    @staticmethod
    def made_after(created_at: str | None, bound: datetime | None) -> bool:
        """Whether a record's ``created_at`` (the server's UTC time, ``2026-12-07 11:52:13.123``) is not
        before ``bound`` (no bound: any record may be it)."""
        if bound is None:
            return True
        if not created_at:
            return False
        try:
            made = datetime.fromisoformat(created_at.replace(" ", "T"))
        except ValueError:
            return False
        return (made if made.tzinfo else made.replace(tzinfo=UTC)) >= bound


def confirmed_create(
    send: Callable[[], Flow[T]],
    find: Callable[[Since], Flow[T | None]],
    what: str,
    *,
    confirm_within: float = CONFIRM_WITHIN,
) -> Flow[T]:
    """``send()``'s answer; when it has none the server could be trusted for, what ``find`` finds.

    Raises:
        APIError: the create failed, and the server does not have what it asked for.
    """
    deadline = time.monotonic() + confirm_within
    backoff = Backoff()
    while True:
        since = Since()
        try:
            return (yield from send())
        except APIError as exc:
            if not unanswered(exc):
                raise
            if never_left(exc):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise
                logger.warning("%s: %s; sending it again (it never reached the server)", what, exc)
                yield Sleep(backoff.delay(left))
                continue
            failure = exc
            break
    logger.warning("%s: no usable answer (%s); asking the server whether it was made", what, failure)
    answered = isinstance(failure, APIStatusError)  # the server is done with the request
    backoff.reset()
    while True:
        try:
            found = yield from find(since)
        except APIError as exc:
            if not unanswered(exc):
                raise
            found = None
        if found is not None:
            logger.warning("%s: the server had made it; using what it made", what)
            return found
        left = deadline - time.monotonic()
        if answered or left <= 0:
            raise failure
        yield Sleep(backoff.delay(left))
