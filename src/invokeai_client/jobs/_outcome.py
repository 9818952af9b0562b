"""Turning finished queue items into the caller's result or a typed error (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import JobCanceledError, JobFailedError
from ..types.queue import QueueItem


def check_items(items: Sequence[QueueItem], *, raise_on_failure: bool) -> list[QueueItem]:
    """The items in enqueue order; raises for the first failed (else canceled) one unless told not to.

    Raises:
        JobFailedError: an item failed; it carries the server's error type, message and traceback, and
            every item (``items``) so completed results are not lost.
        JobCanceledError: an item was canceled (and none failed).
    """
    ordered = sorted(items, key=lambda item: item.item_id)
    if raise_on_failure:
        failed = [item for item in ordered if item.status == "failed"]
        if failed:
            raise JobFailedError(failed[0], items=ordered)
        canceled = [item for item in ordered if item.status == "canceled"]
        if canceled:
            raise JobCanceledError(canceled[0], items=ordered)
    return ordered
