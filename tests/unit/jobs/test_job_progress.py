"""The progress reducer on events recorded from a real InvokeAI 6.8.1 server (``record_fixtures.py``).

The fixtures hold every queue-room event of a batch of the demo workflow, in arrival order, and the
batch's final REST status; never edit them by hand.
"""

from __future__ import annotations

import base64
import functools
import io
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from rich.console import Console

from invokeai_client import InvalidImageError, MissingDependencyError
from invokeai_client.events._router import parse_event
from invokeai_client.jobs import JobProgress, ProgressBar
from invokeai_client.jobs._job_progress import node_labels, nodes_per_item, start, track
from invokeai_client.jobs._watch import Watch
from invokeai_client.types import (
    BatchStatus,
    Event,
    InvocationCompleteEvent,
    InvocationErrorEvent,
    InvocationProgressEvent,
    InvocationStartedEvent,
    ProgressImage,
    QueueItem,
)
from invokeai_client.workflows import TemplateSet, Workflow

HERE = Path(__file__).resolve().parent
WORKFLOW = HERE.parents[2] / "examples" / "workflows" / "resize-blur-save.json"


@functools.cache
def fixture(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((HERE / "fixtures" / f"{name}.json").read_text(encoding="utf-8"))
    return document


def events(name: str) -> list[Event]:
    return [parse_event(entry["event"], entry["payload"]) for entry in fixture(name)["events"]]


@functools.cache
def demo_workflow() -> Workflow:
    return Workflow.load(WORKFLOW, TemplateSet.bundled())


def initial(name: str) -> JobProgress:
    wf = demo_workflow()
    wf.set("Input image", "x.png")
    graph = wf.to_batch()["batch"]["graph"]
    document = fixture(name)
    return start(
        document["batch_id"], document["item_ids"], graph=graph, labels=node_labels(wf.definition.nodes)
    )


def fold(state: JobProgress, updates: list[Event]) -> list[JobProgress]:
    states = [state]
    for update in updates:
        states.append(track(states[-1], update))
    return states


def test_the_fixtures_parse_into_known_events() -> None:
    for name in ("sweep", "failed", "canceled"):
        parsed = events(name)
        assert parsed
        assert all(type(event).__name__ != "UnknownEvent" for event in parsed), name


def test_a_sweep_moves_per_node_and_ends_at_100_percent() -> None:
    states = fold(initial("sweep"), events("sweep"))
    first, last = states[0], states[-1]
    assert (first.total, first.nodes_per_item, first.fraction, first.describe()) == (3, 4, 0.0, "0/3 items")
    assert (last.completed, last.failed, last.canceled, last.finished) == (3, 0, 0, True)
    assert (last.fraction, last.percent, last.item_id, last.node) == (1.0, 100.0, None, None)
    assert last.describe() == "3/3 items"
    fractions = [state.fraction for state in states]
    assert fractions == sorted(fractions)  # never backwards
    assert all(state.fraction < 1.0 for state in states[:-1])  # 100 % only once every item ended
    assert len({round(f, 4) for f in fractions}) >= 12  # 3 items x 4 nodes
    described = [state.describe() for state in states]
    assert "item 1/3: Blur (img_blur) - Saving image" in described
    assert "item 3/3: Save (save_image)" in described
    assert "1/3 items" in described  # between items


def test_node_progress_follows_started_progress_complete() -> None:
    state = initial("sweep")
    seen: list[tuple[str, str, str | None, bool, int]] = []
    for event in events("sweep"):
        state = track(state, event)
        if isinstance(event, InvocationStartedEvent | InvocationProgressEvent | InvocationCompleteEvent):
            assert state.node is not None
            if state.item_id == fixture("sweep")["item_ids"][0]:
                node = state.node
                seen.append((type(event).__name__, node.label, node.message, node.finished, state.nodes_done))
    assert seen[:4] == [
        ("InvocationStartedEvent", "Input", None, False, 0),
        ("InvocationCompleteEvent", "Input", None, True, 1),
        ("InvocationStartedEvent", "Resize", None, False, 1),
        ("InvocationProgressEvent", "Resize", "Saving image", False, 1),
    ]
    assert seen[-1] == ("InvocationCompleteEvent", "Save", "Saving image", True, 4)


def test_a_failed_item_counts_and_its_late_error_event_is_ignored() -> None:
    state = initial("failed")
    parsed = events("failed")
    error_at = next(i for i, event in enumerate(parsed) if isinstance(event, InvocationErrorEvent))
    before = fold(state, parsed[:error_at])[-1]
    after = track(before, parsed[error_at])
    assert (before.failed, before.item_id) == (1, None)  # the failed status came first
    assert after == before  # the error event of an ended item changes nothing
    last = fold(state, parsed)[-1]
    assert (last.completed, last.failed, last.finished) == (1, 1, True)
    assert last.describe() == "2/2 items (1 failed, 0 canceled)"


def test_a_canceled_pending_item_counts_at_once() -> None:
    states = fold(initial("canceled"), events("canceled"))
    assert [state.canceled for state in states[:3]] == [0, 0, 1]  # batch_enqueued, then the cancel
    running = next(state for state in states if state.item_id is not None)
    assert (running.position, running.done) == (1, 1)
    assert running.describe().startswith("item 1/3")
    assert states[-1].finished


def test_polling_moves_per_item_and_stale_counts_do_not_go_back() -> None:
    state = initial("sweep")
    final = BatchStatus.model_validate(fixture("sweep")["batch_status"])
    halfway = final.model_copy(update={"completed": 1, "pending": 2})
    state = track(state, halfway)
    assert (state.done, state.item_id, state.describe()) == (1, None, "1/3 items")
    assert state.fraction == pytest.approx(1 / 3)
    assert track(track(state, final), halfway).completed == 3
    other = final.model_copy(update={"batch_id": "another"})
    assert track(initial("sweep"), other).done == 0


def test_final_items_settle_the_counts() -> None:
    document = json.loads((HERE.parent / "outputs" / "fixtures" / "failed.json").read_text(encoding="utf-8"))
    items = [QueueItem.model_validate(item) for item in document["items"]]
    state = start(items[0].batch_id, [item.item_id for item in items])
    settled = track(state, items)
    assert (settled.failed, settled.finished, settled.fraction) == (1, True, 1.0)


def test_events_of_other_batches_are_ignored() -> None:
    state = start("another-batch", [1, 2])
    assert fold(state, events("sweep"))[-1] == state


def test_graph_facts() -> None:
    assert nodes_per_item(None) is None
    assert nodes_per_item({"nodes": {"a": {"type": "iterate"}, "b": {"type": "img_blur"}}}) is None
    assert nodes_per_item({"nodes": {"a": {"type": "img_blur"}}}) == 1
    labels = node_labels(demo_workflow().definition.nodes)
    assert labels == {"source": "Input", "resize": "Resize", "blur": "Blur", "save": "Save", "about": "About"}


def test_watch_reports_changes_only_and_draws_a_bar() -> None:
    got_events: list[Event] = []
    got_states: list[JobProgress] = []
    watch = Watch(got_events.append, got_states.append, bar=False)
    state = initial("sweep")
    watch.notify(None, state)
    for event in events("sweep"):
        state = track(state, event)
        watch.notify(event, state)
    assert len(got_events) == len(events("sweep"))
    assert all(a != b for a, b in itertools.pairwise(got_states))
    assert got_states[-1].finished

    buffer = io.StringIO()
    bar = ProgressBar(console=Console(file=buffer, width=100, force_terminal=False))
    bar.update(initial("sweep"))
    bar.update(state)
    bar.close()
    assert "3/3 items" in buffer.getvalue()
    assert "100%" in buffer.getvalue()


def _jpeg_data_url(size: tuple[int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, "JPEG")
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_progress_images_decode_on_request() -> None:
    preview = ProgressImage(dataURL=_jpeg_data_url((32, 24)), width=256, height=192)
    image = preview.to_pil()
    assert (image.size, image.mode) == ((32, 24), "RGB")
    with pytest.raises(InvalidImageError):
        ProgressImage(dataURL="data:image/jpeg;base64,bm90IGFuIGltYWdl", width=1, height=1).to_pil()
    with pytest.raises(InvalidImageError):
        ProgressImage(dataURL="https://example.invalid/x.jpg", width=1, height=1).to_pil()
    for state in fold(initial("sweep"), events("sweep")):  # model-free nodes send no previews
        assert state.preview is None
        assert state.node is None or state.node.preview_image() is None


def test_progress_images_need_pillow(monkeypatch: pytest.MonkeyPatch) -> None:
    preview = ProgressImage(dataURL=_jpeg_data_url((8, 8)), width=8, height=8)
    monkeypatch.setitem(sys.modules, "PIL", None)
    monkeypatch.setitem(sys.modules, "PIL.Image", None)
    with pytest.raises(MissingDependencyError):
        preview.to_pil()


def test_a_denoising_node_reports_its_steps() -> None:
    """The prepared node comes with each event (its ``steps`` input); the server's percentage gives the
    steps done. Nodes without steps show no step count."""
    from invokeai_client.jobs._job_progress import NodeProgress

    node = NodeProgress(1, "d", "d-1", "denoise_latents", "denoise_latents", "Denoising", 0.5, steps=30)
    assert node.step == 15
    assert NodeProgress(1, "d", "d-1", "denoise_latents", "x", "Denoising", 1.0, steps=4).step == 4
    assert NodeProgress(1, "b", "b-1", "img_blur", "x", "Saving image", None).step is None
    state = replace(initial("sweep"), item_id=initial("sweep").item_ids[0], node=node)
    assert state.describe().endswith("Denoising (step 15/30)")
