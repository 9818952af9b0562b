"""Durable runs: throughput with one and two local servers, the cost of opening a run, and resume overhead.

- ``pool``: the same rows (``blank_blur_save.json``, a fresh size each time so the invocation cache never
  answers) run with ``Run.resume`` on one server, then on two (rounds alternate the order); each server
  runs torch on one thread. Reported: wall time, sessions per second, the ratio two/one, each server's share.
- ``open``: ``Run.open`` of 1,000 and 10,000 rows (check every cell, expand the plan, write the journal),
  each in a fresh interpreter: time and peak RSS.
- ``resume``: a 1,000-row run, first fresh, then half done (500 sessions marked done in its journal): the
  time from ``Run.open`` to the first new enqueue answered (``depth=100``: the same 100-session enqueue in
  both), and its ratio to the fresh run's. The enqueued batch is canceled at once.

Usage: python scripts/bench/runs_bench.py [pool|open|resume|all] [--rows 40] [--rounds 2] [--version 6.14.2]
(starts its own servers on 127.0.0.1 and stops them by PID).
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from invokeai_server import running_server  # noqa: E402

from invokeai_client import InvokeAIClient, Run  # noqa: E402
from invokeai_client.runs import _store  # noqa: E402
from invokeai_client.workflows import TemplateSet, Workflow  # noqa: E402

WORKFLOW = REPO / "tests" / "live" / "workflows" / "blank_blur_save.json"


def rows(count: int) -> list[dict[str, Any]]:
    height = 8 * (1 + uuid.uuid4().int % 120)
    return [{"Width": 8 * (1 + n % 64), "Height": height, "blur.radius": (n % 7) / 2} for n in range(count)]


def one_pool_run(urls: list[str], count: int) -> dict[str, Any]:
    with ExitStack() as stack:
        clients = [stack.enter_context(InvokeAIClient(url)) for url in urls]
        workflow = clients[0].workflows.load(WORKFLOW)
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        with Run.open(folder, clients, workflow, rows=rows(count)) as run:
            started = time.perf_counter()
            summary = run.resume(stall_limit=600)
            wall = time.perf_counter() - started
    assert summary.status.done == count, summary.describe()
    return {"servers": len(urls), "wall": wall, "shares": [s.done for s in summary.servers]}


def pool(urls: list[str], count: int, rounds: int) -> None:
    one_pool_run(urls, 4)  # warm both servers (first session loads the nodes' code)
    one_pool_run(urls[:1], 2)
    results: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for round_ in range(rounds):
        order = [urls[:1], urls] if round_ % 2 == 0 else [urls, urls[:1]]
        for chosen in order:
            result = one_pool_run(chosen, count)
            results[len(chosen)].append(result)
            print(
                f"round {round_ + 1}: {len(chosen)} server(s) {result['wall']:.1f} s shares {result['shares']}"
            )
    one = statistics.median(r["wall"] for r in results[1])
    two = statistics.median(r["wall"] for r in results[2])
    print(f"\n| servers | {count} rows (s, median of {rounds}) | sessions/s | shares |")
    print("|---:|---:|---:|---|")
    print(f"| 1 | {one:.1f} | {count / one:.2f} | {results[1][0]['shares']} |")
    print(f"| 2 | {two:.1f} | {count / two:.2f} | {[r['shares'] for r in results[2]]} |")
    print(f"\ntwo servers / one: {one / two:.2f}x the throughput")


def open_once(count: int) -> None:
    """(child) Open a run of ``count`` rows in a fresh folder; print time and peak RSS as JSON."""
    client = InvokeAIClient("http://127.0.0.1:9")  # never contacted
    workflow = Workflow.load(WORKFLOW, TemplateSet.bundled())
    with tempfile.TemporaryDirectory() as folder:
        data = rows(count)
        started = time.perf_counter()
        with Run.open(folder, client, workflow, rows=data) as run:
            opened = time.perf_counter() - started
            assert run.status().total == count
        started = time.perf_counter()
        with Run.open(folder, client, workflow, rows=data):
            reopened = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": count, "open": opened, "reopen": reopened, "rss": peak}))


def open_costs() -> None:
    print("| rows | open, new (s) | open, same plan again (s) | peak RSS (MB) |")
    print("|---:|---:|---:|---:|")
    for count in (1000, 10000):
        out = subprocess.run(
            [sys.executable, __file__, "_open", str(count)], capture_output=True, text=True, check=True
        )
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {count:,} | {figures['open']:.2f} | {figures['reopen']:.2f} | {figures['rss']:.0f} |")


class _Stop(BaseException):
    """Ends a resume as soon as its first enqueue is answered."""


def first_enqueue(url: str, folder: Path, data: list[dict[str, Any]], half_done: bool) -> tuple[float, float]:
    """(seconds to open, seconds from open to the first enqueue answered)."""
    original = _store.RunStore.queued
    answered: list[float] = []
    landed: list[str] = []

    def queued(self: _store.RunStore, batch_id: str, item_ids: Any) -> None:
        original(self, batch_id, item_ids)
        answered.append(time.perf_counter())
        landed.append(batch_id)
        raise _Stop

    with InvokeAIClient(url) as client:
        workflow = client.workflows.load(WORKFLOW)
        if half_done:
            Run.open(folder, client, workflow, rows=data).close()
            with sqlite3.connect(folder / "run.sqlite") as db:
                db.execute("UPDATE sessions SET state = 'done', status = 'completed' WHERE pos < 500")
        _store.RunStore.queued = queued  # type: ignore[method-assign]
        try:
            started = time.perf_counter()
            with Run.open(folder, client, workflow, rows=data, depth=100) as run:
                opened = time.perf_counter()
                with suppress(_Stop):
                    run.resume(stall_limit=600)
        finally:
            _store.RunStore.queued = original  # type: ignore[method-assign]
        client.queue.cancel_batches(landed)
    return opened - started, answered[0] - started


def resume_overhead(url: str, rounds: int) -> None:
    data = rows(1000)
    fresh: list[tuple[float, float]] = []
    resumed: list[tuple[float, float]] = []
    for round_ in range(rounds + 1):  # the first round warms the server and the client up, and is dropped
        for half_done, into in ((False, fresh), (True, resumed)):
            if round_ == 0:
                with tempfile.TemporaryDirectory() as folder:
                    first_enqueue(url, Path(folder), data, half_done)
                continue
            with tempfile.TemporaryDirectory() as folder:
                into.append(first_enqueue(url, Path(folder), data, half_done))
    f_open, f_first = (statistics.median(x[i] for x in fresh) for i in (0, 1))
    r_open, r_first = (statistics.median(x[i] for x in resumed) for i in (0, 1))
    print(f"| 1,000-row run | open (s) | start to first enqueue answered (s) |  (median of {rounds})")
    print("|---|---:|---:|")
    print(f"| fresh | {f_open:.3f} | {f_first:.3f} |")
    print(f"| half done (500 sessions done) | {r_open:.3f} | {r_first:.3f} |")
    print(f"\nresume / fresh: {r_first / f_first:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", nargs="?", default="all", choices=["pool", "open", "resume", "all", "_open"])
    parser.add_argument("count", nargs="?", type=int, default=0)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--version", default="6.14.2")
    args = parser.parse_args()
    if args.what == "_open":
        open_once(args.count)
        return
    if args.what in ("open", "all"):
        open_costs()
    if args.what == "open":
        return
    with running_server(args.version, use_env=False) as first:
        if args.what in ("resume", "all"):
            resume_overhead(first, args.rounds)
        if args.what in ("pool", "all"):
            with running_server(args.version, use_env=False) as second:
                pool([first, second], args.rows, args.rounds)


if __name__ == "__main__":
    main()
