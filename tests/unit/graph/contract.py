"""The to-python contract, shared by the unit tier (the workflows under tests/) and the live tier (every
default workflow of each server version): the script's ``--dry-run`` body is the CLI's; the script passes
ruff and mypy --strict; export -> Python -> export -> Python is stable after the first round."""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from invokeai_client import UnknownNodeTypeError
from invokeai_client.cli import main as cli_main
from invokeai_client.graph import Graph
from invokeai_client.graph._transpile import to_python
from invokeai_client.workflows import TemplateSet, Workflow, load_definition


def required_values(wf: Workflow) -> list[str]:
    """``--set`` options for the required inputs an export leaves empty (models, images): both sides get
    the same, so the bodies can be compared."""
    args: list[str] = []
    for record in wf.inputs:
        if not record.required or record.value is not None or record.connected or not record.settable:
            continue
        template = record.template
        if record.kind == "model":
            base = (template.ui_model_base or ("any",))[0] if template is not None else "any"
            kind = (template.ui_model_type or ("main",))[0] if template is not None else "main"
            value = json.dumps(
                {"key": f"k-{record.node_id[:6]}", "hash": "h", "name": "m", "base": base, "type": kind}
            )
        elif record.kind == "image":
            value = "input.png"
        elif record.kind == "video":
            value = "input.mp4"
        else:
            continue
        args += ["--set", f"{record.key}={value}"]
    return args


def run_cli(args: Sequence[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(list(args))
    return code, out.getvalue(), err.getvalue()


def run_script(path: Path, args: Sequence[str]) -> tuple[int, str, str]:
    """The script run as ``__main__`` (in this process: the same as ``python path ARGS``, faster)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = [str(path), *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            runpy.run_path(str(path), run_name="__main__")
        code = 0
    except SystemExit as done:
        code = int(done.code or 0)
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


def comparable(body_text: str) -> dict[str, Any]:
    """The body without what differs by construction: the batch and graph ids, the embedded workflow (the
    script embeds the workflow its graph exports) and the order of the edges (the server does not read it)."""
    batch = json.loads(body_text)["batch"]
    batch["graph"].pop("id", None)
    batch.pop("workflow", None)
    batch.pop("batch_id", None)
    batch["graph"]["edges"] = sorted(batch["graph"]["edges"], key=json.dumps)
    return dict(batch)


def build_graph(path: Path) -> Graph:
    graph = runpy.run_path(str(path))["build"]()
    assert isinstance(graph, Graph)
    return graph


def transpile(document: Any, templates: TemplateSet, module: str, folder: Path, stem: str) -> Path:
    wf = Workflow(load_definition(document), templates)
    path = folder / f"{stem}.py"
    path.write_text(
        to_python(wf, nodes_module=module, server_version=str(templates.version)).source, encoding="utf-8"
    )
    return path


def check_workflow(source: Path | dict[str, Any], templates: TemplateSet, module: str, folder: Path, stem: str,
                   extra: Sequence[str]) -> str:  # fmt: skip
    """Transpile, compare the dry-run bodies, and round-trip (export -> Python -> export -> Python: the same
    script, the same export); returns "same" or "both refused"."""
    document = json.loads(source.read_text(encoding="utf-8")) if isinstance(source, Path) else source
    original = folder / f"{stem}.json"
    original.write_text(json.dumps(document), encoding="utf-8")
    wf = Workflow(load_definition(document), templates)
    args = ["--dry-run", *required_values(wf), *extra]
    refusal = None
    try:
        script = transpile(document, templates, module, folder, stem)
    except UnknownNodeTypeError as exc:  # a node type the server lacks: the CLI refuses the workflow too
        refusal = f"error: {' '.join(str(exc).split())}"
    if refusal is not None:
        cli = run_cli(["run", str(original), *args])
        assert (cli[0], cli[2].splitlines()[-1]) == (1, refusal), cli[2]
        return "both refused"
    cli = run_cli(["run", str(original), *args])
    ran = run_script(script, args)
    assert ran[0] == cli[0], f"{stem}: exit {ran[0]} ({ran[2]}) vs the CLI's {cli[0]} ({cli[2]})"
    if cli[0] != 0:  # the same refusal (a required connection left unwired in the export)
        assert ran[2].splitlines()[-1] == cli[2].splitlines()[-1], (ran[2], cli[2])
        return "both refused"
    assert comparable(ran[1]) == comparable(cli[1]), stem
    # export -> Python -> export: stable after the first round
    first = build_graph(script).to_workflow()
    again = transpile(first, templates, module, folder, f"{stem}_2")
    assert again.read_text(encoding="utf-8") == script.read_text(encoding="utf-8"), stem
    second = build_graph(again).to_workflow()
    assert second == first, stem
    return "same"


def lint_and_type_check(folder: Path) -> None:
    """ruff (its default rules) and mypy --strict over every script in the folder."""
    # from the folder, as in a user's project (run from the repository, invokeai_client would be first-party)
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "."],
                          cwd=folder, capture_output=True, text=True, check=False)  # fmt: skip
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(folder / ".mypy"),
         *sorted(str(p) for p in folder.glob("*.py"))],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
