"""The client's peak memory while a big job ends: does it grow with the batch?

For each batch size (500 and 2,000 items by default) one sweep of a model-free one-node workflow
(``add``) is run to the end on a real server, then read back in three ways, each in a fresh Python
process that reports its peak RSS (``ru_maxrss``) over its RSS before the read:

- ``wait()``: the SDK's wait, which reads the final items in pages of 100 and returns them all;
- ``as_completed()``: each item handed out as it ends and dropped by the caller (streaming);
- one request for every item: what the wait did before (``POST items_by_ids`` with every id at once).

``retained`` is what the returned list of items itself holds (``wait`` must hold it: it returns it).

Usage: python scripts/bench/job_memory.py [--sizes 500,2000]   (starts a server unless $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from invokeai_server import running_server

from tests.live.gui_workflows import gui_node, gui_workflow

MODES = ("wait", "as_completed", "one request")


def document(templates: Any) -> dict[str, Any]:
    """A one-node GUI workflow (``add``) with its ``a`` input in the form."""
    node = gui_node(templates, "add", "add", {"b": 1})
    node["data"]["nodePack"] = "invokeai"
    return gui_workflow("add", [node], [], [("add", "a")])


def run_batch(url: str, size: int) -> tuple[str, list[int]]:
    """Run one sweep of ``size`` items to the end; its batch id and item ids."""
    from invokeai_client import InvokeAIClient

    with InvokeAIClient(url) as client:
        wf = client.workflows.load(document(client.workflows.templates()))
        job = client.workflows.submit(wf, sweep={"add.a": list(range(size))}, wait="poll")
        while not job.status().is_done:
            import time

            time.sleep(1)
        return job.batch_id, job.item_ids


CHILD = r"""
import gc, json, resource, sys
from invokeai_client import InvokeAIClient
from invokeai_client.jobs import Job
from invokeai_client.resources._job_ops import QUEUE_JOB_OPS
from invokeai_client.types import EnqueueResult

url, mode, batch_id, ids = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])

def rss_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

with InvokeAIClient(url) as client:
    client.queue.batch_status(batch_id)  # connected, generated package imported
    result = EnqueueResult(queue_id="default", enqueued=len(ids), requested=len(ids),
                           batch={"batch_id": batch_id}, priority=0, item_ids=ids)
    job = Job(result, client._core, QUEUE_JOB_OPS, None)
    gc.collect()
    before = rss_kb()
    if mode == "wait":
        items = job.wait(timeout=600)
    elif mode == "as_completed":
        count = sum(1 for _ in job.as_completed(timeout=600))
        items = []
    else:
        items = client.queue.get_items(ids)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    retained = 0
    if items:
        del job
        gc.collect()
        with_items = rss_kb()
        del items
        gc.collect()
        retained = with_items - rss_kb()
print(json.dumps({"before_kb": before, "peak_kb": peak, "retained_kb": max(retained, 0)}))
"""


def measure(url: str, mode: str, batch_id: str, ids: list[int]) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, url, mode, batch_id, json.dumps(ids)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    ).stdout
    figures: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="500,2000")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    with running_server() as url:
        rows = []
        for size in sizes:
            batch_id, ids = run_batch(url, size)
            for mode in MODES:
                figures = measure(url, mode, batch_id, ids)
                rows.append((size, mode, figures))
                print(size, mode, figures, file=sys.stderr)
    print("| items | read with | peak RSS over start (MB) | of which the returned items (MB) |")
    print("|---:|---|---:|---:|")
    for size, mode, figures in rows:
        growth = (figures["peak_kb"] - figures["before_kb"]) / 1024
        print(f"| {size:,} | {mode} | {growth:.1f} | {figures['retained_kb'] / 1024:.1f} |")


if __name__ == "__main__":
    main()
