"""Event latency: from a queue item's ``completed_at`` (server) to the client holding the typed event.

``completed_at`` is the server's SQLite time, UTC without a zone marker, to the millisecond
(``"2026-11-21 05:32:57.012"``); the client's clock is the same machine's, so the difference is the
delivery latency (server emit + Socket.IO + parsing + routing), give or take 1 ms of rounding.

Usage: python scripts/bench/events_latency.py [--items N]   (starts a local server unless $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_client.types import QueueItemStatusChangedEvent
from invokeai_client.workflows import TemplateSet, Workflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from invokeai_server import running_server

WORKFLOW = Path(__file__).resolve().parents[2] / "tests" / "live" / "workflows" / "blank_blur_save.json"


def batch(runs: int) -> tuple[str, dict[str, Any]]:
    """The project's model-free workflow (blank -> blur -> save) as one batch of ``runs`` items."""
    batch_id = str(uuid.uuid4())
    return batch_id, Workflow.load(WORKFLOW, TemplateSet.bundled()).to_batch(runs=runs, batch_id=batch_id)


def server_time(text: str) -> float:
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.UTC).timestamp()


def report(label: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    print(
        f"{label}: n={len(ms)} median={statistics.median(ms):.1f} ms mean={statistics.fmean(ms):.1f} ms "
        f"p90={ms[int(0.9 * (len(ms) - 1))]:.1f} ms min={ms[0]:.1f} ms max={ms[-1]:.1f} ms"
    )


def measure_sync(url: str, items: int) -> list[float]:
    latencies: list[float] = []
    with InvokeAIClient(url) as client:
        batch_id, body = batch(items)
        with client.events.subscribe(batch_id=batch_id, events=QueueItemStatusChangedEvent) as statuses:
            client.queue.enqueue_batch(body)
            while len(latencies) < items:
                event = statuses.get(timeout=120)
                received = time.time()
                if isinstance(event, QueueItemStatusChangedEvent) and event.status == "completed":
                    assert event.completed_at is not None
                    latencies.append(received - server_time(event.completed_at))
    return latencies


async def measure_async(url: str, items: int) -> list[float]:
    latencies: list[float] = []
    async with AsyncInvokeAIClient(url) as client:
        batch_id, body = batch(items)
        async with await client.events.subscribe(
            batch_id=batch_id, events=QueueItemStatusChangedEvent
        ) as statuses:
            await client.queue.enqueue_batch(body)
            while len(latencies) < items:
                event = await statuses.get(timeout=120)
                received = time.time()
                if isinstance(event, QueueItemStatusChangedEvent) and event.status == "completed":
                    assert event.completed_at is not None
                    latencies.append(received - server_time(event.completed_at))
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()
    import os

    def run(url: str) -> None:
        report("sync ", measure_sync(url, args.items))
        report("async", asyncio.run(measure_async(url, args.items)))

    if os.environ.get("INVOKEAI_URL"):
        run(os.environ["INVOKEAI_URL"])
    else:
        with running_server() as url:
            run(url)


if __name__ == "__main__":
    main()
