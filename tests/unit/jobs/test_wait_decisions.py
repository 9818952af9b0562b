"""The pure decisions of a wait under faults: which items a restart interrupted (and may be re-run), and
which batch counts end a wait (events and items recorded from a real 6.8.1 server as the raw material;
the fault tier shows the same against real servers)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from invokeai_client.events._router import parse_event
from invokeai_client.jobs import Job
from invokeai_client.jobs._base import WaitPlan
from invokeai_client.resources._queue_ops import QUEUE_OPS
from invokeai_client.types import BatchStatus, EnqueueResult, QueueItem, QueueItemStatusChangedEvent

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "sweep.json").read_text(encoding="utf-8"))
ITEMS = json.loads(
    (Path(__file__).parents[1] / "outputs" / "fixtures" / "canceled.json").read_text(encoding="utf-8")
)


def _status_event(item_id: int, status: str, *, total: int, pending: int = 0) -> QueueItemStatusChangedEvent:
    recorded = next(e for e in RECORDED["events"] if e["event"] == "queue_item_status_changed")
    payload: dict[str, Any] = {**recorded["payload"], "item_id": item_id, "status": status}
    payload["batch_status"] = {
        **payload["batch_status"],
        "pending": pending,
        "in_progress": 0,
        "total": total,
    }
    event = parse_event("queue_item_status_changed", payload)
    assert isinstance(event, QueueItemStatusChangedEvent)
    return event


def _items(statuses: dict[int, str]) -> list[QueueItem]:
    recorded = ITEMS["items"][0]
    return [QueueItem.model_validate({**recorded, "item_id": i, "status": s}) for i, s in statuses.items()]


def _job() -> Job:
    result = EnqueueResult(
        queue_id="default",
        enqueued=3,
        requested=3,
        batch={"batch_id": RECORDED["batch_id"]},
        priority=0,
        item_ids=[1, 2, 3],
    )
    return Job(result, None, QUEUE_OPS, None)  # type: ignore[arg-type]  # no I/O here


def test_only_items_unfinished_when_the_server_went_away_count_as_interrupted() -> None:
    job = _job()
    plan = job._start(60)
    plan.final[1] = "completed"
    job._lost_server(ConnectionError("gone"), plan)
    job._found_server(plan)
    items = _items({1: "completed", 2: "canceled", 3: "completed"})
    assert [item.item_id for item in job._interrupted(items)] == [2]
    job._rerun_tried.add(2)
    assert job._interrupted(items) == []  # never twice


def test_items_canceled_by_a_person_or_by_the_job_are_never_interrupted() -> None:
    job = _job()
    plan = job._start(60)
    job._saw_event(_status_event(1, "canceled", total=3, pending=2))  # seen live: someone canceled it
    job._canceled_here.add(2)  # job.cancel_item(2)
    job._lost_server(ConnectionError("gone"), plan)
    assert job._interrupted(_items({1: "canceled", 2: "canceled", 3: "canceled"}))[0].item_id == 3
    job._canceled_batch = True  # job.cancel(): nothing is a restart's
    assert job._interrupted(_items({3: "canceled"})) == []


def test_without_an_outage_nothing_is_interrupted() -> None:
    job = _job()
    job._start(60)
    assert job._interrupted(_items({1: "canceled", 2: "completed", 3: "completed"})) == []


def test_a_polled_cancel_is_looked_up_but_the_first_count_after_an_outage_is_not() -> None:
    job = _job()
    plan = job._start(60)
    plan.mode = "poll"
    counts = {**RECORDED["batch_status"], "pending": 1, "completed": 1}
    assert job._new_cancels(BatchStatus.model_validate({**counts, "canceled": 1}), plan) == [1, 2, 3]
    job._lost_server(ConnectionError("gone"), plan)
    job._found_server(plan)
    assert job._new_cancels(BatchStatus.model_validate({**counts, "canceled": 2}), plan) == []


def test_a_stale_event_does_not_end_a_wait_that_re_ran_items_but_fresh_counts_do() -> None:
    plan = WaitPlan("b", frozenset({1, 2, 4}), "events", deadline=None, batch_total=4)  # item 3 re-run as 4
    stale = _status_event(2, "completed", total=3)
    plan.on_event(stale.model_copy(update={"batch_id": "b"}))
    assert not plan.done
    fresh = {**RECORDED["batch_status"], "batch_id": "b", "total": 3}  # fewer than expected: some deleted
    plan.on_status(BatchStatus.model_validate(fresh))
    assert plan.done


class _FinishedBatch:
    """Queue operations of a batch that has ended, answered without I/O; records each page read."""

    def __init__(self, size: int, emitted: list[int]) -> None:
        self.size, self.emitted = size, emitted
        self.reads: list[tuple[int, int]] = []

    def batch_status(self, queue_id: str, batch_id: str) -> Any:
        counts = {**RECORDED["batch_status"], "pending": 0, "in_progress": 0, "failed": 0, "canceled": 0}
        yield from ()
        return BatchStatus.model_validate({**counts, "completed": self.size, "total": self.size})

    def items(self, queue_id: str, item_ids: Any) -> Any:
        self.reads.append((len(item_ids), len(self.emitted)))  # (page size, items handed out before it)
        yield from ()
        return _items(dict.fromkeys(item_ids, "completed"))


def test_as_completed_hands_out_each_page_before_reading_the_next() -> None:
    """Memory stays flat for a big batch: at most one page of items is held at a time."""
    from invokeai_client import InvokeAIClient

    emitted: list[int] = []
    ops = _FinishedBatch(250, emitted)
    ids = list(range(1, 251))
    result = EnqueueResult(
        queue_id="default", enqueued=250, requested=250, batch={"batch_id": "b"}, priority=0, item_ids=ids
    )
    with InvokeAIClient("http://127.0.0.1:9", check_version=False) as client:  # never contacted
        job = Job(result, client._core, ops, None)  # type: ignore[arg-type]
        for item in job.as_completed(timeout=10):
            emitted.append(item.item_id)
    assert emitted == ids
    assert ops.reads == [(100, 0), (100, 100), (50, 200)]
