"""Workflow benchmark: load + input discovery + batch building, warm (templates built, modules imported).

Cases: the largest default workflow the server ships (by JSON size), and synthetic workflows of 125 to
1000 nodes (chains of blank_image -> img_blur with two form fields per pair) to show how the time grows.
Targets on this machine: < 5 ms for the largest default workflow, < 100 ms for 500 nodes.

Usage: python scripts/bench/workflow_build.py [--runs N]   (starts a local server unless $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from invokeai_client import InvokeAIClient
from invokeai_client.workflows import TemplateSet, Workflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from invokeai_server import running_server


def build_once(document: dict[str, Any], templates: TemplateSet) -> int:
    wf = Workflow.load(document, templates)
    _ = wf.inputs
    body = wf.to_batch(check_required=False)
    return len(body["batch"]["graph"]["nodes"])


def median_ms(document: dict[str, Any], templates: TemplateSet, runs: int) -> float:
    build_once(document, templates)  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build_once(document, templates)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def synthetic(nodes: int) -> dict[str, Any]:
    """A v3 workflow of ``nodes`` nodes: blank_image -> img_blur pairs, width and radius in the form."""

    def field(name: str, value: Any = None) -> dict[str, Any]:
        return {
            "name": name,
            "label": "",
            "description": "",
            **({"value": value} if value is not None else {}),
        }

    def node(node_id: str, node_type: str, inputs: dict[str, Any]) -> dict[str, Any]:
        data = {
            "id": node_id,
            "type": node_type,
            "version": "1.2.2",
            "nodePack": "invokeai",
            "label": "",
            "notes": "",
            "isOpen": True,
            "isIntermediate": True,
            "useCache": True,
            "inputs": inputs,
        }
        return {"id": node_id, "type": "invocation", "position": {"x": 0, "y": 0}, "data": data}

    wf_nodes, edges, elements, children = [], [], {}, []
    for i in range(nodes // 2):
        blank, blur = f"blank{i}", f"blur{i}"
        wf_nodes.append(
            node(blank, "blank_image", {"width": field("width", 64), "height": field("height", 64)})
        )
        wf_nodes.append(node(blur, "img_blur", {"image": field("image"), "radius": field("radius", 2.0)}))
        edges.append(
            {
                "id": f"e{i}",
                "type": "default",
                "source": blank,
                "sourceHandle": "image",
                "target": blur,
                "targetHandle": "image",
            }
        )
        for element_id, node_id, name in ((f"w{i}", blank, "width"), (f"r{i}", blur, "radius")):
            elements[element_id] = {
                "id": element_id,
                "type": "node-field",
                "parentId": "root",
                "data": {"fieldIdentifier": {"nodeId": node_id, "fieldName": name}, "showDescription": True},
            }
            children.append(element_id)
    elements["root"] = {"id": "root", "type": "container", "data": {"layout": "column", "children": children}}
    return {
        "name": f"synthetic {nodes}",
        "author": "",
        "description": "",
        "version": "",
        "contact": "",
        "tags": "",
        "notes": "",
        "exposedFields": [],
        "meta": {"version": "3.0.0", "category": "user"},
        "nodes": wf_nodes,
        "edges": edges,
        "form": {"elements": elements, "rootElementId": "root"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with running_server() as url, InvokeAIClient(url) as client:
        templates = client.workflows.templates()
        defaults = client.workflows.list(categories=["default"])
        documents = [client.workflows.get(item.workflow_id).workflow for item in defaults]
    largest = max(documents, key=lambda d: len(json.dumps(d)))
    rows = [
        (
            f"largest default: {largest['name']!r} ({len(largest['nodes'])} nodes, "
            f"{len(json.dumps(largest)) // 1024} KB)",
            median_ms(largest, templates, args.runs),
        )
    ]
    for size in (125, 250, 500, 1000):
        rows.append(
            (f"synthetic {size} nodes", median_ms(synthetic(size), templates, max(5, args.runs // 5)))
        )
    print(
        f"Python {sys.version.split()[0]}; median of {args.runs} runs (synthetic: {max(5, args.runs // 5)})\n"
    )
    print("| workflow | load + inputs + to_batch (ms) |")
    print("|---|---:|")
    for name, ms in rows:
        print(f"| {name} | {ms:.2f} |")
    print(
        f"\nTargets: largest default < 5 ms ({rows[0][1]:.2f}), 500 nodes < 100 ms ({rows[3][1]:.2f}); "
        f"1000/500 nodes = {rows[4][1] / rows[3][1]:.2f}x (linear: 2x)."
    )


if __name__ == "__main__":
    main()
