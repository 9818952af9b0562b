"""``invokeai-client to-python`` and ``invokeai-client nodes`` offline, on the workflows under tests/ typed by
each bundled server document (the live tier does every default workflow of each real server)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from invokeai_client.workflows import TemplateSet

from .contract import check_workflow, lint_and_type_check, run_cli

REPO = Path(__file__).resolve().parents[3]
WORKFLOWS = [
    *sorted((REPO / "tests" / "live" / "workflows").glob("*.json")),
    REPO / "tests" / "unit" / "workflows" / "fixtures" / "every_element.json",
    *sorted((REPO / "examples" / "workflows").glob("*.json")),
]
VERSIONS = {"6.8.1": "invokeai_api.v6_8.nodes", "6.14.2": "invokeai_client.nodes"}


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_scripts_print_the_clis_body_round_trip_and_type_check(version: str, tmp_path: Path) -> None:
    templates = TemplateSet.bundled(version)
    schema = ["--schema", str(REPO / "openapi" / f"invokeai-{version}.json")]
    results = {
        path.stem: check_workflow(path, templates, VERSIONS[version], tmp_path, f"w{i}", schema)
        for i, path in enumerate(WORKFLOWS)
    }
    # every_element leaves required connections of a node unwired: both refuse it, with the same line
    assert results == {
        "blank_blur_save": "same",
        "tiny_upscale": "same",
        "every_element": "both refused",
        "flux-image-to-image": "same",
        "resize-blur-save": "same",
        "sdxl-text-to-image": "same",
    }
    lint_and_type_check(tmp_path)


def test_the_command_writes_a_script_that_runs_as_python(tmp_path: Path) -> None:
    workflow = REPO / "tests" / "live" / "workflows" / "blank_blur_save.json"
    script = tmp_path / "blur.py"
    code, out, err = run_cli(["to-python", str(workflow), "-o", str(script)])
    assert code == 0, err
    assert out.startswith(f"wrote {script}: build(")
    text = script.read_text(encoding="utf-8")
    assert "import invokeai_client.nodes as n" in text
    assert "def build(" in text
    proc = subprocess.run(
        [sys.executable, str(script), "--dry-run", "--set", "Blur radius=3"],
        capture_output=True,
        text=True,
        check=False,
    )
    expected = run_cli(["run", str(workflow), "--dry-run", "--set", "Blur radius=3"])
    from .contract import comparable

    assert proc.returncode == 0, proc.stderr
    assert comparable(proc.stdout) == comparable(expected[1])
    bad = subprocess.run([sys.executable, str(script), "--set", "Blur radius=-1", "--dry-run"], capture_output=True,
                         text=True, check=False)  # fmt: skip
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1
    assert bad.stderr.startswith("error: ")
    assert "Traceback" not in bad.stderr


def test_unknown_node_types_are_refused_in_one_line(tmp_path: Path) -> None:
    workflow = tmp_path / "custom.json"
    source = (REPO / "tests" / "live" / "workflows" / "blank_blur_save.json").read_text(encoding="utf-8")
    workflow.write_text(source.replace('"type": "img_blur"', '"type": "my_custom_blur"'), encoding="utf-8")
    code, out, err = run_cli(["to-python", str(workflow)])
    assert code == 1
    assert out == ""
    assert err.startswith("error: ")
    assert "my_custom_blur" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(("version", "count"), [("6.8.1", 211), ("6.14.2", 309)])
def test_the_nodes_command_writes_an_importable_module(version: str, count: int, tmp_path: Path) -> None:
    target = tmp_path / "my_nodes.py"
    code, out, err = run_cli(
        ["nodes", "--schema", str(REPO / "openapi" / f"invokeai-{version}.json"), "-o", str(target)]
    )
    assert code == 0, err
    assert out.startswith(f"wrote {count} node classes (InvokeAI {version}) to {target}")
    check = (
        "import my_nodes, json; from invokeai_client.graph import Graph\n"
        "with Graph() as g:\n"
        "    b = my_nodes.BlankImageInvocation(width=16, height=16)\n"
        "    my_nodes.SaveImageInvocation(image=b.image)\n"
        "print(len(my_nodes.NODE_CLASSES), my_nodes.SERVER_VERSION, len(g))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", check], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert proc.stdout.split() == [str(count), version, "2"], proc.stderr
