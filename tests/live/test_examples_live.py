"""The examples on the real server: it accepts what the model-needing ones build (the items then fail: no
weights here), and the model-free helpers and recipes run."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from invokeai_client import InvokeAIClient

from ..conftest import Server
from ..unit.test_examples import _example


def test_example_graphs_are_accepted_by_the_server(client: InvokeAIClient) -> None:
    sdxl, flux = _example("sdxl_text_to_image"), _example("flux_image_to_image")
    built = [
        sdxl.prepare(client.workflows.load(sdxl.WORKFLOW), "a red fox"),
        flux.prepare(
            client.workflows.load(flux.WORKFLOW), "not-uploaded.png", "watercolour", strengths=[0.3, 0.6]
        ),
    ]
    refine = _example("sdxl_flux_refine")
    models = [
        {"key": f"not-installed-{name}", "hash": "blake3:0", "name": name, "base": base, "type": kind}
        for name, base, kind in [("sdxl", "sdxl", "main"), ("flux", "flux", "main"), ("t5", "any", "t5_encoder"),
                                 ("clip", "any", "clip_embed"), ("ae", "flux", "vae")]
    ]  # fmt: skip
    built.append(client.workflows.load(refine.refine_graph(*models, "a lighthouse", size=512)))
    for wf in built:
        result = client.queue.enqueue_batch(wf.to_batch())
        assert result.enqueued == wf.session_count()
        client.queue.cancel_batches([result.batch_id])


def test_copy_image_copies_an_image_onto_a_board(client: InvokeAIClient) -> None:
    from PIL import Image

    example = _example("copy_image")
    picture = Image.new("RGB", (12, 8), (200, 40, 90))
    uploaded = client.images.upload(picture, is_intermediate=True)
    board = client.boards.create(f"copies-{uuid.uuid4().hex[:6]}")
    try:
        copy = example.copy_image(client, uploaded.image_name, board.board_id)
        assert copy != uploaded.image_name
        assert copy in client.boards.image_names(board.board_id)
        assert client.images.download_pil(copy).convert("RGB").tobytes() == picture.tobytes()
    finally:
        client.boards.delete(board.board_id, include_images=True)
        client.images.delete(uploaded.image_name)


def test_the_generated_layer_recipes_on_a_real_server(
    client: InvokeAIClient, server: Server, tmp_path: Path
) -> None:
    if not server.at_least("6.14"):
        pytest.skip("the recipes use invokeai_api.v6_14")
    from PIL import Image

    recipes = _example("generated_layer")
    board = client.boards.create(f"recipes-{uuid.uuid4().hex[:6]}")
    path = tmp_path / "dot.png"
    Image.new("RGB", (10, 6), (1, 2, 3)).save(path)
    with recipes.connect(server.url) as api:
        try:
            assert board.board_name in recipes.board_names(api)
            assert set(recipes.queue_counts(api)) == {
                "pending",
                "in_progress",
                "completed",
                "failed",
                "canceled",
            }
            image = recipes.upload(api, path, board.board_id)
            assert (image.width, image.height, image.board_id) == (10, 6, board.board_id)
            assert recipes.star(api, [image.image_name]) == [image.image_name]
            assert image.image_name in recipes.starred_images(api)
            assert recipes.latest_image(api) is not None
        finally:
            client.boards.delete(board.board_id, include_images=True)


def test_the_mcp_agent_example_gets_its_images_back(invokeai_url: str, tmp_path: Path) -> None:
    import anyio
    from PIL import Image

    example = _example("mcp_agent")
    picture = tmp_path / "in.png"
    Image.new("RGB", (40, 30), (90, 160, 20)).save(picture)
    saved = anyio.run(example.run, picture, 48, invokeai_url, tmp_path / "out")
    assert [path.name for path in saved] == ["result-0.png"]
    with Image.open(saved[0]) as image:
        assert image.size == (48, 48)
