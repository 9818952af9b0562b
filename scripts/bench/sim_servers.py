"""Simulated InvokeAI servers for the scale benchmark: a STAND-IN for GPUs this machine does not have.

Each simulated server is a loopback HTTP/1.1 endpoint (127.0.0.1 only) that answers the few requests a
durable run sends — version, OpenAPI document, models, runtime config, queue status, enqueue, batch
status, items by id, item ids, cancel by batch, image download — and "runs" its queue one item at a time,
each taking a set latency (advanced lazily from the clock: no timers). Its answers are shaped from one
completed queue item *recorded from a real server* (``fixtures/sim_item.json``, made by ``record``), with
the ids, batch values and image name of each simulated item put in; the OpenAPI document is the real one
of ``openapi/``. It honours ``max_queue_size`` as InvokeAI does: an enqueue takes only what fits under the
limit of pending items and answers ``enqueued`` < ``requested``.

    python scripts/bench/sim_servers.py serve --count 8 --latency 0.02 [--limit 10000]
        (prints one base URL per line, then serves until stdin closes)
    python scripts/bench/sim_servers.py record --url http://127.0.0.1:9090
        (runs blank_blur_save.json once on a real server and records its completed item)

Standard library only (the benchmark's client process is measured apart from this one).
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import itertools
import json
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FIXTURE = HERE / "fixtures" / "sim_item.json"
VERSION = "6.14.2"
PNG = (  # a 1x1 grey PNG
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
    b"\x00\x00\x00\nIDATx\x9cc\xe8\x00\x00\x00\x82\x00\x81\xdd\x8b\x0f\xd5\x00\x00\x00\x00IEND\xaeB`\x82"
)
FINAL = ("completed", "failed", "canceled")


@dataclass
class Item:
    item_id: int
    batch_id: str
    values: list[dict[str, Any]]
    status: str = "pending"
    created: float = 0.0
    started: float = 0.0
    ended: float = 0.0


@dataclass
class SimServer:
    """One simulated server: its queue and the item it is running."""

    name: str
    latency: float
    limit: int
    template: dict[str, Any]
    items: dict[int, Item] = field(default_factory=dict)
    pending: list[int] = field(default_factory=list)  # FIFO of pending item ids
    running: int | None = None
    free_at: float = 0.0  # when it finished its last item
    requests: int = 0
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def advance(self) -> None:
        """Run the queue up to now: each item takes ``latency`` seconds, one after the other."""
        now = time.monotonic()
        while self.running is not None or self.pending:
            if self.running is None:
                self.running = self.pending.pop(0)
                item = self.items[self.running]
                item.status, item.started = "in_progress", max(self.free_at, item.created)
            item = self.items[self.running]
            done_at = item.started + self.latency
            if done_at > now:
                return
            item.status, item.ended = "completed", done_at
            self.running, self.free_at = None, done_at

    def enqueue(self, body: dict[str, Any]) -> dict[str, Any]:
        self.advance()
        batch = body["batch"]
        data = batch.get("data") or []
        runs = int(batch.get("runs") or 1)
        if data:
            group = data[0]
            count = len(group[0]["items"])
            sessions = [
                [
                    {"node_path": d["node_path"], "field_name": d["field_name"], "value": d["items"][i]}
                    for d in group
                ]
                for i in range(count)
            ] * runs
        else:
            sessions = [[] for _ in range(runs)]
        room = max(self.limit - len(self.pending), 0)
        taken = sessions[:room]
        ids = []
        for values in taken:
            item = Item(next(self.ids), batch["batch_id"], values, created=time.monotonic())
            self.items[item.item_id] = item
            self.pending.append(item.item_id)
            ids.append(item.item_id)
        self.advance()
        return {
            "queue_id": "default", "enqueued": len(taken), "requested": len(sessions), "batch": batch,
            "priority": 0, "item_ids": sorted(ids, reverse=True),
        }  # fmt: skip

    def counts(self, items: list[Item]) -> dict[str, int]:
        statuses = [item.status for item in items]
        return {
            "pending": statuses.count("pending"), "in_progress": statuses.count("in_progress"),
            "completed": statuses.count("completed"), "failed": 0, "canceled": statuses.count("canceled"),
            "total": len(statuses),
        }  # fmt: skip

    def queue_status(self) -> dict[str, Any]:
        self.advance()
        counts = self.counts(list(self.items.values()))
        return {
            "queue": {
                "queue_id": "default",
                "item_id": self.running,
                "batch_id": None,
                "session_id": None,
                **counts,
            },
            "processor": {"is_started": True, "is_processing": self.running is not None},
        }

    def batch_status(self, batch_id: str) -> dict[str, Any]:
        self.advance()
        mine = [item for item in self.items.values() if item.batch_id == batch_id]
        return {
            "queue_id": "default",
            "batch_id": batch_id,
            "origin": None,
            "destination": None,
            **self.counts(mine),
        }

    def item(self, item: Item) -> dict[str, Any]:
        """The recorded item, with this one's identity, values, status and image name put in."""
        record = copy.deepcopy(self.template)
        record.update(
            item_id=item.item_id, batch_id=item.batch_id, status=item.status, field_values=item.values
        )
        record["session_id"] = record["session"]["id"] = f"{self.name}-{item.item_id}"
        for n, result in enumerate(record["session"]["results"].values()):
            if isinstance(result.get("image"), dict):
                result["image"]["image_name"] = f"{self.name}-{item.item_id}-{n}.png"
        if item.status != "completed":
            record["session"]["results"] = {}
        return record

    def items_by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        self.advance()
        return [self.item(self.items[i]) for i in ids if i in self.items]

    def cancel(self, batch_ids: list[str]) -> dict[str, int]:
        self.advance()
        canceled = 0
        for item in self.items.values():
            if item.batch_id in batch_ids and item.status == "pending":
                item.status = "canceled"
                self.pending.remove(item.item_id)
                canceled += 1
        return {"canceled": canceled}


