"""Batch data (spec 4.3, 4.4): sweeps, zips, products, seeds, batch and generator nodes."""

from __future__ import annotations

from typing import Any

import pytest
from _wf_builders import edge, node, text_to_image, workflow

from invokeai_client.workflows import (
    SEED_MAX,
    BatchDataError,
    InputConnectedError,
    InputValueError,
    TemplateSet,
    UnsupportedGeneratorError,
    Workflow,
    seed_values,
    session_count,
)


@pytest.fixture
def wf(templates: TemplateSet) -> Workflow:
    return Workflow.load(text_to_image(), templates)


def test_sweeps_form_a_product(wf: Workflow) -> None:
    wf.set_sweep("Positive Prompt", ["a cat", "a dog"])
    wf.set_sweep("Steps", [10, 20, 30])
    assert wf.batch_data() == [
        [{"node_path": "pos", "field_name": "value", "items": ["a cat", "a dog"]}],
        [{"node_path": "denoise", "field_name": "steps", "items": [10, 20, 30]}],
    ]
    assert wf.session_count() == 6
    assert wf.session_count(runs=2) == 12
    body = wf.to_batch(runs=2)
    assert body["batch"]["data"] == wf.batch_data()
    assert session_count(body["batch"]["data"], body["batch"]["runs"]) == 12


def test_zip_groups(wf: Workflow) -> None:
    wf.set_sweep("Width", [768, 1024])
    wf.set_sweep("Height", [1024, 768])
    wf.set_sweep("Scheduler", ["euler", "ddim", "lcm"])
    wf.zip("Width", "Height")
    assert wf.batch_data() == [
        [
            {"node_path": "noise", "field_name": "width", "items": [768, 1024]},
            {"node_path": "noise", "field_name": "height", "items": [1024, 768]},
        ],
        [{"node_path": "denoise", "field_name": "scheduler", "items": ["euler", "ddim", "lcm"]}],
    ]
    assert wf.session_count() == 6
    with pytest.raises(BatchDataError, match="same number of values"):
        wf.zip("Width", "Scheduler")
    wf.set_sweep("Height", [512])
    with pytest.raises(BatchDataError, match="no longer have the same number"):
        wf.batch_data()
    wf.clear_sweep("Height")
    assert wf.session_count() == 6
    wf.clear_sweep()
    assert wf.batch_data() == []
    assert wf.session_count() == 1


def test_zip_needs_sweeps(wf: Workflow) -> None:
    wf.set_sweep("Width", [768])
    with pytest.raises(BatchDataError, match=r"no sweep on noise\.height"):
        wf.zip("Width", "Height")
    with pytest.raises(BatchDataError, match="at least two"):
        wf.zip("Width", "Width")


def test_sweep_items_are_checked(wf: Workflow) -> None:
    with pytest.raises(InputValueError, match=r"sweep value \[1\] must be a multiple of 8") as info:
        wf.set_sweep("Width", [512, 513])
    assert info.value.value == 513
    assert info.value.key == "noise.width"
    with pytest.raises(InputValueError, match="at least one value"):
        wf.set_sweep("Width", [])
    with pytest.raises(InputValueError, match="must not be null"):
        wf.set_sweep("Width", [None])
    with pytest.raises(InputValueError, match=r"a model input .* cannot be swept"):
        wf.set_sweep("Model", [{}])
    with pytest.raises(InputValueError, match="a board input"):
        wf.set_sweep("Board", ["auto"])
    with pytest.raises(InputValueError, match="must be a number, not list"):
        wf.set_sweep("CFG Scale", [[1, 2]])
    with pytest.raises(InputConnectedError):
        wf.set_sweep("pos_cond.prompt", ["x"])
    assert wf.sweeps == ()
    sweep = wf.set_sweep("CFG Scale", [3, 4.5])
    assert sweep.items == (3, 4.5)


def test_image_sweeps_become_image_fields(templates: TemplateSet) -> None:
    wf = Workflow.load(workflow([node("img", "image", {"image": {"image_name": "a.png"}})]), templates)
    wf.set_sweep("img.image", ["x.png", {"image_name": "y.png"}])
    assert wf.batch_data()[0][0]["items"] == [{"image_name": "x.png"}, {"image_name": "y.png"}]


def test_seed_sweeps_stay_in_range(wf: Workflow) -> None:
    sweep = wf.sweep_seeds("noise.seed", 3, start=SEED_MAX - 2)
    assert sweep.items == (SEED_MAX - 2, SEED_MAX - 1, SEED_MAX)
    with pytest.raises(BatchDataError, match="leave the range"):
        wf.sweep_seeds("noise.seed", 4, start=SEED_MAX - 2)
    with pytest.raises(BatchDataError, match="count >= 1"):
        seed_values(0)
    random_seeds = seed_values(50, rng_seed=7)
    assert len(set(random_seeds)) == 50
    assert all(0 <= s <= SEED_MAX for s in random_seeds)
    assert random_seeds == seed_values(50, rng_seed=7)
    wf.sweep_seeds("noise.seed", 4, rng_seed=1)
    assert wf.session_count() == 4


