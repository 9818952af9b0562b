"""``invokeai-client inputs`` and ``run --dry-run``, offline with the bundled 6.8.1 templates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from invokeai_client.cli import main

from .test_cli import run_cli

WORKFLOW = Path(__file__).resolve().parent.parent / "live" / "workflows" / "blank_blur_save.json"


def test_inputs_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inputs", str(WORKFLOW), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["index"], r["key"], r["label"], r["kind"]) for r in records] == [
        (0, "canvas.width", "Width", "integer"),
        (1, "canvas.height", "Height", "integer"),
        (2, "canvas.color", "Fill colour", "color"),
        (3, "blur.radius", "Blur radius", "float"),
        (4, "save.board", "Output board", "board"),
    ]
    assert {"value", "required", "connected"} <= set(records[0])
    assert records[0]["value"] == 64


def test_run_dry_run_prints_the_exact_body(capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "run",
        str(WORKFLOW),
        "--set",
        "3=2.5",
        "--set",
        "canvas.color=#ff000080",
        "--sweep",
        "Width=16,32",
    ]
    assert main([*args, "--runs", "2", "--dry-run"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["prepend"] is False
    batch = body["batch"]
    assert batch["runs"] == 2
    assert (batch["origin"], batch["destination"]) == ("workflows", "gallery")
    assert batch["data"] == [[{"node_path": "canvas", "field_name": "width", "items": [16, 32]}]]
    nodes = batch["graph"]["nodes"]
    assert nodes["blur"]["radius"] == 2.5
    assert nodes["canvas"]["color"] == {"r": 255, "g": 0, "b": 0, "a": 128}
    assert "image" not in nodes["blur"]  # connected: the edge supplies it
    assert "board" not in nodes["save"]  # "auto" with no default board: uncategorized
    embedded = {node["id"]: node for node in batch["workflow"]["nodes"]}
    assert embedded["blur"]["data"]["inputs"]["radius"]["value"] == 2.5
    assert "id" not in batch["workflow"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "Blur radius=-1"], "error: input #3 'Blur radius' (blur.radius)"),
        (["--set", "Width=wide"], "error: input #0 'Width' (canvas.width)"),
        (["--set", "Nope=1"], "error: no input matches 'Nope'"),
        (["--set", "Width"], "error: Invalid value for --set: expected KEY=VALUE"),
        (["--sweep", "Output board=a,b"], "error: input #4 'Output board' (save.board)"),
    ],
)
def test_run_bad_values_are_one_line(args: list[str], message: str) -> None:
    result = run_cli("run", str(WORKFLOW), *args, "--dry-run")
    assert result.returncode != 0
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_malformed_workflow_file_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x", "nodes": [')
    result = run_cli("inputs", str(broken))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert "broken.json" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_value_beyond_the_forms_limits_fails_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """The form's minimum and maximum are the author's, and the GUI holds values to them: so does ``--set``."""
    for value, rule in (("4", "4 is below the form's minimum 8"), ("100000", "above the form's maximum")):
        result = run_cli("run", str(WORKFLOW), "--set", f"Width={value}", "--dry-run")
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.startswith("error: input #0 'Width' (canvas.width)")
        assert rule in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2]", "an OpenAPI document is a JSON object, not list"),
        ('"a string"', "an OpenAPI document is a JSON object, not str"),
        ('{"components": {"schemas": []}}', "has no components.schemas"),
        (
            '{"components": {"schemas": {"X": {"class": "invocation", "properties": []}}}}',
            "no invocation schemas",
        ),
        ("{not json", "not a JSON OpenAPI document"),
    ],
)
def test_a_schema_file_that_is_no_openapi_document_fails_on_one_line(
    tmp_path: Path, text: str, message: str
) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text(text)
    for command in ("inputs", "run"):
        extra = ["--dry-run"] if command == "run" else []
        result = run_cli(command, str(WORKFLOW), "--schema", str(schema), *extra)
        assert result.returncode == 1
        assert result.stderr.startswith(f"error: --schema {schema}") or result.stderr.startswith("error: ")
        assert message in result.stderr
        assert "internal error" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_pre_6_model_identifier_stored_in_the_file_stops_the_dry_run(tmp_path: Path) -> None:
    """InvokeAI 3.x stored ``{model_name, base_model, model_type}``; a 6.x server refuses it at run time, so
    ``--dry-run`` refuses it first (one line naming the node, the field and the rule)."""
    document: dict[str, Any] = _text_to_image()
    loader = next(n for n in document["nodes"] if n["id"] == "loader")
    loader["data"]["inputs"]["model"]["value"] = {
        "model_name": "sdxl",
        "base_model": "sdxl",
        "model_type": "main",
    }
    path = tmp_path / "old-model.json"
    path.write_text(json.dumps(document))
    result = run_cli("run", str(path), "--dry-run")
    assert result.returncode == 1
    assert result.stderr.startswith("error: input #0 "), result.stderr
    assert "(loader.model)" in result.stderr
    assert "must be a model identifier" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def _text_to_image() -> dict[str, Any]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent / "workflows"))
    from _wf_builders import text_to_image

    return text_to_image()


def test_rows_from_a_file_go_into_one_zip_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("Width,Blur radius\n16,0.5\n24,1\n32,1.5\n")
    assert main(["run", str(WORKFLOW), "--rows", str(rows), "--sweep", "Height=8,16", "--dry-run"]) == 0
    data = json.loads(capsys.readouterr().out)["batch"]["data"]
    assert data == [
        [{"node_path": "canvas", "field_name": "height", "items": [8, 16]}],
        [
            {"node_path": "canvas", "field_name": "width", "items": [16, 24, 32]},
            {"node_path": "blur", "field_name": "radius", "items": [0.5, 1.0, 1.5]},
        ],
    ]


def test_a_bad_row_is_one_line_naming_the_row_and_the_column(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("Width,Blur radius\n16,0.5\n24,-1\n")
    result = run_cli("run", str(WORKFLOW), "--rows", str(rows), "--dry-run")
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {rows}, row 2, column 'Blur radius': blur.radius: "), (
        result.stderr
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_offline_inputs_of_an_unknown_node_type_are_marked_guessed_and_say_what_to_pass(
    tmp_path: Path,
) -> None:
    document = json.loads(WORKFLOW.read_text(encoding="utf-8"))
    for node in document["nodes"]:
        if node["data"]["id"] == "blur":
            node["data"]["type"] = "ict_blurry"  # a custom node pack's type: no template offline
    path = tmp_path / "custom.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("inputs", str(path))
    assert result.returncode == 0, result.stderr
    blur = next(line for line in result.stdout.splitlines() if "blur.radius" in line)
    assert " float? " in blur  # not shown as known
    width = next(line for line in result.stdout.splitlines() if "canvas.width" in line)
    assert " integer " in width
    (warning,) = result.stderr.splitlines()
    assert "no node type ict_blurry" in warning
    assert "--url" in warning
    assert "--schema" in warning
    listed = json.loads(run_cli("inputs", str(path), "--json").stdout)
    assert {r["key"]: r["inferred"] for r in listed}["blur.radius"] is True


def test_a_rows_file_with_a_quote_never_closed_names_its_row_and_column(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text('Width,Height\n16,8\n24,"8\n32,8\n', encoding="utf-8")
    result = run_cli("run", str(WORKFLOW), "--rows", str(rows), "--dry-run")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"error: {rows}, row 2, column 'Height': is not CSV from line 3 (unexpected end of data: a quote that"
        " is opened and never closed?)"
    )
