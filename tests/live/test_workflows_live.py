"""Workflows against the real server: every default workflow it ships, and a model-free one that runs.

For each default workflow: list its inputs, set values, build the batch, enqueue it for real, and check that
the server's stored ``session.graph`` equals the graph built here after the server's normalisation (template
defaults added, nulls dropped; spec 4.5). Items that need model weights then fail at run time, as expected.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    InvokeAIClient,
    UnknownNodeTypeError,
    UnprocessableEntityError,
    UnsupportedByServerError,
)
from invokeai_client.types import QueueItem
from invokeai_client.workflows import (
    TemplateSet,  # noqa: F401  (re-exported type used in annotations)
    Workflow,
    WorkflowInput,
)

HERE = Path(__file__).parent
DEFAULTS_6_8 = [
    "Face Detailer - SD1.5",
    "Image to Image - FLUX",
    "Text to Image -  SD1.5, Control",
    "Text to Image - CogView4",
    "Text to Image - FLUX",
    "Text to Image - SD1.5",
    "Text to Image - SD1.5, LoRA",
    "Text to Image - SD1.5, Prompt from File",
    "Text to Image - SD3.5",
    "Text to Image - SDXL",
    "Upscaler - SD1.5, ESRGAN",
    "Upscaler - SD1.5, MultiDiffusion",
    "Upscaler - SD1.5, Tiled",
    "Upscaler - SDXL, MultiDiffusion",
]
# 6.14 adds the Wan 2.2 video workflows (ten of them in workflow schema 4.0.0).
DEFAULTS_6_14 = sorted(
    [
        *DEFAULTS_6_8,
        "Extend Video - Wan 2.2 Lightning",
        "Extend Video - Wan 2.2 Lightning w/ Concept LoRAs",
        "Extend Video to Image - Wan 2.2 Lightning",
        "Image to Image - Wan 2.2",
        "Image to Video - Wan 2.2 Lightning",
        "Image to Video - Wan 2.2 Lightning w/ Concept LoRAs",
        "Image to Video - Wan 2.2 TI2V (Low Quality)",
        "Interpolate 2 Images to Video - Wan 2.2 Lightning",
        "Text to Image - Wan 2.2",
        "Text to Video - Wan 2.2 Lightning",
        "Text to Video - Wan 2.2 Lightning w/ Concept LoRAs",
        "Text to Video - Wan 2.2 TI2V-5B (Low Quality)",
    ]
)
DEFAULT_WORKFLOWS = {"6.8": DEFAULTS_6_8, "6.14": DEFAULTS_6_14}
# Shipped with both servers but built from node types they no longer have: the servers themselves reject them.
RETIRED_NODE_TYPES = {"canny_image_processor", "midas_depth_image_processor"}


@pytest.fixture(scope="module")
def server(invokeai_url: str) -> Iterator[InvokeAIClient]:
    with InvokeAIClient(invokeai_url) as client:
        yield client
        client.queue.clear()


@pytest.fixture(scope="module")
def shipped(server: InvokeAIClient) -> list[str]:
    """The default workflows a server of this version ships."""
    return DEFAULT_WORKFLOWS[".".join(server.server_version().split(".")[:2])]


@pytest.fixture(scope="module")
def defaults(server: InvokeAIClient) -> dict[str, str]:
    page = server.workflows.page(categories=["default"], per_page=200)
    return {item.name: item.workflow_id for item in page.items}


def test_the_server_ships_the_expected_default_workflows(
    defaults: dict[str, str], shipped: list[str]
) -> None:
    assert sorted(defaults) == shipped


def _fill(wf: Workflow, record: WorkflowInput, tmp_path: Path) -> None:
    """Give an input a value of its kind: models and images the server does not have (they fail at run time)."""
    if record.connected or not record.settable:
        return
    value: Any = record.value
    if record.kind == "model":
        value = {
            "key": f"not-installed-{record.node_id[:8]}",
            "hash": "blake3:not-installed",
            "name": f"not installed ({record.field_name})",
            "base": (record.ui_model_base or ("sd-1",))[0],
            "type": (record.ui_model_type or ("main",))[0],
        }
    elif record.kind == "image":
        value = "not-uploaded.png"
    elif record.kind == "video":
        value = "not-uploaded.mp4"
    elif record.kind == "string" and record.field_name == "file_path":
        prompts = tmp_path / "prompts.txt"  # the server checks the path at enqueue; it runs on this machine
        prompts.write_text("a lighthouse\na harbour\n")
        value = str(prompts)
    elif record.kind == "string":
        value = f"set by the SDK test: {record.label}"
    elif record.kind == "board":
        value = "auto"
    if value is not None:
        wf.set(record.key, value)


def _normalised(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """What the server stores for a sent node: template defaults for omitted fields, nulls dropped."""
    full = dict(node)
    for name, prop in schema["properties"].items():
        if name not in full and "default" in prop:
            full[name] = prop["default"]
    return _without_nulls(full)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _schemas_by_type(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemas = document["components"]["schemas"]
    return {s["properties"]["type"]["default"]: s for s in schemas.values() if s.get("class") == "invocation"}


@pytest.fixture(scope="module")
def openapi_schemas(server: InvokeAIClient) -> dict[str, dict[str, Any]]:
    import httpx

    return _schemas_by_type(httpx.get(f"{server.base_url}/openapi.json", timeout=30).json())


@pytest.mark.parametrize("name", DEFAULTS_6_14)
def test_default_workflow_round_trip(
    name: str,
    server: InvokeAIClient,
    shipped: list[str],
    defaults: dict[str, str],
    openapi_schemas: dict[str, dict[str, Any]],
    tmp_path: Path,
) -> None:
    if name not in shipped:
        pytest.skip(f"InvokeAI {server.server_version()} does not ship {name!r}")
    wf = server.workflows.load_saved(defaults[name])
    assert wf.inputs, "every default workflow exposes inputs"
    assert [r.index for r in wf.inputs] == list(range(len(wf.inputs)))
    used_types = {node["data"]["type"] for node in wf.to_dict()["nodes"] if node["type"] == "invocation"}
    retired = used_types & RETIRED_NODE_TYPES
    if retired:
        # The SDK refuses before any request; the server confirms it cannot run these node types either.
        with pytest.raises(UnknownNodeTypeError) as info:
            wf.to_batch(check_required=False)
        assert all(t in str(info.value) for t in retired)
        for node_type in retired:
            _assert_server_rejects_node_type(server, node_type)
        return

    for record in wf.inputs:
        _fill(wf, record, tmp_path)
    for key in wf.missing_inputs():  # required fields outside the form (e.g. a FLUX loader's encoders)
        _fill(wf, wf.input(key), tmp_path)
    assert wf.missing_inputs() == []

    body = wf.to_batch()
    result = server.queue.enqueue_batch(body)
    assert result.enqueued == result.requested == 1
    item = server.queue.get_item(result.item_ids[0])
    assert item.batch_id == result.batch_id
    assert item.workflow is not None  # the updated workflow is stored with the item

    sent = body["batch"]["graph"]
    stored = item.session["graph"]
    assert stored["id"] == sent["id"]
    assert set(stored["nodes"]) == set(sent["nodes"])
    for node_id, node in sent["nodes"].items():
        expected = _normalised(node, openapi_schemas[node["type"]])
        assert stored["nodes"][node_id] == expected, node_id
    assert sorted(map(_edge, stored["edges"])) == sorted(map(_edge, sent["edges"]))


def _edge(edge: dict[str, Any]) -> tuple[str, str, str, str]:
    source, destination = edge["source"], edge["destination"]
    return source["node_id"], source["field"], destination["node_id"], destination["field"]


def _assert_server_rejects_node_type(server: InvokeAIClient, node_type: str) -> None:
    graph = {"id": str(uuid.uuid4()), "nodes": {"n": {"id": "n", "type": node_type}}, "edges": []}
    with pytest.raises(UnprocessableEntityError) as info:
        server.queue.enqueue_batch({"prepend": False, "batch": {"graph": graph, "runs": 1}})
    assert info.value.issues[0].type == "union_tag_invalid"


def _wait_done(server: InvokeAIClient, batch_id: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not server.queue.batch_status(batch_id).is_done:
        assert time.monotonic() < deadline, f"batch {batch_id} still running after {timeout} s"
        time.sleep(0.2)


def test_model_free_workflow_runs_to_completion_with_a_sweep(server: InvokeAIClient) -> None:
    wf = server.workflows.load(HERE / "workflows" / "blank_blur_save.json")
    assert [r.key for r in wf.inputs] == [
        "canvas.width",
        "canvas.height",
        "canvas.color",
        "blur.radius",
        "save.board",
    ]
    wf.set("Blur radius", 1.5)
    wf.set_sweep("Width", [16, 24])
    wf.set_sweep("canvas.height", [8, 12])
    wf.zip("Width", "canvas.height")
    assert wf.session_count(runs=2) == 4
    result = server.workflows.enqueue(wf, runs=2)
    assert result.enqueued == 4
    assert result.item_ids == sorted(result.item_ids)
    _wait_done(server, result.batch_id)
    items: list[QueueItem] = server.queue.get_items(result.item_ids)
    assert [i.status for i in items] == ["completed"] * 4
    sizes = []
    for item in items:
        values = {(v.node_path, v.field_name): v.value for v in item.field_values or []}
        saved = [
            out
            for prepared, out in item.session["results"].items()
            if item.session["prepared_source_mapping"][prepared] == "save"
        ]
        assert len(saved) == 1
        assert (saved[0]["width"], saved[0]["height"]) == (
            values[("canvas", "width")],
            values[("canvas", "height")],
        )
        sizes.append((saved[0]["width"], saved[0]["height"]))
    assert sorted(sizes) == [(16, 8), (16, 8), (24, 12), (24, 12)]


def test_library_create_update_load_delete(server: InvokeAIClient) -> None:
    wf = Workflow.load(HERE / "workflows" / "blank_blur_save.json")
    record = server.workflows.create(wf)
    try:
        assert record.name == "Blank, blur, save"
        assert record.workflow["id"] == record.workflow_id
        loaded = server.workflows.load_saved(record.workflow_id)
        assert loaded.input("Width").value == 64
        loaded.set("Width", 128)
        updated = server.workflows.update(record.workflow_id, loaded)
        node = next(n for n in updated.workflow["nodes"] if n["id"] == "canvas")
        assert node["data"]["inputs"]["width"]["value"] == 128
        assert record.workflow_id in [w.workflow_id for w in server.workflows.list(categories=["user"])]
    finally:
        server.workflows.delete(record.workflow_id)
    assert record.workflow_id not in [w.workflow_id for w in server.workflows.list(categories=["user"])]


def test_load_the_workflow_embedded_in_a_produced_image(server: InvokeAIClient) -> None:
    wf = server.workflows.load(HERE / "workflows" / "blank_blur_save.json")
    wf.set("Width", 40)
    job = server.workflows.submit(wf)
    job.wait(timeout=120)
    saved = next(image for image in job.outputs() if image.node_type == "save_image")
    again = server.workflows.from_image(saved.image_name)
    assert [r.key for r in again.inputs] == [r.key for r in wf.inputs]
    assert again.input("Width").value == 40  # the updated workflow was embedded, with the submitted value
    job.close()


def test_an_image_without_a_workflow_is_a_typed_error(server: InvokeAIClient, tmp_path: Path) -> None:
    from PIL import Image

    from invokeai_client import WorkflowError

    picture = tmp_path / "plain.png"
    Image.new("RGB", (8, 8), "red").save(picture)
    uploaded = server.images.upload(picture)
    try:
        with pytest.raises(WorkflowError, match="no embedded workflow"):
            server.workflows.from_image(uploaded.image_name)
    finally:
        server.images.delete(uploaded.image_name)


def test_library_tags_and_sharing(server: InvokeAIClient) -> None:
    wf = Workflow.load(HERE / "workflows" / "blank_blur_save.json")
    document = {**wf.to_dict(), "tags": "sdk-test, sharing"}
    record = server.workflows.create(document)
    try:
        if not server.server_version().startswith("6.14"):
            with pytest.raises(UnsupportedByServerError):
                server.workflows.tags()
            with pytest.raises(UnsupportedByServerError) as info:
                server.workflows.list(is_public=True)
            assert info.value.method == "workflows.list(is_public=…)"
            return
        assert {"sdk-test", "sharing"} <= set(server.workflows.tags(categories=["user"]))
        shared = server.workflows.set_public(record.workflow_id, True)
        assert shared.is_public is True
        public = server.workflows.list(categories=["user"], is_public=True)
        assert record.workflow_id in {w.workflow_id for w in public}
        assert server.workflows.set_public(record.workflow_id, False).is_public is False
        private = server.workflows.list(categories=["user"], is_public=False)
        assert record.workflow_id in {w.workflow_id for w in private}
    finally:
        server.workflows.delete(record.workflow_id)
