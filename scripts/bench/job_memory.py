"""The client's memory while a big job ends: does it grow with the batch?

For each batch size (500 and 2,000 items by default) one sweep of a model-free one-node workflow
(``add``) is run to the end on a real server, then read back in three ways, each in a fresh Python
process that traces its allocations (``tracemalloc``) from just before the read:

- ``wait()``: the SDK's wait, which reads the final items in pages of 100 and returns them all;
- ``as_completed()``: each item handed out as it ends and dropped by the caller (streaming);
- one request for every item (``POST items_by_ids`` with every id at once, by plain httpx, parsed into
  the same types): what the wait did before, the baseline. InvokeAI 6.14 refuses it beyond 1,000 ids.

``peak`` is the most the process held at once during the read and ``held after`` what it still holds (the
returned list: ``wait`` must hold it, it returns it), both Python allocations (``tracemalloc``); each read is
made again in a process of its own without tracing for its peak RSS (``VmHWM``, reset just before the read)
over its RSS before the read.

Usage: python scripts/bench/job_memory.py [--sizes 500,2000]   (starts a server unless $INVOKEAI_URL)
       python scripts/bench/job_memory.py --batches ID,ID   (measure batches already run on $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
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
            time.sleep(1)
        return job.batch_id, job.item_ids


def batch_item_ids(url: str, batch_id: str) -> list[int]:
    """The ids of a batch's items, read from the queue."""
    from invokeai_client import InvokeAIClient

    with InvokeAIClient(url) as client:
        ids = client.queue.item_ids(direction="ASC")
        found: list[int] = []
        for start in range(0, len(ids), 200):
            found += [
                i.item_id for i in client.queue.get_items(ids[start : start + 200]) if i.batch_id == batch_id
            ]
        return found


CHILD = r"""
import gc, json, sys, tracemalloc
from invokeai_client import InvokeAIClient
from invokeai_client.jobs import Job
from invokeai_client.resources._queue_ops import QUEUE_OPS
from invokeai_client.types import EnqueueResult

url, mode, batch_id, ids, how = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]), sys.argv[5]

def status_kb(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))

def reset_peak_rss():
    with open("/proc/self/clear_refs", "w") as clear:  # "5": VmHWM back to VmRSS (Linux 4.0+)
        clear.write("5")

with InvokeAIClient(url, timeout=300) as client:
    client.queue.batch_status(batch_id)  # connected, generated package imported
    client.queue.get_items(ids[:1])
    result = EnqueueResult(queue_id="default", enqueued=len(ids), requested=len(ids),
                           batch={"batch_id": batch_id}, priority=0, item_ids=ids)
    job = Job(result, client._core, QUEUE_OPS, None)
    gc.collect()
    if how == "trace":
        tracemalloc.start()
        start = tracemalloc.get_traced_memory()[0]
    else:
        reset_peak_rss()
        start = status_kb("VmRSS") * 1024
    if mode == "wait":
        items = job.wait(timeout=600)
    elif mode == "as_completed":
        count = sum(1 for _ in job.as_completed(timeout=600))
        assert count == len(ids), count
        items = []
    else:  # what the wait did before: every id in one POST (get_items now pages too)
        import httpx
        from pydantic import TypeAdapter
        from invokeai_client.types import QueueItem
        answer = httpx.post(f"{url}/api/v1/queue/default/items_by_ids", json={"item_ids": ids}, timeout=300)
        if answer.status_code == 422:  # InvokeAI 6.14 takes at most 1,000 ids
            print(json.dumps({"refused": answer.status_code}))
            sys.exit(0)
        items = TypeAdapter(list[QueueItem]).validate_json(answer.content)
    assert len(items) in (0, len(ids)), len(items)
    del job
    gc.collect()
    if how == "trace":
        kept, peak = tracemalloc.get_traced_memory()
    else:
        kept, peak = status_kb("VmRSS") * 1024, status_kb("VmHWM") * 1024
    del items
print(json.dumps({"peak": peak - start, "kept": kept - start}))
"""


def measure(url: str, mode: str, batch_id: str, ids: list[int], how: str) -> dict[str, int]:
    """One read in a fresh process: its peak and what it holds after the read, in bytes over its start;
    ``how``: "trace" (Python allocations) or "rss" (the process's resident memory)."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, url, mode, batch_id, json.dumps(ids), how],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    ).stdout
    figures: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    return figures  # {"refused": 422} when the server refuses the one request


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--batches", default="", help="ids of batches already run (then --sizes is unused)")
    args = parser.parse_args()
    with running_server() as url:
        if args.batches:
            batches = [(batch_id, batch_item_ids(url, batch_id)) for batch_id in args.batches.split(",")]
        else:
            batches = [run_batch(url, int(size)) for size in args.sizes.split(",")]
        rows = []
        for batch_id, ids in batches:
            size = len(ids)
            for mode in MODES:
                traced = measure(url, mode, batch_id, ids, "trace")
                rss = measure(url, mode, batch_id, ids, "rss")
                rows.append((size, mode, traced, rss))
                print(size, mode, traced, rss, file=sys.stderr)
    mb = 1024 * 1024
    print("| items | read with | peak (MB) | held after (MB) | peak RSS over start (MB) |")
    print("|---:|---|---:|---:|---:|")
    for size, mode, traced, rss in rows:
        if "refused" in traced:
            print(f"| {size:,} | {mode} | refused ({traced['refused']}) | | |")
            continue
        peak, kept = traced["peak"] / mb, max(traced["kept"], 0) / mb
        print(f"| {size:,} | {mode} | {peak:.1f} | {kept:.1f} | {rss['peak'] / mb:.1f} |")


if __name__ == "__main__":
    main()
