"""Running jobs: the SDK against raw httpx and the earlier public client, on one server, in one run.

(1) N small model-free jobs (``blank_image -> img_blur -> save_image``, Width swept over N values) submitted
and collected: one enqueue with a sweep vs one enqueue per job; wall time and HTTP requests.
(2) Completion-detection latency: from the item's ``completed_at`` (the server's SQLite UTC time, ms) to the
moment the client holds the final item, for single jobs run one after another.
(3) Downloading M images to files, sequentially and concurrently.

Compared with (a) raw httpx making the fewest requests (one ``enqueue_batch``, the batch status polled at a
fixed interval, one ``items_by_ids``) and (b) ``invokeai-py-client==1.1.1`` from PyPI, installed only in a
separate venv (made here on first use, outside the repository) and run as a subprocess (_earlier_client.py).

Requests are counted with an httpx request event hook (SDK, raw) and a ``requests`` response hook (earlier
client); the SDK's Socket.IO connection is counted apart (its engine.io HTTP requests and WebSockets).
Every job gets a Height of its own, so the server's invocation cache never serves a result.

Usage: python scripts/bench/jobs_run.py [--jobs 50] [--images 200]   (starts a server unless $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import functools
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from _jobs_measure import Counter, SocketCounter, download_table, jobs_table, latency_table, server_time

from invokeai_client import InvokeAIClient
from invokeai_client.workflows import Workflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from invokeai_server import cache_dir, running_server

REPO = Path(__file__).resolve().parent.parent.parent
EARLIER = "invokeai-py-client==1.1.1"
WORKFLOW = REPO / "tests/live/workflows/blank_blur_save.json"
QUEUE = "/api/v1/queue/default"


@dataclass
class Run:
    """One way of running the jobs: its wall time, its requests, and what the server recorded."""

    label: str
    wall: float
    requests: int
    item_ids: list[int]
    seen: dict[int, float] = field(default_factory=dict)  # item id -> time.time() the client held it final
    socket: str = ""
    items: list[dict[str, Any]] = field(default_factory=list)  # filled afterwards, uncounted


def earlier_python(venv: Path) -> Path:
    """The Python of the venv holding the earlier client; created and installed on first use."""
    python = venv / "bin" / "python"
    marker = venv / f".installed-{EARLIER}"
    if not marker.exists():
        print(f"installing {EARLIER} into {venv} (once) …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", EARLIER]
        subprocess.run(pip, check=True)
        marker.touch()
    return python


def earlier(python: Path, *args: str) -> dict[str, Any]:
    script = Path(__file__).with_name("_earlier_client.py")
    out = subprocess.run([str(python), str(script), *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@contextlib.contextmanager
def sdk(url: str, workflow: dict[str, Any]) -> Iterator[tuple[InvokeAIClient, Workflow, Counter]]:
    """A fresh client with its workflow loaded (templates fetched), then its requests counted."""
    counter = Counter()
    with InvokeAIClient(url) as client:
        loaded = client.workflows.load(workflow)
        client._core.http.event_hooks["request"].append(counter)  # the SDK's own httpx client (private)
        yield client, loaded, counter


def raw_client(url: str, counter: Counter | None = None) -> httpx.Client:
    hooks: dict[str, list[Callable[..., Any]]] = {"request": [counter]} if counter else {}
    return httpx.Client(base_url=url, timeout=30, event_hooks=hooks)


# ---- (1) N jobs ---------------------------------------------------------------------------------


def sdk_sweep(url: str, wf: dict[str, Any], widths: list[int], height: int, mode: str) -> Run:
    with SocketCounter() as sockets, sdk(url, wf) as (client, workflow, counter):
        workflow.set("Height", height)
        started = time.perf_counter()
        with client.workflows.submit(workflow, sweep={"Width": widths}, wait=mode) as job:  # type: ignore[arg-type]
            items = job.wait(timeout=900)
        wall = time.perf_counter() - started
        seen = dict.fromkeys((i.item_id for i in items), time.time())
        return Run(
            f"SDK, 1 enqueue (sweep), wait on {mode}", wall, counter.n, job.item_ids, seen, sockets.text
        )


def sdk_per_job(url: str, wf: dict[str, Any], widths: list[int], height: int) -> Run:
    with SocketCounter() as sockets, sdk(url, wf) as (client, workflow, counter):
        workflow.set("Height", height)
        started = time.perf_counter()
        jobs = []
        for width in widths:
            workflow.set("Width", width)
            jobs.append(client.workflows.submit(workflow))
        seen: dict[int, float] = {}
        for job in jobs:
            with job:
                seen.update(dict.fromkeys((i.item_id for i in job.wait(timeout=900)), time.time()))
        wall = time.perf_counter() - started
        return Run(
            f"SDK, {len(widths)} submits, wait on events", wall, counter.n, sorted(seen), seen, sockets.text
        )


def raw_wait(http: httpx.Client, batch_id: str, interval: float) -> None:
    while True:
        time.sleep(interval)
        status = http.get(f"{QUEUE}/b/{batch_id}/status").raise_for_status().json()
        if status["pending"] + status["in_progress"] == 0:
            return


def raw_items(http: httpx.Client, ids: list[int]) -> list[dict[str, Any]]:
    return http.post(f"{QUEUE}/items_by_ids", json={"item_ids": ids}).raise_for_status().json()  # type: ignore[no-any-return]


def raw_sweep(url: str, graph: dict[str, Any], widths: list[int], interval: float) -> Run:
    counter = Counter()
    data = [[{"node_path": "canvas", "field_name": "width", "items": widths}]]
    with raw_client(url, counter) as http:
        started = time.perf_counter()
        body = {"prepend": False, "batch": {"graph": graph, "data": data, "runs": 1}}
        result = http.post(f"{QUEUE}/enqueue_batch", json=body).raise_for_status().json()
        raw_wait(http, result["batch"]["batch_id"], interval)
        items = raw_items(http, result["item_ids"])
        wall = time.perf_counter() - started
    seen = dict.fromkeys((i["item_id"] for i in items), time.time())
    return Run(f"raw httpx, 1 enqueue (sweep), poll {interval} s", wall, counter.n, result["item_ids"], seen)


def raw_per_job(url: str, graph: dict[str, Any], widths: list[int], interval: float) -> Run:
    """One enqueue per job; the queue runs in order, so polling the last batch is enough."""
    counter = Counter()
    ids: list[int] = []
    with raw_client(url, counter) as http:
        started = time.perf_counter()
        for width in widths:
            one = copy.deepcopy(graph)
            one["nodes"]["canvas"]["width"] = width
            body = {"prepend": False, "batch": {"graph": one, "runs": 1}}
            result = http.post(f"{QUEUE}/enqueue_batch", json=body).raise_for_status().json()
            ids += result["item_ids"]
        raw_wait(http, result["batch"]["batch_id"], interval)
        items = raw_items(http, ids)
        wall = time.perf_counter() - started
    seen = dict.fromkeys((i["item_id"] for i in items), time.time())
    return Run(f"raw httpx, {len(widths)} enqueues, poll {interval} s", wall, counter.n, ids, seen)


def earlier_jobs(
    python: Path, url: str, wf_path: Path, widths: list[int], heights: Iterator[int], mode: str
) -> Run:
    out = earlier(python, "jobs", url, str(wf_path), str(next(heights)), mode, ",".join(map(str, widths)))
    label = {
        "sequential": "earlier client, submit + wait per job (its README)",
        "submit-all": f"earlier client, {len(widths)} submits, then wait each",
    }[mode]
    seen = {int(k): v for k, v in out["seen"].items()}
    return Run(label, out["wall"], out["requests"], out["item_ids"], seen)


# ---- (2) completion-detection latency -----------------------------------------------------------


def latency_sdk(url: str, wf: dict[str, Any], heights: Iterator[int], mode: str, count: int) -> list[float]:
    samples = []
    with sdk(url, wf) as (client, workflow, _):
        for _ in range(count):
            workflow.set("Height", next(heights))
            with client.workflows.submit(workflow, wait=mode) as job:  # type: ignore[arg-type]
                [item] = job.wait(timeout=120)
            samples.append(time.time() - server_time(item.completed_at or ""))
    return samples


def latency_sdk_per_item(url: str, wf: dict[str, Any], widths: list[int], height: int) -> list[float]:
    samples = []
    with sdk(url, wf) as (client, workflow, _):
        workflow.set("Height", height)
        with client.workflows.submit(workflow, sweep={"Width": widths}) as job:
            for item in job.as_completed(timeout=600):
                samples.append(time.time() - server_time(item.completed_at or ""))
    return samples


def latency_raw(
    url: str, graph: dict[str, Any], heights: Iterator[int], interval: float, count: int
) -> list[float]:
    samples = []
    with raw_client(url) as http:
        for _ in range(count):
            one = copy.deepcopy(graph)
            one["nodes"]["canvas"]["height"] = next(heights)
            body = {"prepend": False, "batch": {"graph": one, "runs": 1}}
            result = http.post(f"{QUEUE}/enqueue_batch", json=body).raise_for_status().json()
            raw_wait(http, result["batch"]["batch_id"], interval)
            [item] = raw_items(http, result["item_ids"])
            samples.append(time.time() - server_time(item["completed_at"]))
    return samples


# ---- (3) downloads ------------------------------------------------------------------------------


def downloads(
    url: str, names: list[str], rounds: int, python: Path | None, workers: int
) -> dict[str, list[tuple[float, int]]]:
    """Each way's (wall time, requests) per round; the ways take turns, after one unmeasured round."""
    counter = Counter()
    samples: dict[str, list[tuple[float, int]]] = {}
    with InvokeAIClient(url) as client, raw_client(url, counter) as http:
        client.server_version()
        client._core.http.event_hooks["request"].append(counter)

        def fetch(name: str, folder: Path) -> None:
            (folder / name).write_bytes(http.get(f"/api/v1/images/i/{name}/full").raise_for_status().content)

        def loop(folder: Path) -> None:
            for name in names:
                fetch(name, folder)

        def pooled(folder: Path) -> None:
            with ThreadPoolExecutor(workers) as pool:
                list(pool.map(lambda n: fetch(n, folder), names))

        def earlier_loop(folder: Path) -> tuple[float, int]:
            assert python is not None
            with tempfile.NamedTemporaryFile("w", suffix=".json", dir=folder, delete=False) as file:
                json.dump(names, file)
            out = earlier(python, "download", url, file.name, str(folder))
            return out["wall"], out["requests"]

        ways: dict[str, Callable[[Path], object]] = {
            "SDK `download_many(concurrency=1)`": lambda f: client.images.download_many(
                names, f, concurrency=1
            ),
            "raw httpx, a loop of GET + write": loop,
            f"SDK `download_many(concurrency={workers})`": lambda f: client.images.download_many(
                names, f, concurrency=workers
            ),
            f"raw httpx, {workers} threads, one client": pooled,
        }
        if python is not None:
            ways["earlier client, a loop of `BoardHandle.download_image` + write"] = earlier_loop
        samples.update((label, []) for label in ways)
        for round_ in range(rounds + 1):
            labels = list(ways)
            for label in labels[round_ % len(labels) :] + labels[: round_ % len(labels)]:
                with tempfile.TemporaryDirectory() as folder:
                    counter.n = 0
                    started = time.perf_counter()
                    measured = ways[label](Path(folder))
                    sample = (time.perf_counter() - started, counter.n)
                if isinstance(measured, tuple):  # the earlier client times itself, in its own process
                    sample = measured
                if round_:
                    samples[label].append(sample)
    return samples


