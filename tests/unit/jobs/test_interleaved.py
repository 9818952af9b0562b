"""Several items in progress on one server (InvokeAI 6.14 runs one session per generation device): their
events interleave and items complete out of order. A CPU server dedupes its devices, so this cannot run
for real here: the events are a real 6.14.2 server's (``fixtures/sweep_items.json``, four items run one
after the other), and the interleaving is what a two-GPU server would send — each item's own events in
their own order, two items at a time, the second pair's later item finishing first.

Checked: the progress follows every running item; ``as_completed``'s items built from events equal what
the server answers over REST (status, batch values, every output image); the wait plan ends once all
ended; and the run's bookkeeping joins out-of-order items to their sessions.
"""

from __future__ import annotations

import json
from itertools import zip_longest
from pathlib import Path
from typing import Any

from invokeai_client.events._router import parse_event
from invokeai_client.jobs import _job_progress as progress
from invokeai_client.jobs._base import WaitPlan
from invokeai_client.jobs._event_items import EventItems
from invokeai_client.outputs import map_queue_item
from invokeai_client.runs._plan import expand
from invokeai_client.runs._tracker import ItemTracker
from invokeai_client.types import Event, QueueItem
from invokeai_client.workflows import TemplateSet

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "sweep_items.json").read_text(encoding="utf-8"))
ITEMS = [QueueItem.model_validate(item) for item in RECORDED["items"]]
BATCH = RECORDED["body"]["batch"]


def _events_of(item_id: int) -> list[dict[str, Any]]:
    return [e for e in RECORDED["events"] if e["payload"].get("item_id") == item_id]


def _interleaved() -> list[Event]:
    """Items 1 and 2 at once, then 3 and 4 at once with 4 ending first (its events come first). The batch
    counts each status event carries are the ones of this order (the server counts as items end)."""
    first, second, third, fourth = (_events_of(i) for i in RECORDED["item_ids"])
    merged: list[dict[str, Any]] = []
    for pair in ((first, second), (fourth, third)):
        for a, b in zip_longest(*pair):
            merged += [e for e in (a, b) if e is not None]
    states: dict[int, str] = dict.fromkeys(RECORDED["item_ids"], "pending")
    events = []
    for recorded in merged:
        payload = dict(recorded["payload"])
        if recorded["event"] == "queue_item_status_changed":
            states[payload["item_id"]] = payload["status"]
            counts = {s: list(states.values()).count(s) for s in ("pending", "in_progress", "completed")}
            payload["batch_status"] = {**payload["batch_status"], **counts}
        events.append(parse_event(recorded["event"], payload))
    return events


def test_the_interleaving_keeps_each_items_own_order_and_ends_out_of_order() -> None:
    events = _interleaved()
    ended = [e.item_id for e in events if getattr(e, "status", None) == "completed"]  # type: ignore[attr-defined]
    assert ended == [1, 2, 4, 3]
    for item_id in RECORDED["item_ids"]:
        own = [e.event for e in events if getattr(e, "item_id", None) == item_id]
        assert own == [e["event"] for e in _events_of(item_id)]


def test_progress_follows_every_running_item_and_counts_each_once() -> None:
    state = progress.start(RECORDED["batch_id"], RECORDED["item_ids"], graph=BATCH["graph"])
    both_running = 0
    fractions = []
    for event in _interleaved():
        state = progress.track(state, event)
        fractions.append(state.fraction)
        if len(state.running) == 2:
            both_running += 1
            assert "(+1 running)" in state.describe()
        for run in state.running.values():  # each item's nodes are its own, never another's
            assert run.nodes_done <= (state.nodes_per_item or 0)
            assert run.node is None or run.node.item_id in state.running
    assert both_running > 10
    assert (state.completed, state.done, state.running, state.item_id) == (4, 4, {}, None)
    assert state.fraction == 1.0
    assert max(fractions[:-1]) < 1.0


