"""What a run's journal says, as records and counts (pure: read from a store, no request)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._engine import ServerCounts
from ._store import FileRecord, RunStore, SessionRecord

__all__ = ["RunStatus", "RunSummary", "iter_results", "result_records", "status_of", "write_records"]


@dataclass(frozen=True)
class RunStatus:
    """A run's sessions by state, from its journal: ``done`` (completed, files saved), ``failed``,
    ``canceled``, ``queued`` (sent to a server, not ended), ``todo`` (never sent); ``files`` saved;
    ``servers``: sessions done per server URL."""

    total: int
    done: int
    failed: int
    canceled: int
    queued: int
    todo: int
    files: int
    servers: dict[str, int]

    @property
    def finished(self) -> bool:
        """Every session ended (done, failed or canceled)."""
        return self.queued == 0 and self.todo == 0


@dataclass(frozen=True)
class RunSummary:
    """What one ``resume`` did: the run's status after it, the sessions it found ended already
    (``skipped``), the files it saved, its time, and each server's share."""

    status: RunStatus
    skipped: int
    saved: int
    seconds: float
    servers: tuple[ServerCounts, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        """One line: sessions done, failed, skipped as done before; files; time; per server."""
        s = self.status
        line = (
            f"{s.total} session(s): {s.done} done, {s.failed} failed"
            + (f", {s.canceled} canceled" if s.canceled else "")
            + (f", {s.queued + s.todo} unfinished" if not s.finished else "")
            + f" ({self.skipped} done before); {self.saved} file(s) saved; {self.seconds:.1f} s"
        )
        if self.servers:
            line += "; " + ", ".join(
                f"{c.url}: {c.done}" + (f" ({c.state}: {c.note})" if c.state in ("away", "unusable") else "")
                for c in self.servers
            )
        return line


def status_of(states: Mapping[str, int], files: int, servers: Mapping[str, int]) -> RunStatus:
    """A run's status from its journal's counts: sessions by state, files, sessions done per server."""
    return RunStatus(
        total=sum(states.values()),
        done=states.get("done", 0),
        failed=states.get("failed", 0),
        canceled=states.get("canceled", 0),
        queued=states.get("sent", 0),
        todo=states.get("todo", 0),
        files=files,
        servers=dict(sorted(servers.items())),
    )


def result_records(
    records: Iterable[SessionRecord], files: Iterable[FileRecord], row_keys: frozenset[str]
) -> list[dict[str, Any]]:
    """One record per saved file (session number, row, the row's values, the sweep values, item, status, node, image name,
    path), and one per session without a file (its status and error), in plan order."""
    by_pos: dict[int, list[FileRecord]] = {}
    for saved_file in files:
        by_pos.setdefault(saved_file.pos, []).append(saved_file)
    out: list[dict[str, Any]] = []
    for record in records:
        session = record.session
        base = {
            "session": session.pos,
            "row": session.row,
            "values": dict(session.cells),
            "sweep": session.sweep(row_keys),
            "item_id": record.item_id,
            "status": record.status or ("queued" if record.state == "sent" else "not sent"),
            "server": record.server,
        }
        mine = by_pos.get(session.pos, []) if record.state == "done" else []
        for saved in mine:
            out.append(
                {
                    **base,
                    "node_id": saved.node_id,
                    "node_type": saved.node_type,
                    "image_name": saved.image_name,
                    "path": saved.path or None,
                    "error": saved.error,
                }
            )
        if not mine:
            out.append(
                {
                    **base,
                    "node_id": None,
                    "node_type": None,
                    "image_name": None,
                    "path": None,
                    "error": record.error,
                }
            )
    return out


def iter_results(store: RunStore, row_keys: frozenset[str]) -> Iterator[dict[str, Any]]:
    """`result_records` of a whole journal, read a chunk of sessions at a time (memory stays flat)."""
    for sessions, files in store.chunks():
        yield from result_records(sessions, files, row_keys)


def write_records(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Write JSON Lines whole, under a temporary name first: a reader never sees half of it."""
    partial = path.with_name(f"{path.name}.{int(time.time() * 1000)}.partial")
    with partial.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    partial.replace(path)
