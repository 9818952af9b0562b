"""``as_completed`` latency while the server is busy: from each item's ``completed_at`` (the server's clock,
the same machine's) to the moment ``as_completed`` hands it out, for a sweep whose items run one after the
other (the server answers REST requests late while it runs the next item).

Two ways, in the same run, rounds taking turns:

- ``events``: the SDK as it is: a completed item is handed out as its events tell it;
- ``rest``: the previous behaviour, the same code with the events' items switched off, so every item is
  fetched over REST when its completion event arrives.

Usage: python scripts/bench/as_completed_latency.py [--items 20] [--rounds 3] [--version 6.14.2]
(starts its own server on 127.0.0.1 and stops it by PID, unless $INVOKEAI_URL).
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from invokeai_server import running_server  # noqa: E402

from invokeai_client import InvokeAIClient  # noqa: E402
from invokeai_client.jobs import Job  # noqa: E402

WORKFLOW = REPO / "tests" / "live" / "workflows" / "blank_blur_save.json"


def server_time(text: str) -> float:
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.UTC).timestamp()


def one_round(client: InvokeAIClient, items: int, way: str) -> list[float]:
    workflow = client.workflows.load(WORKFLOW)
    workflow.set(
        "Height", 8 * (1 + uuid.uuid4().int % 120)
    )  # a fresh size: the invocation cache cannot answer
    samples = []
    with client.workflows.submit(workflow, sweep={"Width": [8 * (n + 1) for n in range(items)]}) as job:
        if way == "rest":
            job._collect_items = lambda on: None  # type: ignore[method-assign]  # the previous behaviour
        for item in job.as_completed(timeout=600):
            samples.append(time.time() - server_time(item.completed_at or ""))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--version", default="6.14.2")
    args = parser.parse_args()
    with running_server(version=args.version) as url, InvokeAIClient(url) as client:
        one_round(client, 2, "events")  # warm up: the nodes' code, the event stream
        samples: dict[str, list[float]] = {"events": [], "rest": []}
        for round_ in range(args.rounds):
            for way in ("events", "rest") if round_ % 2 == 0 else ("rest", "events"):
                samples[way] += one_round(client, args.items, way)
        version = client.app.version().version
    print(
        f"\nInvokeAI {version}, {args.items}-item sweeps, {args.rounds} rounds, {Job.__name__}.as_completed"
    )
    print("\n| way | n | median (ms) | mean (ms) | p90 (ms) | max (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    for way, values in samples.items():
        ms = sorted(v * 1000 for v in values)
        p90 = ms[int(0.9 * (len(ms) - 1))]
        print(
            f"| {way} | {len(ms)} | {statistics.median(ms):.0f} | {statistics.mean(ms):.0f} | {p90:.0f} | {ms[-1]:.0f} |"
        )
    ratio = statistics.median(samples["rest"]) / statistics.median(samples["events"])
    print(f"\nevents-told items are handed out {ratio:.0f}x sooner (median)")


if __name__ == "__main__":
    main()
