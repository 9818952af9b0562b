"""A run's journal: its plan and progress in a SQLite file in the output folder (stdlib ``sqlite3``).

Every change of a session's state is one transaction, written before the step it allows: a batch id is
recorded with its sessions *before* the enqueue is sent, files are recorded once they are complete. So a
process killed at any moment leaves a journal that says what may be on a server and what is certainly
saved, and a resumed run asks the servers about the rest instead of guessing. One process at a time holds
a run (an advisory lock on ``run.lock`` beside it).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from ..errors import RunError, RunLockedError
from ._plan import Session

__all__ = ["BatchRecord", "FileRecord", "RunStore", "SessionRecord", "SessionState"]

JOURNAL = "run.sqlite"
LOCK = "run.lock"
SCHEMA = 2  # 2: a file record may say why its image could not be saved (``files.error``)

SessionState = Literal["todo", "sent", "done", "failed", "canceled"]
FINAL: frozenset[str] = frozenset({"done", "failed", "canceled"})

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sessions (
    pos INTEGER PRIMARY KEY, row INTEGER, vals TEXT NOT NULL, cells TEXT NOT NULL,
    state TEXT NOT NULL, server TEXT, batch_id TEXT, item_id INTEGER, status TEXT, error TEXT
);
CREATE TABLE batches (
    batch_id TEXT PRIMARY KEY, server TEXT NOT NULL, state TEXT NOT NULL, item_ids TEXT, created REAL
);
CREATE TABLE files (
    item_id INTEGER NOT NULL, image_name TEXT NOT NULL, pos INTEGER NOT NULL, node_id TEXT, node_type TEXT,
    path TEXT, error TEXT,
    PRIMARY KEY (item_id, image_name)
);
"""


@dataclass(slots=True)
class SessionRecord:
    """A session as the journal has it."""

    session: Session
    state: SessionState
    server: str | None = None
    batch_id: str | None = None
    item_id: int | None = None
    status: str | None = None  # the queue item's last status
    error: str | None = None


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """A chunk of sessions sent (or about to be sent) to a server. ``state``: ``sending`` (recorded, the
    enqueue may or may not have landed), ``queued`` (its item ids known), ``abandoned`` (its server went
    away and its sessions went elsewhere: cancel what is left of it there)."""

    batch_id: str
    server: str
    state: str
    item_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FileRecord:
    """An output image of a session: saved to ``path``, or not saved for ``error`` (``path`` empty)."""

    item_id: int
    image_name: str
    pos: int
    node_id: str | None
    node_type: str | None
    path: str
    error: str | None = None


_SESSIONS = "SELECT pos, row, vals, cells, state, server, batch_id, item_id, status, error FROM sessions"
CHUNK = 500  # sessions read at a time


def _record(
    pos: int,
    row: int | None,
    vals: str,
    cells: str,
    state: SessionState,
    server: str | None,
    batch_id: str | None,
    item_id: int | None,
    status: str | None,
    error: str | None,
) -> SessionRecord:
    session = Session(pos, row, tuple(tuple(v) for v in json.loads(vals)), json.loads(cells))
    return SessionRecord(session, state, server, batch_id, item_id, status, error)


def journal_path(folder: Path) -> Path:
    return folder / JOURNAL