def test_items_built_from_interleaved_events_equal_the_servers_items() -> None:
    templates = TemplateSet.bundled()
    told = EventItems(graph=BATCH["graph"], data=BATCH["data"], item_ids=RECORDED["item_ids"], priority=0)
    built: dict[int, QueueItem] = {}
    for event in _interleaved():
        told.note(event, drops=0)
        if getattr(event, "status", None) == "completed":
            item = told.take(event.item_id, drops=0)  # type: ignore[attr-defined]
            assert item is not None
            built[item.item_id] = item
    assert list(built) == [1, 2, 4, 3]
    for rest in ITEMS:
        from_events = built[rest.item_id]
        assert (from_events.status, from_events.session_id, from_events.batch_id) == (
            rest.status, rest.session_id, rest.batch_id
        )  # fmt: skip
        assert from_events.field_values == rest.field_values
        images = [
            (o.source_node_id, o.image_name, o.is_final) for o in map_queue_item(from_events, templates)
        ]
        expected = [(o.source_node_id, o.image_name, o.is_final) for o in map_queue_item(rest, templates)]
        assert images == expected
        assert images


def test_an_item_whose_stream_reconnected_meanwhile_is_read_over_rest() -> None:
    told = EventItems(graph=BATCH["graph"], data=BATCH["data"], item_ids=RECORDED["item_ids"], priority=0)
    for event in _interleaved():
        told.note(event, drops=0)
    assert told.take(1, drops=1) is None  # events may be missing: the caller asks the server
    assert told.take(1, drops=0) is None  # and the record is gone


def test_the_wait_plan_ends_when_the_last_out_of_order_item_ends() -> None:
    plan = WaitPlan(RECORDED["batch_id"], frozenset(RECORDED["item_ids"]), "events", deadline=None)
    finals = []
    for event in _interleaved():
        plan.on_event(event)
        finals.append(len(plan.final))
    assert plan.done
    assert finals.index(4) == len(finals) - 1


def test_a_run_joins_out_of_order_items_to_their_sessions() -> None:
    sessions = list(expand(RECORDED["body"]))
    tracker = ItemTracker()
    tracker.track(RECORDED["batch_id"], RECORDED["item_ids"], {s.pos: (s.key, None) for s in sessions})
    pairs: list[tuple[int, int]] = []
    for item in sorted(ITEMS, key=lambda i: [1, 2, 4, 3].index(i.item_id)):
        tracker.position(item.item_id, item, pairs)
    joined = dict(pairs)
    for session in sessions:
        item = next(i for i in ITEMS if i.item_id == joined[session.pos])
        assert [(v.node_path, v.field_name, v.value) for v in item.field_values or []] == list(session.values)


def test_a_jobs_items_name_their_rows_by_their_place_in_the_batch() -> None:
    from invokeai_client.jobs import Job
    from invokeai_client.resources._queue_ops import QUEUE_OPS
    from invokeai_client.types import EnqueueResult
    from invokeai_client.workflows import Workflow

    workflow = Workflow.load(
        Path(__file__).parents[2] / "live" / "workflows" / "blank_blur_save.json", TemplateSet.bundled()
    )
    rows = [
        {"Width": 16, "Height": 8},
        {"Width": 24, "Height": 8},
        {"Width": 16, "Height": 8},
    ]  # 1 and 3 alike
    workflow.set_rows(rows)
    workflow.set_sweep("blur.radius", [0.5, 1.5])
    body = workflow.to_batch(runs=2, batch_id="b")
    ids = list(range(101, 113))  # 2 runs x 2 radii x 3 rows, in the order the server makes them
    result = EnqueueResult(
        queue_id="default", enqueued=12, requested=12, batch=body["batch"], priority=0, item_ids=ids
    )
    job = Job(result, None, QUEUE_OPS, None, workflow=workflow)  # type: ignore[arg-type]  # no I/O here
    sessions = list(expand(body, workflow.rows))
    assert [job.row_of(i) for i in reversed(ids)] == [s.row for s in reversed(sessions)]  # any order
    assert sorted({job.row_of(i) for i in ids}) == [1, 2, 3]
    assert job.row_of(999) is None
    job._reruns[104] = 200  # item 104 ran again as 200 after a restart
    assert job.row_of(200) == job.row_of(104)
