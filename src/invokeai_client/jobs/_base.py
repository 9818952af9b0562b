"""What ``Job`` and ``AsyncJob`` share: the batch's identity, the wait plan, progress, output mapping, and the
bookkeeping the wait flows (``_wait``) read and write. No I/O here.

The wait plan decides what to do next while waiting for a batch. Events give speed (an item's final status
arrives as it happens); the REST batch status is the source of truth. With events, a silent stream is
checked against REST every ``check_every`` seconds (a dropped or reconnecting socket cannot lose a
completion), and every finish is confirmed by fetching the items once. Polling (chosen explicitly) asks for
the batch status every second, backing off to 5 s. When every item is final, `check_items` turns them into
the caller's result or a typed error.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..errors import JobCanceledError, JobFailedError, JobItemsMissingError, JobTimeoutError
from ..outputs import OutputImage, map_queue_item
from ..types.events import Event, QueueClearedEvent, QueueItemStatusChangedEvent
from ..types.queue import FINAL_STATUSES, BatchStatus, EnqueueResult, QueueItem
from ..workflows import TemplateSet
from . import _job_progress as progress_state
from ._event_items import EventItems
from ._job_progress import JobProgress
from ._ops import JobOps
from ._watch import EventCallback, ProgressCallback, Watch

if TYPE_CHECKING:
    from ..workflows import Workflow

StrPath = str | os.PathLike[str]

logger = logging.getLogger(__name__)

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


class JobBase:
    """What `Job` and `AsyncJob` share (no I/O)."""

    _resource = "job"

    def __init__(
        self,
        result: EnqueueResult,
        ops: JobOps,
        subscription: Any,
        *,
        workflow: Workflow | None,
        templates: TemplateSet | None,
        stream_drops: Callable[[], int] | None = None,
    ) -> None:
        self.result = result
        self.workflow = workflow
        self._ops = ops
        self._subscription = subscription
        self._templates = templates
        self._items: dict[int, QueueItem] = {}
        mode: WaitMode = "events" if subscription is not None else "poll"
        # One wait plan for the job's life: a second wait (after a timeout or a lost server) resumes it,
        # and the subscription buffers the events that arrive in between.
        self._wait_plan = WaitPlan(result.batch_id, frozenset(result.item_ids), mode, deadline=None)
        if mode == "poll":
            logger.info("batch %s: waiting by polling the REST batch status (no events)", result.batch_id)
        labels = progress_state.node_labels(workflow.definition.nodes) if workflow is not None else None
        self._tracked = progress_state.start(
            result.batch_id, result.item_ids, graph=result.batch.get("graph"), labels=labels
        )
        self._watch: Watch | None = None
        self._reruns: dict[int, int] = {}  # an item canceled by a server restart -> the item running it again
        self._rerun_tried: set[int] = set()
        self._canceled_here: set[int] = set()  # items this job canceled (never re-run)
        self._canceled_live: set[int] = set()  # items seen canceled by an event (never re-run)
        self._canceled_batch = False
        self._outage: str | None = None  # why the server is unreachable, while it is
        # Items not yet final when the job lost its server (or its event stream): a server restart cancels
        # the one it was running, and only those may be re-run.
        self._suspects: set[int] = set()
        self._stream_drops = stream_drops
        self._canceled_count = 0  # the batch's canceled items at the last status read (polling)
        self._recovering = False  # the next status read is the first since the server came back
        self._drops_seen = stream_drops() if stream_drops is not None else 0
        self._event_items: EventItems | None = None  # while as_completed runs on events
        self._row_numbers: list[int | None] | None = None  # each item's row, by its place in the batch
        self._positions: dict[int, int] = {}

    # -- identity ------------------------------------------------------------------------------------

    @property
    def batch_id(self) -> str:
        return self.result.batch_id

    @property
    def item_ids(self) -> list[int]:
        """The batch's queue items, in enqueue order; an item re-run after a server restart is replaced by
        the item running it again."""
        return [self._current(item_id) for item_id in self.result.item_ids]

    @property
    def reruns(self) -> dict[int, int]:
        """Items canceled by a server restart and run again: old item id -> new item id."""
        return dict(self._reruns)

    @property
    def queue_id(self) -> str:
        return self.result.queue_id

    @property
    def mode(self) -> WaitMode:
        """``"events"``, or ``"poll"`` (chosen, or fallen back to when the event stream ended)."""
        return self._wait_plan.mode

    def _repr_html_(self) -> str:
        """A notebook's summary: the batch, its items and where they are (what the job knows; no request)."""
        from .._html import summary

        return summary(
            f"{type(self).__name__} {self.batch_id}",
            [
                ("workflow", self.workflow.name if self.workflow is not None else "(a batch body)"),
                ("items", len(self.item_ids)),
                ("progress", self.progress.describe()),
                ("waits on", "events" if self.mode == "events" else "polling"),
            ],
        )

    @property
    def progress(self) -> JobProgress:
        """Where the job stands (items done, the running item and node, a fraction), as last heard."""
        return self._tracked

    def _current(self, item_id: int) -> int:
        while item_id in self._reruns:
            item_id = self._reruns[item_id]
        return item_id

    # -- the wait's state ------------------------------------------------------------------------------

    def _start(self, timeout: float | None) -> WaitPlan:
        self._wait_plan.deadline = None if timeout is None else time.monotonic() + timeout
        self._wait_plan.timeout = timeout
        return self._wait_plan

    def _timeout(self, plan: WaitPlan) -> JobTimeoutError:
        pending = sorted(plan.item_ids - plan.final.keys())
        return JobTimeoutError(batch_id=self.batch_id, item_ids=pending, timeout=plan.timeout or 0.0)

    def _missing(self, item_ids: Sequence[int], found: Sequence[QueueItem]) -> JobItemsMissingError:
        return JobItemsMissingError(batch_id=self.batch_id, item_ids=item_ids, items=found)

    def _note(self, update: Event | BatchStatus | Sequence[QueueItem]) -> list[object]:
        """Fold an event, a batch status or the items into the progress; report to the wait's watch."""
        self._tracked = progress_state.track(self._tracked, update)
        if self._watch is None:
            return []
        return self._watch.notify(update if isinstance(update, Event) else None, self._tracked)

    def _drops(self) -> int:
        return self._stream_drops() if self._stream_drops is not None else 0

    def _collect_items(self, on: bool) -> None:
        """Start (or stop) folding the batch's events into items (``as_completed`` on events)."""
        batch = self.result.batch
        self._event_items = (
            EventItems(
                graph=batch.get("graph") or {},
                data=batch.get("data") or [],
                item_ids=self.result.item_ids,
                priority=self.result.priority,
            )
            if on and isinstance(batch.get("graph"), Mapping)
            else None
        )

    def _saw_event(self, event: Event) -> None:
        if self._event_items is not None:
            self._event_items.note(event, self._drops())
        if isinstance(event, QueueItemStatusChangedEvent) and event.status == "canceled":
            # seen canceled while connected: a person's (or another client's) doing, never re-run; a
            # restart cancels its running item at start-up, before any client is connected again
            self._canceled_live.add(event.item_id)

    def _start_watch(
        self, on_event: EventCallback | None, on_progress: ProgressCallback | None, bar: bool
    ) -> list[object]:
        if on_event is None and on_progress is None and not bar:
            return []
        self._watch = Watch(on_event, on_progress, bar)
        return self._watch.notify(None, self._tracked)

    def _stop_watch(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()

    def _keep(self, items: Sequence[QueueItem]) -> None:
        self._items.update((item.item_id, item) for item in items)

    # -- outages and restarts --------------------------------------------------------------------------

    def _lost_server(self, error: Exception, plan: WaitPlan) -> None:
        if self._outage is None:
            logger.warning(
                "batch %s: the server cannot be reached (%s); trying again until the wait's deadline",
                self.batch_id,
                error,
            )
            self._suspects |= plan.item_ids - plan.final.keys()
        self._outage = str(error)

    def _found_server(self, plan: WaitPlan) -> None:
        if self._outage is not None:
            logger.warning("batch %s: the server answers again; waiting goes on", self.batch_id)
            self._outage = None
            self._recovering = True
            plan.check_now = True  # what happened meanwhile: ask REST

    def _check_stream(self, plan: WaitPlan) -> None:
        """A dropped and re-opened event stream may hide a quick server restart: note the suspects."""
        if self._stream_drops is None:
            return
        drops = self._stream_drops()
        if drops != self._drops_seen:
            self._drops_seen = drops
            self._suspects |= plan.item_ids - plan.final.keys()
            self._recovering = True
            plan.check_now = True

    def _new_cancels(self, status: BatchStatus, plan: WaitPlan) -> list[int]:
        """When polling, items that may have been canceled since the last status read by someone else while
        the server was reachable (to be looked up: never re-run); none after an outage (a restart's)."""
        before, self._canceled_count = self._canceled_count, status.canceled
        if self._recovering:
            self._recovering = False
            return []
        if plan.mode != "poll" or status.canceled <= before:
            return []
        spared = self._canceled_here | self._canceled_live
        return [i for i in self.item_ids if i not in plan.final and i not in spared]

    def _learn(self, items: Sequence[QueueItem], plan: WaitPlan) -> None:
        """Note the items' final statuses; those canceled were canceled while connected (never re-run)."""
        for item in items:
            if item.status in FINAL_STATUSES:
                plan.final[item.item_id] = item.status
            if item.status == "canceled":
                self._canceled_live.add(item.item_id)

    def _interrupted(self, items: Sequence[QueueItem]) -> list[QueueItem]:
        """Items a server restart canceled: canceled, not yet final when the job lost its server, and
        neither canceled by this job, nor seen canceled while connected, nor re-run already."""
        if self._canceled_batch:
            return []
        spared = self._canceled_here | self._canceled_live | self._rerun_tried
        return [
            item
            for item in items
            if item.status == "canceled" and item.item_id in self._suspects and item.item_id not in spared
        ]

    def _follow(self, pairs: Mapping[int, int], plan: WaitPlan) -> None:
        """Follow the new items that run interrupted ones again."""
        self._reruns.update(pairs)
        for old in pairs:
            plan.final.pop(old, None)
        plan.item_ids = frozenset(self.item_ids)
        plan.batch_total = len(self.result.item_ids) + len(self._reruns)
        plan.batch_done = False
        plan.check_now = True

    # -- rows ------------------------------------------------------------------------------------------

    def row_of(self, item: QueueItem | int) -> int | None:
        """The number of the row (``submit(rows=…)``, ``read_rows``) a queue item of this job ran, or
        ``None`` (a job without rows, or an item not of it). An item run again after a server restart has
        the row of the item it replaced.

        Read from the item's place in the batch (the server makes a batch's items in the order of its
        expansion), so identical rows are told apart and the items may be asked about in any order.
        """
        rows = self.workflow.rows if self.workflow is not None else None
        if rows is None:
            return None
        item_id = item if isinstance(item, int) else item.item_id
        replaced = {new: old for old, new in self._reruns.items()}
        while item_id in replaced:
            item_id = replaced[item_id]
        if self._row_numbers is None:
            from ..workflows._sessions import expand

            self._row_numbers = [s.row for s in expand({"batch": self.result.batch}, rows)]
            self._positions = {i: n for n, i in enumerate(sorted(self.result.item_ids))}
        position = self._positions.get(item_id)
        return self._row_numbers[position] if position is not None else None

    # -- outputs ---------------------------------------------------------------------------------------

    def _to_save(self, include_intermediate: bool) -> tuple[list[OutputImage], list[str]]:
        from ..outputs._saved import to_save

        chosen = to_save(self.outputs(), include_intermediate=include_intermediate)
        return chosen, list(dict.fromkeys(image.image_name for image in chosen))

    def outputs(self, items: Sequence[QueueItem] | None = None) -> list[OutputImage]:
        """The images the items produced, mapped to their nodes, form inputs and sweep values.

        Uses the items already fetched by ``wait`` unless others are given; partial results of failed and
        canceled items are included.
        """
        chosen = (
            list(items) if items is not None else [self._items[i] for i in self.item_ids if i in self._items]
        )
        templates = self._templates or TemplateSet.bundled()
        form_inputs = self.workflow.inputs if self.workflow is not None else ()
        return [
            image for item in chosen for image in map_queue_item(item, templates, form_inputs=form_inputs)
        ]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(batch_id={self.batch_id!r}, items={self.item_ids})"
