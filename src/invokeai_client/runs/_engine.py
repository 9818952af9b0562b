"""The state a run's workers share (no I/O but the journal's): who holds which session, what is left to
deal, and the counts progress is drawn from.

Dealing is by pull: a server's worker asks for the next sessions when its queue runs low, so a fast server
takes more than a slow one. A server that went away gives its unfinished sessions back (when another server
can take them); the journal records the batches it held, so their leftovers are canceled when it returns.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._plan import Session
from ._store import FINAL, RunStore, SessionRecord, SessionState

__all__ = ["RunEngine", "RunProgress", "ServerCounts"]

logger = logging.getLogger("invokeai_client.runs")


@dataclass
class ServerCounts:
    """One server's share of a run, as drawn by the progress line and the summary."""

    url: str
    done: int = 0  # sessions this server completed (files saved) during this resume
    failed: int = 0
    outstanding: int = 0  # sessions on its queue now
    state: str = "starting"  # starting, ready, away, unusable
    note: str | None = None  # why it is away or unusable
    full: bool = False  # its queue is at its max_queue_size: sessions wait here until it has room
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self) -> float:
        """Sessions completed per second since this resume began."""
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0


@dataclass(frozen=True)
class RunProgress:
    """Where a run stands: sessions ended of all, and each server's share."""

    total: int
    ended: int
    done: int
    failed: int
    canceled: int
    servers: tuple[ServerCounts, ...]
    stalled: float = 0.0  # seconds since a session last ended, once that is long enough to say

    def describe(self) -> str:
        """One line for a progress display: sessions ended of all, each server's share and rate, a full
        queue, a stall."""
        parts = [f"{self.ended}/{self.total} items"]
        if len(self.servers) > 1:
            parts += [f"{s.url} {s.done} ({s.rate:.1f}/s{_server_note(s)})" for s in self.servers]
        elif self.servers and self.servers[0].full:
            parts.append("queue full")
        if self.stalled:
            parts.append(f"nothing ended for {self.stalled:.0f} s")
        return " · ".join(parts)


def _server_note(counts: ServerCounts) -> str:
    notes = ([counts.state] if counts.state != "ready" else []) + (["queue full"] if counts.full else [])
    return "".join(f", {note}" for note in notes)


REPORT_EVERY = 5.0  # seconds between progress reports while nothing changes
MAX_LOSSES = 3  # a session whose queue item is lost this often ends failed (no endless re-enqueueing)
STALL_NOTICE = 60.0  # seconds without a session ending before the progress line and the log say so