class RunStore:
    """The journal of one run (thread-safe: the pool's workers share it)."""

    def __init__(self, connection: sqlite3.Connection, folder: Path, lock: Any) -> None:
        self._db = connection
        self.folder = folder
        self._lock_file = lock
        self._mutex = threading.Lock()

    # ---- opening -------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        meta: Mapping[str, Any],
        sessions: Iterable[Session],
        *,
        replace: bool = False,
        abandoned: Sequence[tuple[str, str]] = (),
    ) -> RunStore:
        """A new journal (``replace``: drop an old one first; ``abandoned``: (server, batch id) pairs of
        an old run, canceled on their servers when this one starts)."""
        lock = _take_lock(folder)
        path = journal_path(folder)
        if replace:
            for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                name.unlink(missing_ok=True)
        db = _connect(path)
        with db:
            db.executescript(_TABLES)
            rows = [(k, json.dumps(v)) for k, v in {**meta, "schema": SCHEMA, "created": time.time()}.items()]
            db.executemany("INSERT INTO meta VALUES (?, ?)", rows)
            db.executemany(
                "INSERT INTO sessions (pos, row, vals, cells, state) VALUES (?, ?, ?, ?, 'todo')",
                (
                    (s.pos, s.row, json.dumps(s.values), json.dumps(dict(s.cells), default=str))
                    for s in sessions
                ),
            )
            db.executemany(
                "INSERT INTO batches VALUES (?, ?, 'abandoned', NULL, ?)",
                ((batch_id, server, time.time()) for server, batch_id in abandoned),
            )
        return cls(db, folder, lock)

    @classmethod
    def open(cls, folder: Path) -> RunStore:
        """The journal in ``folder``.

        Raises:
            RunError: there is none, or it is not a run journal of this SDK.
            RunLockedError: another process holds the run.
        """
        path = journal_path(folder)
        if not path.exists():
            raise RunError(f"{folder}: no run journal ({JOURNAL}) in this folder")
        lock = _take_lock(folder)
        try:
            db = _connect(path)
            schema = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            lock.close()
            raise RunError(f"{path}: not a run journal ({exc})") from None
        found = json.loads(schema[0]) if schema is not None else None
        if found == 1:  # a journal of the previous version: its files could not record an error
            with db:
                db.execute("ALTER TABLE files ADD COLUMN error TEXT")
                db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (json.dumps(SCHEMA),))
        elif found != SCHEMA:
            db.close()
            lock.close()
            raise RunError(f"{path}: a run journal of another version (schema {found})")
        return cls(db, folder, lock)

    @staticmethod
    def exists(folder: Path) -> bool:
        return journal_path(folder).exists()

    def close(self) -> None:
        with self._mutex:
            self._db.close()
            if self._lock_file is not None:
                self._lock_file.close()
                self._lock_file = None

    # ---- reading -------------------------------------------------------------------------------------

    def meta(self) -> dict[str, Any]:
        with self._mutex:
            return {k: json.loads(v) for k, v in self._db.execute("SELECT key, value FROM meta")}

    def sessions(
        self, *, state: SessionState | None = None, positions: Sequence[int] | None = None
    ) -> list[SessionRecord]:
        """Sessions in plan order: every one, those in one ``state``, or those at ``positions``."""
        query, params = _SESSIONS, cast(tuple[Any, ...], ())
        if state is not None:
            query, params = f"{_SESSIONS} WHERE state = ?", (state,)
        if positions is not None:
            found: list[SessionRecord] = []
            for start in range(0, len(positions), CHUNK):  # SQLite caps the parameters of one statement
                part = list(positions[start : start + CHUNK])
                found += self._read(f"{_SESSIONS} WHERE pos IN ({','.join('?' * len(part))})", tuple(part))
            return sorted(found, key=lambda r: r.session.pos)
        return self._read(f"{query} ORDER BY pos", params)

    def _read(self, query: str, params: tuple[Any, ...]) -> list[SessionRecord]:
        with self._mutex:
            return [_record(*row) for row in self._db.execute(query, params)]

    def chunks(self, size: int = CHUNK) -> Iterator[tuple[list[SessionRecord], list[FileRecord]]]:
        """Every session in plan order with its files, ``size`` sessions at a time (memory stays flat)."""
        with self._mutex:
            (last,) = self._db.execute("SELECT coalesce(max(pos), -1) FROM sessions").fetchone()
        for start in range(0, last + 1, size):
            span = (start, start + size - 1)
            sessions = self._read(f"{_SESSIONS} WHERE pos BETWEEN ? AND ? ORDER BY pos", span)
            with self._mutex:
                files = [
                    FileRecord(*row)
                    for row in self._db.execute(
                        "SELECT item_id, image_name, pos, node_id, node_type, path, error FROM files"
                        " WHERE pos BETWEEN ? AND ? ORDER BY rowid",
                        span,
                    )
                ]
            yield sessions, files

    def states(self) -> dict[str, int]:
        """How many sessions are in each state."""
        with self._mutex:
            return dict(self._db.execute("SELECT state, count(*) FROM sessions GROUP BY state").fetchall())

    def file_count(self) -> int:
        with self._mutex:
            return int(self._db.execute("SELECT count(*) FROM files").fetchone()[0])

    def done_by_server(self) -> dict[str, int]:
        """Sessions done, per server URL."""
        with self._mutex:
            query = "SELECT server, count(*) FROM sessions WHERE state = 'done' AND server IS NOT NULL GROUP BY server"
            return dict(self._db.execute(query).fetchall())

    def positions(self, state: SessionState) -> list[int]:
        """The positions of the sessions in ``state``, in plan order."""
        with self._mutex:
            query = "SELECT pos FROM sessions WHERE state = ? ORDER BY pos"
            return [pos for (pos,) in self._db.execute(query, (state,))]

    def batches(self) -> list[BatchRecord]:
        with self._mutex:
            cursor = self._db.execute(
                "SELECT batch_id, server, state, item_ids FROM batches ORDER BY created"
            )
            return [
                BatchRecord(batch_id, server, state, tuple(json.loads(ids)) if ids else ())
                for batch_id, server, state, ids in cursor
            ]

    def files(self) -> list[FileRecord]:
        with self._mutex:
            cursor = self._db.execute(
                "SELECT item_id, image_name, pos, node_id, node_type, path, error FROM files ORDER BY rowid"
            )
            return [FileRecord(*row) for row in cursor]

    # ---- writing (each one transaction) -------------------------------------------------------------

    def deal(self, batch_id: str, server: str, positions: Sequence[int]) -> None:
        """Record a chunk about to be enqueued (before the request is sent)."""
        with self._mutex, self._db:
            self._db.execute(
                "INSERT INTO batches VALUES (?, ?, 'sending', NULL, ?)", (batch_id, server, time.time())
            )
            self._db.executemany(
                "UPDATE sessions SET state = 'sent', server = ?, batch_id = ?, item_id = NULL WHERE pos = ?",
                ((server, batch_id, pos) for pos in positions),
            )

    def queued(self, batch_id: str, item_ids: Sequence[int]) -> None:
        with self._mutex, self._db:
            self._db.execute(
                "UPDATE batches SET state = 'queued', item_ids = ? WHERE batch_id = ?",
                (json.dumps(list(item_ids)), batch_id),
            )

    def joined(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Sessions matched to their queue items: (pos, item_id)."""
        with self._mutex, self._db:
            self._db.executemany("UPDATE sessions SET item_id = ? WHERE pos = ?", ((i, p) for p, i in pairs))

    def finished(
        self, pos: int, state: SessionState, status: str, error: str | None, files: Sequence[FileRecord] = ()
    ) -> None:
        """A session ended (its files complete on disk, for ``done``)."""
        with self._mutex, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((f.item_id, f.image_name, f.pos, f.node_id, f.node_type, f.path, f.error) for f in files),
            )
            self._db.execute(
                "UPDATE sessions SET state = ?, status = ?, error = ? WHERE pos = ?",
                (state, status, error, pos),
            )

    def back_to_todo(self, positions: Sequence[int], *, abandon: str | None = None) -> None:
        """Sessions to be dealt again (their server went away, or their items were lost); ``abandon``:
        the batch whose leftovers are to be canceled on its server."""
        with self._mutex, self._db:
            self._db.executemany(
                "UPDATE sessions SET state = 'todo', server = NULL, batch_id = NULL, item_id = NULL,"
                " status = NULL WHERE pos = ?",
                ((pos,) for pos in positions),
            )
            if abandon is not None:
                self._db.execute("UPDATE batches SET state = 'abandoned' WHERE batch_id = ?", (abandon,))

    def batch_state(self, batch_id: str, state: str) -> None:
        with self._mutex, self._db:
            self._db.execute("UPDATE batches SET state = ? WHERE batch_id = ?", (state, batch_id))


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False)  # a transaction per ``with db``
    db.execute("PRAGMA journal_mode = WAL")  # a killed process loses nothing committed
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def _take_lock(folder: Path) -> Any:
    folder.mkdir(parents=True, exist_ok=True)
    handle = (folder / LOCK).open("a+")
    try:
        import fcntl
    except ImportError:  # not POSIX: no advisory lock
        return handle
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise RunLockedError(f"{folder}: another process is running this run (it holds {LOCK})") from None
    return handle
