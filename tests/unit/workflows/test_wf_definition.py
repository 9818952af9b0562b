"""Loading workflows: sources, versions, malformed documents, and never touching the caller's data."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from _wf_builders import FIXTURES, node, text_to_image, workflow

from invokeai_client.workflows import (
    TemplateSet,
    Workflow,
    WorkflowError,
    WorkflowFormatError,
    json_copy,
    load_definition,
)


def test_load_from_dict_str_bytes_and_path(templates: TemplateSet, tmp_path: Path) -> None:
    doc = text_to_image()
    text = json.dumps(doc)
    path = tmp_path / "wf.json"
    path.write_text(text, encoding="utf-8")
    loaded = [
        Workflow.load(doc, templates),
        Workflow.load(text, templates),
        Workflow.load(text.encode(), templates),
        Workflow.load(path, templates),
        Workflow.load(str(path), templates),
        Workflow.from_file(path, templates),
    ]
    keys = [[r.key for r in wf.inputs] for wf in loaded]
    assert all(k == keys[0] for k in keys)
    assert loaded[0].name == "sdxl text to image"


def test_fixture_file_loads(templates: TemplateSet) -> None:
    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    assert wf.input_source == "form"
    assert len(wf.inputs) > 10


def test_the_callers_dict_is_never_modified(templates: TemplateSet) -> None:
    doc = text_to_image()
    doc["id"] = "library-id"
    doc["is_published"] = False
    before = copy.deepcopy(doc)
    wf = Workflow.load(doc, templates)
    wf.set("Positive Prompt", "a blue whale")
    wf.set("noise.width", 512)
    wf.set_sweep("noise.seed", [1, 2])
    wf.disable_output_cache()
    wf.to_batch()
    assert doc == before


def test_the_file_is_never_modified(templates: TemplateSet, tmp_path: Path) -> None:
    path = tmp_path / "wf.json"
    text = json.dumps(text_to_image())
    path.write_text(text, encoding="utf-8")
    wf = Workflow.load(path, templates)
    wf.set("Positive Prompt", "changed")
    wf.to_batch()
    assert path.read_text(encoding="utf-8") == text


def test_missing_meta_version_is_refused() -> None:
    doc = workflow([])
    del doc["meta"]
    with pytest.raises(WorkflowFormatError, match=r"no meta\.version"):
        load_definition(doc)


def test_malformed_json_names_line_and_column() -> None:
    with pytest.raises(WorkflowFormatError, match=r"not valid JSON: .* at line 2, column \d+") as info:
        load_definition('{"name": "x",\n "nodes": [}')
    assert isinstance(info.value, WorkflowError)


def test_malformed_json_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(WorkflowFormatError, match=r"broken\.json"):
        load_definition(path)


def test_missing_file_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(WorkflowFormatError, match="cannot read workflow file"):
        load_definition(tmp_path / "nope.json")


def test_json_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(WorkflowFormatError, match="must be a JSON object"):
        load_definition(b"[1, 2]")


def test_shape_problems_are_listed_together() -> None:
    doc = workflow([])
    doc["nodes"] = [
        {"id": "a", "type": "invocation", "data": {"type": "integer"}},
        {"id": "b", "type": "invocation", "data": {"type": "integer", "inputs": {"value": 3}}},
        {"id": "a", "type": "notes", "data": {}},
        {"type": "invocation", "data": {}},
    ]
    doc["edges"] = "nope"
    doc["name"] = 3
    with pytest.raises(WorkflowFormatError) as info:
        load_definition(doc)
    problems = info.value.problems
    assert "'edges' must be a list" in problems
    assert "'name' must be a string, not int" in problems
    assert "invocation node 'a' has no data.inputs object" in problems
    assert "node id 'a' is used by more than one node" in problems
    assert "nodes[3] has no string 'id'" in problems
    assert "input b.value is not an object" in problems


def test_non_json_values_in_a_dict_are_refused() -> None:
    doc = workflow([])
    doc["notes"] = {1, 2}
    with pytest.raises(WorkflowFormatError, match="not JSON data"):
        load_definition(doc)


def test_missing_optional_strings_are_filled_and_tags_stay_a_string(templates: TemplateSet) -> None:
    doc = workflow([node("n", "integer", {"value": 1})])
    del doc["author"]
    del doc["meta"]["category"]
    wf = Workflow.load(doc, templates)
    embedded = wf.to_batch()["batch"]["workflow"]
    assert embedded["author"] == ""
    assert embedded["meta"] == {"version": "3.0.0", "category": "user"}
    assert embedded["tags"] == "test, unit"


def test_json_copy_is_deep_and_converts_tuples() -> None:
    source = {"a": [1, {"b": (2, 3)}], "c": None}
    copied = json_copy(source)
    assert copied == {"a": [1, {"b": [2, 3]}], "c": None}
    copied["a"][1]["b"].append(4)
    assert source["a"][1]["b"] == (2, 3)  # type: ignore[index]
    with pytest.raises(TypeError):
        json_copy({1: "x"})
