"""Graphs as Python code, client side only (no server): generating the node classes, transpiling the largest
default workflow, and building a 1,000-node graph and its ``enqueue_batch`` body.

- codegen: ``TemplateSet.from_openapi`` + ``render_module`` for every node type of each bundled document (what
  ``invokeai-client nodes`` does once it has the document); the committed modules are then ruff-formatted.
- to-python: load the largest default workflow of the installed 6.14.2 server (by node count) with the
  bundled templates and transpile it (what the command does after start-up).
- 1,000 nodes: a chain of 999 ``add`` nodes from one ``integer``, built with the generated classes (every
  value and edge checked), then its body. Baseline in the same run: the same graph as a GUI workflow
  document loaded as a ``Workflow`` and its body built (the existing path, which the graph path ends in).

Each figure is the median of several runs in this interpreter after one warm-up (templates cached).

Usage: python scripts/bench/graphs_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import glob
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent.parent


def _median_ms(step: Callable[[], Any], runs: int) -> float:
    step()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def codegen(runs: int) -> dict[str, float]:
    from invokeai_client.graph._codegen import render_module
    from invokeai_client.workflows import TemplateSet

    out = {}
    for version in ("6.8.1", "6.14.2"):
        document = json.loads((REPO / "openapi" / f"invokeai-{version}.json").read_text(encoding="utf-8"))

        def step(document: dict[str, Any] = document, version: str = version) -> str:
            return render_module(
                TemplateSet.from_openapi(document, version=version), server_version=version, source="x"
            )

        out[version] = _median_ms(step, max(1, runs // 2))
    return out


def largest_default_workflow() -> Path:
    pattern = "~/.cache/invokeai-client/invokeai-6.14.2/venv/lib/python*/site-packages/invokeai/app/services/workflow_records/default_workflows/*.json"
    files = [Path(p) for p in glob.glob(str(Path(pattern).expanduser()))]
    if not files:
        raise SystemExit("no InvokeAI 6.14.2 install (make server-install)")
    return max(files, key=lambda p: len(json.loads(p.read_text(encoding="utf-8"))["nodes"]))


def transpile(runs: int) -> tuple[str, int, float]:
    from invokeai_client.graph._transpile import to_python
    from invokeai_client.workflows import TemplateSet, Workflow

    path = largest_default_workflow()
    templates = TemplateSet.bundled("6.14.2")

    def step() -> str:
        wf = Workflow.load(path, templates)
        return to_python(wf, nodes_module="invokeai_client.nodes", server_version="6.14.2").source

    nodes = len(json.loads(path.read_text(encoding="utf-8"))["nodes"])
    return path.stem, nodes, _median_ms(step, runs)


def transpile_command(runs: int) -> float:
    """The whole command in a fresh process (interpreter start and imports included)."""
    import subprocess
    import sys
    import tempfile

    path = largest_default_workflow()
    with tempfile.TemporaryDirectory() as folder:
        args = [sys.executable, "-m", "invokeai_client.cli", "to-python", str(path), "-o", f"{folder}/wf.py"]
        return _median_ms(lambda: subprocess.run(args, check=True, capture_output=True), max(1, runs // 2))


def thousand_nodes(runs: int) -> dict[str, float]:
    from invokeai_client import nodes as n
    from invokeai_client.graph import Graph
    from invokeai_client.workflows import TemplateSet, Workflow

    templates = TemplateSet.bundled("6.14.2")

    def build() -> Graph:
        with Graph("chain") as g:
            value = n.IntegerInvocation(value=1).value
            for _ in range(999):
                value = n.AddInvocation(a=value, b=1).value
        return g

    document = build().to_workflow()
    return {
        "build": _median_ms(build, runs),
        "build_and_body": _median_ms(lambda: build().to_batch(templates), runs),
        "baseline_body_from_document": _median_ms(
            lambda: Workflow.load(document, templates).to_batch(), runs
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    generated = codegen(args.runs)
    name, nodes, transpiled = transpile(args.runs)
    chain = thousand_nodes(args.runs)
    command = transpile_command(args.runs)
    print("| step | median (ms) | target |")
    print("|---|---:|---|")
    for version, ms in generated.items():
        print(f"| node classes for every node type of {version} (render) | {ms:.0f} | < 10,000 |")
    print(f"| to-python: '{name}' ({nodes} nodes), load + transpile | {transpiled:.1f} | < 200 |")
    print(f"| the same, the whole `invokeai-client to-python` process | {command:.0f} | |")
    print(f"| 1,000-node graph: build (every value and edge checked) | {chain['build']:.1f} | |")
    print(f"| 1,000-node graph: build + enqueue_batch body | {chain['build_and_body']:.1f} | < 100 |")
    print(
        f"| baseline: the same graph's GUI document -> Workflow -> body | {chain['baseline_body_from_document']:.1f} | |"
    )
    ratio = chain["build_and_body"] / chain["baseline_body_from_document"]
    print(f"\nbuild + body / document -> body: {ratio:.2f}x")


if __name__ == "__main__":
    main()
