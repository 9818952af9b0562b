"""Record the output-mapping fixtures from a real InvokeAI server (never edit the JSON by hand).

    INVOKEAI_URL=http://127.0.0.1:9090 .venv/bin/python tests/unit/outputs/record_fixtures.py

Each scenario enqueues a small model-free graph (CPU only), waits for its items, and saves the raw
``GET /api/v1/queue/default/i/{id}`` answers, plus the ``invocation_complete`` events seen on the
socket, under ``fixtures/``. Every node has ``use_cache: false`` so a re-recording makes new images.
The recorder deletes the boards and images it made when it is done.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

if not __package__:  # run as a script: make the repository root importable for ``tests.fixture_recording``
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.fixture_recording import (
    connect_socket,
    delete_images,
    server_version,
    upload_png,
    write_json,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
Edge = tuple[str, str, str, str]


class Recorder:
    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=120)
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.socket = connect_socket(base_url, "invocation_complete", self._on_complete)
        self.socket.emit("subscribe_queue", {"queue_id": "default"})
        self.boards: list[str] = []
        self.uploads: list[str] = []

    def _on_complete(self, payload: dict[str, Any]) -> None:
        with self._lock:
            self.events.append(payload)

    def completed_count(self, item_id: int) -> int:
        with self._lock:
            return sum(1 for event in self.events if event.get("item_id") == item_id)

    def board(self, name: str) -> str:
        response = self.http.post("/api/v1/boards/", params={"board_name": name})
        response.raise_for_status()
        board_id: str = response.json()["board_id"]
        self.boards.append(board_id)
        return board_id

    def upload(self) -> str:
        name = upload_png(self.http, (20, 12), (10, 200, 30), is_intermediate=False)
        self.uploads.append(name)
        return name

    def enqueue(
        self, nodes: dict[str, dict[str, Any]], edges: list[Edge], data: list[Any] | None = None
    ) -> list[int]:
        graph = {
            "id": f"outputs-{uuid.uuid4().hex[:8]}",
            "nodes": {
                node_id: {"id": node_id, "use_cache": False, **node} for node_id, node in nodes.items()
            },
            "edges": [
                {"source": {"node_id": s, "field": sf}, "destination": {"node_id": d, "field": df}}
                for s, sf, d, df in edges
            ],
        }
        body = {"prepend": False, "batch": {"graph": graph, "runs": 1, "data": data or []}}
        response = self.http.post("/api/v1/queue/default/enqueue_batch", json=body)
        response.raise_for_status()
        return sorted(response.json()["item_ids"])

    def item(self, item_id: int) -> dict[str, Any]:
        response = self.http.get(f"/api/v1/queue/default/i/{item_id}")
        response.raise_for_status()
        item: dict[str, Any] = response.json()
        return item

    def wait(self, item_ids: list[int], until: Callable[[dict[str, Any]], bool] | None = None) -> None:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            items = [self.item(i) for i in item_ids]
            if all(it["status"] in ("completed", "failed", "canceled") for it in items):
                time.sleep(0.5)  # let the last socket events arrive
                return
            if until is not None and any(until(it) for it in items):
                return
            time.sleep(0.1)
        raise TimeoutError(f"items {item_ids} did not finish")

    def save(self, name: str, item_ids: list[int]) -> None:
        items = [self.item(i) for i in item_ids]
        with self._lock:
            events = [e for e in self.events if e.get("item_id") in item_ids]
        write_json(FIXTURES / f"{name}.json", {"server": server_version(self.http), "items": items})
        write_json(FIXTURES / f"{name}.events.json", events)
        for item in items:
            for output in item["session"]["results"].values():
                for value in output.values():
                    for entry in value if isinstance(value, list) else [value]:
                        if isinstance(entry, dict) and "image_name" in entry:
                            self.uploads.append(entry["image_name"])

    def cleanup(self) -> None:
        self.socket.disconnect()
        delete_images(self.http, self.uploads)
        for board_id in self.boards:
            self.http.delete(f"/api/v1/boards/{board_id}", params={"include_images": True})
        self.http.close()


def multi_output(rec: Recorder) -> None:
    """Multi-output nodes, boards, intermediate vs final, a pass-through ``image`` node."""
    board = rec.board("outputs-fixture")
    uploaded = rec.upload()
    nodes = {
        "blank": {"type": "blank_image", "width": 40, "height": 24, "board": {"board_id": board}},
        "blur": {"type": "img_blur", "radius": 2, "is_intermediate": True},
        "face_mask": {"type": "face_mask_detection"},
        "face_off": {"type": "face_off"},
        "gradient": {"type": "create_gradient_mask", "edge_radius": 4},
        "save": {"type": "save_image", "board": {"board_id": board}},
        "input": {"type": "image", "image": {"image_name": uploaded}},
        "resize": {"type": "img_resize", "width": 16, "height": 16},
    }
    edges = [
        ("blank", "image", "blur", "image"),
        ("blank", "image", "face_mask", "image"),
        ("blank", "image", "face_off", "image"),
        ("face_mask", "mask", "gradient", "mask"),
        ("blur", "image", "save", "image"),
        ("input", "image", "resize", "image"),
    ]
    ids = rec.enqueue(nodes, edges)
    rec.wait(ids)
    rec.save("multi_output", ids)


def iterate_collect(rec: Recorder) -> None:
    """range -> iterate -> blank_image (width from the item) -> collect -> image_collection -> iterate -> blur;
    ``range.stop`` swept over two values (two items, each with ``field_values``)."""
    board = rec.board("outputs-iterate")
    nodes = {
        "range": {"type": "range", "start": 16, "stop": 48, "step": 16},
        "iterate": {"type": "iterate"},
        "blank": {"type": "blank_image", "height": 8, "is_intermediate": True},
        "collect": {"type": "collect"},
        "images": {"type": "image_collection"},
        "iterate_images": {"type": "iterate"},
        "blur": {"type": "img_blur", "radius": 1, "board": {"board_id": board}},
    }
    edges = [
        ("range", "collection", "iterate", "collection"),
        ("iterate", "item", "blank", "width"),
        ("blank", "image", "collect", "item"),
        ("collect", "collection", "images", "collection"),
        ("images", "collection", "iterate_images", "collection"),
        ("iterate_images", "item", "blur", "image"),
    ]
    data = [[{"node_path": "range", "field_name": "stop", "items": [48, 64]}]]
    ids = rec.enqueue(nodes, edges, data)
    rec.wait(ids)
    rec.save("iterate_collect", ids)


def failed(rec: Recorder) -> None:
    """A node fails (its input image does not exist) after others have saved images."""
    nodes = {
        "blank": {"type": "blank_image", "width": 8, "height": 8},
        "blur": {"type": "img_blur", "radius": 1},
        "missing": {"type": "image", "image": {"image_name": "does-not-exist.png"}},
        "resize": {"type": "img_resize", "width": 4, "height": 4},
    }
    edges = [("blank", "image", "blur", "image"), ("missing", "image", "resize", "image")]
    ids = rec.enqueue(nodes, edges)
    rec.wait(ids)
    rec.save("failed", ids)


def canceled(rec: Recorder) -> None:
    """A slow chain canceled as soon as the socket reports its second finished node (partial results)."""
    nodes: dict[str, dict[str, Any]] = {"blank": {"type": "blank_image", "width": 2048, "height": 2048}}
    edges: list[Edge] = []
    previous = "blank"
    for step in range(12):
        node_id = f"blur{step}"
        nodes[node_id] = {"type": "img_blur", "radius": 60}
        edges.append((previous, "image", node_id, "image"))
        previous = node_id
    ids = rec.enqueue(nodes, edges)
    deadline = time.monotonic() + 60
    while rec.completed_count(ids[0]) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    rec.http.put(f"/api/v1/queue/default/i/{ids[0]}/cancel").raise_for_status()
    rec.wait(ids)
    rec.save("canceled", ids)


def main() -> None:
    base_url = os.environ.get("INVOKEAI_URL") or "http://127.0.0.1:9090"
    rec = Recorder(base_url)
    try:
        for scenario in (multi_output, iterate_collect, failed, canceled):
            scenario(rec)
            print(f"recorded {scenario.__name__}")
    finally:
        rec.cleanup()


if __name__ == "__main__":
    main()
