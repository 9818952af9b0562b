"""Progress while waiting, against the real server: event and progress callbacks (sync and async), polling
progress per item, the progress bar, previews, and saving a job's images.

The demo workflow needs no model, so its nodes send "Saving image" progress without a preview image;
denoising nodes (which need model weights this server does not have) are the ones that send previews.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_client.jobs import JobProgress
from invokeai_client.types import (
    Event,
    InvocationCompleteEvent,
    InvocationProgressEvent,
    InvocationStartedEvent,
    QueueItemStatusChangedEvent,
)
from invokeai_client.workflows import Workflow

WORKFLOW = Path(__file__).resolve().parents[2] / "examples" / "workflows" / "resize-blur-save.json"
NODES = ["source", "resize", "blur", "save"]


@pytest.fixture
def picture(client: InvokeAIClient) -> Iterator[str]:
    """A fresh input image (fresh pixels, so no node result comes from the server's cache)."""
    seed = uuid.uuid4().int
    image = Image.new("RGB", (40, 30), (seed % 256, (seed >> 8) % 256, (seed >> 16) % 256))
    name = client.images.upload(image, is_intermediate=True).image_name
    yield name
    client.images.delete(name)


@pytest.fixture
def workflow(client: InvokeAIClient, picture: str) -> Workflow:
    wf = client.workflows.load(WORKFLOW)
    wf.set("Input image", picture)
    wf.set("Width", 48)
    wf.set("Height", 32)
    return wf


def _check_progress(states: list[JobProgress], items: int) -> None:
    fractions = [state.fraction for state in states]
    assert fractions == sorted(fractions)
    assert states[-1].finished
    assert states[-1].completed == items
    assert all(state.fraction < 1 for state in states[:-1])
    assert all(a != b for a, b in itertools.pairwise(states))  # reported on change only


def test_sync_event_and_progress_callbacks(client: InvokeAIClient, workflow: Workflow) -> None:
    events: list[Event] = []
    states: list[JobProgress] = []
    with client.workflows.submit(workflow, sweep={"Blur radius": [1.5, 2.5]}) as job:
        items = job.wait(timeout=120, on_event=events.append, on_progress=states.append)
    assert [item.status for item in items] == ["completed", "completed"]
    _check_progress(states, items=2)
    assert states[0].done == 0
    assert job.progress == states[-1]
    first = job.item_ids[0]
    started = [
        e.invocation_source_id for e in events if isinstance(e, InvocationStartedEvent) and e.item_id == first
    ]
    completed = [
        e.invocation_source_id
        for e in events
        if isinstance(e, InvocationCompleteEvent) and e.item_id == first
    ]
    assert started == completed == NODES
    saving = [e for e in events if isinstance(e, InvocationProgressEvent) and e.item_id == first]
    assert {e.message for e in saving} == {"Saving image"}
    assert all(e.image is None for e in saving)  # previews come from denoising nodes only
    statuses = [(e.item_id, e.status) for e in events if isinstance(e, QueueItemStatusChangedEvent)]
    assert statuses[-1] == (job.item_ids[1], "completed")
    described = [state.describe() for state in states]
    assert "item 1/2: Resize (img_resize) - Saving image" in described
    assert "item 2/2: Save (save_image)" in described
    running = [state for state in states if state.node is not None]
    assert running
    assert all(state.node is not None and state.node.preview_image() is None for state in running)
    assert all(state.preview is None for state in states)


def test_polling_reports_progress_per_item(client: InvokeAIClient, workflow: Workflow) -> None:
    events: list[Event] = []
    states: list[JobProgress] = []
    job = client.workflows.submit(workflow, sweep={"Blur radius": [0.5, 1.0, 2.0]}, wait="poll")
    job.wait(timeout=120, on_event=events.append, on_progress=states.append)
    assert events == []  # no event stream when polling
    _check_progress(states, items=3)
    assert all(state.node is None and state.item_id is None for state in states)
    assert {round(state.fraction * 3, 6) for state in states} <= {0.0, 1.0, 2.0, 3.0}


def test_progress_bar_on_stderr(
    client: InvokeAIClient, workflow: Workflow, capsys: pytest.CaptureFixture[str]
) -> None:
    with client.workflows.submit(workflow) as job:
        job.wait(timeout=120, progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1/1 items" in captured.err
    assert "100%" in captured.err


def test_a_callback_error_ends_the_wait_and_waiting_resumes(
    client: InvokeAIClient, workflow: Workflow
) -> None:
    def stop_at_first_node(event: Event) -> None:
        if isinstance(event, InvocationCompleteEvent):
            raise RuntimeError("stop here")

    with client.workflows.submit(workflow) as job:
        with pytest.raises(RuntimeError, match="stop here"):
            job.wait(timeout=120, on_event=stop_at_first_node)
        assert not job.progress.finished
        assert job.wait(timeout=120)[0].status == "completed"
    assert job.progress.finished


def test_download_saves_final_images_by_default(
    client: InvokeAIClient, workflow: Workflow, tmp_path: Path
) -> None:
    with client.workflows.submit(workflow, sweep={"Blur radius": [1.0, 3.0]}) as job:
        job.wait(timeout=120)
        saved = job.download(tmp_path / "finals")
        everything = job.download(tmp_path / "all", include_intermediate=True)
    assert [record.image.item_id for record in saved] == job.item_ids
    assert {record.image.node_type for record in saved} == {"save_image"}
    assert [record.image.sweep_values["blur.radius"] for record in saved] == [1.0, 3.0]
    for record in saved:
        assert record.path.parent == (tmp_path / "finals").resolve()
        assert record.path.name == record.image.image_name
        with Image.open(record.path) as image:
            assert image.size == (48, 32) == (record.image.width, record.image.height)
    assert len(everything) == 6  # resize and blur (intermediate) + save, per item
    # The second resize is the cached first one: one image, one file, two records.
    assert {p.name for p in (tmp_path / "all").iterdir()} == {r.path.name for r in everything}


async def test_async_callbacks_may_be_coroutines(
    aclient: AsyncInvokeAIClient, picture: str, tmp_path: Path
) -> None:
    wf = await aclient.workflows.load(WORKFLOW)
    wf.set("Input image", picture)
    wf.set("Width", 24)
    events: list[Event] = []
    states: list[JobProgress] = []

    async def on_event(event: Event) -> None:
        events.append(event)

    async with await aclient.workflows.submit(wf, sweep={"Blur radius": [1.0, 2.0]}) as job:
        items = await job.wait(timeout=120, on_event=on_event, on_progress=states.append, progress=True)
        saved = await job.download(tmp_path)
    assert [item.status for item in items] == ["completed", "completed"]
    _check_progress(states, items=2)
    kinds = {type(event) for event in events}
    assert {InvocationStartedEvent, InvocationProgressEvent, InvocationCompleteEvent} <= kinds
    assert [record.image.width for record in saved] == [24, 24]
    assert all(record.path.exists() for record in saved)


async def test_async_polling_progress(aclient: AsyncInvokeAIClient, picture: str) -> None:
    wf = await aclient.workflows.load(WORKFLOW)
    wf.set("Input image", picture)
    states: list[JobProgress] = []
    job = await aclient.workflows.submit(wf, sweep={"Height": [16, 20]}, wait="poll")
    await job.wait(timeout=120, on_progress=states.append)
    _check_progress(states, items=2)
