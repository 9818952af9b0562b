"""One server's worker in a run, written once as a flow (driven by a sync or an async run alike).

Its loop: keep the server's queue a few sessions deep (taking sessions from the run as it empties, never more
than the queue has room for under its ``max_queue_size``), read the oldest of its outstanding items, and for
each that ended save its final images and record it. Whatever a server did not take (a queue that filled
meanwhile), or lost (items deleted, or never matched), goes back to the run to be dealt again. Requests go
to the worker's own client through ``Perform`` (the client's core runs the flow: blocking on a sync
client, awaited on an async one), so one run drives several servers at once (``Together``).

Trouble is ridden out: an error without an answer (no connection, a 502/503/504) is retried with backoff;
after ``patience`` seconds of it the server is *away* — its unfinished sessions go back to the run for the
other servers (when one can take them), and the batches it held are canceled there once it answers again.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .._flows import Backoff, Flow, Perform, Sleep, settle
from .._resend import passing
from ..errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    EnqueueUnconfirmedError,
    ModelResolutionError,
    RunError,
    RunTimeoutError,
)
from ..resources._queue_ops import QUEUE_OPS as ops
from ..types.queue import ItemOutcome
from ._engine import RunEngine
from ._follow import audit, poll
from ._plan import Session, chunk_body
from ._settings import MAX_BACKOFF, MAX_CHUNK, POLL, SETTLE, STEP, RunSettings, depth_for
from ._tracker import ItemTracker

__all__ = ["Worker", "cancel_leftovers", "work"]

logger = logging.getLogger("invokeai_client.runs")


@dataclass
class Worker:
    """One server's part of a run: its client, and what it has sent there."""

    url: str
    client: Any  # an InvokeAIClient (sync run) or an AsyncInvokeAIClient (async run)
    settings: RunSettings
    workflow: Any = None  # the workflow typed by this server's templates, models synced
    base: dict[str, Any] | None = None  # the enqueue body of a chunk, without batch data
    recovered: bool = False
    items: ItemTracker = field(default_factory=ItemTracker)  # which items stand for which sessions
    trouble_since: float | None = None
    backoff: Backoff = field(default_factory=lambda: Backoff(most=MAX_BACKOFF))
    limit: int | None = None  # the server's max_queue_size (pending items), where it shows it
    full_until: float = 0.0  # after a short enqueue: no new enqueue here before this (monotonic)
    full_backoff: Backoff = field(default_factory=lambda: Backoff(first=POLL, most=MAX_BACKOFF))
    audited: float = field(default_factory=time.monotonic)
    seen_counts: tuple[int, int, int, int] | None = None  # the queue's counts when items were last read
    full_polled: float = 0.0
    running_max: int = 0  # the most items seen in progress at once on this server (its devices)
    outage_seen: bool = False  # a server restart cancels the item it was running: such items run again
    rerun: set[int] = field(default_factory=set)

    def _run(self, flow: Any) -> Any:
        return Perform(lambda: self.client._core.run(flow, caller="run"))

    # ---- the loop ------------------------------------------------------------------------------------

    def loop(self, engine: RunEngine) -> Flow[None]:
        while not engine.finished():
            if engine.stalled():
                raise RunTimeoutError(
                    f"no session ended for {engine.stall_limit:g} s; {engine.progress().describe()};"
                    " resume the run to go on"
                )
            try:
                moved = yield from self._step(engine)
            except APIError as exc:
                if not passing(exc):
                    raise
                yield from self._trouble(engine, exc)
                continue
            if self.workflow is None:
                return  # this server cannot run the workflow
            notice = engine.stall_notice()
            if notice is not None:
                logger.warning("%s", notice)
            audit(self, engine)
            if moved or engine.report_due():
                yield from settle(engine.changed())
            # Even while items end fast, a step reads a few at a time (fewer requests per item, as the
            # server is asked at most this often); idle, it waits longer.
            yield Sleep(STEP if moved else POLL)

    def _step(self, engine: RunEngine) -> Flow[bool]:
        state = engine.counts[self.url].state
        if self.base is None:
            usable = yield from self._setup(engine)
            if not usable:
                return False
        elif state == "away":
            yield self._run(ops.status(self.settings.queue_id))  # a probe
        if state != "ready":
            self._answered(engine)
        if not self.recovered:
            yield from self._recover(engine)
            self.recovered = True
        moved = yield from self._top_up(engine)
        moved = (yield from poll(self, engine)) or moved
        self._answered(engine)  # every request of this step had an answer
        return moved

    # ---- setting up, recovering ----------------------------------------------------------------------

    def _setup(self, engine: RunEngine) -> Flow[bool]:
        workflow = yield Perform(lambda: self.client.workflows.load(dict(self.settings.workflow)))
        try:
            yield Perform(lambda: self.client.workflows.sync_models(workflow))
        except ModelResolutionError as exc:
            engine.set_state(self.url, "unusable", str(exc))
            if not any(c.state != "unusable" for c in engine.counts.values()):
                raise RunError(f"no server can run this workflow: {exc}") from exc
            self.base = {}
            return False
        s = self.settings
        self.base = workflow.to_batch(
            runs=1,
            prepend=s.prepend,
            origin=s.origin,
            destination=s.destination,
            default_board=s.board,
            batch_id="-",
            check_required=False,  # the plan was checked whole; a chunk's rows fill what is left
        )
        self.workflow = workflow
        self.limit = yield self._run(ops.limit())
        if self.limit is not None:
            logger.info("%s: its queue takes %d pending item(s) at most", self.url, self.limit)
        return True

    def _recover(self, engine: RunEngine) -> Flow[None]:
        """Take up what the journal says this server holds: cancel abandoned batches, confirm or send
        again those recorded but never confirmed, follow those queued."""
        queue_id = self.settings.queue_id
        held: dict[str, list[int]] = {}
        for record in engine.held_by(self.url):
            held.setdefault(record.batch_id or "", []).append(record.session.pos)
        for batch in engine.store.batches():
            if batch.server != self.url:
                continue
            if self.items.is_tracked(batch.batch_id):
                continue  # followed already
            if batch.state == "abandoned":
                yield self._run(ops.cancel_batches(queue_id, [batch.batch_id]))
                engine.store.batch_state(batch.batch_id, "canceled")
                continue
            positions = held.get(batch.batch_id, [])
            if not positions:
                continue
            if batch.state == "queued":
                self._track(engine, batch.batch_id, batch.item_ids, positions)
                if len(batch.item_ids) < len(positions):  # the queue took part of it
                    yield from self._take_back_unlanded(engine, batch.batch_id, batch.item_ids)
                continue
            if batch.state != "sending":
                continue
            item_ids = yield from self._landed(batch.batch_id)
            if item_ids is None:
                logger.info("%s: batch %s never landed; sending it now", self.url, batch.batch_id)
                sessions = [r.session for p in sorted(positions) if (r := engine.held(p)) is not None]
                yield from self._send(engine, batch.batch_id, sessions)
            else:
                engine.store.queued(batch.batch_id, item_ids)
                self._track(engine, batch.batch_id, item_ids, positions)
                if len(item_ids) < len(positions):
                    yield from self._take_back_unlanded(engine, batch.batch_id, item_ids)

    def _landed(self, batch_id: str) -> Flow[list[int] | None]:
        queue_id = self.settings.queue_id
        for attempt in range(2):
            status = yield self._run(ops.batch_status(queue_id, batch_id))
            if status.total > 0:
                ids: list[int] = yield self._run(ops.batch_item_ids(queue_id, batch_id, status.total))
                return ids
            if attempt == 0:
                yield Sleep(SETTLE)  # a killed client's enqueue may still be being stored
        return None

    def _track(self, engine: RunEngine, batch_id: str, item_ids: Any, positions: list[int]) -> None:
        held = [record for pos in positions if (record := engine.held(pos)) is not None]
        sessions = {r.session.pos: (r.session.key, r.item_id) for r in held}
        self.items.track(batch_id, item_ids, sessions)

    # ---- dealing -------------------------------------------------------------------------------------

    def _top_up(self, engine: RunEngine) -> Flow[bool]:
        if engine.counts[self.url].state != "ready" or not engine.has_todo():
            return False
        depth = depth_for(self.settings.depth, limit=self.limit, running=self.running_max)
        outstanding = engine.counts[self.url].outstanding
        if outstanding > depth // 2 or time.monotonic() < self.full_until:
            return False
        wanted = min(depth - outstanding, MAX_CHUNK)
        if self.limit is not None:  # the queue takes only what fits under its limit: send no more
            status = yield self._run(ops.status(self.settings.queue_id))
            room = self.limit - status.queue.pending
            if room <= 0:
                return self._queue_full(engine)  # a change to report
            wanted = min(wanted, room)
        batch_id = str(uuid.uuid4())
        sessions = engine.take(self.url, wanted, batch_id)
        if not sessions:
            return False
        yield from self._send(engine, batch_id, sessions)
        return True

    def _queue_full(self, engine: RunEngine) -> bool:
        """No room on this server's queue: wait a while (longer each time) before asking again; whether
        the queue was not known to be full before."""
        self.full_until = time.monotonic() + self.full_backoff.delay()
        return engine.set_full(self.url, True)

    def _take_back_unlanded(self, engine: RunEngine, batch_id: str, item_ids: Sequence[int]) -> Flow[None]:
        """A batch the queue took only part of: join the items that landed to their sessions now, and give
        the others back to be dealt again (here later, or to another server)."""
        found: list[ItemOutcome] = yield self._run(ops.outcomes(self.settings.queue_id, list(item_ids)))
        pairs, left = self.items.join_landed(batch_id, found)
        if pairs:
            engine.join(pairs)
        if left:
            logger.info(
                "%s: the queue took %d of %d session(s) of batch %s; %d go back to be dealt again",
                self.url, len(item_ids), len(item_ids) + len(left), batch_id, len(left),
            )  # fmt: skip
            engine.give_back(left)
            self._queue_full(engine)

    def _send(self, engine: RunEngine, batch_id: str, sessions: list[Session]) -> Flow[None]:
        assert self.base is not None
        body = chunk_body(self.base, sessions, batch_id)
        positions = [s.pos for s in sessions]
        try:
            result = yield self._run(
                ops.enqueue(self.settings.queue_id, body, confirm_within=self.settings.patience)
            )
        except EnqueueUnconfirmedError as exc:
            self.recovered = False  # the journal keeps it as sending: ask again once the server answers
            raise APIConnectionError(
                method="POST", url=f"{self.url} enqueue_batch", reason=str(exc), request_sent=True
            ) from exc
        except APIConnectionError as exc:
            if not exc.request_sent:  # it never left: deal those sessions again
                engine.give_back(positions, abandon=batch_id)
            else:
                self.recovered = False
            raise
        except APIStatusError as exc:
            if passing(exc):
                self.recovered = False
                raise
            for pos in positions:  # the server refused the batch: nothing of it was enqueued
                engine.end(pos, "failed", "refused", f"enqueue refused: {exc}")
            engine.store.batch_state(batch_id, "refused")
            return
        engine.store.queued(batch_id, result.item_ids)
        self._track(engine, batch_id, result.item_ids, positions)
        if result.enqueued < len(positions):
            yield from self._take_back_unlanded(engine, batch_id, result.item_ids)
        else:
            engine.set_full(self.url, False)
            self.full_backoff.reset()

    # ---- trouble -------------------------------------------------------------------------------------

    def _answered(self, engine: RunEngine) -> None:
        if self.trouble_since is None:
            if engine.counts[self.url].state == "starting" and self.base:
                engine.set_state(self.url, "ready")
            return
        self.trouble_since = None
        self.backoff.reset()
        if engine.counts[self.url].state == "away":
            engine.set_state(self.url, "ready")
            self.recovered = False  # cancel what it held before, if that went elsewhere

    def _trouble(self, engine: RunEngine, error: APIError) -> Flow[None]:
        now = time.monotonic()
        self.outage_seen = True
        if self.trouble_since is None:
            self.trouble_since = now
            logger.info("%s: %s; trying again", self.url, error)
        counts = engine.counts[self.url]
        if counts.state != "away" and now - self.trouble_since >= self.settings.patience:
            engine.set_state(self.url, "away", str(error))
        if counts.state == "away" and self.items.outstanding and engine.others_ready(self.url):
            self._release(engine)
        yield from settle(engine.changed())
        yield Sleep(self.backoff.delay())

    def _release(self, engine: RunEngine) -> None:
        """Give this server's unfinished sessions to the others; its batches are canceled when it returns."""
        by_batch: dict[str, list[int]] = {}
        for record in engine.held_by(self.url):
            by_batch.setdefault(record.batch_id or "", []).append(record.session.pos)
        for batch_id, positions in by_batch.items():
            engine.give_back(positions, abandon=batch_id)
        logger.warning(
            "%s: away; %d session(s) moved to the other servers", self.url, sum(map(len, by_batch.values()))
        )
        self.items.clear()


def cancel_leftovers(engine: RunEngine, worker: Worker) -> Flow[None]:
    """Cancel what abandoned batches left on a server that answers now (best effort: one try)."""
    if engine.counts[worker.url].state in ("away", "unusable"):
        return
    for batch in engine.store.batches():
        if batch.server == worker.url and batch.state == "abandoned":
            try:
                yield worker._run(ops.cancel_batches(worker.settings.queue_id, [batch.batch_id]))
            except APIError:
                return
            engine.store.batch_state(batch.batch_id, "canceled")


def work(engine: RunEngine, worker: Worker) -> Flow[None]:
    """A worker's flow: its loop, and its error stops the others."""
    try:
        yield from worker.loop(engine)
    except BaseException as exc:
        engine.fail(exc)
        raise
