"""Counting and reporting for jobs_run.py: request counters, server times, and the markdown tables."""

from __future__ import annotations

import datetime
import statistics
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Protocol


class RunLike(Protocol):
    label: str
    wall: float
    requests: int
    socket: str
    items: list[dict[str, Any]]


class Counter:
    """An httpx request event hook that counts the requests sent."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, request: object) -> None:
        self.n += 1


class SocketCounter:
    """Counts the Socket.IO client's own traffic while active: engine.io's HTTP requests (``requests``)
    and its WebSocket connections (``websocket-client``). Nothing else in this process uses either."""

    def __init__(self) -> None:
        self.http = 0
        self.websockets = 0

    def __enter__(self) -> SocketCounter:
        import requests
        import websocket

        self._request, self._connect = requests.Session.request, websocket.create_connection
        original_request, original_connect = self._request, self._connect

        def request(session: Any, *args: Any, **kwargs: Any) -> Any:
            self.http += 1
            return original_request(session, *args, **kwargs)

        def connect(*args: Any, **kwargs: Any) -> Any:
            self.websockets += 1
            return original_connect(*args, **kwargs)

        requests.Session.request = request  # type: ignore[method-assign,assignment]
        websocket.create_connection = connect
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        import requests
        import websocket

        requests.Session.request = self._request  # type: ignore[method-assign]
        websocket.create_connection = self._connect

    @property
    def text(self) -> str:
        if not self.http and not self.websockets:
            return "-"
        return f"{self.http} HTTP + {self.websockets} WebSocket"


def server_time(text: str) -> float:
    """A server timestamp (SQLite, UTC without a zone, ms) as a POSIX time."""
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.UTC).timestamp()


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _server_runs(run: RunLike, jobs: int) -> list[float]:
    """How long the server ran each item (``completed_at - started_at``), checking all completed."""
    statuses = {i["status"] for i in run.items}
    if statuses != {"completed"} or len(run.items) != jobs:
        raise RuntimeError(f"{run.label}: {len(run.items)} items, statuses {statuses}")
    return [server_time(i["completed_at"]) - server_time(i["started_at"]) for i in run.items]


def jobs_table(runs: Mapping[str, Sequence[RunLike]], jobs: int) -> str:
    """Medians over the rounds. Client overhead: wall time minus the server's run time of the items."""
    walls = {label: statistics.median(r.wall for r in done) for label, done in runs.items()}
    floor = next(wall for label, wall in walls.items() if label.startswith("raw httpx, 1 enqueue"))
    lines = [
        "| way | wall (s) | range (s) | per job (ms) | vs raw sweep | client overhead per job (ms) "
        "| server run per item (ms) | HTTP requests | Socket.IO |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for label, done in runs.items():
        server = [_server_runs(r, jobs) for r in done]
        overhead = statistics.median((r.wall - sum(s)) / jobs for r, s in zip(done, server, strict=True))
        per_item = statistics.median(t for s in server for t in s)
        requests = statistics.median(r.requests for r in done)
        lines.append(
            f"| {label} | {walls[label]:.2f} | {min(r.wall for r in done):.1f}-{max(r.wall for r in done):.1f} "
            f"| {_ms(walls[label] / jobs)} | {walls[label] / floor:.2f}x | {_ms(overhead)} | {_ms(per_item)} "
            f"| {requests:.0f} | {done[0].socket or '-'} |"
        )
    return "\n".join(lines) + "\n"


def latency_table(samples: dict[str, list[float]]) -> str:
    lines = [
        "| way | n | median (ms) | mean (ms) | p90 (ms) | min (ms) | max (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, values in samples.items():
        ordered = sorted(values)
        p90 = ordered[round(0.9 * (len(ordered) - 1))]
        lines.append(
            f"| {label} | {len(ordered)} | {_ms(statistics.median(ordered))} | {_ms(statistics.fmean(ordered))} "
            f"| {_ms(p90)} | {_ms(ordered[0])} | {_ms(ordered[-1])} |"
        )
    return "\n".join(lines) + "\n"


def download_table(rows: dict[str, list[tuple[float, int]]], count: int) -> str:
    rounds = len(next(iter(rows.values())))
    lines = [
        f"{count} images, median of {rounds} rounds",
        "",
        "| way | wall (s) | images/s | HTTP requests |",
        "|---|---:|---:|---:|",
    ]
    for label, samples in rows.items():
        wall = statistics.median(w for w, _ in samples)
        lines.append(f"| {label} | {wall:.2f} | {count / wall:.0f} | {samples[0][1]} |")
    return "\n".join(lines) + "\n"
