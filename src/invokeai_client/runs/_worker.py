"""One server's worker in a run, written once as a flow (driven by a sync or an async run alike).

Its loop: keep the server's queue a few sessions deep (taking sessions from the run as it empties), read the
oldest of its outstanding items, and for each that ended save its final images and record it. Requests go
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
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .._effects import Perform, Settle, Sleep, Task
from ..errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    EnqueueUnconfirmedError,
    ModelResolutionError,
    RunError,
    RunTimeoutError,
)
from ..outputs import map_queue_item
from ..outputs._saved import to_save
from ..types.queue import FINAL_STATUSES, QueueItem
from . import _server_ops as ops
from ._engine import RunEngine
from ._plan import Session, chunk_body, value_key
from ._settings import MAX_BACKOFF, MAX_CHUNK, PAGE, POLL, SETTLE, RunSettings
from ._store import FileRecord

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
    outstanding: dict[int, str] = field(default_factory=dict)  # item id -> batch id
    item_pos: dict[int, int] = field(default_factory=dict)  # item id -> session
    unjoined: dict[str, dict[str, deque[int]]] = field(default_factory=dict)  # batch -> value key -> sessions
    trouble_since: float | None = None
    backoff: float = 0.5
    outage_seen: bool = False  # a server restart cancels the item it was running: such items run again
    rerun: set[int] = field(default_factory=set)

    def _run(self, flow: Any) -> Any:
        return Perform(lambda: self.client._core.run(flow, caller="run"))

    # ---- the loop ------------------------------------------------------------------------------------

    def loop(self, engine: RunEngine) -> Task[None]:
        while not engine.finished():
            if engine.stalled():
                raise RunTimeoutError(
                    f"no session ended for {engine.stall_timeout:g} s; {engine.progress().describe()};"
                    " resume the run to go on"
                )
            try:
                moved = yield from self._step(engine)
            except APIError as exc:
                if not _transient(exc):
                    raise
                yield from self._trouble(engine, exc)
                continue
            if self.workflow is None:
                return  # this server cannot run the workflow
            if moved:
                yield Settle(engine.changed())
            else:
                yield Sleep(POLL)

    def _step(self, engine: RunEngine) -> Task[bool]:
        state = engine.counts[self.url].state
        if self.base is None:
            usable = yield from self._setup(engine)
            if not usable:
                return False
        elif state == "away":
            yield self._run(ops.queue_status(self.settings.queue_id))  # a probe
        if state != "ready":
            self._answered(engine)
        if not self.recovered:
            yield from self._recover(engine)
            self.recovered = True
        moved = yield from self._top_up(engine)
        moved = (yield from self._poll(engine)) or moved
        self._answered(engine)  # every request of this step had an answer
        return moved

    # ---- setting up, recovering ----------------------------------------------------------------------

    def _setup(self, engine: RunEngine) -> Task[bool]:
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
        return True

    def _recover(self, engine: RunEngine) -> Task[None]:
        """Take up what the journal says this server holds: cancel abandoned batches, confirm or send
        again those recorded but never confirmed, follow those queued."""
        queue_id = self.settings.queue_id
        held: dict[str, list[int]] = {}
        for record in engine.held_by(self.url):
            held.setdefault(record.batch_id or "", []).append(record.session.pos)
        for batch in engine.store.batches():
            if batch.server != self.url:
                continue
            if batch.batch_id in self.unjoined:
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
                continue
            if batch.state != "sending":
                continue
            item_ids = yield from self._landed(batch.batch_id)
            if item_ids is None:
                logger.info("%s: batch %s never landed; sending it now", self.url, batch.batch_id)
                sessions = [engine.records[p].session for p in sorted(positions)]
                yield from self._send(engine, batch.batch_id, sessions)
            else:
                engine.store.queued(batch.batch_id, item_ids)
                self._track(engine, batch.batch_id, item_ids, positions)

    def _landed(self, batch_id: str) -> Task[list[int] | None]:
        queue_id = self.settings.queue_id
        for attempt in range(2):
            status = yield self._run(ops.batch_status(queue_id, batch_id))
            if status.total > 0:
                ids: list[int] = yield self._run(ops.batch_ids(queue_id, batch_id, status.total))
                return ids
            if attempt == 0:
                yield Sleep(SETTLE)  # a killed client's enqueue may still be being stored
        return None

    def _track(self, engine: RunEngine, batch_id: str, item_ids: Any, positions: list[int]) -> None:
        known = {engine.records[p].item_id: p for p in positions if engine.records[p].item_id is not None}
        waiting: dict[str, deque[int]] = {}
        for pos in positions:
            if engine.records[pos].item_id is None:
                waiting.setdefault(engine.records[pos].session.key, deque()).append(pos)
        self.unjoined[batch_id] = waiting
        for item_id in item_ids:
            if item_id in known:
                self.item_pos[item_id] = known[item_id]
                self.outstanding[item_id] = batch_id
            elif waiting:
                self.outstanding[item_id] = batch_id

    # ---- dealing -------------------------------------------------------------------------------------

    def _top_up(self, engine: RunEngine) -> Task[bool]:
        if engine.counts[self.url].state != "ready":
            return False
        depth = self.settings.depth
        outstanding = engine.counts[self.url].outstanding
        if outstanding > depth // 2:
            return False
        batch_id = str(uuid.uuid4())
        sessions = engine.take(self.url, min(depth - outstanding, MAX_CHUNK), batch_id)
        if not sessions:
            return False
        yield from self._send(engine, batch_id, sessions)
        return True

    def _send(self, engine: RunEngine, batch_id: str, sessions: list[Session]) -> Task[None]:
        assert self.base is not None
        body = chunk_body(self.base, sessions, batch_id)
        positions = [s.pos for s in sessions]
        try:
            result = yield self._run(ops.enqueue(body, self.settings.queue_id, self.settings.patience))
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
            if _transient(exc):
                self.recovered = False
                raise
            for pos in positions:  # the server refused the batch: nothing of it was enqueued
                engine.end(pos, "failed", "refused", f"enqueue refused: {exc}")
            engine.store.batch_state(batch_id, "refused")
            return
        engine.store.queued(batch_id, result.item_ids)
        self._track(engine, batch_id, result.item_ids, positions)

    # ---- following items -----------------------------------------------------------------------------

    def _poll(self, engine: RunEngine) -> Task[bool]:
        if not self.outstanding:
            return False
        ids = sorted(self.outstanding)[:PAGE]
        found: list[QueueItem] = yield self._run(ops.items(self.settings.queue_id, ids))
        by_id = {item.item_id: item for item in found}
        pairs: list[tuple[int, int]] = []
        ended: list[tuple[QueueItem, int]] = []
        moved = False
        for item_id in ids:
            item = by_id.get(item_id)
            pos = self._position(item_id, item, pairs)
            if item is None or pos is None:
                batch_id = self.outstanding.pop(item_id)
                if pos is not None:  # deleted from the queue by someone: run it again
                    logger.warning(
                        "%s: item %s is gone from the queue; its session runs again", self.url, item_id
                    )
                    engine.give_back([pos])
                    moved = True
                elif item is None:
                    self._forget_one(batch_id)
                continue
            if engine.records[pos].state != "sent":  # ended already (seen before a recovery)
                self.outstanding.pop(item_id, None)
            elif item.status in FINAL_STATUSES:
                ended.append((item, pos))
        if pairs:
            engine.join(pairs)
        for item, pos in ended:
            yield from self._finish(engine, item, pos)
            moved = True
        return moved

    def _position(self, item_id: int, item: QueueItem | None, pairs: list[tuple[int, int]]) -> int | None:
        if item_id in self.item_pos:
            return self.item_pos[item_id]
        if item is None:
            return None
        waiting = self.unjoined.get(item.batch_id, {}).get(value_key(item.field_values or []))
        if not waiting:
            return None
        pos = waiting.popleft()
        self.item_pos[item_id] = pos
        pairs.append((pos, item_id))
        return pos

    def _forget_one(self, batch_id: str) -> None:
        """An item of a batch vanished before it was joined: one of the batch's sessions is lost."""
        for waiting in self.unjoined.get(batch_id, {}).values():
            if waiting:
                waiting.pop()
                return

    def _finish(self, engine: RunEngine, item: QueueItem, pos: int) -> Task[None]:
        status = str(item.status)
        if status == "completed":
            files = yield from self._save(item, pos)
            engine.end(pos, "done", status, None, files)
        elif status == "failed":
            error = f"{item.error_type or 'error'}: {' '.join((item.error_message or '').split())}"
            engine.end(pos, "failed", status, error)
        elif self.outage_seen and item.item_id not in self.rerun:
            self.rerun.add(item.item_id)  # canceled by the server's restart, most likely: run it again
            logger.warning(
                "%s: item %s was canceled while the server was away; it runs again", self.url, item.item_id
            )
            engine.give_back([pos])
        else:
            engine.end(pos, "canceled", status, "canceled")
        self.outstanding.pop(item.item_id, None)

    def _save(self, item: QueueItem, pos: int) -> Task[list[FileRecord]]:
        images = to_save(map_queue_item(item, self.workflow.templates, form_inputs=self.workflow.inputs))
        unique = list({image.image_name: image for image in images}.values())
        if not unique:
            return []
        names = [image.image_name for image in unique]
        paths = yield self._run(ops.save_images(names, self.settings.folder, self.settings.concurrency))
        return [
            FileRecord(item.item_id, image.image_name, pos, image.source_node_id, image.node_type, str(path))
            for image, path in zip(unique, paths, strict=True)
        ]

    # ---- trouble -------------------------------------------------------------------------------------

    def _answered(self, engine: RunEngine) -> None:
        if self.trouble_since is None:
            if engine.counts[self.url].state == "starting" and self.base:
                engine.set_state(self.url, "ready")
            return
        self.trouble_since, self.backoff = None, 0.5
        if engine.counts[self.url].state == "away":
            engine.set_state(self.url, "ready")
            self.recovered = False  # cancel what it held before, if that went elsewhere

    def _trouble(self, engine: RunEngine, error: APIError) -> Task[None]:
        now = time.monotonic()
        self.outage_seen = True
        if self.trouble_since is None:
            self.trouble_since = now
            logger.info("%s: %s; trying again", self.url, error)
        counts = engine.counts[self.url]
        if counts.state != "away" and now - self.trouble_since >= self.settings.patience:
            engine.set_state(self.url, "away", str(error))
        if counts.state == "away" and self.outstanding and engine.others_ready(self.url):
            self._release(engine)
        yield Settle(engine.changed())
        yield Sleep(self.backoff)
        self.backoff = min(self.backoff * 2, MAX_BACKOFF)

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
        self.outstanding.clear()
        self.unjoined.clear()
        self.item_pos.clear()


def cancel_leftovers(engine: RunEngine, worker: Worker) -> Task[None]:
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


def _transient(error: APIError) -> bool:
    """An error the server may get over (no answer, or a gateway's): try again later."""
    if isinstance(error, APIStatusError):
        return error.status_code in (408, 429, 502, 503, 504)
    return isinstance(error, APIConnectionError | APIResponseValidationError)


def work(engine: RunEngine, worker: Worker) -> Task[None]:
    """A worker's flow: its loop, and its error stops the others."""
    try:
        yield from worker.loop(engine)
    except BaseException as exc:
        engine.fail(exc)
        raise