ROUTES: dict[str, int] = {}  # requests by route, over every simulated server (said on exit)


def _route(server: SimServer, method: str, path: str, body: bytes, openapi: bytes) -> tuple[int, bytes, str]:
    server.requests += 1
    route = path.split("?", 1)[0]
    key = f"{method} {'/'.join('*' if '.' in part or len(part) > 30 else part for part in route.split('/'))}"
    ROUTES[key] = ROUTES.get(key, 0) + 1
    json_type = "application/json"
    if route == "/api/v1/app/version":
        return 200, json.dumps({"version": VERSION}).encode(), json_type
    if route == "/openapi.json":
        return 200, openapi, json_type
    if route == "/api/v2/models/":
        return 200, b'{"models": []}', json_type
    if route == "/api/v1/app/runtime_config":
        return (
            200,
            json.dumps({"set_fields": [], "config": {"max_queue_size": server.limit}}).encode(),
            json_type,
        )
    if route == "/api/v1/queue/default/status":
        return 200, json.dumps(server.queue_status()).encode(), json_type
    if route == "/api/v1/queue/default/enqueue_batch" and method == "POST":
        return 201, json.dumps(server.enqueue(json.loads(body))).encode(), json_type
    if route.startswith("/api/v1/queue/default/b/") and route.endswith("/status"):
        return 200, json.dumps(server.batch_status(route.split("/")[-2])).encode(), json_type
    if route == "/api/v1/queue/default/items_by_ids" and method == "POST":
        return 200, json.dumps(server.items_by_ids(json.loads(body)["item_ids"])).encode(), json_type
    if route == "/api/v1/queue/default/item_ids":
        ids = sorted(server.items, reverse=True)
        return 200, json.dumps({"item_ids": ids, "total_count": len(ids)}).encode(), json_type
    if route == "/api/v1/queue/default/cancel_by_batch_ids" and method == "PUT":
        return 200, json.dumps(server.cancel(json.loads(body)["batch_ids"])).encode(), json_type
    if route.startswith("/api/v1/images/i/") and route.endswith("/full"):
        return 200, PNG, "image/png"
    return 404, json.dumps({"detail": f"the simulated server has no {method} {route}"}).encode(), json_type


async def _serve_one(server: SimServer, openapi: bytes) -> str:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                length = 0
                for line in lines[1:]:
                    if line.lower().startswith("content-length:"):
                        length = int(line.split(":", 1)[1])
                body = await reader.readexactly(length) if length else b""
                status, payload, content_type = _route(server, method, target, body, openapi)
                writer.write(
                    f"HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {len(payload)}\r\n"
                    f"date: {time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime())}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    listener = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    return f"http://127.0.0.1:{port}"


def serve(count: int, latency: float, limit: int) -> None:
    template = json.loads(FIXTURE.read_text(encoding="utf-8"))
    openapi = (REPO / "openapi" / f"invokeai-{VERSION}.json").read_bytes()
    servers = [SimServer(f"sim{n}", latency, limit, template) for n in range(count)]
    loop = asyncio.new_event_loop()
    urls = [loop.run_until_complete(_serve_one(server, openapi)) for server in servers]
    for url in urls:
        print(url, flush=True)
    threading.Thread(
        target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(loop.stop)), daemon=True
    ).start()
    loop.run_forever()
    print(json.dumps(ROUTES), file=sys.stderr, flush=True)  # requests by route, for the benchmark's report


def record(url: str) -> None:
    """Run blank_blur_save.json once on a real server and keep its completed item as the template."""
    import httpx

    sys.path.insert(0, str(REPO / "src"))
    from invokeai_client import InvokeAIClient

    with InvokeAIClient(url) as client:
        workflow = client.workflows.load(REPO / "tests" / "live" / "workflows" / "blank_blur_save.json")
        with client.workflows.submit(workflow, wait="poll") as job:
            (item,) = job.wait(timeout=120)
    answer = httpx.post(
        f"{url}/api/v1/queue/default/items_by_ids", json={"item_ids": [item.item_id]}, timeout=30
    )
    answer.raise_for_status()
    FIXTURE.parent.mkdir(exist_ok=True)
    FIXTURE.write_text(
        json.dumps(answer.json()[0], indent=1) + "\n", encoding="utf-8"
    )  # as the server sent it
    print(f"recorded item {item.item_id} of {url} into {FIXTURE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serving = commands.add_parser("serve")
    serving.add_argument("--count", type=int, default=2)
    serving.add_argument("--latency", type=float, default=0.02, help="seconds per item")
    serving.add_argument("--limit", type=int, default=10_000, help="max_queue_size")
    recording = commands.add_parser("record")
    recording.add_argument("--url", required=True)
    args = parser.parse_args()
    if args.command == "serve":
        serve(args.count, args.latency, args.limit)
    else:
        record(args.url)


if __name__ == "__main__":
    main()