# ---- the run ------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=50)
    parser.add_argument("--latency-jobs", type=int, default=10)
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="runs of each way of running the jobs")
    parser.add_argument("--download-rounds", type=int, default=5, help="runs of each way of downloading")
    parser.add_argument("--raw-poll", type=float, default=0.5, help="the raw client's poll interval (s)")
    parser.add_argument("--workers", type=int, default=8, help="concurrent downloads")
    parser.add_argument(
        "--earlier-venv", type=Path, default=cache_dir() / "bench" / "invokeai-py-client-1.1.1"
    )
    parser.add_argument("--no-earlier", action="store_true", help="skip the earlier client")
    args = parser.parse_args()
    python = None if args.no_earlier else earlier_python(args.earlier_venv)

    definition = json.loads(WORKFLOW.read_text())
    # The earlier client sends the GUI's "collapsed" edges as edges with no field (422): drop them for all.
    definition["edges"] = [e for e in definition["edges"] if e.get("type") != "collapsed"]
    heights = itertools.count(40)  # a Height per job or run: no invocation-cache hits
    widths = [8 + 4 * i for i in range(args.jobs)]

    with running_server() as url, tempfile.TemporaryDirectory() as tmp:
        wf_path = Path(tmp) / "workflow.json"
        wf_path.write_text(json.dumps(definition))
        with InvokeAIClient(url) as client:
            template = client.workflows.load(definition)
            version = client.server_version()
        graph = template.to_graph()

        def raw_graph(height: int) -> dict[str, Any]:
            one = copy.deepcopy(graph)
            one["nodes"]["canvas"]["height"] = height
            return one

        print(f"InvokeAI {version} at {url}; warming up …", file=sys.stderr)
        latency_raw(url, graph, heights, 0.1, 2)
        ways: list[Callable[[], Run]] = [
            lambda: raw_sweep(url, raw_graph(next(heights)), widths, args.raw_poll),
            lambda: sdk_sweep(url, definition, widths, next(heights), "events"),
            lambda: sdk_sweep(url, definition, widths, next(heights), "poll"),
            lambda: raw_per_job(url, raw_graph(next(heights)), widths, args.raw_poll),
            lambda: sdk_per_job(url, definition, widths, next(heights)),
        ]
        if python is not None:
            for mode in ("submit-all", "sequential"):
                ways.append(functools.partial(earlier_jobs, python, url, wf_path, widths, heights, mode))
        runs: dict[str, list[Run]] = {}
        with raw_client(url) as http:
            for round_ in range(args.rounds):  # the ways take turns, each round starting one later
                for way in ways[round_ % len(ways) :] + ways[: round_ % len(ways)]:
                    run = way()
                    run.items = raw_items(http, run.item_ids)
                    runs.setdefault(run.label, []).append(run)
                    print(f"  round {round_ + 1}: {run.label}: {run.wall:.2f} s", file=sys.stderr)

        latencies = {
            "SDK, wait on events": latency_sdk(url, definition, heights, "events", args.latency_jobs),
            "SDK, wait on polling (1 s, x1.5, up to 5 s)": latency_sdk(
                url, definition, heights, "poll", args.latency_jobs
            ),
            f"raw httpx, poll {args.raw_poll} s": latency_raw(
                url, graph, heights, args.raw_poll, args.latency_jobs
            ),
            f"SDK, events, `as_completed` per item of a {len(widths[:20])}-item sweep": latency_sdk_per_item(
                url, definition, widths[:20], next(heights)
            ),
        }
        for label, done in runs.items():
            if label.startswith("earlier client, submit + wait"):
                latencies["earlier client, `wait_for_completion_sync` (poll 0.5 s)"] = [
                    run.seen[i["item_id"]] - server_time(i["completed_at"]) for run in done for i in run.items
                ]

        with InvokeAIClient(url) as client:
            names = client.images.names(is_intermediate=False).image_names[: args.images]
        if len(names) < args.images:
            raise SystemExit(f"only {len(names)} images on the server, {args.images} wanted")
        rows = downloads(url, names, args.download_rounds, python, args.workers)

    print(f"\nInvokeAI {version}, Python {sys.version.split()[0]}; {args.jobs} jobs, {args.rounds} rounds\n")
    print(jobs_table(runs, args.jobs))
    print(latency_table(latencies))
    print(download_table(rows, len(names)))


if __name__ == "__main__":
    main()
