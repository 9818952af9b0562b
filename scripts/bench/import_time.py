"""Import-time benchmark: ``invokeai_client`` and one generated endpoint module vs. ``httpx`` alone.

Each figure is the median of N fresh interpreter runs timing only the import statement.
- warm: the ``.pyc`` caches exist (the normal case after the first run);
- cold: no ``.pyc`` anywhere (``-X pycache_prefix`` pointed at a new empty folder each run), so every
  module, stdlib included, is compiled from source.

Usage: python scripts/bench/import_time.py [--runs N] [--markdown]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile

TARGETS = {
    "httpx": "import httpx",
    "pydantic": "import pydantic",
    "invokeai_client": "import invokeai_client",
    "invokeai_client + client.app resource": (
        "import invokeai_client; invokeai_client.InvokeAIClient('http://127.0.0.1:1').app"
    ),
    "invokeai_client + a request built for a 6.14 server": (
        "import invokeai_client; from invokeai_client.resources._api import ServerApi; "
        "from invokeai_client.resources._api import Json; from invokeai_client.resources._endpoints import enqueue_batch; "
        "ServerApi.for_package('v6_14', version='6.14.2', url='').build(enqueue_batch('default', body=Json({})), "
        "caller=None)"
    ),
    "invokeai_client + the node classes (invokeai_client.nodes)": "from invokeai_client import nodes",
    "invokeai_client + Run (the durable-run machinery)": "from invokeai_client import Run",
    "invokeai_api.v6_14.api.queue.enqueue_batch": "import invokeai_api.v6_14.api.queue.enqueue_batch",
    "invokeai_api.v6_8.api.queue.enqueue_batch": "import invokeai_api.v6_8.api.queue.enqueue_batch",
}


def time_import(statement: str, *, cold: bool) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    with tempfile.TemporaryDirectory() as empty:
        flags = ["-X", f"pycache_prefix={empty}"] if cold else []
        out = subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip()) * 1000


def measure(runs: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for name, statement in TARGETS.items():
        time_import(statement, cold=False)  # make sure the warm caches exist
        results[name] = {
            "warm": statistics.median(time_import(statement, cold=False) for _ in range(runs)),
            "cold": statistics.median(time_import(statement, cold=True) for _ in range(max(3, runs // 3))),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    results = measure(args.runs)
    base = results["httpx"]["warm"]
    print(f"Python {sys.version.split()[0]}, median of {args.runs} runs (cold: {max(3, args.runs // 3)})\n")
    print("| import | warm (ms) | cold (ms) | warm / httpx |")
    print("|---|---:|---:|---:|")
    for name, figures in results.items():
        print(f"| `{name}` | {figures['warm']:.1f} | {figures['cold']:.1f} | {figures['warm'] / base:.2f}x |")
    ratio = results["invokeai_client"]["warm"] / base
    verdict = "meets" if ratio <= 3 else "MISSES"
    print(f"\nTarget: `import invokeai_client` within 3x httpx (warm): {ratio:.2f}x, {verdict} the target.")


if __name__ == "__main__":
    main()
