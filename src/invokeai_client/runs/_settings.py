"""How a run deals and waits: its settings (the same for each server) and the loop's constants."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["MAX_BACKOFF", "MAX_CHUNK", "PAGE", "POLL", "SETTLE", "STEP", "RunSettings", "depth_for"]

PAGE = 100  # the oldest outstanding items read per poll
MAX_CHUNK = 1000  # sessions per enqueue at most
POLL = 0.2  # seconds between polls when nothing moved
STEP = 0.05  # seconds between steps while sessions end (items are read a few at a time)
MAX_BACKOFF = 5.0
SETTLE = 1.0  # a batch recorded but not on the server: ask once more after this, before sending it again


@dataclass(frozen=True)
class RunSettings:
    """How a run deals and waits (the same for each server)."""

    folder: Path
    workflow: Mapping[str, Any]  # the workflow document, values set
    depth: int  # sessions kept on each server's queue
    patience: float  # seconds of trouble before a server counts as away
    stall_limit: float | None
    concurrency: int  # image downloads at a time, per server
    prepend: bool = False
    board: str | None = None
    origin: str | None = "workflows"
    destination: str | None = "gallery"
    queue_id: str = "default"


def depth_for(configured: int, *, limit: int | None, running: int) -> int:
    """Sessions to keep on a server's queue: the run's depth, but at least twice what the server runs at
    once plus one (InvokeAI 6.14 runs one session per generation device: a queue as deep as its GPUs would
    leave them idle between two polls), and never more than its ``max_queue_size``."""
    depth = max(configured, 2 * running + 1)
    return max(min(depth, limit), 1) if limit is not None else depth
