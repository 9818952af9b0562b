"""``Run`` and ``AsyncRun``: a durable batch job in an output folder, over one server or several.

A run is planned once (every session of the workflow's rows, sweeps and runs, checked locally) and
journaled in ``FOLDER/run.sqlite``; ``resume`` does what is left and can be called again after anything —
an error, a timeout, a killed process: sessions already done are skipped, those on a server are waited
for (never enqueued again), the others are enqueued. Opening the same plan in the same folder resumes it;
another plan there is refused unless ``restart``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._constants import DEFAULT_STALL_LIMIT, RESULTS
from .._flows import AsyncDriver, Flow, SyncDriver, Together, settle
from .._image_io import prepare_folder
from .._twins import AsyncTwin, SyncTwin, Twin, operation
from ..errors import ConfigurationError, RunError, RunMismatchError
from ._engine import RunEngine, RunProgress
from ._plan import Session, expand, fingerprint
from ._results import RunStatus, RunSummary, iter_results, status_of, write_records
from ._settings import RunSettings
from ._store import RunStore
from ._worker import Worker, cancel_leftovers, work

if TYPE_CHECKING:
    from .._client import AsyncInvokeAIClient, InvokeAIClient
    from ..graph import Graph
    from ..workflows import Sweeps, Workflow

__all__ = ["AsyncRun", "Run"]

ONE_SERVER_DEPTH = 1000  # alone, a server gets every session at once (in enqueues of up to 1,000)
POOL_DEPTH = 4  # in a pool, each server's queue is kept this deep: the next sessions go where one frees up
DEFAULT_PATIENCE = 15.0  # seconds a server may fail to answer before its sessions go to the others

C = TypeVar("C")


class _RunMethods(Twin, Generic[C]):
    """The methods of `Run` and `AsyncRun`, written once."""

    _resource = "run"
    _discover_first = False

    def __init__(self, store: RunStore, clients: Sequence[C], *, depth: int | None, patience: float) -> None:
        self._store = store
        self._clients = list(clients)
        meta = store.meta()
        self._meta = meta
        self._depth = depth or (ONE_SERVER_DEPTH if len(clients) == 1 else POOL_DEPTH)
        self._patience = patience

    # ---- opening (local: no request) ---------------------------------------------------------------

    @classmethod
    def _open(
        cls,
        folder: str | Path,
        servers: C | Sequence[C],
        workflow: Workflow | Graph | None,
        *,
        runs: int,
        sweep: Sweeps | None,
        rows: Iterable[Mapping[str, Any]] | None,
        prepend: bool,
        board: str | None,
        restart: bool,
        depth: int | None,
        patience: float,
        shard: tuple[int, int] | None,
        client_type: type[Any],
    ) -> Any:
        clients = _clients(servers, client_type)
        _check_shard(shard)
        path = prepare_folder(folder)  # an unwritable folder fails before anything else
        if workflow is None:
            if restart or rows is not None or sweep:
                raise ConfigurationError("restart, rows and sweep need the workflow")
            return cls(RunStore.open(path), clients, depth=depth, patience=patience)
        from ..graph import Graph
        from ..workflows import prepared_batch

        if isinstance(workflow, Graph):  # typed by its classes' bundled templates; each server's on the way
            workflow = workflow.to_workflow_object()

        working, body = prepared_batch(
            workflow, runs=runs, sweep=sweep, rows=rows, prepend=prepend, board=board,
            origin="workflows", destination="gallery",
        )  # fmt: skip
        options: dict[str, Any] = {"prepend": prepend, "board": board, "runs": runs}
        if shard is not None:
            options["shard"] = list(shard)

        def sessions() -> Iterator[Session]:  # expanded again where needed: the plan is never all in memory
            planned = expand(body, working.rows)
            if shard is None:
                return planned
            k, n = shard  # every n-th session, from the k-th: n processes share one plan
            return (s for s in planned if s.pos % n == k - 1)

        document = workflow.to_dict()
        mark = fingerprint(document, sessions(), options)
        old = None
        if RunStore.exists(path):
            old = RunStore.open(path)
            if old.meta().get("fingerprint") == mark and not restart:
                return cls(old, clients, depth=depth, patience=patience)
            if not restart:
                old.close()
                raise RunMismatchError(
                    f"{path} holds another run (another workflow, values, rows or options): resume it as it"
                    " was, start over with restart (--restart), or use another folder"
                )
        leftovers = _unfinished_batches(old) if old is not None else []
        if old is not None:
            old.close()
        meta = {
            "fingerprint": mark,
            "workflow": document,
            "options": options,
            "row_keys": sorted(working.rows.keys) if working.rows is not None else [],
        }
        store = RunStore.create(path, meta, sessions(), replace=restart, abandoned=leftovers)
        return cls(store, clients, depth=depth, patience=patience)

    # ---- reading (local) -------------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        """The output folder: the journal, ``results.jsonl`` and the saved images."""
        return self._store.folder

    def _repr_html_(self) -> str:
        """A notebook's summary: the folder and the sessions by state, from the journal (no request)."""
        from .._html import summary

        status = self.status()
        counts = ("done", "failed", "canceled", "queued", "todo", "files")
        return summary(
            f"{type(self).__name__} {self.folder}",
            [("sessions", status.total), *((name, getattr(status, name)) for name in counts)],
            headers=("server", "sessions done"),
            rows=sorted(status.servers.items()),
        )

    def status(self) -> RunStatus:
        """The sessions by state, from the journal (no request)."""
        store = self._store
        return status_of(store.states(), store.file_count(), store.done_by_server())

    def results(self) -> list[dict[str, Any]]:
        """One record per saved image (row, row values, sweep values, item, status, server, node, image
        name, path) and one per session that saved none (its status and error), in plan order; the same
        records as ``results.jsonl``."""
        return list(self._iter_results())

    def _iter_results(self) -> Iterator[dict[str, Any]]:
        return iter_results(self._store, frozenset(self._meta.get("row_keys") or ()))

    def close(self) -> None:
        """Release the run's journal and lock (the clients stay open)."""
        self._store.close()

    # ---- doing the work ------------------------------------------------------------------------------

    @operation
    def resume(
        self,
        *,
        stall_limit: float | None = DEFAULT_STALL_LIMIT,
        progress: bool = False,
        on_progress: Any = None,
        concurrency: int = 4,
    ) -> Flow[RunSummary]:
        """Do what is left of the run on its servers; then write ``results.jsonl``.

        Sessions are dealt by pull: each server's queue is kept a few sessions deep, the next go to
        whichever frees up first. A server that cannot run the workflow (a model it lacks) gets none;
        one that stops answering for a while has its unfinished sessions moved to the others (its
        leftovers are canceled there when it answers again).

        Args:
            stall_limit: give up when no session has ended for this many seconds (``None``: never);
                resuming again goes on. (Not a deadline for the run: an overnight run may take all night.)
            progress: draw a progress bar on stderr: sessions ended, and each server's share.
            on_progress: called with a `RunProgress` whenever a session ends (an awaitable it
                returns is awaited on an ``AsyncRun``).
            concurrency: image downloads at a time, per server.

        Returns:
            What this resume did (`RunSummary`); failed sessions are counted, not raised.

        Raises:
            RunTimeoutError: no session ended for ``stall_limit`` seconds.
            RunError: no server can run the workflow.
        """
        started = time.monotonic()
        files_before = self._store.file_count()
        urls = [_url(client) for client in self._clients]
        engine = RunEngine(self._store, urls, stall_limit=stall_limit)
        _orphans(engine, set(urls))
        settings = RunSettings(
            folder=self.folder,
            workflow=self._meta["workflow"],
            depth=self._depth,
            patience=self._patience,
            stall_limit=stall_limit,
            concurrency=concurrency,
            prepend=bool(self._meta["options"].get("prepend")),
            board=self._meta["options"].get("board"),
        )
        bar = _bar(engine) if progress else None
        if on_progress is not None:
            engine.on_progress(on_progress)
        workers = [Worker(url, client, settings) for url, client in zip(urls, self._clients, strict=True)]
        try:
            if not engine.finished():
                flows = [work(engine, worker) for worker in workers]
                yield Together(flows, len(flows), on_abort=lambda: engine.fail(RunError("interrupted")))
            for worker in workers:  # a server away for a while may still hold sessions run elsewhere
                yield from cancel_leftovers(engine, worker)
            yield from settle(engine.changed())
        finally:
            if bar is not None:
                bar.close()
            write_records(self.folder / RESULTS, self._iter_results())
        return RunSummary(
            status=self.status(),
            skipped=engine.skipped,
            saved=self._store.file_count() - files_before,
            seconds=time.monotonic() - started,
            servers=engine.progress().servers,
        )


