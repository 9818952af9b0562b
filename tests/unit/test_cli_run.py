"""``invokeai-client run`` reporting (table, JSON, failures) on recorded items, and the commands' usage
errors: one line and a non-zero exit, no request made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from invokeai_client.cli import main
from invokeai_client.cli._report import failure_summary, items_json, render_table, table_rows
from invokeai_client.outputs import OutputImage, SavedImage, map_queue_item
from invokeai_client.types import QueueItem
from invokeai_client.workflows import TemplateSet

from .test_cli import run_cli

HERE = Path(__file__).resolve().parent
WORKFLOW = HERE.parents[1] / "examples" / "workflows" / "resize-blur-save.json"


def recorded(name: str) -> list[QueueItem]:
    document = json.loads((HERE / "outputs" / "fixtures" / f"{name}.json").read_text(encoding="utf-8"))
    return [QueueItem.model_validate(item) for item in document["items"]]


def outputs_of(items: list[QueueItem]) -> list[OutputImage]:
    return [image for item in items for image in map_queue_item(item, TemplateSet.bundled())]


def test_json_report_has_exactly_the_documented_keys(tmp_path: Path) -> None:
    items = recorded("iterate_collect") + recorded("failed")
    outputs = outputs_of(items)
    finals = [image for image in outputs if image.is_final]
    saved = [SavedImage(image=image, path=tmp_path / image.image_name) for image in finals]
    report = items_json(items, outputs, saved)
    assert list(report) == ["items"]
    assert [entry["item_id"] for entry in report["items"]] == [item.item_id for item in items]
    for entry in report["items"]:
        assert list(entry) == ["item_id", "status", "field_values", "outputs"]
        for output in entry["outputs"]:
            assert list(output) == [
                "node_id",
                "node_type",
                "field",
                "image_name",
                "path",
                "width",
                "height",
                "is_intermediate",
                "board_id",
            ]
            assert (output["path"] is None) == output["is_intermediate"]
    assert report["items"][0]["field_values"] == [{"node_path": "range", "field_name": "stop", "value": 48}]
    assert report["items"][-1]["status"] == "failed"
    json.dumps(report)  # serialisable as it is


def test_table_lists_saved_images_and_failed_items(tmp_path: Path) -> None:
    items = recorded("iterate_collect") + recorded("failed")
    finals = [image for image in outputs_of(items) if image.is_final]
    saved = [SavedImage(image=image, path=tmp_path / image.image_name) for image in finals]
    lines = render_table(table_rows(items, saved)).splitlines()
    assert lines[0].split() == ["item", "status", "node", "image", "sweep", "values"]
    failed = [line.split() for line in lines if " failed " in line]
    assert failed[-1][:4] == [
        "48",
        "failed",
        "-",
        "ImageRecordNotFoundException:",
    ]  # after its partial images
    assert len(failed) > 1
    assert any("range.stop=64" in line and ".png" in line for line in lines)
    summary = failure_summary(items)
    assert summary is not None
    assert summary.startswith("1 of 3 item(s) did not complete; item 48: ImageRecordNotFoundException")
    assert failure_summary(recorded("iterate_collect")) is None


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["run", str(WORKFLOW), "--dry-run", "--out", "x"], 2, "error: --dry-run enqueues nothing"),
        (["run", str(WORKFLOW), "--wait", "--schema", str(WORKFLOW)], 2, "error: --out and --wait run"),
        (["run", str(WORKFLOW), "--wait", "--out", "x"], 2, "error: --out runs the batch and waits"),
        (["run", str(WORKFLOW), "--poll"], 2, "error: --poll is how --wait waits"),
        (
            ["run", str(WORKFLOW), "--out", "x", "--wait-timeout", "5"],
            2,
            "error: --wait-timeout bounds --wait",
        ),
        (["run", str(WORKFLOW), "--wait", "--stall-limit", "5"], 2, "error: --stall-limit bounds a run"),
        (
            ["run", str(WORKFLOW), "--wait-timeout", "-1", "--wait"],
            2,
            "error: Invalid value for '--wait-timeout'",
        ),
        (["run", str(WORKFLOW), "--url", "http://127.0.0.1:2"], 2, "error: several --url need --out"),
        (
            ["run", str(WORKFLOW), "--restart"],
            2,
            "error: --restart, --depth, --patience and --shard need --out",
        ),
        (["run", str(WORKFLOW), "--depth", "0", "--out", "x"], 2, "error: Invalid value for '--depth'"),
        (["run", str(WORKFLOW), "--shard", "3/2", "--out", "x"], 2, "error: Invalid value for '--shard'"),
        (
            ["run", str(WORKFLOW), "--shard", "1/2"],
            2,
            "error: --restart, --depth, --patience and --shard need",
        ),
        (["queue", "cancel"], 2, "error: give exactly one of --batch, --item or --all-except-current"),
        (["queue", "cancel", "--item", "1", "--all-except-current"], 2, "error: give exactly one"),
        (["queue", "cancel", "--item", "one"], 2, "error: Invalid value for '--item'"),
        (["queue", "cancel", "--batch", "b"], 2, "error: add --yes to cancel the batches' items"),
        (["queue", "cancel", "--all-except-current"], 2, "error: add --yes to cancel every pending item"),
        (["queue", "clear"], 2, "error: add --yes to clear the queue"),
        (["models", "delete", "k"], 2, "error: add --yes to delete a model"),
        (["custom-nodes", "uninstall", "p"], 2, "error: add --yes to remove a node pack"),
        (["images", "upload"], 2, "error: Missing argument 'PATHS...'"),
        (["images", "upload", "/no/such/file.png"], 2, "error: Invalid value for 'PATHS...'"),
        (["images", "download", "a.png"], 2, "error: Missing option '--out'"),
        (["boards", "create", " "], 2, "error: Invalid value for NAME"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], code: int, message: str) -> None:
    result = run_cli(*args, "--url", "http://127.0.0.1:1")
    assert result.returncode == code, result.stderr
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_an_unwritable_out_folder_fails_before_enqueueing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("INVOKEAI_URL", raising=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    # No --url: the workflow is typed offline, so the folder check is the first thing that fails.
    args = ["run", str(WORKFLOW), "--set", "Input image=x.png", "--out", str(blocker / "sub")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot write to the folder {str(blocker / 'sub')!r}: Not a directory")
    assert len(err.strip().splitlines()) == 1
