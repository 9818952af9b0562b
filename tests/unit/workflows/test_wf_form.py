"""Input discovery (spec 2): traversal, records, fallbacks, form validity, lookup, index maps."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from _wf_builders import FIXTURES, Form, node, notes, text_to_image, workflow

from invokeai_client.workflows import (
    AmbiguousInputError,
    Cardinality,
    InputDriftError,
    InputNotFoundError,
    TemplateSet,
    Workflow,
    WorkflowFormatError,
    check_form,
)


def keys(wf: Workflow) -> list[str]:
    return [r.key for r in wf.inputs]


def test_depth_first_pre_order_with_nested_containers(templates: TemplateSet) -> None:
    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    assert keys(wf)[:9] == [
        "model_loader:Ab12Cd34Ef.model",
        "positive_prompt:kjUMdcg0zO.value",
        "style:Q1w2E3r4T5.value",
        "noise:f4Bv4UWa22.width",
        "noise:f4Bv4UWa22.height",
        "noise:f4Bv4UWa22.seed",
        "denoise:Pp0Oo9Ii8U.steps",
        "denoise:Pp0Oo9Ii8U.cfg_scale",
        "denoise:Pp0Oo9Ii8U.scheduler",
    ]
    assert [r.index for r in wf.inputs] == list(range(len(wf.inputs)))
    width = wf.input("noise:f4Bv4UWa22.width")
    assert width.container_path == ("container-Root0000", "container-Size000001", "container-Inner00001")
    assert width.element_id == "node-field-Width00001"
    assert width.aliases == ("node-field-Dup0000001",)
    assert width.settings == {
        "type": "integer-field-config",
        "component": "slider",
        "showShuffle": False,
        "min": 256,
        "max": 2048,
    }
    style = wf.input("style:Q1w2E3r4T5.value")
    assert style.show_description is False
    assert width.show_description is True


def test_every_kind_in_the_fixture(templates: TemplateSet) -> None:
    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    kinds = {r.key.split(":")[0] + "." + r.field_name: (r.kind, r.cardinality) for r in wf.inputs}
    single, many, either = Cardinality.SINGLE, Cardinality.COLLECTION, Cardinality.SINGLE_OR_COLLECTION
    assert kinds == {
        "model_loader.model": ("model", single),
        "positive_prompt.value": ("string", single),
        "style.value": ("string", single),
        "noise.width": ("integer", single),
        "noise.height": ("integer", single),
        "noise.seed": ("integer", single),
        "denoise.steps": ("integer", single),
        "denoise.cfg_scale": ("float", either),
        "denoise.scheduler": ("scheduler", single),
        "denoise.noise": ("connection", single),
        "l2i.board": ("board", single),
        "save.board": ("board", single),
        "blank.color": ("color", single),
        "blank.mode": ("enum", single),
        "math.operation": ("enum", single),
        "flag.value": ("boolean", single),
        "t5.t5_max_seq_len": ("enum", single),
        "strings.collection": ("string", many),
        "img.image": ("image", single),
        "collage.collection": ("image", many),
    }


def test_dropped_candidates_are_warned_about(
    templates: TemplateSet, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        wf = Workflow.load(FIXTURES / "every_element.json", templates)
    assert any("notes:Nn1Nn2Nn3N" in w and "not an invocation node" in w for w in wf.warnings)
    assert any("deleted-node" in w and "does not exist" in w for w in wf.warnings)
    assert "deleted-node" in caplog.text


def test_field_missing_from_the_node_is_dropped(templates: TemplateSet) -> None:
    form = Form()
    form.field("a", "n", "value")
    form.field("b", "n", "nope")
    wf = Workflow.load(workflow([node("n", "integer", {"value": 1})], form=form.build()), templates)
    assert keys(wf) == ["n.value"]
    assert any("n.nope" in w for w in wf.warnings)


def test_root_element_id_is_not_hard_coded(templates: TemplateSet) -> None:
    form = Form(root_id="my-own-root")
    form.field("a", "n", "value")
    wf = Workflow.load(workflow([node("n", "integer", {"value": 1})], form=form.build()), templates)
    assert keys(wf) == ["n.value"]
    assert wf.input(0).container_path == ("my-own-root",)


def test_labels_descriptions_and_node_labels(templates: TemplateSet) -> None:
    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    assert wf.input(1).label == "Positive Prompt"  # instance label
    assert wf.input("noise:f4Bv4UWa22.width").label == "Width"  # template title
    assert wf.input("model_loader:Ab12Cd34Ef.model").label == "Model"  # start case of the name
    assert wf.input("style:Q1w2E3r4T5.value").description == "The style of the picture"
    assert wf.input("noise:f4Bv4UWa22.seed").description == "Seed for random number generation"
    assert wf.input("img:Ii7Oo8Pp9A.image").node_label == "Source image"
    assert wf.input("noise:f4Bv4UWa22.seed").node_label == "Create Latent Noise"  # template title
    assert wf.input("noise:f4Bv4UWa22.seed").node_type == "noise"


def test_required_missing_connected_and_defaults(templates: TemplateSet) -> None:
    doc = text_to_image()
    doc["nodes"][0]["data"]["inputs"]["model"].pop("value")
    wf = Workflow.load(doc, templates)
    model = wf.input("loader.model")
    assert model.required
    assert model.missing
    assert model.value is None
    steps = wf.input("denoise.steps")
    assert not steps.required
    assert steps.default == 10
    assert steps.value == 30
    assert steps.constraints.to_dict() == {"exclusiveMinimum": 0}
    board = wf.input("l2i.board")
    assert board.value is None
    assert board.kind == "board"
    unet = wf.input("denoise.unet")  # not in the form: reached by key
    assert unet.index is None
    assert unet.connected
    assert not unet.required
    assert not unet.settable
    prompt = wf.input("pos_cond.prompt")
    assert prompt.connected  # the collapsed edge is not what connects it
    assert wf.input("pos.value").options is None
    sched = wf.input("denoise.scheduler")
    assert sched.options is not None
    assert "euler" in sched.options


def test_exposed_fields_fallback_in_list_order(templates: TemplateSet) -> None:
    nodes = [node("a", "integer", {"value": 1}), node("b", "string", {"value": "x"})]
    exposed = [("b", "value"), ("gone", "value"), ("a", "value"), ("b", "value")]
    absent = Workflow.load(workflow(nodes, exposed=exposed), templates)
    assert absent.input_source == "exposedFields"
    assert keys(absent) == ["b.value", "a.value"]
    assert absent.input(0).element_id is None
    assert absent.input(0).container_path == ()
    empty_form = Form().build()
    empty = Workflow.load(workflow(nodes, exposed=exposed, form=empty_form), templates)
    assert keys(empty) == ["b.value", "a.value"]


def test_no_form_and_no_exposed_fields_is_raw_mode(templates: TemplateSet) -> None:
    wf = Workflow.load(workflow([node("a", "integer", {"value": 1})]), templates)
    assert wf.input_source == "none"
    assert wf.inputs == ()
    assert wf.input("a.value").index is None
    wf.set("a.value", 5)
    assert wf.to_graph()["nodes"]["a"]["value"] == 5
    with pytest.raises(InputNotFoundError):
        wf.input(0)


def test_lookup_by_index_key_and_label(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    assert wf.input(3).key == "noise.width"
    assert wf.input("noise.width").index == 3
    assert wf.input("Width").index == 3
    assert wf.input("width").index == 3  # case-insensitive when unique
    assert wf.input(wf.input(3)).index == 3
    with pytest.raises(InputNotFoundError, match="has 9 indexed inputs"):
        wf.input(9)
    with pytest.raises(InputNotFoundError):
        wf.input(-1)
    with pytest.raises(InputNotFoundError, match="no index, key or label"):
        wf.input("Nope")
    with pytest.raises(InputNotFoundError):
        wf.input(True)


def test_ambiguous_labels_list_the_candidates(templates: TemplateSet) -> None:
    nodes = [node("a", "integer", {"value": 1}), node("b", "integer", {"value": 2})]
    form = Form()
    form.field("fa", "a", "value")
    form.field("fb", "b", "value")
    wf = Workflow.load(workflow(nodes, form=form.build()), templates)
    with pytest.raises(AmbiguousInputError) as info:
        wf.input("Value")
    assert info.value.candidates == ("#0 'Value' (a.value)", "#1 'Value' (b.value)")
    assert "use an index or a key" in str(info.value)


def test_to_dict_is_json_ready(templates: TemplateSet) -> None:
    import json

    wf = Workflow.load(FIXTURES / "every_element.json", templates)
    rows = [r.to_dict() for r in wf.inputs]
    json.dumps(rows)
    assert {"index", "key", "label", "kind", "value", "required", "connected"} <= set(rows[0])
    assert rows[7]["cardinality"] == "SINGLE_OR_COLLECTION"


# --------------------------------------------------------------------------------------- form validity


def broken(mutate: Any) -> dict[str, Any]:
    form = Form("root")
    inner = form.container("inner")
    form.field("fa", "a", "value", inner)
    built = form.build()
    mutate(built["elements"])
    return workflow([node("a", "integer", {"value": 1})], form=built, exposed=[("a", "value")])


CASES = {
    "dangling child": (
        lambda e: e["inner"]["data"]["children"].append("ghost"),
        "lists child 'ghost', which",
    ),
    "cycle": (
        lambda e: e["inner"]["data"]["children"].append("root"),
        "lists the root element as a child",
    ),
    "cycle below root": (
        lambda e: (
            e.__setitem__(
                "loop",
                {
                    "id": "loop",
                    "type": "container",
                    "parentId": "inner",
                    "data": {"children": ["inner"], "layout": "row"},
                },
            ),
            e["inner"]["data"]["children"].append("loop"),
        ),
        "the form has a cycle: inner -> loop -> inner",
    ),
    "wrong parent": (lambda e: e["fa"].__setitem__("parentId", "root"), "whose parentId is 'root'"),
    "missing parent": (
        lambda e: e["inner"].__setitem__("parentId", "nowhere"),
        "'nowhere', which does not exist",
    ),
    "orphan": (
        lambda e: e.__setitem__("lost", {"id": "lost", "type": "divider", "parentId": "root"}),
        "not reachable from the root",
    ),
    "root not a container": (
        lambda e: e["root"].__setitem__("type", "heading"),
        "is a 'heading', not a container",
    ),
    "root with parent": (lambda e: e["root"].__setitem__("parentId", "inner"), "has a parentId"),
    "bad node-field": (lambda e: e["fa"]["data"].pop("fieldIdentifier"), "has no fieldIdentifier"),
    "unknown element type": (lambda e: e["fa"].__setitem__("type", "slider"), "unknown type 'slider'"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_invalid_forms_raise_in_strict_mode(templates: TemplateSet, case: str) -> None:
    mutate, message = CASES[case]
    with pytest.raises(WorkflowFormatError, match="form of workflow 'test workflow' is invalid") as info:
        Workflow.load(broken(mutate), templates)
    assert any(message in problem for problem in info.value.problems), info.value.problems


@pytest.mark.parametrize("case", sorted(CASES))
def test_invalid_forms_fall_back_when_not_strict(templates: TemplateSet, case: str) -> None:
    mutate, _ = CASES[case]
    wf = Workflow.load(broken(mutate), templates, strict=False)
    assert wf.input_source == "exposedFields"
    assert keys(wf) == ["a.value"]
    assert any("form is invalid" in w for w in wf.warnings)


def test_missing_root_and_garbage_forms() -> None:
    assert check_form(None) == ([], True)
    assert check_form({"elements": {}, "rootElementId": "r"})[0] == ["the root element 'r' does not exist"]
    assert check_form([1])[0] == ["the form is not an object"]
    assert check_form({"elements": {"a": {}}})[0]
    problems, empty = check_form(Form().build())
    assert problems == []
    assert empty


def test_deep_nesting_and_many_elements_are_fast(templates: TemplateSet) -> None:
    import time

    form = Form()
    parent = None
    for depth in range(200):
        parent = form.container(f"c{depth}", parent)
    nodes = []
    for i in range(300):
        nodes.append(node(f"n{i}", "integer", {"value": i}))
        form.field(f"f{i}", f"n{i}", "value", parent if i % 2 else None)
    start = time.perf_counter()
    wf = Workflow.load(workflow(nodes, form=form.build()), templates)
    assert time.perf_counter() - start < 1.0
    assert len(wf.inputs) == 300
    # pre-order: the container chain (listed first under the root) and its fields, then the root's fields
    assert [r.key for r in wf.inputs[:2]] == ["n1.value", "n3.value"]
    assert len(wf.inputs[0].container_path) == 201
    assert wf.inputs[150].key == "n0.value"
    assert wf.inputs[150].container_path == ("container-root1",)


# --------------------------------------------------------------------------------------------- index maps


def test_index_map_round_trip_and_drift(templates: TemplateSet) -> None:
    before = Workflow.load(text_to_image(), templates)
    saved = before.index_map()
    assert saved["inputs"][3] == {
        "index": 3,
        "key": "noise.width",
        "label": "Width",
        "kind": "integer",
        "cardinality": "SINGLE",
        "element_id": "f-width",
    }
    assert before.verify_index_map(saved) == []

    doc = text_to_image()
    elements = doc["form"]["elements"]
    root = elements[doc["form"]["rootElementId"]]
    root["data"]["children"].remove("f-steps")
    root["data"]["children"].insert(0, "f-steps")
    doc["nodes"][1]["data"]["inputs"]["value"]["label"] = "Prompt"
    root["data"]["children"].remove("f-neg")
    del elements["f-neg"]
    after = Workflow.load(doc, templates)
    drift = after.verify_index_map(saved, raise_on_drift=False)
    changes = {(d.change, d.key) for d in drift}
    assert ("moved", "denoise.steps") in changes
    assert ("relabeled", "pos.value") in changes
    assert ("removed", "neg.value") in changes
    with pytest.raises(InputDriftError, match=r"denoise.steps moved from #5 to #0"):
        after.verify_index_map(saved)


def test_notes_nodes_are_never_inputs(templates: TemplateSet) -> None:
    form = Form()
    form.field("x", "note", "notes")
    wf = Workflow.load(workflow([notes("note")], [], form=form.build()), templates)
    assert wf.inputs == ()
