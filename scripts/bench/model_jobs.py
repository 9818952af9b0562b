"""A model workload: N jobs of InvokeAI's own "Text to Image - SD1.5" workflow at 64 x 64 on the tiny SD-1 model
(``tests/tiny_models``), one seed each, run by the SDK and by raw httpx in the same run (rounds alternate).

- SDK: ``client.workflows.submit(workflow)`` with a seed sweep (one enqueue), waiting on events.
- raw httpx, the fewest requests: the same ``enqueue_batch`` body (built beforehand, outside the timing), the
  batch status polled every 0.25 s, one ``items_by_ids`` at the end.

Reported: wall time and its ratio to raw httpx, the client's overhead per job (wall time minus the server's run
time of the items, per job), the events the SDK's job received per second (progress events carry previews),
and what decoding the previews costs when a caller asks for them (``ProgressImage.to_pil``).

Every round pins fresh seeds (the default workflow draws its seed with a ``rand_int`` node: ``low = s``,
``high = s + 1``, zipped), so the invocation cache never answers.

Usage: python scripts/bench/model_jobs.py [--jobs 20] [--rounds 2]  (starts a 6.14.2 server unless $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from _jobs_measure import Counter, SocketCounter, jobs_table

from invokeai_client import InvokeAIClient
from invokeai_client.types import Event, InvocationProgressEvent, Model
from invokeai_client.workflows import Workflow

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))
from invokeai_server import cache_dir, running_server, venv_bin  # noqa: E402

from tests.tiny_models import build  # noqa: E402

QUEUE = "/api/v1/queue/default"
SD15 = "Text to Image - SD1.5"


@dataclass
class Run:
    label: str
    wall: float
    requests: int
    socket: str = ""
    items: list[dict[str, Any]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def node_id(workflow: Workflow, node_type: str) -> str:
    (found,) = [n["id"] for n in workflow.definition.invocation_nodes() if n["data"]["type"] == node_type]
    return str(found)


def prepared(client: InvokeAIClient, model: Model, seeds: list[int]) -> Workflow:
    record = next(w for w in client.workflows.list(categories=["default"]) if w.name == SD15)
    workflow = client.workflows.load_saved(record.workflow_id)
    workflow.set(f"{node_id(workflow, 'main_model_loader')}.model", model)
    noise = node_id(workflow, "noise")
    workflow.set(f"{noise}.width", 64)
    workflow.set(f"{noise}.height", 64)
    rand = node_id(workflow, "rand_int")
    workflow.set_sweep(f"{rand}.low", seeds)
    workflow.set_sweep(f"{rand}.high", [s + 1 for s in seeds])
    workflow.zip(f"{rand}.low", f"{rand}.high")
    return workflow


def items_of(url: str, item_ids: list[int]) -> list[dict[str, Any]]:
    with httpx.Client(base_url=url, timeout=60) as http:
        response = http.post(f"{QUEUE}/items_by_ids", json={"item_ids": item_ids})
        return list(response.raise_for_status().json())


def sdk_run(url: str, model: Model, seeds: list[int]) -> Run:
    counter = Counter()
    with SocketCounter() as sockets, InvokeAIClient(url) as client:
        workflow = prepared(client, model, seeds)
        client._core.http.event_hooks["request"].append(counter)  # the SDK's own httpx client (private)
        events: list[Event] = []
        started = time.perf_counter()
        with client.workflows.submit(workflow) as job:
            job.wait(timeout=1800, on_event=events.append)
        wall = time.perf_counter() - started
        run = Run("SDK, 1 enqueue (seed sweep), wait on events", wall, counter.n, sockets.text, events=events)
    run.items = items_of(url, job.item_ids)
    return run


def raw_run(url: str, model: Model, seeds: list[int]) -> Run:
    with InvokeAIClient(url) as client:
        body = prepared(client, model, seeds).to_batch()  # built outside the timing
    counter = Counter()
    with httpx.Client(base_url=url, timeout=60, event_hooks={"request": [counter]}) as http:
        started = time.perf_counter()
        result = http.post(f"{QUEUE}/enqueue_batch", json=body).raise_for_status().json()
        batch_id = result["batch"]["batch_id"]
        while True:
            time.sleep(0.25)
            status = http.get(f"{QUEUE}/b/{batch_id}/status").raise_for_status().json()
            if status["pending"] + status["in_progress"] == 0:
                break
        items = http.post(f"{QUEUE}/items_by_ids", json={"item_ids": result["item_ids"]}).raise_for_status()
        wall = time.perf_counter() - started
        return Run("raw httpx, 1 enqueue, status polled", wall, counter.n, items=items.json())


def events_table(runs: list[Run]) -> str:
    lines = [
        "| SDK round | events | per second | progress events | with a preview | decode one preview (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for number, run in enumerate(runs, 1):
        progress = [e for e in run.events if isinstance(e, InvocationProgressEvent)]
        previews = [e.image for e in progress if e.image is not None]
        started = time.perf_counter()
        for image in previews:
            image.to_pil().load()
        decode = (time.perf_counter() - started) / max(len(previews), 1)
        lines.append(
            f"| {number} | {len(run.events)} | {len(run.events) / run.wall:.0f} | {len(progress)} "
            f"| {len(previews)} | {decode * 1000:.2f} |"
        )
    return "\n".join(lines) + "\n"


def install_models(url: str, version: str) -> Model:
    files = build(venv_bin(version, "python"), cache_dir())
    with InvokeAIClient(url) as client:
        return client.models.install(files.sd1, inplace=True, config={"name": "tiny-sd1"}).wait(timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    given = os.environ.get("INVOKEAI_URL")
    if given:
        with InvokeAIClient(given) as client:
            version = client.server_version()
        measure(given, version, args.jobs, args.rounds)
        return
    version = "6.14.2"
    with running_server(version=version) as url:
        measure(url, version, args.jobs, args.rounds)


def measure(url: str, version: str, jobs: int, rounds: int) -> None:
    model = install_models(url, version)
    rng = random.Random()
    warm = [rng.randrange(2**31) for _ in range(2)]
    sdk_run(url, model, warm)  # loads the model into the server's cache; not counted
    runs: dict[str, list[Run]] = {}
    for _ in range(rounds):
        for way in (raw_run, sdk_run):
            run = way(url, model, [rng.randrange(2**31) for _ in range(jobs)])
            runs.setdefault(run.label, []).append(run)
            print(f"{run.label}: {run.wall:.1f} s", file=sys.stderr)
    print(f"InvokeAI {version}, {jobs} jobs of '{SD15}' at 64 x 64 (30 steps), median of {rounds} rounds\n")
    print(jobs_table(runs, jobs))
    sdk_runs = next(done for label, done in runs.items() if label.startswith("SDK"))
    print(events_table(sdk_runs))
    walls = {label: statistics.median(r.wall for r in done) for label, done in runs.items()}
    print(
        f"SDK / raw httpx wall time: {walls[sdk_runs[0].label] / walls['raw httpx, 1 enqueue, status polled']:.2f}x"
    )


if __name__ == "__main__":
    main()
