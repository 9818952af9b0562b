"""The server accepts what the model-needing examples build (the items then fail: no weights here)."""

from __future__ import annotations

from invokeai_client import InvokeAIClient

from ..unit.test_examples import _example


def test_example_graphs_are_accepted_by_the_server(client: InvokeAIClient) -> None:
    sdxl, flux = _example("sdxl_text_to_image"), _example("flux_image_to_image")
    built = [
        sdxl.prepare(client.workflows.load(sdxl.WORKFLOW), "a red fox"),
        flux.prepare(
            client.workflows.load(flux.WORKFLOW), "not-uploaded.png", "watercolour", strengths=[0.3, 0.6]
        ),
    ]
    for wf in built:
        result = client.queue.enqueue_batch(wf.to_batch())
        assert result.enqueued == wf.session_count()
        client.queue.cancel_batches([result.batch_id])
