"""Following one server's items in a run: read the oldest outstanding ones, and for each that ended save its
final images and record it; give back to the run what no item holds any more.

Written as flows over a server's worker (its client, its settings, its `ItemTracker`), so
the worker's module keeps the loop, dealing and trouble, and this one what happens to an item.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Protocol

from .._flows import Flow
from ..outputs import map_queue_item
from ..outputs._saved import to_save
from ..resources._queue_ops import QUEUE_OPS as ops
from ..types.queue import FINAL_STATUSES, ItemOutcome, QueueStatus
from ._engine import RunEngine
from ._settings import PAGE, RunSettings
from ._store import FileRecord
from ._tracker import ItemTracker

__all__ = ["audit", "poll"]

logger = logging.getLogger("invokeai_client.runs")

FULL_POLL = 10.0  # seconds: the items are read this often even when the queue's counts did not change


class Worker(Protocol):
    """What following needs of a server's worker (``_worker.Worker``)."""

    url: str
    settings: RunSettings
    items: ItemTracker
    workflow: Any  # the workflow typed by this server's templates
    recovered: bool  # False: the next step asks the server about what the journal says it holds
    audited: float
    seen_counts: tuple[int, int, int, int] | None  # the queue's counts when its items were last read
    full_polled: float  # when they were last read (monotonic)
    running_max: int  # the most items seen in progress at once on the server
    outage_seen: bool
    rerun: set[int]

    def _run(self, flow: Any) -> Any: ...


def poll(worker: Worker, engine: RunEngine) -> Flow[bool]:
    """Read the oldest outstanding items, when the queue's counts say something ended (or was deleted)
    since they were last read, and at least every ``FULL_POLL`` seconds; whether any session ended or went
    back to the run."""
    tracker = worker.items
    if not tracker.outstanding:
        return _give_back_unheld(worker, engine)
    status: QueueStatus = yield worker._run(ops.status(worker.settings.queue_id))
    counts = status.queue
    worker.running_max = max(worker.running_max, counts.in_progress)
    seen = (counts.completed, counts.failed, counts.canceled, counts.total)
    now = time.monotonic()
    last, full = worker.seen_counts, now - worker.full_polled >= FULL_POLL
    if seen == last and not full:
        return _give_back_unheld(worker, engine)  # nothing of this queue ended since the last read
    ids = tracker.oldest(_window(last, seen, counts.in_progress, full))
    found: list[ItemOutcome] = yield worker._run(ops.outcomes(worker.settings.queue_id, ids))
    if full:
        worker.full_polled = now
    final = sum(1 for item in found if item.status in FINAL_STATUSES)
    # Items end oldest first on a server that runs one at a time: a page that is all ended may hide
    # more ended items behind it, so the next poll reads again whatever the counts say.
    worker.seen_counts = seen if final < len(ids) else None
    by_id = {item.item_id: item for item in found}
    pairs: list[tuple[int, int]] = []
    ended: list[tuple[ItemOutcome, int]] = []
    moved = False
    for item_id in ids:
        item = by_id.get(item_id)
        pos = tracker.position(item_id, item, pairs)
        if item is None or pos is None:
            tracker.ended(item_id)
            if pos is not None:  # deleted from the queue by someone: run it again
                logger.warning(
                    "%s: item %s is gone from the queue; its session runs again", worker.url, item_id
                )
                engine.give_back([pos], lost=True)
                moved = True
            continue  # an item never matched: its session is given back when its batch is done
        if engine.held(pos) is None:  # ended already (seen before a recovery)
            tracker.ended(item_id)
        elif item.status in FINAL_STATUSES:
            ended.append((item, pos))
    if pairs:
        engine.join(pairs)
    for item, pos in ended:
        yield from _finish(worker, engine, item, pos)
        moved = True
    return _give_back_unheld(worker, engine) or moved


def _window(
    last: tuple[int, int, int, int] | None, seen: tuple[int, int, int, int], running: int, full: bool
) -> int:
    """How many of the oldest outstanding items to read: about as many as ended since the last read, and
    those running (items end oldest first), so a poll parses few whole sessions; a page after a deletion,
    a first read, or every ``FULL_POLL`` seconds."""
    if last is None or full or seen[3] < last[3]:
        return PAGE
    ended = sum(seen[:3]) - sum(last[:3])
    return max(1, min(PAGE, ended + running + 1))


def _give_back_unheld(worker: Worker, engine: RunEngine) -> bool:
    """Sessions of batches followed to their end that no item matched (an item deleted before it was
    matched): no item on the server holds them, so they run again."""
    lost = worker.items.unheld()
    if lost:
        logger.warning("%s: %d session(s) lost their queue items; they run again", worker.url, len(lost))
        engine.give_back(lost, lost=True)
    return bool(lost)


def audit(worker: Worker, engine: RunEngine) -> None:
    """Every ``patience`` seconds: sessions the journal says this server holds that the worker does not
    follow (a gap in what it knows) are looked up on the server again, by their batches."""
    now = time.monotonic()
    if now - worker.audited < worker.settings.patience or not worker.recovered:
        return
    worker.audited = now
    followed = worker.items.followed()
    unfollowed = [r.session.pos for r in engine.held_by(worker.url) if r.session.pos not in followed]
    if unfollowed:
        logger.warning(
            "%s: %d session(s) sent here are not followed; asking the server about their batches",
            worker.url, len(unfollowed),
        )  # fmt: skip
        worker.recovered = False  # the next step recovers them (confirm, follow, or send again)


def _finish(worker: Worker, engine: RunEngine, item: ItemOutcome, pos: int) -> Flow[None]:
    status = str(item.status)
    if status == "completed":
        files = yield from _save(worker, item, pos)
        engine.end(pos, "done", status, None, files)
    elif status == "failed":
        error = f"{item.error_type or 'error'}: {' '.join((item.error_message or '').split())}"
        engine.end(pos, "failed", status, error)
    elif worker.outage_seen and item.item_id not in worker.rerun:
        worker.rerun.add(item.item_id)  # canceled by the server's restart, most likely: run it again
        logger.warning(
            "%s: item %s was canceled while the server was away; it runs again", worker.url, item.item_id
        )
        engine.give_back([pos])
    else:
        engine.end(pos, "canceled", status, "canceled")
    worker.items.ended(item.item_id)


def _save(worker: Worker, item: ItemOutcome, pos: int) -> Flow[list[FileRecord]]:
    """The item's final images, saved; one that cannot be saved is recorded with its error (not a path)."""
    workflow = worker.workflow
    images = to_save(map_queue_item(item, workflow.templates, form_inputs=workflow.inputs))
    unique = list({image.image_name: image for image in images}.values())
    if not unique:
        return []
    names = [image.image_name for image in unique]
    outcome = yield worker._run(ops.save_images(names, worker.settings.folder, worker.settings.concurrency))
    records = []
    for image, saved in zip(unique, outcome, strict=True):
        path, error = (str(saved), None) if isinstance(saved, Path) else ("", str(saved))
        if error is not None:
            logger.warning(
                "%s: item %s: image %r not saved: %s", worker.url, item.item_id, image.image_name, error
            )
        records.append(
            FileRecord(
                item.item_id, image.image_name, pos, image.source_node_id, image.node_type, path, error
            )
        )
    return records
