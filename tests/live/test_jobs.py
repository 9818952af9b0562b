"""Submitting workflows and waiting on them against the real server: events and polling, failures,
cancellation, timeouts that can be resumed, output mapping, and the async twin."""

from __future__ import annotations

from pathlib import Path

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    InvokeAIClient,
    JobCanceledError,
    JobFailedError,
    JobTimeoutError,
)
from invokeai_client.workflows import Workflow

WORKFLOW = Path(__file__).parent / "workflows" / "blank_blur_save.json"


@pytest.fixture
def workflow(client: InvokeAIClient) -> Workflow:
    return client.workflows.load(WORKFLOW)


@pytest.mark.parametrize("mode", ["events", "poll"])
def test_submit_and_wait(client: InvokeAIClient, workflow: Workflow, mode: str) -> None:
    job = client.workflows.submit(workflow, sweep={"Width": [16, 24]}, runs=1, wait=mode)  # type: ignore[arg-type]
    assert job.mode == mode
    assert job.item_ids == sorted(job.item_ids)
    assert len(job.item_ids) == 2
    items = job.wait(timeout=120)
    assert [item.status for item in items] == ["completed", "completed"]
    assert [item.item_id for item in items] == job.item_ids
    assert workflow.input("Width").value == 64  # the caller's workflow is not changed by the sweep
    final = [image for image in job.outputs() if not image.is_intermediate]
    assert [(image.node_type, image.width, image.height) for image in final] == [
        ("save_image", 16, 48),
        ("save_image", 24, 48),
    ]
    assert {image.form_index for image in final} == {4}  # the form's board input
    assert [image.field_values[0].value for image in final if image.field_values] == [16, 24]
    job.close()


def test_as_completed_yields_each_item_once(client: InvokeAIClient, workflow: Workflow) -> None:
    with client.workflows.submit(workflow, sweep={"Width": [8, 16, 24]}) as job:
        seen = [item.item_id for item in job.as_completed(timeout=120)]
    assert sorted(seen) == job.item_ids


def test_as_completed_items_told_by_events_equal_the_servers(
    client: InvokeAIClient, workflow: Workflow
) -> None:
    """On events, a completed item is handed out as its events tell it (no REST round trip): its status,
    batch values (the n-th item of the batch's expansion) and output images are the server's own."""
    sweep = {"Width": [8, 16, 24], "Height": [8, 32]}
    with client.workflows.submit(workflow, sweep=sweep) as job:
        told = list(job.as_completed(timeout=120))
        rest = {item.item_id: item for item in job.items()}
    assert sorted(item.item_id for item in told) == job.item_ids
    for item in told:
        server = rest[item.item_id]
        assert (item.status, item.session_id, item.field_values) == (
            server.status, server.session_id, server.field_values
        )  # fmt: skip
        assert [(o.source_node_id, o.image_name) for o in job.outputs([item])] == [
            (o.source_node_id, o.image_name) for o in job.outputs([server])
        ]
        assert job.outputs([item])


def test_failed_item_raises_with_the_servers_error(client: InvokeAIClient) -> None:
    defaults = client.workflows.list(categories=["default"], query="SD1.5")
    sd15 = next(w for w in defaults if w.name == "Text to Image - SD1.5")
    wf = client.workflows.load_saved(sd15.workflow_id)
    model = {"key": "does-not-exist", "hash": "blake3:x", "name": "nowhere", "base": "sd-1", "type": "main"}
    wf.set("Model" if any(i.label == "Model" for i in wf.inputs) else wf.missing_inputs()[0], model)
    job = client.workflows.submit(wf)
    with pytest.raises(JobFailedError) as info:
        job.wait(timeout=120)
    error = info.value
    assert error.item_id == job.item_ids[0]
    assert error.error_type
    assert "does-not-exist" in (error.error_message or "")
    assert error.error_traceback
    assert [item.status for item in error.items] == ["failed"]
    assert job.wait(timeout=5, raise_on_failure=False)[0].status == "failed"


def test_cancel_a_pending_item_and_cancelling_a_finished_one_is_no_error(
    client: InvokeAIClient, workflow: Workflow, paused: None
) -> None:
    job = client.workflows.submit(workflow, sweep={"Width": [8, 16]})
    canceled = job.cancel_item(job.item_ids[0])
    assert canceled.status == "canceled"
    assert job.cancel() == 1  # the other one
    with pytest.raises(JobCanceledError) as info:
        job.wait(timeout=30)
    assert info.value.item_id == job.item_ids[0]
    again = job.cancel_item(job.item_ids[0])
    assert again.status == "canceled"  # already finished: reported as it is


def test_timeout_then_resume_with_the_same_job(client: InvokeAIClient, workflow: Workflow) -> None:
    client.queue.pause()
    try:
        job = client.workflows.submit(workflow)
        with pytest.raises(JobTimeoutError) as info:
            job.wait(timeout=0.3)
        assert isinstance(info.value, TimeoutError)
        assert info.value.item_ids == job.item_ids
    finally:
        client.queue.resume()
    assert job.wait(timeout=120)[0].status == "completed"


async def test_async_submit_wait_and_outputs(aclient: AsyncInvokeAIClient) -> None:
    wf = await aclient.workflows.load(WORKFLOW)
    job = await aclient.workflows.submit(wf, sweep={"Height": [8, 12]})
    items = await job.wait(timeout=120)
    assert [item.status for item in items] == ["completed", "completed"]
    heights = sorted(image.height for image in job.outputs() if image.node_type == "save_image")
    assert heights == [8, 12]
    seen = [item.item_id async for item in (await aclient.workflows.submit(wf)).as_completed(timeout=120)]
    assert len(seen) == 1
    job.close()


def test_cancel_an_in_progress_item(client: InvokeAIClient, workflow: Workflow) -> None:
    from invokeai_client.types import InvocationStartedEvent

    # ~1.5 s of blurring: beyond the form's own limits (the author's), so stored raw
    for key, value in {"canvas.width": 3072, "canvas.height": 3072, "blur.radius": 96.0}.items():
        workflow.set_raw(key, value)
    workflow.disable_output_cache()  # a cached node would finish at once
    job = client.workflows.submit(workflow)
    canceled: list[str] = []

    def cancel_when_blurring(event: object) -> None:
        if (
            isinstance(event, InvocationStartedEvent)
            and event.invocation_source_id == "blur"
            and not canceled
        ):
            canceled.append(job.cancel_item(job.item_ids[0]).status)

    with pytest.raises(JobCanceledError):
        job.wait(timeout=120, on_event=cancel_when_blurring)
    assert canceled == ["canceled"]
    item = job.items()[0]
    assert item.status == "canceled"
    assert item.started_at is not None  # it was running when it was canceled
