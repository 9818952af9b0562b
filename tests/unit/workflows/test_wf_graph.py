"""Graph building faithful to the GUI (spec 4.1) and the enqueue_batch body (spec 4.2)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import pytest
from _wf_builders import FIXTURES, collapsed, edge, node, notes, text_to_image, workflow

from invokeai_client.workflows import (
    BatchDataError,
    MissingInputError,
    TemplateSet,
    UnknownNodeTypeError,
    Workflow,
    board_graph_value,
    build_enqueue_body,
)

SPEC_EXAMPLE: dict[str, Any] = {
    "name": "copy-image", "author": "", "description": "", "version": "", "contact": "", "tags": "", "notes": "",
    "exposedFields": [], "meta": {"version": "3.0.0", "category": "user"},
    "nodes": [
        {"id": "img1", "type": "invocation", "position": {"x": 0, "y": 0},
         "data": {"id": "img1", "type": "image", "version": "1.0.2", "nodePack": "invokeai", "label": "Source",
                  "notes": "", "isOpen": True, "isIntermediate": True, "useCache": True,
                  "inputs": {"image": {"name": "image", "label": "Input image", "description": "",
                                       "value": {"image_name": "abc.png"}}}}},
        {"id": "save1", "type": "invocation", "position": {"x": 400, "y": 0},
         "data": {"id": "save1", "type": "save_image", "version": "1.2.2", "nodePack": "invokeai", "label": "",
                  "notes": "", "isOpen": True, "isIntermediate": False, "useCache": False,
                  "inputs": {"board": {"name": "board", "label": "Output board", "description": "", "value": "auto"},
                             "metadata": {"name": "metadata", "label": "", "description": ""},
                             "image": {"name": "image", "label": "", "description": ""}}}},
        {"id": "n1", "type": "notes", "position": {"x": 0, "y": 200},
         "data": {"id": "n1", "type": "notes", "label": "Notes", "isOpen": True, "notes": "free text"}}],
    "edges": [{"id": "e1", "type": "default", "source": "img1", "sourceHandle": "image", "target": "save1",
               "targetHandle": "image"}],
    "form": {"rootElementId": "root", "elements": {
        "root": {"id": "root", "type": "container", "data": {"layout": "column", "children": ["nf-a", "nf-b"]}},
        "nf-a": {"id": "nf-a", "parentId": "root", "type": "node-field",
                 "data": {"fieldIdentifier": {"nodeId": "img1", "fieldName": "image"}, "showDescription": True}},
        "nf-b": {"id": "nf-b", "parentId": "root", "type": "node-field",
                 "data": {"fieldIdentifier": {"nodeId": "save1", "fieldName": "board"}, "showDescription": True}}}},
}  # fmt: skip


def test_spec_example_graph(templates: TemplateSet) -> None:
    wf = Workflow.load(SPEC_EXAMPLE, templates)
    assert [(r.index, r.label, r.kind) for r in wf.inputs] == [
        (0, "Input image", "image"),
        (1, "Output board", "board"),
    ]
    graph = wf.to_graph()
    uuid.UUID(graph["id"], version=4)
    assert graph == {
        "id": graph["id"],
        "nodes": {
            "img1": {"type": "image", "id": "img1", "image": {"image_name": "abc.png"}, "use_cache": True,
                     "is_intermediate": True},
            "save1": {"type": "save_image", "id": "save1", "use_cache": False, "is_intermediate": False},
        },
        "edges": [{"source": {"node_id": "img1", "field": "image"},
                   "destination": {"node_id": "save1", "field": "image"}}],
    }  # fmt: skip
    assert list(graph["nodes"]["img1"]) == ["type", "id", "image", "use_cache", "is_intermediate"]


def test_graph_id_is_fresh_each_time(templates: TemplateSet) -> None:
    wf = Workflow.load(SPEC_EXAMPLE, templates)
    assert wf.to_graph()["id"] != wf.to_graph()["id"]
    body_ids = {wf.to_batch()["batch"]["graph"]["id"] for _ in range(3)}
    assert len(body_ids) == 3


def test_full_workflow_graph(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    graph = wf.to_graph()
    assert set(graph["nodes"]) == {"loader", "pos", "neg", "pos_cond", "neg_cond", "noise", "denoise", "l2i"}
    assert "note1" not in graph["nodes"]
    assert len(graph["edges"]) == 12  # the collapsed edge is skipped
    denoise = graph["nodes"]["denoise"]
    for connected in ("unet", "positive_conditioning", "negative_conditioning", "noise"):
        assert connected not in denoise
    assert denoise["steps"] == 30
    assert denoise["cfg_scale"] == 7.5
    assert denoise["scheduler"] == "euler"
    assert "latents" not in denoise
    assert "control" not in denoise
    assert graph["nodes"]["pos_cond"] == {
        "type": "sdxl_compel_prompt",
        "id": "pos_cond",
        "style": "",
        "use_cache": True,
        "is_intermediate": True,
    }
    assert graph["nodes"]["l2i"]["is_intermediate"] is False
    assert "board" not in graph["nodes"]["l2i"]  # absent board -> "auto" -> default (uncategorized)


def test_connected_values_are_omitted_even_when_stored(templates: TemplateSet) -> None:
    nodes = [
        node("a", "integer", {"value": 4}),
        node("m", "integer_math", {"a": 1, "b": 99, "operation": "ADD"}),
    ]
    wf = Workflow.load(workflow(nodes, [edge("a", "value", "m", "b")]), templates)
    assert wf.to_graph()["nodes"]["m"] == {
        "type": "integer_math",
        "id": "m",
        "a": 1,
        "operation": "ADD",
        "use_cache": True,
        "is_intermediate": True,
    }


def test_edges_touching_dropped_nodes_and_edges_without_handles_are_skipped(
    templates: TemplateSet, caplog: pytest.LogCaptureFixture
) -> None:
    nodes = [node("a", "integer", {"value": 4}), node("b", "integer", {"value": 5}), notes("n")]
    broken = {"id": "e2", "type": "default", "source": "a", "target": "b", "sourceHandle": "value"}
    wf = Workflow.load(
        workflow(nodes, [edge("n", "x", "a", "value"), broken, collapsed("a", "b")]), templates
    )
    with caplog.at_level(logging.WARNING):
        graph = wf.to_graph()
    assert graph["edges"] == []
    assert graph["nodes"]["a"]["value"] == 4  # the notes "edge" is skipped, so nothing is omitted
    assert "has no handle" in caplog.text


def test_unknown_node_types_are_an_error(templates: TemplateSet) -> None:
    doc = workflow([node("a", "integer", {"value": 1})])
    doc["nodes"].append(
        {
            "id": "x1",
            "type": "invocation",
            "data": {"id": "x1", "type": "canny_image_processor", "inputs": {}},
        }
    )
    doc["nodes"].append(
        {
            "id": "x2",
            "type": "invocation",
            "data": {"id": "x2", "type": "canny_image_processor", "inputs": {}},
        }
    )
    wf = Workflow.load(doc, templates)
    with pytest.raises(UnknownNodeTypeError, match=r"'canny_image_processor' \(nodes x1, x2\)") as info:
        wf.to_batch()
    assert info.value.nodes == {"x1": "canny_image_processor", "x2": "canny_image_processor"}


def test_inputs_unknown_to_the_template_are_dropped_with_a_warning(
    templates: TemplateSet, caplog: pytest.LogCaptureFixture
) -> None:
    old = node("d", "integer", {"value": 1}, extra_inputs={"legacy": 5, "board": "auto"}, version="0.9.0")
    wf = Workflow.load(workflow([old]), templates)
    with caplog.at_level(logging.WARNING):
        graph = wf.to_graph()
        wf.to_graph()
    assert graph["nodes"]["d"] == {
        "type": "integer",
        "id": "d",
        "value": 1,
        "use_cache": True,
        "is_intermediate": True,
    }
    assert caplog.text.count("'legacy' is not in the template") == 1  # logged once per workflow


@pytest.mark.parametrize(
    ("stored", "default_board", "expected"),
    [
        (None, None, None),
        ("auto", None, None),
        ("auto", "b-default", {"board_id": "b-default"}),
        (None, "b-default", {"board_id": "b-default"}),
        ("none", "b-default", None),
        ({"board_id": "b-1"}, "b-default", {"board_id": "b-1"}),
        ({"board_id": "none"}, None, None),
        ("auto", "none", None),
    ],
)
def test_board_rules(
    templates: TemplateSet, stored: Any, default_board: str | None, expected: dict[str, str] | None
) -> None:
    assert board_graph_value(stored, default_board) == expected
    values = {} if stored is None else {"board": stored}
    wf = Workflow.load(workflow([node("save", "blank_image", values, is_intermediate=False)]), templates)
    graph_node = wf.to_graph(default_board=default_board)["nodes"]["save"]
    assert graph_node.get("board") == expected
    assert "board" in graph_node or expected is None


def test_board_values_set_through_the_sdk(templates: TemplateSet) -> None:
    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    wf.set("save:Ss5Dd6Ff7G.board", None)
    wf.set("l2i:Ll1Kk2Jj3H.board", "board-xyz")
    graph = wf.to_batch(check_required=False)["batch"]["graph"]
    assert "board" not in graph["nodes"]["save:Ss5Dd6Ff7G"]
    assert graph["nodes"]["l2i:Ll1Kk2Jj3H"]["board"] == {"board_id": "board-xyz"}
    assert "board" not in graph["nodes"]["blank:Bb1Nn2Mm3Q"]  # stored "none"


def test_enqueue_body(templates: TemplateSet) -> None:
    doc = text_to_image()
    doc["id"] = "lib-1"
    doc["is_published"] = True
    wf = Workflow.load(doc, templates)
    wf.set("Positive Prompt", "an owl")
    body = wf.to_batch()
    assert list(body) == ["prepend", "batch"]
    assert body["prepend"] is False
    batch = body["batch"]
    assert list(batch) == ["graph", "workflow", "runs", "data", "origin", "destination"]
    assert (batch["runs"], batch["data"], batch["origin"], batch["destination"]) == (
        1,
        [],
        "workflows",
        "gallery",
    )
    embedded = batch["workflow"]
    assert "id" not in embedded
    assert "is_published" not in embedded
    assert embedded["nodes"][1]["data"]["inputs"]["value"]["value"] == "an owl"  # the updated workflow
    assert embedded["tags"] == "test, unit"
    assert embedded["form"] == doc["form"]
    assert wf.to_dict()["id"] == "lib-1"

    custom = wf.to_batch(
        runs=3, prepend=True, origin="my-app", destination="elsewhere", batch_id="b-42", embed_workflow=False
    )
    assert custom["prepend"] is True
    assert custom["batch"]["runs"] == 3
    assert (custom["batch"]["origin"], custom["batch"]["destination"]) == ("my-app", "elsewhere")
    assert custom["batch"]["batch_id"] == "b-42"
    assert "workflow" not in custom["batch"]


def test_the_body_shares_nothing_with_the_workflow(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    body = wf.to_batch()
    body["batch"]["graph"]["nodes"]["loader"]["model"]["key"] = "mutated"
    body["batch"]["workflow"]["nodes"][0]["data"]["inputs"]["model"]["value"]["key"] = "mutated"
    assert wf.input("loader.model").value["key"] == "sdxl-key-1"


@pytest.mark.parametrize("runs", [0, -1, True, 1.5])
def test_runs_must_be_a_positive_integer(runs: Any) -> None:
    with pytest.raises(BatchDataError, match="runs must be an integer >= 1"):
        build_enqueue_body({}, workflow=None, data=[], runs=runs)


def test_missing_required_inputs_stop_the_batch(templates: TemplateSet) -> None:
    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    with pytest.raises(MissingInputError) as info:
        wf.to_batch()
    assert info.value.missing == ("'CLIP' (t5:Tt1Yy2Uu3I.clip)", "'T5Encoder' (t5:Tt1Yy2Uu3I.t5_encoder)")
    doc = text_to_image()
    del doc["nodes"][0]["data"]["inputs"]["model"]["value"]
    wf = Workflow.load(doc, templates)
    with pytest.raises(MissingInputError, match=r"#0 'Model' \(loader.model\)"):
        wf.to_batch()
    wf.set(0, {"key": "k", "hash": "h", "name": "n", "base": "sdxl", "type": "main"})
    wf.to_batch()


def test_use_cache_and_is_intermediate_come_from_the_node(templates: TemplateSet) -> None:
    nodes = [node("a", "integer", {"value": 1}, use_cache=False, is_intermediate=False)]
    graph = Workflow.load(workflow(nodes), templates).to_graph()
    assert graph["nodes"]["a"]["use_cache"] is False
    assert graph["nodes"]["a"]["is_intermediate"] is False


def test_schema_less_mode_builds_from_stored_values(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        wf = Workflow.load(SPEC_EXAMPLE)
    assert wf.degraded
    assert "degraded" in caplog.text
    assert [r.kind for r in wf.inputs] == ["image", "board"]
    graph = wf.to_graph(default_board="b-9")
    assert graph["nodes"]["save1"]["board"] == {"board_id": "b-9"}
    assert graph["nodes"]["img1"]["image"] == {"image_name": "abc.png"}
