"""What to do next while waiting for a batch: pure decisions, no I/O, shared by ``Job`` and ``AsyncJob``.

Events give speed (an item's final status arrives as it happens); the REST batch status is the source of
truth. With events, a silent stream is checked against REST every ``check_every`` seconds (a dropped or
reconnecting socket cannot lose a completion), and every finish is confirmed by fetching the items once.
Polling (chosen explicitly) asks for the batch status every second, backing off to 5 s. When every item is
final, `check_items` turns them into the caller's result or a typed error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..errors import JobCanceledError, JobFailedError
from ..types.events import Event, QueueClearedEvent, QueueItemStatusChangedEvent
from ..types.queue import FINAL_STATUSES, BatchStatus, QueueItem

WaitMode = Literal["events", "poll"]
"""``"events"`` (Socket.IO, subscribed before enqueueing, REST as the source of truth) or ``"poll"`` (REST only)."""

POLL_FIRST = 1.0
POLL_MAX = 5.0
POLL_GROWTH = 1.5
EVENT_SILENCE_CHECK = 5.0


@dataclass(frozen=True, slots=True)
class Step:
    """The next action: ``event`` (wait up to ``seconds`` for one), ``poll`` (sleep ``seconds``, then
    read the batch status), ``check`` (read the batch status now), ``fetch`` (all items are final: read
    them), or ``timeout``."""

    kind: Literal["event", "poll", "check", "fetch", "timeout"]
    seconds: float = 0.0


@dataclass
class WaitPlan:
    """The state of one wait on a batch's items (all of them, or a chosen subset)."""

    batch_id: str
    item_ids: frozenset[int]
    mode: WaitMode
    deadline: float | None  # time.monotonic() value, or None to wait for ever
    timeout: float | None = None  # the seconds the current wait was given (for its error)
    final: dict[int, str] = field(default_factory=dict)
    batch_done: bool = False
    check_now: bool = False
    poll_interval: float = POLL_FIRST
    check_every: float = EVENT_SILENCE_CHECK
    batch_total: int = 0  # an event's counts of fewer items predate the batch's latest re-runs: not its end

    @property
    def done(self) -> bool:
        return self.batch_done or self.item_ids <= self.final.keys()

    def on_event(self, event: Event) -> None:
        """Take in an event of the batch's subscription."""
        if isinstance(event, QueueItemStatusChangedEvent) and event.batch_id == self.batch_id:
            if event.status in FINAL_STATUSES and event.item_id in self.item_ids:
                self.final[event.item_id] = event.status
            counts = event.batch_status
            if counts.is_done and counts.total >= self.batch_total:
                self.batch_done = True
        elif isinstance(event, QueueClearedEvent):
            self.check_now = True  # pending items vanish without a status change: ask REST

    def on_status(self, status: BatchStatus) -> None:
        """Take in the REST batch status (the source of truth)."""
        self.check_now = False
        if status.is_done:  # fresh: fewer items than expected means some were deleted (the fetch says which)
            self.batch_done = True

    def next_step(self, now: float) -> Step:
        """What to do at monotonic time ``now``."""
        if self.done:
            return Step("fetch")
        remaining = None if self.deadline is None else self.deadline - now
        if remaining is not None and remaining <= 0:
            return Step("timeout")
        if self.check_now:
            return Step("check")
        if self.mode == "events":
            return Step("event", self.check_every if remaining is None else min(self.check_every, remaining))
        delay = self.poll_interval if remaining is None else min(self.poll_interval, remaining)
        self.poll_interval = min(self.poll_interval * POLL_GROWTH, POLL_MAX)
        return Step("poll", delay)

    def on_silence(self) -> None:
        """No event arrived within ``check_every``: the next step checks REST."""
        self.check_now = True


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