def _check_shard(shard: tuple[int, int] | None) -> None:
    if shard is None:
        return
    k, n = shard
    if not (isinstance(k, int) and isinstance(n, int) and 1 <= k <= n):
        raise ConfigurationError(f"shard must be (k, n) with 1 <= k <= n, got {shard!r}")


def _clients(servers: Any, client_type: type[Any]) -> list[Any]:
    clients = [servers] if isinstance(servers, client_type) else list(servers)
    if not clients:
        raise ConfigurationError("a run needs at least one server (a client)")
    for client in clients:
        if not isinstance(client, client_type):
            raise ConfigurationError(f"a {client_type.__name__} is needed here, got {type(client).__name__}")
    urls = [_url(c) for c in clients]
    if len(set(urls)) != len(urls):
        raise ConfigurationError(f"a server is given twice: {', '.join(urls)}")
    return clients


def _url(client: Any) -> str:
    return str(client.base_url)


def _unfinished_batches(store: RunStore) -> list[tuple[str, str]]:
    """The (server, batch) pairs an old run still has on servers: canceled when the new one starts."""
    held = {r.batch_id for r in store.sessions(state="sent") if r.batch_id}
    return [(b.server, b.batch_id) for b in store.batches() if b.batch_id in held or b.state == "abandoned"]


