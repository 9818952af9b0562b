"""Custom node packs on the real server: the test suite's own pack (``tests/node_pack``), installed with
``client.custom_nodes`` from a git repository the test makes (InvokeAI 6.14), typed from the live templates,
run, and removed again. InvokeAI 6.8 has no custom-node API: there every method says so, before any request."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from invokeai_client import (
    InputValueError,
    InvokeAIClient,
    NodePackError,
    UnknownNodeTypeError,
    UnsupportedByServerError,
)
from invokeai_client.workflows import TemplateSet, Workflow

from ..conftest import Server
from .gui_workflows import gui_edge, gui_node, gui_workflow

PACK = "invokeai_client_test_nodes"
PACK_SOURCE = Path(__file__).resolve().parents[1] / "node_pack" / PACK
NODE_TYPES = {"ict_sum", "ict_scale", "ict_tint", "ict_join", "ict_wait", "ict_named"}


def git_repository(folder: Path) -> Path:
    """The pack as a git repository (what the server clones), committed with a fixed identity."""
    repo = folder / PACK
    shutil.copytree(PACK_SOURCE, repo, ignore=shutil.ignore_patterns("__pycache__"))
    git = ["git", "-C", str(repo), "-c", "user.name=tests", "-c", "user.email=tests@invokeai-client.test"]
    for step in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "the test node pack"]):
        subprocess.run([*git, *step], check=True, capture_output=True)
    return repo


def test_a_server_without_custom_node_packs_says_so(client: InvokeAIClient, server: Server) -> None:
    if server.at_least("6.14"):
        pytest.skip("6.14 has the custom node API: see test_install_type_run_and_remove_a_pack")
    for attempt in (
        client.custom_nodes.list,
        client.custom_nodes.reload,
        lambda: client.custom_nodes.install("x"),
    ):
        with pytest.raises(UnsupportedByServerError) as info:
            attempt()
        assert info.value.supported_by == ["6.14.2"]


@pytest.fixture
def installed(client: InvokeAIClient, server: Server, tmp_path: Path) -> Iterator[str]:
    if not server.at_least("6.14"):
        pytest.skip("InvokeAI 6.8 loads node packs from its nodes/ folder at start only")
    if PACK in {pack.name for pack in client.custom_nodes.list().node_packs}:
        client.custom_nodes.uninstall(PACK)  # left over by an interrupted run
    result = client.custom_nodes.install(str(git_repository(tmp_path)))
    assert (result.name, result.success, result.requires_dependencies) == (PACK, True, False)
    yield PACK
    packs = {pack.name for pack in client.custom_nodes.list().node_packs}
    if PACK in packs:
        client.custom_nodes.uninstall(PACK)


def test_install_type_run_and_remove_a_pack(client: InvokeAIClient, installed: str) -> None:
    (pack,) = [p for p in client.custom_nodes.list().node_packs if p.name == installed]
    assert set(pack.node_types) == NODE_TYPES
    templates = client.workflows.templates()  # fetched again after the install: the new types are there
    assert templates.node_types >= NODE_TYPES
    a = templates["ict_sum"].inputs["a"]
    assert (a.type_name, a.constraints.minimum, a.constraints.maximum) == ("IntegerField", 0, 100)
    assert templates["ict_scale"].inputs["mode"].options == ("multiply", "divide")

    picture = client.images.upload(Image.new("RGB", (6, 4), (10, 20, 30)), is_intermediate=True)
    nodes = [
        gui_node(templates, "sum", "ict_sum", {"a": 5, "b": 7}),
        gui_node(templates, "scale", "ict_scale", {"value": 3, "factor": 2, "mode": "divide"}),
        gui_node(
            templates,
            "tint",
            "ict_tint",
            {"image": {"image_name": picture.image_name}, "channel": "green", "strength": 1},
        ),
        gui_node(templates, "join", "ict_join", {"items": ["a", "b", "c"], "separator": "-"}),
        gui_node(templates, "int", "integer", {"value": 9}),
    ]
    nodes[-1]["data"]["nodePack"] = "invokeai"
    document = gui_workflow(
        "test node pack",
        nodes,
        [gui_edge("int", "value", "sum", "b")],
        [("sum", "a"), ("scale", "mode"), ("tint", "channel"), ("join", "items")],
    )
    wf = client.workflows.load(document)
    assert [(i.key, i.kind) for i in wf.inputs] == [
        ("sum.a", "integer"),
        ("scale.mode", "enum"),
        ("tint.channel", "enum"),
        ("join.items", "string"),
    ]
    with pytest.raises(InputValueError, match="100"):
        wf.set("sum.a", 101)
    with pytest.raises(InputValueError):
        wf.set("tint.channel", "purple")
    wf.set_sweep("sum.a", [1, 50])
    job = client.workflows.submit(wf)
    try:
        items = job.wait(timeout=120)
        assert [item.status for item in items] == ["completed", "completed"]
        results = {}
        for item in items:
            session = item.session
            for prepared, output in session["results"].items():
                results.setdefault(session["prepared_source_mapping"][prepared], []).append(output)
        assert sorted(out["value"] for out in results["sum"]) == [1 + 9, 50 + 9]  # b comes from the edge
        assert {out["value"] for out in results["scale"]} == {1.5}
        assert {out["value"] for out in results["join"]} == {"a-b-c"}
        tinted = [image for image in job.outputs() if image.source_node_id == "tint"]
        assert len(tinted) == 2
        assert {(image.node_type, image.width, image.height) for image in tinted} == {("ict_tint", 6, 4)}
        green = client.images.download_pil(tinted[0].image_name).getpixel((0, 0))
        assert green == (10, 255, 30)
    finally:
        job.close()
        # Items that used a pack's nodes cannot be read once it is gone (the server answers 500): delete them.
        for item_id in job.item_ids:
            client.queue.delete_item(item_id)
        client.images.delete(picture.image_name)

    # Offline, the bundled templates do not know the pack: the error says what to pass instead.
    with pytest.raises(UnknownNodeTypeError, match=r"--url|--schema") as offline:
        Workflow.load(document, TemplateSet.bundled()).to_batch()
    assert "ict_sum" in str(offline.value)

    removal = client.custom_nodes.uninstall(installed)
    assert removal.success
    assert not NODE_TYPES & client.workflows.templates().node_types  # fetched again: gone
    with pytest.raises(NodePackError, match="not found") as again:
        client.custom_nodes.uninstall(installed)
    assert again.value.pack == installed
    assert "reload" in client.custom_nodes.reload().lower()


def test_a_source_git_cannot_clone_is_a_typed_error(
    client: InvokeAIClient, server: Server, tmp_path: Path
) -> None:
    if not server.at_least("6.14"):
        pytest.skip("InvokeAI 6.8 has no custom node API")
    missing = tmp_path / f"no-such-pack-{uuid.uuid4().hex[:6]}"
    with pytest.raises(NodePackError, match="clone") as info:
        client.custom_nodes.install(str(missing))
    assert info.value.pack == missing.name


def test_nodes_command_writes_typed_classes_for_a_pack_and_a_graph_of_them_runs(
    client: InvokeAIClient, server: Server, installed: str, tmp_path: Path
) -> None:
    """``invokeai-client nodes --url`` writes the live server's classes, the pack's among them (in its own
    node pack, with its checks); a graph of them is checked as it is written and runs."""
    import importlib.util
    import subprocess
    import sys

    from invokeai_client import NodeInputError
    from invokeai_client.graph import Graph

    target = tmp_path / "server_nodes.py"
    proc = subprocess.run(
        [sys.executable, "-m", "invokeai_client.cli", "nodes", "--url", server.url, "-o", str(target)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    count = len(client.workflows.templates())
    assert proc.stdout.startswith(f"wrote {count} node classes (InvokeAI {server.version}) to {target}")
    spec = importlib.util.spec_from_file_location("server_nodes", target)
    assert spec is not None
    assert spec.loader is not None
    nodes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(nodes)
    assert set(nodes.NODE_CLASSES) >= NODE_TYPES
    summing = nodes.NODE_CLASSES["ict_sum"]
    assert (installed, "ict_sum") == (summing.NODE_PACK, summing.TYPE)
    with pytest.raises(NodeInputError, match="<= 100"):
        summing(a=101)
    with Graph("pack graph") as g:
        nine = nodes.IntegerInvocation(value=9)
        total = summing(a=5, b=nine.value)
        joined = nodes.NODE_CLASSES["ict_join"](items=["x", "y"], separator="+")
    g.expose(total, "a", label="A")
    job = client.workflows.submit(g, sweep={"A": [1, 2]})
    try:
        items = job.wait(timeout=120)
        assert [item.status for item in items] == ["completed", "completed"]
        values = sorted(
            output["value"]
            for item in items
            for prepared, output in item.session["results"].items()
            if item.session["prepared_source_mapping"][prepared] == total.id
        )
        assert values == [1 + 9, 2 + 9]
        assert joined.id == "ict_join:1"
    finally:
        job.close()
        for item_id in job.item_ids:
            client.queue.delete_item(item_id)