class RunEngine:
    """The run's shared state (thread-safe: a sync pool's workers are threads)."""

    def __init__(self, store: RunStore, servers: Sequence[str], *, stall_limit: float | None) -> None:
        self.store = store
        # Only the sessions on a server are held in memory (their values, row, item); the others are
        # positions (to deal) or counts (ended), so a run of any size takes the same memory per server.
        self._held: dict[int, SessionRecord] = {r.session.pos: r for r in store.sessions(state="sent")}
        self._todo: deque[int] = deque(store.positions("todo"))
        # sessions by state, kept as they change: asking where the run stands costs nothing per step
        self._states: Counter[str] = Counter(store.states())
        self._total = sum(self._states.values())
        self.skipped = sum(self._states[s] for s in FINAL)
        self.counts = {url: ServerCounts(url) for url in servers}
        self.stall_limit = stall_limit
        self._last_progress = time.monotonic()
        self._stall_said = 0.0  # when the log last said the run is stalled
        self._reported = time.monotonic()
        self._losses: Counter[int] = Counter()
        self._lock = threading.RLock()
        self._listeners: list[Callable[[RunProgress], Any]] = []
        self.error: BaseException | None = None  # a worker's error: the others stop too
        self.started = time.monotonic()

    # ---- asking ----------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def held(self, pos: int) -> SessionRecord | None:
        """The record of a session on a server (``None``: it is not on one)."""
        return self._held.get(pos)

    def finished(self) -> bool:
        with self._lock:
            return self.error is not None or sum(self._states[s] for s in FINAL) == self._total

    def stalled(self) -> bool:
        """Nothing ended for ``stall_limit`` seconds."""
        if self.stall_limit is None:
            return False
        return time.monotonic() - self._last_progress > self.stall_limit

    def quiet_for(self) -> float:
        """Seconds since a session last ended (or the resume began)."""
        return time.monotonic() - self._last_progress

    def stall_notice(self) -> str | None:
        """Once a minute while no session ends: a line for the log saying where the run stands."""
        with self._lock:
            now = time.monotonic()
            quiet = now - self._last_progress
            if quiet < STALL_NOTICE or now - self._stall_said < STALL_NOTICE:
                return None
            self._stall_said = now
            held = Counter(r.server for r in self._held.values())
            left = self._states["todo"]
            where = ", ".join(f"{n} on {url}" for url, n in held.items()) or "none on a server"
            states = ", ".join(
                f"{c.url} {c.state}{' (queue full)' if c.full else ''}" for c in self.counts.values()
            )
            return f"no session ended for {quiet:.0f} s: {where}, {left} to deal; servers: {states}"

    def has_todo(self) -> bool:
        with self._lock:
            return bool(self._todo)

    def on_progress(self, listener: Callable[[RunProgress], Any]) -> None:
        self._listeners.append(listener)

    def progress(self) -> RunProgress:
        with self._lock:
            states = self._states
            return RunProgress(
                total=self._total,
                ended=sum(states[s] for s in FINAL),
                done=states["done"],
                failed=states["failed"],
                canceled=states["canceled"],
                servers=tuple(ServerCounts(**vars(c)) for c in self.counts.values()),
                stalled=quiet if (quiet := self.quiet_for()) >= STALL_NOTICE else 0.0,
            )

    def changed(self) -> list[object]:
        """Tell the listeners; their results (awaitables on the async run), for ``settle``."""
        self._reported = time.monotonic()
        snapshot = self.progress()
        return [listener(snapshot) for listener in self._listeners]

    def report_due(self) -> bool:
        """Whether the listeners have heard nothing for a while (while nothing moves, the progress line
        still shows the time passing and a queue waiting for room)."""
        return time.monotonic() - self._reported >= REPORT_EVERY

    def others_ready(self, url: str) -> bool:
        with self._lock:
            return any(c.state == "ready" for u, c in self.counts.items() if u != url)

    def set_full(self, url: str, full: bool) -> bool:
        """Note whether a server's queue is at its limit; whether that changed."""
        with self._lock:
            counts = self.counts[url]
            if counts.full == full:
                return False
            logger.info("%s: queue %s", url, "full: waiting for room" if full else "has room again")
            counts.full = full
            return True

    def set_state(self, url: str, state: str, note: str | None = None) -> None:
        with self._lock:
            counts = self.counts[url]
            if counts.state != state:
                level = logging.WARNING if state in ("away", "unusable") else logging.INFO
                logger.log(level, "%s: %s%s", url, state, f" ({note})" if note else "")
            counts.state, counts.note = state, note

    # ---- dealing -------------------------------------------------------------------------------------

    def take(self, url: str, count: int, batch_id: str) -> list[Session]:
        """The next ``count`` sessions for ``url``'s queue, recorded as sent in ``batch_id`` (before the
        enqueue)."""
        with self._lock:
            taken: list[int] = []
            while self._todo and len(taken) < count:
                taken.append(self._todo.popleft())
            if not taken:
                return []
            self.store.deal(batch_id, url, taken)
            records = self.store.sessions(positions=taken)
            for record in records:
                self._held[record.session.pos] = record
            self._states.update({"todo": -len(taken), "sent": len(taken)})
            self.counts[url].outstanding += len(taken)
            return [record.session for record in records]

    def give_back(self, positions: Iterable[int], *, abandon: str | None = None, lost: bool = False) -> None:
        """Sessions to deal again, first (their server went away, their items were lost, or never sent).

        ``lost``: their queue items vanished or could not be matched; a session lost ``MAX_LOSSES`` times
        ends failed instead (so a server that keeps losing it cannot make the run enqueue it for ever).
        """
        with self._lock:
            moved = [p for p in positions if p in self._held]
            if lost:
                self._losses.update(moved)
                given_up = [p for p in moved if self._losses[p] >= MAX_LOSSES]
                for pos in given_up:
                    reason = f"its queue item was lost {MAX_LOSSES} times (deleted, or never matched)"
                    logger.warning("session %d: %s; it ends failed", pos, reason)
                    self.end(pos, "failed", "lost", reason)
                moved = [p for p in moved if p not in given_up]
            if not moved and abandon is None:
                return
            self.store.back_to_todo(moved, abandon=abandon)
            for pos in reversed(moved):
                record = self._held.pop(pos)
                if record.server in self.counts:
                    self.counts[record.server].outstanding -= 1
                self._todo.appendleft(pos)
            self._states.update({"sent": -len(moved), "todo": len(moved)})

    def join(self, pairs: Sequence[tuple[int, int]]) -> None:
        with self._lock:
            self.store.joined(pairs)
            for pos, item_id in pairs:
                record = self._held.get(pos)
                if record is not None:
                    record.item_id = item_id

    def end(
        self, pos: int, state: SessionState, status: str, error: str | None, files: Sequence[Any] = ()
    ) -> None:
        """A session ended (for ``done``, its files are complete on disk)."""
        with self._lock:
            record = self._held.pop(pos, None)
            if record is None:  # not on a server (ended already, or given back)
                return
            self.store.finished(pos, state, status, error, files)
            self._states.update({"sent": -1, state: 1})
            counts = self.counts.get(record.server or "")
            if counts is not None:
                counts.outstanding -= 1
                if state == "done":
                    counts.done += 1
                elif state == "failed":
                    counts.failed += 1
            self._last_progress = time.monotonic()

    def fail(self, error: BaseException) -> None:
        with self._lock:
            if self.error is None:
                self.error = error

    def held_elsewhere(self, urls: set[str]) -> list[SessionRecord]:
        """The sessions sent to a server that is none of ``urls`` and not ended."""
        with self._lock:
            return [r for r in self._held.values() if r.server not in urls]

    def held_by(self, url: str) -> list[SessionRecord]:
        """The sessions sent to ``url`` and not ended."""
        with self._lock:
            return [r for r in self._held.values() if r.server == url]