def _orphans(engine: RunEngine, urls: set[str]) -> None:
    """Sessions on a server that is not in this resume's pool: dealt again to those that are."""
    by_batch: dict[str, list[int]] = {}
    for record in engine.held_elsewhere(urls):
        by_batch.setdefault(record.batch_id or "", []).append(record.session.pos)
    for batch_id, positions in by_batch.items():
        engine.give_back(positions, abandon=batch_id)


def _bar(engine: RunEngine) -> Any:
    from .._progress_bar import make_bar

    bar = make_bar()

    def draw(state: RunProgress) -> None:
        bar.show(state.ended, state.total, state.describe())

    engine.on_progress(draw)
    return bar


class Run(_RunMethods["InvokeAIClient"], SyncTwin):
    """A durable batch job (blocking API): open it with `open`, then `resume` it."""

    def __init__(
        self, store: RunStore, clients: Sequence[InvokeAIClient], *, depth: int | None, patience: float
    ) -> None:
        super().__init__(store, clients, depth=depth, patience=patience)
        self._core = SyncDriver()

    @classmethod
    def open(
        cls,
        folder: str | Path,
        servers: InvokeAIClient | Sequence[InvokeAIClient],
        workflow: Workflow | Graph | None = None,
        *,
        runs: int = 1,
        sweep: Sweeps | None = None,
        rows: Iterable[Mapping[str, Any]] | None = None,
        prepend: bool = False,
        board: str | None = None,
        restart: bool = False,
        depth: int | None = None,
        patience: float = DEFAULT_PATIENCE,
        shard: tuple[int, int] | None = None,
    ) -> Run:
        """The run in ``folder``: created for ``workflow`` (with its rows, sweeps and runs), resumed if the
        folder holds the same plan, or (without ``workflow``) the one the folder holds. Local only: every
        value and row is checked here, and nothing is sent until `resume`.

        Args:
            folder: the output folder (created if missing): journal, ``results.jsonl``, images.
            servers: a client, or several (a pool: one batch dealt across their servers).
            workflow: a GUI workflow, or a graph written in Python (its form's inputs are what rows name).
            depth: sessions kept on each server's queue (default: 1,000 for one server, 4 in a pool).
            patience: seconds a server may fail to answer before its sessions go to the others.
            restart: drop the folder's journal and start over (the old run's batches still on its
                servers are canceled when this one starts; its files stay).
            shard: ``(k, n)``: only every n-th session of the plan, from the k-th (1-based), so n processes
                (on one machine or several, each with its own folder) share a plan too big for one client
                process; together they run each session once.

        Raises:
            RunMismatchError: the folder holds another run (and not ``restart``).
            RunLockedError: another process is running it.
            WorkflowError: a value, sweep or row is wrong (``RowError`` names the row and column).
        """
        from .._client import InvokeAIClient

        run: Run = cls._open(
            folder, servers, workflow, runs=runs, sweep=sweep, rows=rows, prepend=prepend, board=board,
            restart=restart, depth=depth, patience=patience, shard=shard, client_type=InvokeAIClient,
        )  # fmt: skip
        return run

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncRun(_RunMethods["AsyncInvokeAIClient"], AsyncTwin):
    """A durable batch job (asyncio API): the twin of `Run`."""

    def __init__(
        self, store: RunStore, clients: Sequence[AsyncInvokeAIClient], *, depth: int | None, patience: float
    ) -> None:
        super().__init__(store, clients, depth=depth, patience=patience)
        self._core = AsyncDriver()

    @classmethod
    def open(
        cls,
        folder: str | Path,
        servers: AsyncInvokeAIClient | Sequence[AsyncInvokeAIClient],
        workflow: Workflow | Graph | None = None,
        *,
        runs: int = 1,
        sweep: Sweeps | None = None,
        rows: Iterable[Mapping[str, Any]] | None = None,
        prepend: bool = False,
        board: str | None = None,
        restart: bool = False,
        depth: int | None = None,
        patience: float = DEFAULT_PATIENCE,
        shard: tuple[int, int] | None = None,
    ) -> AsyncRun:
        """See `Run.open` (local only, so not a coroutine)."""
        from .._client import AsyncInvokeAIClient

        run: AsyncRun = cls._open(
            folder, servers, workflow, runs=runs, sweep=sweep, rows=rows, prepend=prepend, board=board,
            restart=restart, depth=depth, patience=patience, shard=shard, client_type=AsyncInvokeAIClient,
        )  # fmt: skip
        return run

    async def __aenter__(self) -> AsyncRun:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()
