"""The CLI against the real server: ``run`` with --out / --json / --poll (and a failing item), ``queue``,
``boards`` and ``images``. Each command runs in a subprocess, as a user would run it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from invokeai_client import InvokeAIClient
from invokeai_client.cli import main as cli_main

from ..conftest import Server
from ..unit.test_cli import run_cli

WORKFLOW = str(Path(__file__).resolve().parents[2] / "examples" / "workflows" / "resize-blur-save.json")


@pytest.fixture
def picture(client: InvokeAIClient) -> Iterator[str]:
    seed = uuid.uuid4().int
    image = Image.new("RGB", (36, 24), (seed % 256, (seed >> 8) % 256, (seed >> 16) % 256))
    name = client.images.upload(image, is_intermediate=True).image_name
    yield name
    client.images.delete(name)


def _one_error_line(stderr: str) -> str:
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr
    return errors[0]


def test_run_saves_final_images_and_prints_a_table(invokeai_url: str, picture: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = (
        "run", WORKFLOW, "--url", invokeai_url, "--set", f"Input image={picture}", "--set", "Width=40",
        "--sweep", "Blur radius=1,2", "--out", str(out),
    )  # fmt: skip
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["item", "status", "node", "image", "sweep", "values"]
    rows = [line.split() for line in lines[1:-2]]
    assert [row[1:4] for row in rows] == [["completed", "save", "(save_image)"]] * 2
    assert lines[-2].startswith("2 session(s): 2 done, 0 failed (0 done before); 2 file(s) saved; ")
    assert [row[-1] for row in rows] == ["blur.radius=1.0", "blur.radius=2.0"]
    assert lines[-1] == f"2 image(s) saved in {out.resolve()}"
    files = sorted(out.glob("*.png"))
    assert len(files) == 2
    assert {row[4] for row in rows} == {str(path) for path in files}
    manifest = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(record["path"] for record in manifest) == [str(path) for path in files]
    assert {json.dumps(record["sweep"]) for record in manifest} == {
        '{"blur.radius": 1.0}',
        '{"blur.radius": 2.0}',
    }
    for path in files:
        with Image.open(path) as image:
            assert image.size == (40, 256)
    assert "2/2 items" in result.stderr  # the progress bar

    again = run_cli(*args)  # the same command resumes the run: nothing is left to do
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-2].startswith("2 session(s): 2 done, 0 failed (2 done before); 0 file")
    assert sorted(out.glob("*.png")) == files
    changed = run_cli(*args[:-2], "--set", "Height=24", "--out", str(out))  # another plan: refused
    assert changed.returncode == 1
    assert "holds another run" in _one_error_line(changed.stderr)


def test_run_wait_json_lists_every_output(invokeai_url: str, picture: str, tmp_path: Path) -> None:
    result = run_cli(
        "run", WORKFLOW, "--url", invokeai_url, "--set", f"Input image={picture}",
        "--sweep", "Height=16,24", "--wait", "--json", "--poll",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "items" not in result.stderr  # no progress bar with --json
    report = json.loads(result.stdout)
    assert list(report) == ["items"]
    assert [item["status"] for item in report["items"]] == ["completed", "completed"]
    for item, height in zip(report["items"], (16, 24), strict=True):
        assert item["field_values"] == [{"node_path": "resize", "field_name": "height", "value": height}]
        outputs = {output["node_id"]: output for output in item["outputs"]}
        assert list(outputs) == ["resize", "blur", "save"]
        assert outputs["save"]["path"] is None  # --wait saves nothing: --out does
        assert outputs["save"]["is_intermediate"] is False
        assert (outputs["save"]["width"], outputs["save"]["height"]) == (256, height)
        assert outputs["resize"]["is_intermediate"] is True
        assert outputs["save"]["board_id"] is None


def test_json_changes_only_what_is_printed(invokeai_url: str, picture: str, tmp_path: Path) -> None:
    args = [
        "run",
        WORKFLOW,
        "--url",
        invokeai_url,
        "--set",
        f"Input image={picture}",
        "--sweep",
        "Height=16,24",
    ]
    as_text = run_cli(*args, "--out", str(tmp_path / "text"))
    as_json = run_cli(*args, "--out", str(tmp_path / "json"), "--json")
    assert (as_text.returncode, as_json.returncode) == (0, 0), as_json.stderr
    report = json.loads(as_json.stdout)
    assert report["status"]["done"] == 2
    assert report["summary"].startswith("2 session(s): 2 done, 0 failed")
    paths = sorted(r["path"] for r in report["results"])
    assert paths == sorted(
        str(p) for p in (tmp_path / "json").glob("*.png")
    )  # the same run: saved, journaled
    assert len(list((tmp_path / "text").glob("*.png"))) == 2
    assert (tmp_path / "json" / "run.sqlite").exists()


def test_a_failing_item_exits_non_zero_and_keeps_the_rest(
    invokeai_url: str, picture: str, tmp_path: Path
) -> None:
    sweep = f"Input image={picture},missing-{uuid.uuid4().hex}.png"
    args = ["run", WORKFLOW, "--url", invokeai_url, "--sweep", sweep, "--out", str(tmp_path)]
    result = run_cli(*args)
    assert result.returncode == 1
    error = _one_error_line(result.stderr)
    assert error.startswith("error: 1 of 2 item(s) did not complete; item ")
    assert error.endswith(": ImageRecordNotFoundException: Image record not found")
    failed_row = next(line for line in result.stdout.splitlines() if " failed " in line)
    assert "ImageRecordNotFoundException: Image record not found" in failed_row
    assert "source.image=missing-" in failed_row
    assert len(list(tmp_path.glob("*.png"))) == 1  # the completed item's image
    manifest = [json.loads(line) for line in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert sorted(record["status"] for record in manifest) == ["completed", "failed"]
    assert next(r["error"] for r in manifest if r["status"] == "failed").startswith(
        "ImageRecordNotFoundException"
    )

    as_json = run_cli(*args, "--json")  # the same run again: nothing left to do, the same records, as JSON
    assert as_json.returncode == 1
    statuses = sorted(record["status"] for record in json.loads(as_json.stdout)["results"])
    assert statuses == ["completed", "failed"]
    assert _one_error_line(as_json.stderr).endswith("ImageRecordNotFoundException: Image record not found")


def test_run_without_out_only_enqueues(
    client: InvokeAIClient, invokeai_url: str, picture: str, paused: None
) -> None:
    result = run_cli("run", WORKFLOW, "--url", invokeai_url, "--set", f"Input image={picture}", "--json")
    assert result.returncode == 0, result.stderr
    enqueued = json.loads(result.stdout)
    plain = run_cli("run", WORKFLOW, "--url", invokeai_url, "--set", f"Input image={picture}")
    assert plain.stdout.startswith("enqueued batch ")
    assert plain.stdout.strip().endswith("1 item(s) (" + str(enqueued["item_ids"][0] + 1) + ")")
    client.queue.cancel_batches([plain.stdout.split()[2].rstrip(":")])
    assert enqueued["enqueued"] == 1
    assert client.queue.get_item(enqueued["item_ids"][0]).status == "pending"
    client.queue.cancel_batches([enqueued["batch_id"]])


def test_queue_commands(client: InvokeAIClient, invokeai_url: str, picture: str, paused: None) -> None:
    def enqueue(count: int) -> dict[str, object]:
        radii = ",".join(str(r) for r in range(1, count + 1))
        args = ["run", WORKFLOW, "--url", invokeai_url, "--set", f"Input image={picture}"]
        result = run_cli(*args, "--sweep", f"Blur radius={radii}", "--json")
        assert result.returncode == 0, result.stderr
        enqueued: dict[str, object] = json.loads(result.stdout)
        return enqueued

    first, second = enqueue(2), enqueue(2)
    status = run_cli("queue", "status", "--url", invokeai_url, "--json")
    assert status.returncode == 0, status.stderr
    counts = json.loads(status.stdout)
    assert counts["queue"]["pending"] >= 4
    assert counts["processor"]["is_started"] is False
    plain = run_cli("queue", "status", "--url", invokeai_url)
    assert plain.stdout.splitlines()[1].startswith("processor: paused")

    item_ids = first["item_ids"]
    assert isinstance(item_ids, list)
    one = run_cli("queue", "cancel", "--url", invokeai_url, "--item", str(item_ids[0]))
    assert one.stdout.strip() == f"item {item_ids[0]}: canceled"
    batch = run_cli("queue", "cancel", "--url", invokeai_url, "--batch", str(first["batch_id"]), "--yes")
    assert batch.stdout.strip() == "canceled 1 item(s)"
    rest = run_cli("queue", "cancel", "--url", invokeai_url, "--all-except-current", "--yes")
    assert rest.returncode == 0, rest.stderr
    assert int(rest.stdout.split()[1]) >= 2
    assert {client.queue.get_item(i).status for i in second["item_ids"]} == {"canceled"}  # type: ignore[attr-defined]

    missing = run_cli("queue", "cancel", "--url", invokeai_url, "--item", "987654321")
    assert missing.returncode == 1
    assert _one_error_line(missing.stderr).endswith(
        "-> 404: Queue item with id 987654321 not found in queue default"
    )

    cleared = run_cli("queue", "clear", "--url", invokeai_url, "--yes")
    assert cleared.returncode == 0, cleared.stderr
    assert cleared.stdout.startswith("deleted ")
    assert client.queue.status().queue.total == 0


def test_boards_commands(client: InvokeAIClient, invokeai_url: str) -> None:
    name = f"cli board {uuid.uuid4().hex[:6]}"
    created = run_cli("boards", "create", name, "--url", invokeai_url, "--json")
    assert created.returncode == 0, created.stderr
    board_id = json.loads(created.stdout)["board_id"]
    listed = run_cli("boards", "list", "--url", invokeai_url)
    assert f"{board_id}\t{name}\t0 image(s)" in listed.stdout.splitlines()
    unconfirmed = run_cli("boards", "delete", board_id, "--url", invokeai_url)  # no terminal: --yes needed
    assert (unconfirmed.returncode, _one_error_line(unconfirmed.stderr)) == (
        2,
        "error: add --yes to delete a board (there is no terminal to confirm on) "
        "(see 'invokeai-client boards delete -h')",
    )
    assert client.boards.get(board_id).board_id == board_id  # not deleted
    deleted = run_cli("boards", "delete", board_id, "--url", invokeai_url, "--yes")
    assert deleted.stdout.strip() == f"deleted board {board_id} (0 image(s) deleted)"
    again = run_cli("boards", "delete", board_id, "--url", invokeai_url, "--yes", "--json")
    assert again.returncode == 1
    assert board_id in _one_error_line(again.stderr)


def test_images_upload_and_download(client: InvokeAIClient, invokeai_url: str, tmp_path: Path) -> None:
    board = client.boards.create(f"cli images {uuid.uuid4().hex[:6]}")
    files = []
    for index, colour in enumerate(("red", "blue")):
        path = tmp_path / f"in-{index}.png"
        Image.new("RGB", (20 + index, 10), colour).save(path)
        files.append(path)
    try:
        uploaded = run_cli(
            "images", "upload", *map(str, files), "--board", board.board_id, "--url", invokeai_url
        )
        assert uploaded.returncode == 0, uploaded.stderr
        pairs = [line.split("\t") for line in uploaded.stdout.splitlines()]
        assert [path for path, _ in pairs] == [str(path) for path in files]
        names = [name for _, name in pairs]
        assert {image.board_id for image in client.images.get_many(names)} == {board.board_id}
        listed = run_cli("images", "list", "--board", board.board_id, "--url", invokeai_url)
        assert listed.returncode == 0, listed.stderr
        assert sorted(line.split("\t")[0] for line in listed.stdout.splitlines()) == sorted(names)
        assert "21x10\tuser" in listed.stdout

        out = tmp_path / "downloads"
        downloaded = run_cli("images", "download", *names, "--out", str(out), "--url", invokeai_url)
        assert downloaded.returncode == 0, downloaded.stderr
        saved = [Path(line) for line in downloaded.stdout.splitlines()]
        assert [path.name for path in saved] == names
        for path, width in zip(saved, (20, 21), strict=True):
            with Image.open(path) as image:
                assert image.size == (width, 10)

        missing = run_cli("images", "download", "no-such-image.png", "--out", str(out), "--url", invokeai_url)
        assert missing.returncode == 1
        assert "no-such-image.png" in _one_error_line(missing.stderr)
        bad_board = run_cli(
            "images", "upload", str(files[0]), "--board", "no-such-board", "--url", invokeai_url
        )
        assert bad_board.returncode == 1
        assert "no-such-board" in _one_error_line(bad_board.stderr)
    finally:
        client.boards.delete(board.board_id, include_images=True)


def test_version_command(invokeai_url: str, server: Server) -> None:
    result = run_cli("version", "--url", invokeai_url)
    assert result.returncode == 0
    assert result.stdout == f"{server.version}\n"


def test_every_default_workflow_lists_its_inputs_through_the_cli(
    client: InvokeAIClient, invokeai_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``inputs --url``, in-process (one subprocess each would cost a second of imports), on every default
    workflow the server ships: 14 on 6.8.1, 26 on 6.14.2 (ten in workflow schema 4.0.0)."""
    records = client.workflows.list(categories=["default"])
    assert len(records) == (26 if client.server_version().startswith("6.14") else 14)
    for record in records:
        path = tmp_path / f"{record.workflow_id}.json"
        path.write_text(json.dumps(client.workflows.get(record.workflow_id).workflow), encoding="utf-8")
        assert cli_main(["inputs", str(path), "--url", invokeai_url, "--json"]) == 0, record.name
        listed = json.loads(capsys.readouterr().out)
        expected = client.workflows.load_saved(record.workflow_id).inputs
        assert [i["key"] for i in listed] == [i.key for i in expected], record.name
        assert listed, f"{record.name} lists no inputs"


