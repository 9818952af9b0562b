"""Workflow schema versions as the GUI's editor reads them: 4.0.0 and 3.0.0 as they are, 1.0.0 and 2.0.0
migrated, files without ``meta.version`` refused. The old-format documents are made here, shaped like the
exports of the InvokeAI 3.x editors (schema 1.0.0: field types as strings; 2.0.0: as objects, with outputs and
node sizes)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from _wf_builders import edge, node, notes, workflow

from invokeai_client.workflows import TemplateSet, Workflow, WorkflowFormatError, load_definition
from invokeai_client.workflows._migrations import V1_FIELD_TYPES


def v1_input(name: str, type_: str, value: Any = None, label: str = "") -> dict[str, Any]:
    entry = {"id": f"id-{name}", "name": name, "type": type_, "fieldKind": "input", "label": label}
    if value is not None:
        entry["value"] = value
    return entry


def v1_node(
    node_id: str, node_type: str, inputs: dict[str, dict[str, Any]], outputs: dict[str, str]
) -> dict[str, Any]:
    return {
        "id": node_id,
        "type": "invocation",
        "width": 320,
        "height": 210,
        "position": {"x": 10, "y": 20},
        "data": {
            "id": node_id,
            "type": node_type,
            "label": "",
            "isOpen": True,
            "notes": "",
            "embedWorkflow": False,
            "isIntermediate": True,
            "useCache": True,
            "inputs": inputs,
            "outputs": {
                name: {"id": f"out-{name}", "name": name, "type": t, "fieldKind": "output"}
                for name, t in outputs.items()
            },
        },
    }


def v1_document() -> dict[str, Any]:
    """A 1.0.0 export: noise -> denoise (model loader without a current model reference), a notes node."""
    loader = v1_node(
        "loader",
        "main_model_loader",
        {
            "model": v1_input(
                "model",
                "MainModelField",
                {"model_name": "sd-v1-5", "base_model": "sd-1", "model_type": "main"},
            )
        },
        {"unet": "UNetField", "clip": "ClipField", "vae": "VaeField"},
    )
    noise = v1_node(
        "noise",
        "noise",
        {
            "seed": v1_input("seed", "integer", 42, label="Seed"),
            "width": v1_input("width", "integer", 512),
            "height": v1_input("height", "integer", 512),
            "use_cpu": v1_input("use_cpu", "boolean", True),
        },
        {"noise": "LatentsField", "width": "integer", "height": "integer"},
    )
    noise["data"].pop("useCache")  # 1.0.0 let it default
    collect = v1_node(
        "sizes",
        "integer_collection",
        {"collection": v1_input("collection", "IntegerCollection", [1, 2])},
        {"collection": "IntegerCollection"},
    )
    note = {
        "id": "note",
        "type": "notes",
        "width": 200,
        "height": 100,
        "position": {"x": 0, "y": 0},
        "data": {"id": "note", "type": "notes", "label": "Notes", "isOpen": True, "notes": "hello"},
    }
    return {
        "name": "old",
        "exposedFields": [{"nodeId": "noise", "fieldName": "seed"}],
        "meta": {"version": "1.0.0"},
        "nodes": [loader, noise, collect, note],
        "edges": [
            {
                "id": "e1",
                "type": "default",
                "source": "sizes",
                "sourceHandle": "collection",
                "target": "noise",
                "targetHandle": "width",
            }
        ],
        "id": "an-old-library-id",
    }


def test_the_v1_type_table_is_complete_and_maps_kinds() -> None:
    assert len(V1_FIELD_TYPES) == 56
    assert "ONNXModelField" not in V1_FIELD_TYPES  # the editor cannot migrate it either
    assert V1_FIELD_TYPES["VaeModelField"] == ("VAEModelField", False, False)
    assert V1_FIELD_TYPES["IntegerCollection"] == ("IntegerField", True, False)
    assert V1_FIELD_TYPES["FloatPolymorphic"] == ("FloatField", False, True)


def test_a_1_0_0_file_is_migrated_as_the_editor_does(caplog: pytest.LogCaptureFixture) -> None:
    original = v1_document()
    with caplog.at_level(logging.WARNING):
        definition = load_definition(original)
    data = definition.data
    assert (definition.schema_version, definition.migrated_from) == ("3.0.0", "1.0.0")
    assert data["meta"] == {"version": "3.0.0", "category": "user"}
    assert "id" not in data  # a 1.0.0 file has no library id
    assert all(data[key] == "" for key in ("author", "description", "contact", "tags", "notes"))
    loader, noise, sizes, note = data["nodes"]
    assert "width" not in noise
    assert "height" not in note
    assert "outputs" not in noise["data"]
    assert "embedWorkflow" not in noise["data"]
    assert (noise["data"]["version"], noise["data"]["nodePack"], noise["data"]["useCache"]) == (
        "1.0.0",
        "invokeai",
        True,
    )
    assert noise["data"]["inputs"]["seed"] == {
        "name": "seed",
        "label": "Seed",
        "description": "",
        "value": 42,
    }
    assert noise["data"]["inputs"]["use_cpu"]["value"] is True
    # Values the editor cannot carry over: an old model reference, a collection.
    assert "value" not in loader["data"]["inputs"]["model"]
    assert "value" not in sizes["data"]["inputs"]["collection"]
    assert note["data"]["notes"] == "hello"
    assert "loader.model" in caplog.text
    assert "sizes.collection" in caplog.text
    assert original["meta"] == {"version": "1.0.0"}  # the caller's document is untouched


def test_a_migrated_workflow_is_typed_by_the_templates(templates: TemplateSet) -> None:
    wf = Workflow.load(v1_document(), templates)
    assert wf.input_source == "exposedFields"
    (seed,) = wf.inputs
    assert (seed.key, seed.label, seed.value, seed.kind) == ("noise.seed", "Seed", 42, "integer")
    assert wf.migrated_from == "1.0.0"
    assert wf.copy().migrated_from == "1.0.0"


def test_a_2_0_0_file_is_migrated_and_keeps_its_category_and_id() -> None:
    doc = workflow(
        [node("n", "integer", {"value": 3}), notes("note")],
        exposed=[("n", "value")],
        version="2.0.0",
        id="library-id",
    )
    doc["meta"]["category"] = "default"
    n = doc["nodes"][0]
    n.update(width=300, height=100)
    n["data"]["outputs"] = {
        "value": {"id": "o", "name": "value", "type": {"name": "IntegerField"}, "fieldKind": "output"}
    }
    n["data"]["inputs"]["value"].update(
        id="i",
        fieldKind="input",
        type={"name": "IntegerField", "isCollection": False, "isCollectionOrScalar": False},
    )
    definition = load_definition(doc)
    assert (definition.schema_version, definition.migrated_from) == ("3.0.0", "2.0.0")
    assert definition.data["meta"] == {"version": "3.0.0", "category": "default"}
    assert definition.data["id"] == "library-id"
    migrated = definition.data["nodes"][0]
    assert "width" not in migrated
    assert "outputs" not in migrated["data"]
    assert migrated["data"]["inputs"]["value"] == {
        "name": "value",
        "label": "",
        "description": "",
        "value": 3,
    }


@pytest.mark.parametrize(
    ("field_type", "value", "kept"),
    [
        ({"name": "IntegerField", "isCollection": False}, 3, True),
        ({"name": "IntegerField", "isCollection": False}, 1.5, False),
        ({"name": "IntegerField", "isCollection": True}, [1, 2], False),
        ({"name": "StringField", "isCollection": False}, "a fox", True),
        ({"name": "ImageField", "isCollection": False}, {"image_name": "a.png"}, True),
        ({"name": "MainModelField", "isCollection": False}, {"model_name": "x", "base_model": "sd-1"}, False),
        ({"name": "LatentsField", "isCollection": False}, {"latents_name": "l"}, False),
        (None, 3, False),
    ],
)
def test_which_2_0_0_values_survive(field_type: Any, value: Any, kept: bool) -> None:
    doc = workflow([node("n", "integer")], version="2.0.0")
    doc["nodes"][0]["data"]["inputs"]["value"].update(type=field_type, value=value)
    migrated = load_definition(doc).data["nodes"][0]["data"]["inputs"]["value"]
    assert ("value" in migrated) is kept


def test_what_the_editor_cannot_migrate_is_refused_naming_where() -> None:
    doc = v1_document()
    doc["nodes"][1]["data"]["outputs"]["noise"]["type"] = "ONNXModelField"
    with pytest.raises(WorkflowFormatError) as info:
        load_definition(doc)
    assert "unknown field type 'ONNXModelField'" in str(info.value)
    assert "nodes[1] ('noise')" in str(info.value)
    doc = v1_document()
    doc["nodes"][0]["type"] = "current_image"
    with pytest.raises(WorkflowFormatError, match=r"node kind 'current_image'"):
        load_definition(doc)


def test_files_without_meta_version_predate_the_editor() -> None:
    doc = {"nodes": [], "edges": [], "viewport": {"x": 0, "y": 0, "zoom": 1}}  # an InvokeAI 3.0 save
    with pytest.raises(
        WorkflowFormatError, match=r"no meta\.version: it predates the workflow editor's versioning"
    ):
        load_definition(doc)
    with pytest.raises(WorkflowFormatError, match=r"no meta\.version"):
        load_definition({**workflow([]), "meta": {"category": "user"}})


@pytest.mark.parametrize("version", ["3.1.0", "5.0.0", "banana", "1.0.1"])
def test_unknown_schema_versions_are_refused(version: str) -> None:
    with pytest.raises(
        WorkflowFormatError, match=r"does not know.*supported: 4\.0\.0, 3\.0\.0, 2\.0\.0, 1\.0\.0"
    ):
        load_definition(workflow([], version=version))


def test_schema_4_0_0_loads_as_it_is_and_connectors_pass_values_on(templates: TemplateSet) -> None:
    connector = {
        "id": "c",
        "type": "connector",
        "position": {"x": 0, "y": 0},
        "data": {"id": "c", "type": "connector", "label": "Connector", "isOpen": True},
    }
    relay = {**connector, "id": "c2", "data": {**connector["data"], "id": "c2"}}
    dangling = {**connector, "id": "c3", "data": {**connector["data"], "id": "c3"}}
    nodes = [node("a", "integer", {"value": 5}), connector, relay, dangling, node("b", "add", {"b": 1})]
    for n in nodes:
        if n["type"] == "invocation":
            n["data"]["dynamicInputTemplates"] = {}
    edges = [
        edge("a", "value", "c", "in"),
        edge("c", "out", "c2", "in"),
        edge("c2", "out", "b", "a"),
        edge("c3", "out", "b", "b"),  # a connector fed by nothing feeds nothing
    ]
    wf = Workflow.load(workflow(nodes, edges, version="4.0.0"), templates)
    assert (wf.schema_version, wf.migrated_from) == ("4.0.0", None)
    graph = wf.to_batch()["batch"]["graph"]
    assert set(graph["nodes"]) == {"a", "b"}
    assert graph["edges"] == [
        {"source": {"node_id": "a", "field": "value"}, "destination": {"node_id": "b", "field": "a"}}
    ]
    assert "a" not in graph["nodes"]["b"]
    assert graph["nodes"]["b"]["b"] == 1
    assert wf.to_dict()["meta"]["version"] == "4.0.0"
