"""The client-side cost of planning a batch job from rows: reading a CSV, checking every cell, building the
``enqueue_batch`` body, and joining items back to rows for the manifest (no server).

Each size runs in a fresh interpreter (so peak RSS is its own), for the model-free
``tests/live/workflows/blank_blur_save.json`` with the bundled templates: three columns (a label, a key, an
index), every cell a distinct value. Reported: wall time of each step, peak traced allocations and peak RSS,
and both per row (flat per-row figures mean the cost grows linearly).

Usage: python scripts/bench/rows_plan.py [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
WORKFLOW = REPO / "tests/live/workflows/blank_blur_save.json"


def measure(size: int) -> dict[str, float]:
    from invokeai_client.workflows import TemplateSet, Workflow, read_rows

    templates = TemplateSet.bundled()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        with path.open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Width", "blur.radius", "1"])
            for i in range(size):
                writer.writerow([8 * (1 + i % 512), (i % 100) / 10, 8 * (1 + i // 512)])
        tracemalloc.start()
        started = time.perf_counter()
        rows = read_rows(path)
        read = time.perf_counter()
        workflow = Workflow.load(WORKFLOW, templates)
        table = workflow.set_rows(rows, source=str(path))
        checked = time.perf_counter()
        body = json.dumps(workflow.to_batch())
        built = time.perf_counter()
        seen: dict[str, int] = {}
        for values in zip(*(d["items"] for d in workflow.batch_data()[0]), strict=True):
            field_values = [
                {"node_path": key.split(".")[0], "field_name": key.split(".")[1], "value": value}
                for key, value in zip(table.keys, values, strict=True)
            ]
            workflow.row_of(field_values, seen)
        joined = time.perf_counter()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "rows": size,
        "read": read - started,
        "check": checked - read,
        "build": built - checked,
        "join": joined - built,
        "total": joined - started,
        "body_mb": len(body) / 1e6,
        "peak_mb": peak / 1e6,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"Python {sys.version.split()[0]}, {WORKFLOW.name}, three columns\n")
    print(
        "| rows | read CSV (s) | check cells (s) | build body (s) | join items (s) | total (s) | body (MB) "
        "| peak traced (MB) | per row (KB) | peak RSS (MB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['rows']:,} | {r['read']:.3f} | {r['check']:.3f} | {r['build']:.3f} | {r['join']:.3f} "
            f"| {r['total']:.2f} | {r['body_mb']:.2f} | {r['peak_mb']:.1f} "
            f"| {r['peak_mb'] * 1000 / r['rows']:.2f} | {r['rss_mb']:.0f} |"
        )


if __name__ == "__main__":
    main()
