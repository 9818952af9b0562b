"""Graphs written in Python with the generated node classes, offline: values and edges checked as they are
given, the body the GUI path builds, the exported workflow and its form."""

from __future__ import annotations

import json
from typing import Any

import invokeai_api.v6_8.nodes as n68
import pytest

from invokeai_client import EdgeTypeError, NodeInputError, WorkflowError
from invokeai_client import nodes as n
from invokeai_client.graph import Graph, Node, connectable
from invokeai_client.workflows import TemplateSet, Workflow, load_definition


def _blur(module: Any = n, radius: int = 4) -> tuple[Graph, Node]:
    with Graph("blur") as g:
        blank = module.BlankImageInvocation(width=64, height=48, color="#3366ff")
        blur = module.ImageBlurInvocation(image=blank.image, radius=radius)
        module.SaveImageInvocation(image=blur.image)
    return g, blur


def test_a_graph_becomes_the_body_the_gui_would_send() -> None:
    g, _ = _blur()
    body = g.to_batch()
    graph = body["batch"]["graph"]
    assert list(graph["nodes"]) == ["blank_image:1", "img_blur:1", "save_image:1"]
    blank = graph["nodes"]["blank_image:1"]
    assert (blank["width"], blank["height"], blank["color"]) == (
        64,
        48,
        {"r": 51, "g": 102, "b": 255, "a": 255},
    )
    assert blank["mode"] == "RGB"  # the template default, stored as a new GUI node stores it
    assert graph["nodes"]["img_blur:1"]["radius"] == 4
    assert "image" not in graph["nodes"]["img_blur:1"]  # fed by an edge: no value sent
    assert [n["is_intermediate"] for n in graph["nodes"].values()] == [True, True, False]
    assert graph["nodes"]["save_image:1"]["use_cache"] is False  # save_image's template default
    assert graph["edges"] == [
        {"source": {"node_id": "blank_image:1", "field": "image"}, "destination": {"node_id": "img_blur:1", "field": "image"}},
        {"source": {"node_id": "img_blur:1", "field": "image"}, "destination": {"node_id": "save_image:1", "field": "image"}},
    ]  # fmt: skip
    assert body["batch"]["workflow"]["name"] == "blur"


def test_values_are_checked_as_they_are_given_with_the_node_and_input_named() -> None:
    with pytest.raises(NodeInputError) as caught:
        n.NoiseInvocation(seed=-1)
    assert (caught.value.node_type, caught.value.field) == ("noise", "seed")
    assert "seed" in str(caught.value)
    assert ">= 0" in str(caught.value)
    with pytest.raises(NodeInputError, match="must be an integer"):
        n.NoiseInvocation(width="wide")  # type: ignore[arg-type]
    with pytest.raises(NodeInputError, match="multiple of 8"):
        n.NoiseInvocation(width=65)
    with pytest.raises(NodeInputError, match="must be one of"):
        n.ImageBlurInvocation(image=None, blur_type="motion")  # type: ignore[arg-type]
    with pytest.raises(NodeInputError, match="connection only"):
        n.LatentsToImageInvocation(latents={"latents_name": "x"}, vae=None)  # type: ignore[arg-type]
    noise = n.NoiseInvocation()
    with pytest.raises(NodeInputError, match="no input 'sead'"):
        noise.set("sead", 1)


def test_edges_follow_the_gui_connection_rules() -> None:
    blank = n.BlankImageInvocation()
    with pytest.raises(EdgeTypeError) as caught:
        n.LatentsToImageInvocation(latents=blank.image, vae=None)  # type: ignore[arg-type]
    assert (caught.value.source_type, caught.value.target_type) == ("ImageField", "LatentsField")
    integer = n.IntegerInvocation(value=3)
    floating = n.FloatInvocation(value=0.5)
    text = n.StringInvocation(value="x")
    n.ImageBlurInvocation(image=None, radius=integer.value)  # int -> float
    n.StringJoinInvocation(string_left=integer.value, string_right=floating.value)  # int, float -> string
    with pytest.raises(EdgeTypeError):
        n.NoiseInvocation(seed=floating.value)  # type: ignore[arg-type]
    with pytest.raises(EdgeTypeError):
        n.NoiseInvocation(seed=text.value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "target", "allowed"),
    [
        (("IntegerField", "SINGLE"), ("IntegerField", "SINGLE"), True),
        (("IntegerField", "SINGLE"), ("FloatField", "SINGLE"), True),
        (("IntegerField", "COLLECTION"), ("FloatField", "COLLECTION"), True),
        (("FloatField", "SINGLE"), ("IntegerField", "SINGLE"), False),
        (("IntegerField", "SINGLE"), ("IntegerField", "COLLECTION"), False),
        (("IntegerField", "COLLECTION"), ("IntegerField", "SINGLE_OR_COLLECTION"), True),
        (("ImageField", "SINGLE"), ("CollectionItemField", "SINGLE"), True),
        (("ImageField", "COLLECTION"), ("CollectionItemField", "SINGLE"), False),
        (("CollectionItemField", "SINGLE"), ("LatentsField", "SINGLE"), True),
        (("CollectionItemField", "SINGLE"), ("ImageField", "COLLECTION"), False),
        (("CollectionField", "COLLECTION"), ("ImageField", "COLLECTION"), True),
        (("CollectionField", "COLLECTION"), ("ImageField", "SINGLE"), False),
        (("StringField", "COLLECTION"), ("CollectionField", "COLLECTION"), True),
        (("LatentsField", "SINGLE"), ("AnyField", "SINGLE"), True),
        (("AnyField", "SINGLE"), ("LatentsField", "SINGLE"), True),
        (("AnyField", "SINGLE"), ("LatentsField", "COLLECTION"), False),
        (("ImageField", "SINGLE"), ("LatentsField", "SINGLE"), False),
    ],
)
def test_connection_rules(source: tuple[str, str], target: tuple[str, str], allowed: bool) -> None:
    assert connectable(source, target) is allowed


