"""A run's bookkeeping, offline: items joined to sessions by their values, the sessions a queue never took
(cut short at its limit) or that lost their items, a session lost too often ending failed, and the stall
notice. Queue items are the shape a real server records (``outputs/fixtures/canceled.json``)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest

from invokeai_client.runs._engine import MAX_LOSSES, STALL_NOTICE, RunEngine
from invokeai_client.runs._plan import Session, value_key
from invokeai_client.runs._settings import depth_for
from invokeai_client.runs._store import RunStore
from invokeai_client.runs._tracker import ItemTracker
from invokeai_client.types import QueueItem

ITEMS = json.loads(
    (Path(__file__).parents[1] / "outputs" / "fixtures" / "canceled.json").read_text(encoding="utf-8")
)


def _session(pos: int, width: int) -> Session:
    return Session(pos, pos + 1, (("canvas", "width", width),), {"Width": width})


def _item(item_id: int, batch_id: str, width: int) -> QueueItem:
    recorded: dict[str, Any] = ITEMS["items"][0]
    values = [{"node_path": "canvas", "field_name": "width", "value": width}]
    return QueueItem.model_validate(
        {**recorded, "item_id": item_id, "batch_id": batch_id, "field_values": values}
    )


def _waiting(sessions: list[Session]) -> dict[int, tuple[str, int | None]]:
    return {s.pos: (s.key, None) for s in sessions}


def test_items_join_their_sessions_by_values_not_by_order() -> None:
    sessions = [_session(0, 8), _session(1, 16), _session(2, 24)]
    tracker = ItemTracker()
    tracker.track("b", [11, 12, 13], _waiting(sessions))
    pairs: list[tuple[int, int]] = []
    assert tracker.position(13, _item(13, "b", 8), pairs) == 0  # the first session's values, a later id
    assert tracker.position(11, _item(11, "b", 24), pairs) == 2
    assert tracker.position(12, _item(12, "b", 16), pairs) == 1
    assert pairs == [(0, 13), (2, 11), (1, 12)]
    assert tracker.followed() == {0, 1, 2}


def test_a_batch_the_queue_cut_short_gives_back_the_sessions_no_item_took() -> None:
    sessions = [_session(i, 8 * (i + 1)) for i in range(16)]
    tracker = ItemTracker()
    landed = [_item(100 + i, "b", 8 * (i + 1)) for i in range(10)]  # the server takes the first ten
    tracker.track("b", [item.item_id for item in landed], _waiting(sessions))
    pairs, left = tracker.join_landed("b", landed)
    assert sorted(left) == list(range(10, 16))
    assert sorted(pos for pos, _ in pairs) == list(range(10))
    assert not tracker.is_tracked("b")
    assert set(tracker.outstanding) == {item.item_id for item in landed}  # still followed to their ends


def test_a_batch_with_no_item_left_to_follow_gives_back_its_unmatched_sessions() -> None:
    tracker = ItemTracker()
    tracker.track("b", [21, 22], _waiting([_session(0, 8), _session(1, 16)]))
    pairs: list[tuple[int, int]] = []
    tracker.position(21, _item(21, "b", 8), pairs)
    assert tracker.unheld() == []  # item 22 is still followed
    tracker.ended(21)
    tracker.ended(22)  # it vanished before it was matched
    assert tracker.unheld() == [1]
    assert tracker.unheld() == []  # given back once


def test_an_enqueue_that_took_nothing_leaves_every_session_unheld() -> None:
    tracker = ItemTracker()
    tracker.track("b", [], _waiting([_session(0, 8), _session(1, 16)]))
    assert tracker.outstanding == {}
    assert sorted(tracker.unheld()) == [0, 1]


def test_identical_sessions_are_interchangeable() -> None:
    same = [Session(pos, None, (), {}) for pos in range(3)]
    tracker = ItemTracker()
    tracker.track("b", [5, 6], {s.pos: (s.key, None) for s in same})
    item = _item(5, "b", 0).model_copy(update={"field_values": []})
    pairs, left = tracker.join_landed("b", [item, item.model_copy(update={"item_id": 6})])
    assert [p for p, _ in pairs] == [0, 1]
    assert left == [2]
    assert value_key([]) == same[0].key


@pytest.fixture
def engine(tmp_path: Path) -> RunEngine:
    sessions = [_session(i, 8 * (i + 1)) for i in range(3)]
    store = RunStore.create(tmp_path, {"fingerprint": "x"}, sessions)
    return RunEngine(store, ["http://a"], stall_limit=None)


def test_a_session_lost_again_and_again_ends_failed_instead_of_running_for_ever(engine: RunEngine) -> None:
    for attempt in range(1, MAX_LOSSES + 1):
        (taken,) = engine.take("http://a", 1, f"batch-{attempt}")
        assert taken.pos == 0
        engine.give_back([0], lost=True)
    assert engine.held(0) is None  # no longer on a server
    (record,) = engine.store.sessions(positions=[0])
    assert (record.state, record.status) == ("failed", "lost")
    assert "lost 3 times" in (record.error or "")
    assert engine.counts["http://a"].outstanding == 0
    assert [r.state for r in engine.store.sessions()] == ["failed", "todo", "todo"]


def test_sessions_the_queue_did_not_take_go_back_without_counting_as_lost(engine: RunEngine) -> None:
    for attempt in range(MAX_LOSSES + 2):
        engine.take("http://a", 3, f"batch-{attempt}")
        engine.give_back([0, 1, 2])
    assert {r.state for r in engine.store.sessions()} == {"todo"}


def test_a_stalled_run_says_so_once_a_minute_and_on_its_progress_line(
    engine: RunEngine, caplog: pytest.LogCaptureFixture
) -> None:
    engine.take("http://a", 2, "batch")
    engine.set_full("http://a", True)
    assert engine.stall_notice() is None
    engine._last_progress = time.monotonic() - STALL_NOTICE - 5
    notice = engine.stall_notice()
    assert notice is not None
    assert "2 on http://a, 1 to deal" in notice
    assert "(queue full)" in notice
    assert engine.stall_notice() is None  # not again within the minute
    line = engine.progress().describe()
    assert "queue full" in line
    assert "nothing ended for 6" in line
    with caplog.at_level(logging.INFO, logger="invokeai_client.runs"):
        assert engine.set_full("http://a", False)
    assert "has room again" in caplog.text


def test_a_servers_queue_is_kept_deeper_than_what_it_runs_at_once_and_within_its_limit() -> None:
    assert depth_for(4, limit=None, running=1) == 4  # a CPU server: one at a time
    assert depth_for(4, limit=None, running=8) == 17  # eight GPUs never wait for the next poll
    assert depth_for(4, limit=10, running=8) == 10  # but never past max_queue_size
    assert depth_for(1000, limit=None, running=0) == 1000