def test_the_6_14_commands(invokeai_url: str, server: Server, tmp_path: Path) -> None:
    """``videos``, ``custom-nodes`` and ``auth`` from the shell: on 6.14 they work, on 6.8 one error line."""
    if not server.at_least("6.14"):
        for command in (["videos", "list"], ["custom-nodes", "list"], ["auth", "status"]):
            result = run_cli(*command, "--url", invokeai_url)
            assert result.returncode == 1
            assert "is not supported by InvokeAI 6.8.1" in _one_error_line(result.stderr)
        return
    from ..media_files import tiny_mp4

    clip = tmp_path / "clip.mp4"
    clip.write_bytes(tiny_mp4())
    uploaded = run_cli("videos", "upload", str(clip), "--url", invokeai_url)
    assert uploaded.returncode == 0, uploaded.stderr
    name = uploaded.stdout.split()[-1]
    listed = run_cli("videos", "list", "--json", "--url", invokeai_url)
    assert name in {video["video_name"] for video in json.loads(listed.stdout)["items"]}
    saved = run_cli("videos", "download", name, "--out", str(tmp_path / "out"), "--url", invokeai_url)
    assert Path(saved.stdout.strip()).read_bytes() == tiny_mp4()
    thumbnail = run_cli(
        "videos", "download", name, "--thumbnail", "--out", str(tmp_path / "out"), "--url", invokeai_url
    )
    with Image.open(thumbnail.stdout.strip()) as image:
        assert image.format == "WEBP"
    assert run_cli("custom-nodes", "list", "--url", invokeai_url).returncode == 0
    status = run_cli("auth", "status", "--url", invokeai_url)
    assert status.stdout.strip() == "single-user"
    with InvokeAIClient(invokeai_url) as client:
        client.videos.delete(name)
