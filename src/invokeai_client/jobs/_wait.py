"""Waiting on a job, written once as flows (``_core`` drives them for ``Job`` and ``AsyncJob`` alike).

The decisions are the pure wait plan's (``_base``); these flows add what waiting for an unattended batch needs:

- **one deadline for everything**: every sleep, every wait for an event and every request of a wait is
  bounded by what is left of ``timeout``, so the wait ends with ``JobTimeoutError`` within a request's
  round trip of it, whatever the server does (frozen, slow, gone);
- **riding out outages**: a request that cannot reach the server (or gets a 502/503/504) is tried again with
  backoff (0.5 s doubling to 5 s) until the deadline, logged once when the outage starts and once when it
  ends; the event stream reconnects by itself, and the REST status stays the source of truth;
- **items interrupted by a restart run again, once**: a server that restarts cancels the item it was
  running; an item found canceled after the job lost its server, which this job did not cancel, is retried
  (the queue's retry endpoint, a new item) and the job follows the new item instead (``rerun_interrupted``);
- **paged fetches**: items are read in pages of `PAGE` (a POST that reads: safe to resend).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from .._flows import Backoff, Emit, Flow, Sleep, next_event, seconds_left, settle, within_deadline
from .._resend import passing
from ..errors import APIError, EventStreamError
from ..types.queue import QueueItem

if TYPE_CHECKING:
    from ._base import JobBase, WaitPlan

logger = logging.getLogger(__name__)

T = TypeVar("T")
PAGE = 100


def _remaining(plan: WaitPlan) -> float | None:
    return seconds_left(plan.deadline)


def patient(job: JobBase, plan: WaitPlan, make: Callable[[], Flow[T]]) -> Flow[T]:
    """``make()``'s result, trying again with backoff while the server cannot be reached (or answers 502,
    503, 504, 408, 429), until the wait's deadline.

    Raises:
        JobTimeoutError: the deadline passed first.
    """
    backoff = Backoff()
    while True:
        remaining = _remaining(plan)
        if remaining is not None and remaining <= 0:
            raise job._timeout(plan)
        try:
            result = yield from within_deadline(make(), lambda: plan.deadline)
        except APIError as exc:
            if not passing(exc):
                raise
            job._lost_server(exc, plan)
            yield Sleep(backoff.delay(_remaining(plan)))
            continue
        job._found_server(plan)
        return result


def step(job: JobBase, plan: WaitPlan) -> Flow[None]:
    """One step of the plan: wait for an event, or sleep and read the batch status."""
    action = plan.next_step(time.monotonic())
    if action.kind == "timeout":
        raise job._timeout(plan)
    job._check_stream(plan)
    subscription = job._subscription
    if action.kind == "event" and subscription is not None:
        try:
            event = yield next_event(subscription, action.seconds)
        except TimeoutError:
            plan.on_silence()
            return
        except EventStreamError:
            logger.warning("batch %s: the event stream ended; polling the REST status instead", job.batch_id)
            job._subscription, plan.mode = None, "poll"
            return
        plan.on_event(event)
        job._saw_event(event)
        yield from settle(job._note(event))
        return
    yield Sleep(action.seconds)
    status = yield from patient(job, plan, lambda: job._ops.batch_status(job.queue_id, job.batch_id))
    unknown = job._new_cancels(status, plan)
    if unknown:  # someone canceled items while the server was reachable: learn which, so none is re-run
        job._learn((yield from fetch(job, plan, unknown, keep=False)), plan)
    plan.on_status(status)
    yield from settle(job._note(status))


def fetch(
    job: JobBase, plan: WaitPlan, item_ids: Sequence[int], *, keep: bool = True
) -> Flow[list[QueueItem]]:
    """The items, in pages, riding out outages; kept on the job (for ``outputs``) when ``keep``."""
    found: list[QueueItem] = []
    for start in range(0, len(item_ids), PAGE):
        page = list(item_ids[start : start + PAGE])
        found += yield from patient(job, plan, functools.partial(job._ops.items, job.queue_id, page))
    if keep:
        job._keep(found)
    return found


def rerun(job: JobBase, plan: WaitPlan, interrupted: Sequence[QueueItem]) -> Flow[None]:
    """Run interrupted items again (once each), and follow the new items instead."""
    ids = [item.item_id for item in interrupted]
    job._rerun_tried.update(ids)  # never twice, even if this request's answer is lost
    retried = yield from job._ops.retry(job.queue_id, ids)
    pairs = dict(zip(retried.retried_item_ids, retried.new_item_ids, strict=False))
    for old, new in pairs.items():
        logger.warning(
            "batch %s: item %d was canceled by a server restart; running it again as item %d",
            job.batch_id,
            old,
            new,
        )
    job._follow(pairs, plan)


def wait(job: JobBase, plan: WaitPlan, *, rerun_interrupted: bool) -> Flow[list[QueueItem]]:
    """Wait until every item has ended (re-running interrupted ones); the final items."""
    while True:
        while not plan.done:
            yield from step(job, plan)
        items = yield from fetch(job, plan, job.item_ids)
        interrupted = job._interrupted(items) if rerun_interrupted else []
        if not interrupted:
            return items
        yield from rerun(job, plan, interrupted)


def as_completed(job: JobBase, plan: WaitPlan, *, rerun_interrupted: bool) -> Flow[None]:
    """Emit each item as it ends (completed, failed or canceled); an item a restart interrupted is run again
    and the new item emitted when it ends.

    A completed item whose events were all received is emitted at once, as its events tell it
    (``_event_items``); any other is fetched from the server (which answers late while it runs the next
    item)."""
    seen: set[int] = set()
    job._collect_items(plan.mode == "events")
    try:
        while not set(job.item_ids) <= seen:
            yield from step(job, plan)
            current = [i for i in job.item_ids if i not in seen]
            newly = [i for i in current if i in plan.final]
            if not newly and plan.done:  # ended by the REST status: fetch the rest at once
                newly = current
            if not newly:
                continue
            told = job._event_items
            if told is not None:
                for item_id in list(newly):
                    item = told.take(item_id, job._drops())
                    if item is not None:
                        newly.remove(item_id)
                        seen.add(item_id)
                        yield Emit(item)
            for start in range(0, len(newly), PAGE):  # a page at a time, handed out, not held: memory flat
                yield from _emit_page(job, plan, newly[start : start + PAGE], seen, rerun_interrupted)
    finally:
        job._collect_items(False)


def _emit_page(
    job: JobBase, plan: WaitPlan, page: list[int], seen: set[int], rerun_interrupted: bool
) -> Flow[None]:
    fetched = yield from fetch(job, plan, page, keep=False)
    missing = sorted(set(page) - {item.item_id for item in fetched})
    if missing:
        raise job._missing(missing, fetched)
    interrupted = job._interrupted(fetched) if rerun_interrupted else []
    if interrupted:
        yield from rerun(job, plan, interrupted)
    again = {item.item_id for item in interrupted}
    for item in fetched:
        if item.item_id not in again:
            seen.add(item.item_id)
            yield Emit(item)
