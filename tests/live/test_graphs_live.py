"""Graphs written in Python on the real server: every default workflow of the server's library transpiles to a
script whose dry-run body is the CLI's; a graph built in Python runs, its outputs mapped and downloaded; the
library takes the graph's export and gives back the same graph."""

from __future__ import annotations

import json
from pathlib import Path

import invokeai_api.v6_8.nodes as n68
from PIL import Image

from invokeai_client import InvokeAIClient
from invokeai_client import nodes as n614
from invokeai_client.graph import Graph

from ..conftest import Server
from ..unit.graph.contract import check_workflow, lint_and_type_check
from ..unit.test_examples import _example
from .conftest import TinyModels
from .test_workflows_live import RETIRED_NODE_TYPES


def _nodes(server: Server):  # type: ignore[no-untyped-def]
    return n614 if server.at_least("6.14") else n68


def _module(server: Server) -> str:
    return "invokeai_client.nodes" if server.at_least("6.14") else "invokeai_api.v6_8.nodes"


def test_every_default_workflow_transpiles_to_a_script_with_the_clis_body(
    client: InvokeAIClient, server: Server, tmp_path: Path
) -> None:
    page = client.workflows.page(categories=["default"], per_page=200)
    assert len(page.items) >= 14  # 14 on 6.8.1, 26 on 6.14.2
    templates = client.workflows.templates()
    results: dict[str, str] = {}
    retired: set[str] = set()
    for i, item in enumerate(sorted(page.items, key=lambda record: record.name)):
        document = client.workflows.get(item.workflow_id).workflow
        if {
            node["data"]["type"] for node in document["nodes"] if node["type"] == "invocation"
        } & RETIRED_NODE_TYPES:
            retired.add(item.name)
        extra = ["--url", server.url]
        results[item.name] = check_workflow(
            document, templates, _module(server), tmp_path, f"w{i:02d}", extra
        )
    # only those the servers ship built from node types they no longer have are refused, by both sides
    assert sorted(name for name, result in results.items() if result != "same") == sorted(retired)
    assert len(retired) == 3
    lint_and_type_check(tmp_path)


def _blur_graph(nodes, size: tuple[int, int]) -> Graph:  # type: ignore[no-untyped-def]
    with Graph("python blur") as g:
        canvas = nodes.BlankImageInvocation(width=size[0], height=size[1], color="#3366ff")
        blur = nodes.ImageBlurInvocation(image=canvas.image, radius=2)
        nodes.SaveImageInvocation(image=blur.image, label="Result")
    g.expose(blur, "radius", label="Radius")
    return g


def test_a_graph_built_in_python_runs_and_its_outputs_are_mapped_and_downloaded(
    client: InvokeAIClient, server: Server, destination: str, tmp_path: Path
) -> None:
    g = _blur_graph(_nodes(server), (40, 24))
    job = client.workflows.submit(g, sweep={"Radius": [1, 4]}, destination=destination)
    with job:
        items = job.wait(120)
        assert [item.status for item in items] == ["completed", "completed"]
        saved = [image for image in job.outputs() if image.source_node_id == "save_image:1"]
        assert sorted(v.value for image in saved for v in image.field_values) == [1, 4]
        assert {(image.node_type, image.width, image.height, image.is_intermediate) for image in saved} == {
            ("save_image", 40, 24, False)
        }
        files = job.download(tmp_path)
    assert len(files) == 2
    for record in files:
        with Image.open(record.path) as picture:
            assert picture.size == (40, 24)


def test_the_library_takes_a_graphs_export_and_gives_the_same_graph_back(
    client: InvokeAIClient, server: Server
) -> None:
    g = _blur_graph(_nodes(server), (16, 16))
    document = g.to_workflow()
    assert document["meta"]["version"] == ("4.0.0" if server.at_least("6.13") else "3.0.0")
    record = client.workflows.create(g)
    try:
        loaded = client.workflows.load_saved(record.workflow_id)
        ours = g.to_workflow_object(client.workflows.templates()).to_batch()["batch"]["graph"]
        theirs = loaded.to_batch()["batch"]["graph"]
        assert (theirs["nodes"], theirs["edges"]) == (ours["nodes"], ours["edges"])
        assert [(i.label, i.key) for i in loaded.inputs] == [("Radius", "img_blur:1.radius")]
        assert json.loads(json.dumps(record.workflow))["nodes"] == document["nodes"]
    finally:
        client.workflows.delete(record.workflow_id)


def test_the_contact_sheet_example_runs_and_its_tiles_are_where_the_graph_put_them(
    client: InvokeAIClient, tmp_path: Path
) -> None:
    example = _example("graph_contact_sheet")
    colours = ["#ff0000", "#00ff00", "#0000ff", "#ffff00"]
    graph = example.contact_sheet(colours, columns=2, radius=0.5)
    with client.workflows.submit(graph) as job:
        (item,) = job.wait(120)
        (saved,) = job.download(tmp_path)
    assert item.status == "completed"
    assert saved.image.source_node_id == "save_image:1"
    with Image.open(saved.path) as sheet:
        assert sheet.size == (152, 152)
        centres = [(8 + 32 + c * 72, 8 + 32 + r * 72) for r in range(2) for c in range(2)]
        found = [sheet.convert("RGB").getpixel(xy) for xy in centres]
        wanted = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)]
        for got, colour in zip(found, wanted, strict=True):  # the blur rounds a channel by one or two
            assert max(abs(a - b) for a, b in zip(got, colour, strict=True)) <= 3, (found, wanted)
        assert sheet.convert("RGB").getpixel((2, 2)) == (255, 255, 255)  # the sheet between the tiles


def test_the_sd15_graph_example_runs_on_the_tiny_model(
    client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path
) -> None:
    example = _example("graph_sd15_text_to_image")
    graph = example.text_to_image(tiny_models.sd1, "a lighthouse", width=64, height=64, steps=3)
    with client.workflows.submit(graph, sweep={"Seed": [1, 2]}) as job:
        items = job.wait(600)
        saved = job.download(tmp_path)
    assert [item.status for item in items] == ["completed", "completed"]
    assert sorted(record.image.field_values[0].value for record in saved) == [1, 2]
    assert {record.image.source_node_id for record in saved} == {"l2i:1"}
    pictures = []
    for record in saved:
        with Image.open(record.path) as picture:
            assert picture.size == (64, 64)
            pictures.append(picture.tobytes())
    assert pictures[0] != pictures[1]  # two seeds, two images
