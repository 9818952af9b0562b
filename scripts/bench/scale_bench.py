"""Durable runs past this machine, by simulation: one client process's dispatcher and journal driven against
many simulated servers (``sim_servers.py``: a loopback STAND-IN for GPUs we do not have, each running its
queue one item at a time at a set latency, answering with items recorded from a real server).

Measured per case, in the client process only (the simulated servers run in a process of their own):
wall time and items/s, client CPU per item (user + system), peak RSS, the journal's size, and fairness
(the smallest server's share over the largest's, all servers being equally fast).

    python scripts/bench/scale_bench.py [--rows 10000 100000] [--servers 2 8 32] [--capacity 800]
        [--depth 64] [--limit 10000]

Targets (issue 20): >= 500 items/s in one process, <= 2 ms client CPU per item, flat RSS (100,000 rows
not much above 10,000).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent.parent
SIM = Path(__file__).resolve().parent / "sim_servers.py"
WORKFLOW = REPO / "tests" / "live" / "workflows" / "blank_blur_save.json"

from invokeai_client import AsyncInvokeAIClient, AsyncRun, InvokeAIClient, Run  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one_case(
    rows: int, servers: int, latency: float, depth: int, limit: int, *, use_async: bool = False
) -> dict[str, Any]:
    with ExitStack() as stack:
        sim = subprocess.Popen(
            [sys.executable, str(SIM), "serve", "--count", str(servers), "--latency", str(latency),
             "--limit", str(limit)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        stack.callback(sim.stdin.close)  # type: ignore[union-attr]
        urls = [sim.stdout.readline().strip() for _ in range(servers)]  # type: ignore[union-attr]
        table = [{"Width": 8 * (1 + n % 64), "Height": 8 * (1 + n // 64)} for n in range(rows)]
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        with InvokeAIClient(urls[0]) as first:
            workflow = first.workflows.load(WORKFLOW)
        opened = time.perf_counter()
        if use_async:
            summary, cpu, wall = asyncio.run(_resume_async(urls, folder, workflow, table, depth))
        else:
            clients = [stack.enter_context(InvokeAIClient(url)) for url in urls]
            run = stack.enter_context(Run.open(folder, clients, workflow, rows=table, depth=depth))
            cpu, started = _cpu(), time.perf_counter()
            summary = run.resume(stall_limit=600, concurrency=4)
            wall, cpu = time.perf_counter() - started, _cpu() - cpu
        open_seconds = time.perf_counter() - opened - wall
        assert summary.status.done == rows, summary.describe()
        journal = sum(p.stat().st_size for p in folder.glob("run.sqlite*"))
        shares = [s.done for s in summary.servers]
    sim.wait(10)
    routes: dict[str, int] = json.loads(sim.stderr.read().strip().splitlines()[-1])  # type: ignore[union-attr]
    during_run = (
        sum(routes.values()) - 4 * servers
    )  # less each client's start (version, document, models, config)
    return {
        "rows": rows, "servers": servers, "wall": wall, "rate": rows / wall, "cpu_ms": 1000 * cpu / rows,
        "rss": _rss_mb(), "journal_mb": journal / 1e6, "fair": min(shares) / max(shares), "open": open_seconds,
        "capacity": servers / latency, "requests": during_run / rows,
    }  # fmt: skip


async def _resume_async(
    urls: list[str], folder: Path, workflow: Any, table: list[dict[str, Any]], depth: int
) -> tuple[Any, float, float]:
    clients = [AsyncInvokeAIClient(url) for url in urls]
    try:
        async with AsyncRun.open(folder, clients, workflow, rows=table, depth=depth) as run:
            cpu, started = _cpu(), time.perf_counter()
            summary = await run.resume(stall_limit=600, concurrency=4)
            return summary, _cpu() - cpu, time.perf_counter() - started
    finally:
        for client in clients:
            await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000])
    parser.add_argument("--servers", type=int, nargs="+", default=[2, 8, 32])
    parser.add_argument(
        "--capacity", type=float, default=800.0,
        help="items/s all simulated servers can do together (each: servers/capacity seconds per item)",
    )  # fmt: skip
    parser.add_argument("--depth", type=int, default=64, help="sessions kept on each server's queue")
    parser.add_argument("--limit", type=int, default=10_000, help="each server's max_queue_size")
    parser.add_argument("--async", dest="use_async", action="store_true", help="AsyncRun (else Run)")
    args = parser.parse_args()
    print(f"client pid {os.getpid()}; simulated capacity {args.capacity:g} items/s; depth {args.depth}")
    print("\n| rows | servers | capacity (items/s) | wall (s) | items/s | CPU/item (ms) | requests/item |"
          " peak RSS (MB) | journal (MB) | fairness (min/max share) |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for rows in args.rows:
        for servers in args.servers:
            r = one_case(
                rows, servers, servers / args.capacity, args.depth, args.limit, use_async=args.use_async
            )
            print(
                f"| {r['rows']:,} | {r['servers']} | {r['capacity']:.0f} | {r['wall']:.1f} | {r['rate']:.0f} |"
                f" {r['cpu_ms']:.2f} | {r['requests']:.2f} | {r['rss']:.0f} | {r['journal_mb']:.1f} |"
                f" {r['fair']:.2f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
