"""Record the progress-reducer fixtures from a real InvokeAI server (never edit the JSON by hand).

    INVOKEAI_URL=http://127.0.0.1:9090 .venv/bin/python tests/unit/jobs/record_fixtures.py

Each scenario enqueues the demo's model-free workflow (``examples/workflows/resize-blur-save.json``) as a
small batch and saves every queue-room Socket.IO event of that batch, in arrival order, as
``{"event": name, "payload": …}``, plus the batch's final REST status, under ``fixtures/``. The recorder
deletes the images it made when it is done.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from invokeai_client.workflows import TemplateSet, Workflow

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
WORKFLOW = Path(__file__).resolve().parents[3] / "examples" / "workflows" / "resize-blur-save.json"


class Recorder:
    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=120)
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.socket = connect_socket(base_url, "*", self._on_event)
        self.socket.call("subscribe_queue", {"queue_id": "default"})
        self.images: list[str] = []

    def _on_event(self, name: str, payload: Any = None) -> None:
        with self._lock:
            self.events.append({"event": name, "payload": payload})

    def upload(self, color: tuple[int, int, int]) -> str:
        name = upload_png(self.http, (40, 30), color, is_intermediate=True)
        self.images.append(name)
        return name

    def enqueue(self, sweep: dict[str, list[Any]], **values: Any) -> tuple[str, list[int]]:
        body = self.body(sweep, **values)
        response = self.http.post("/api/v1/queue/default/enqueue_batch", json=body)
        response.raise_for_status()
        answer = response.json()
        self.last_body = body
        return answer["batch"]["batch_id"], sorted(answer["item_ids"])

    def body(self, sweep: dict[str, list[Any]], **values: Any) -> dict[str, Any]:
        wf = Workflow.load(WORKFLOW, TemplateSet.bundled())
        for key, value in values.items():
            wf.set(key.replace("__", "."), value)
        for key, items in sweep.items():
            wf.set_sweep(key, items)
        return wf.to_batch(runs=1)

    def wait(self, batch_id: str) -> dict[str, Any]:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            status: dict[str, Any] = self.http.get(f"/api/v1/queue/default/b/{batch_id}/status").json()
            if status["pending"] + status["in_progress"] == 0:
                time.sleep(0.5)  # let the last socket events arrive
                return status
            time.sleep(0.1)
        raise TimeoutError(f"batch {batch_id} did not finish")

    def save(
        self,
        name: str,
        batch_id: str,
        item_ids: list[int],
        status: dict[str, Any],
        *,
        with_items: bool = False,
    ) -> None:
        with self._lock:
            events = [e for e in self.events if _batch_of(e) in (batch_id, None)]
            self.events.clear()
        document = {
            "server": server_version(self.http),
            "batch_id": batch_id,
            "item_ids": item_ids,
            "batch_status": status,
            "events": events,
        }
        if with_items:  # what the client sent and what the server says of each item: events vs REST
            document["body"] = self.last_body
            answer = self.http.post("/api/v1/queue/default/items_by_ids", json={"item_ids": item_ids})
            answer.raise_for_status()
            document["items"] = answer.json()
        write_json(FIXTURES / f"{name}.json", document)
        for event in events:
            result = event["payload"].get("result") if isinstance(event["payload"], dict) else None
            image = result.get("image") if isinstance(result, dict) else None
            if isinstance(image, dict) and "image_name" in image:
                self.images.append(image["image_name"])

    def cleanup(self) -> None:
        self.socket.disconnect()
        delete_images(self.http, self.images)
        self.http.close()


def _batch_of(event: dict[str, Any]) -> str | None:
    payload = event["payload"]
    return payload.get("batch_id") if isinstance(payload, dict) else None


def sweep(rec: Recorder) -> None:
    """Three items (one image, three blur radii): every node's started/progress/complete events."""
    image = rec.upload((200, 40, 40))
    batch_id, ids = rec.enqueue({"blur.radius": [1.0, 2.0, 3.0]}, source__image={"image_name": image})
    rec.save("sweep", batch_id, ids, rec.wait(batch_id))


def sweep_items(rec: Recorder) -> None:
    """Two swept inputs (a zip group of each): the enqueue body, every event, and the items over REST."""
    image = rec.upload((120, 120, 40))
    batch_id, ids = rec.enqueue(
        {"blur.radius": [1.0, 2.5], "resize.width": [48, 64]}, source__image={"image_name": image}
    )
    rec.save("sweep_items", batch_id, ids, rec.wait(batch_id), with_items=True)


def failed(rec: Recorder) -> None:
    """Two items, the first with an image that does not exist: an invocation error, then a success."""
    image = rec.upload((40, 200, 40))
    batch_id, ids = rec.enqueue(
        {"source.image": [{"image_name": "does-not-exist.png"}, {"image_name": image}]}
    )
    rec.save("failed", batch_id, ids, rec.wait(batch_id))


def canceled(rec: Recorder) -> None:
    """Three items; the last is canceled right after the enqueue (while pending)."""
    image = rec.upload((40, 40, 200))
    batch_id, ids = rec.enqueue({"resize.width": [64, 96, 128]}, source__image={"image_name": image})
    rec.http.put(f"/api/v1/queue/default/i/{ids[-1]}/cancel").raise_for_status()
    rec.save("canceled", batch_id, ids, rec.wait(batch_id))


def main() -> None:
    rec = Recorder(os.environ.get("INVOKEAI_URL") or "http://127.0.0.1:9090")
    try:
        chosen = sys.argv[1:]
        for scenario in (sweep, sweep_items, failed, canceled):
            if chosen and scenario.__name__ not in chosen:
                continue
            scenario(rec)
            print(f"recorded {scenario.__name__}")
    finally:
        rec.cleanup()


if __name__ == "__main__":
    main()