def batch_workflow(
    group_a: str = "None", group_b: str = "None", items_b: list[Any] | None = None
) -> dict[str, Any]:
    nodes = [
        node("ints", "integer_batch", {"integers": [8, 16, 24], "batch_group_id": group_a}),
        node("strs", "string_batch", {"strings": items_b or ["x", "y", "z"], "batch_group_id": group_b}),
        node("flts", "float_batch", {"floats": [0.5, 1], "batch_group_id": "None"}),
        node("imgs", "image_batch", {"images": [{"image_name": "a.png"}], "batch_group_id": "None"}),
        node("noise", "noise", {"width": 64, "height": 64, "seed": 0}),
        node("txt", "string", {"value": ""}),
        node("math", "float_math", {"a": 1, "b": 1, "operation": "ADD"}),
        node("load", "image", {}),
        node("crop", "img_crop", {"x": 0, "y": 0, "width": 8, "height": 8}),
    ]
    edges = [
        edge("ints", "value", "noise", "width"),
        edge("ints", "value", "noise", "height"),
        edge("strs", "value", "txt", "value"),
        edge("flts", "value", "math", "a"),
        edge("imgs", "image", "load", "image"),
        edge("load", "image", "crop", "image"),
    ]
    return workflow(nodes, edges)


def test_batch_nodes_become_data(templates: TemplateSet) -> None:
    wf = Workflow.load(batch_workflow(), templates)
    assert wf.input("noise.width").connected
    data = wf.batch_data()
    assert data == [
        [
            {"node_path": "noise", "field_name": "width", "items": [8, 16, 24]},
            {"node_path": "noise", "field_name": "height", "items": [8, 16, 24]},
        ],
        [{"node_path": "txt", "field_name": "value", "items": ["x", "y", "z"]}],
        [{"node_path": "math", "field_name": "a", "items": [0.5, 1]}],
        [{"node_path": "load", "field_name": "image", "items": [{"image_name": "a.png"}]}],
    ]
    assert wf.session_count() == 3 * 3 * 2 * 1
    graph = wf.to_graph()
    assert not {"ints", "strs", "flts", "imgs"} & set(graph["nodes"])
    assert graph["nodes"]["noise"]["width"] == 64  # kept as stored, as the GUI does; the data overrides it
    assert [e["source"]["node_id"] for e in graph["edges"]] == ["load"]
    body = wf.to_batch()  # the batch nodes' targets count as connected, so nothing is missing
    assert len(body["batch"]["data"]) == 4


def test_batch_groups_zip_nodes_that_share_an_id(templates: TemplateSet) -> None:
    wf = Workflow.load(batch_workflow("Group 1", "Group 1"), templates)
    data = wf.batch_data()
    assert [[d["node_path"] + "." + d["field_name"] for d in group] for group in data] == [
        ["noise.width", "noise.height", "txt.value"],
        ["math.a"],
        ["load.image"],
    ]
    assert wf.session_count() == 3 * 2
    mismatched = Workflow.load(batch_workflow("Group 1", "Group 1", ["only", "two"]), templates)
    with pytest.raises(BatchDataError, match="group 'Group 1' have different numbers of items"):
        mismatched.batch_data()


def test_batch_items_are_checked_against_their_targets(templates: TemplateSet) -> None:
    doc = batch_workflow()
    doc["nodes"][0]["data"]["inputs"]["integers"]["value"] = [8, 12]
    wf = Workflow.load(doc, templates)
    with pytest.raises(
        BatchDataError, match=r"batch node ints: item \[1\] 12 for noise.width: must be a multiple of 8"
    ):
        wf.batch_data()
    report = wf.preflight()
    assert not report.ok
    assert report.sessions is None
    assert any(i.code == "batch_data" for i in report.errors)


def test_empty_and_unconnected_batch_nodes(templates: TemplateSet) -> None:
    empty = batch_workflow()
    empty["nodes"][1]["data"]["inputs"]["strings"]["value"] = []
    with pytest.raises(BatchDataError, match=r"strs \(string_batch\) has no items"):
        Workflow.load(empty, templates).batch_data()
    lonely = workflow([node("ints", "integer_batch", {"integers": [1]})])
    with pytest.raises(BatchDataError, match="not connected to any input"):
        Workflow.load(lonely, templates).batch_data()


def test_generator_nodes_are_refused(templates: TemplateSet) -> None:
    nodes = [
        node(
            "gen",
            "float_generator",
            {"generator": {"type": "float_generator_arithmetic_sequence", "start": 0}},
        ),
        node("flts", "float_batch", {"batch_group_id": "None"}),
        node("math", "float_math", {"a": 1, "b": 1, "operation": "ADD"}),
    ]
    edges = [edge("gen", "floats", "flts", "floats"), edge("flts", "value", "math", "a")]
    wf = Workflow.load(workflow(nodes, edges), templates)
    with pytest.raises(UnsupportedGeneratorError, match=r"gen \(float_generator\)") as info:
        wf.to_batch()
    assert info.value.nodes == {"gen": "float_generator"}
    assert "gen" not in wf.to_graph()["nodes"]


def test_a_field_cannot_get_values_twice(templates: TemplateSet) -> None:
    from invokeai_client.workflows._batch_data import combine_batch_data

    datum = {"node_path": "a", "field_name": "b", "items": [1]}
    with pytest.raises(BatchDataError, match=r"a\.b is given batch values twice"):
        combine_batch_data([[datum]], [[dict(datum)]])