def test_a_collect_node_takes_several_outputs() -> None:
    with Graph() as g:
        one, two = n.IntegerInvocation(value=1), n.IntegerInvocation(value=2)
        collect = n.CollectInvocation(item=[one.value, two.value])
        n.IterateInvocation(collection=collect.collection)
    edges = g.to_batch()["batch"]["graph"]["edges"]
    assert [(e["source"]["node_id"], e["destination"]["field"]) for e in edges] == [
        ("integer:1", "item"),
        ("integer:2", "item"),
        ("collect:1", "collection"),
    ]
    with pytest.raises(NodeInputError, match="outputs of other nodes only"):
        n.CollectInvocation(item=[one.value, 3])


def test_nodes_reached_by_an_edge_join_the_graph_and_ids_are_unique() -> None:
    source = n.IntegerInvocation(value=5)  # made outside any graph
    g = Graph()
    g.add(n.ImageBlurInvocation(image=None, radius=source.value))
    assert [node.id for node in g.nodes] == ["img_blur:1", "integer:1"]
    g.add(n.IntegerInvocation(id="integer:2"), n.IntegerInvocation())
    assert [node.id for node in g.nodes][-2:] == ["integer:2", "integer:3"]
    with pytest.raises(WorkflowError, match="two nodes have the id"):
        g.add(n.IntegerInvocation(id="integer:2"))


def test_the_export_is_a_workflow_the_sdk_loads_back_to_the_same_graph() -> None:
    g, blur = _blur()
    g.expose(blur, "radius", label="Blur radius")
    document = g.to_workflow()
    assert document == g.to_workflow()  # deterministic
    assert document["meta"] == {"category": "user", "version": "4.0.0"}
    assert [node["position"] for node in document["nodes"]] == [
        {"x": 0, "y": 0},
        {"x": 400, "y": 0},
        {"x": 800, "y": 0},
    ]
    assert document["edges"][0]["id"] == "reactflow__edge-blank_image:1image-img_blur:1image"
    wf = Workflow(load_definition(json.dumps(document)), TemplateSet.bundled("6.14.2"))
    (record,) = wf.inputs
    assert (record.index, record.label, record.key, record.value) == (
        0,
        "Blur radius",
        "img_blur:1.radius",
        4,
    )
    wf.set("Blur radius", 9)
    assert wf.to_batch()["batch"]["graph"]["nodes"]["img_blur:1"]["radius"] == 9
    assert wf.to_batch()["batch"]["graph"]["edges"] == g.to_batch()["batch"]["graph"]["edges"]


def test_classes_of_a_6_8_server_export_schema_3() -> None:
    g, _ = _blur(n68)
    assert g.to_workflow()["meta"]["version"] == "3.0.0"
    assert "dynamicInputTemplates" not in g.to_workflow()["nodes"][0]["data"]
    assert g.to_batch()["batch"]["graph"]["nodes"]["img_blur:1"]["radius"] == 4  # typed by 6.8.1's templates


def test_a_thousand_node_graph() -> None:
    with Graph("chain") as g:
        value = n.IntegerInvocation(value=1).value
        for _ in range(999):
            value = n.AddInvocation(a=value, b=1).value
    graph = g.to_batch()["batch"]["graph"]
    assert len(graph["nodes"]) == 1000
    assert len(graph["edges"]) == 999
    assert g.to_workflow()["nodes"][-1]["position"]["x"] == 999 * 400  # one column per depth


def test_the_node_classes_match_the_templates() -> None:
    for module, version, count in ((n68, "6.8.1", 211), (n, "6.14.2", 309)):
        templates = TemplateSet.bundled(version)
        assert len(module.NODE_CLASSES) == len(templates) == count
        for node_type, cls in module.NODE_CLASSES.items():
            template = templates[node_type]
            assert (node_type, template.version, version) == (cls.TYPE, cls.VERSION, cls.SERVER_VERSION)
            assert list(cls.INPUTS) == list(template.inputs)
            assert {name: spec[0] for name, spec in cls.OUTPUTS.items()} == {
                name: f.type_name or "AnyField" for name, f in template.outputs.items()
            }
