"""A batch job from a rows file, for real: one enqueue, one session per row, a manifest that joins every row
to its files, and a failed row reported without stopping the others."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PIL import Image as PILImage

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient

WORKFLOW = Path(__file__).resolve().parents[2] / "examples" / "workflows" / "resize-blur-save.json"
BLANK = Path(__file__).resolve().parent / "workflows" / "blank_blur_save.json"
ROWS = 12
FAILING_ROW = 7  # names an image the server does not have: that session fails at run time


def test_twelve_rows_one_enqueue_and_a_manifest(
    invokeai_url: str, client: InvokeAIClient, tmp_path: Path
) -> None:
    picture = tmp_path / "in.png"
    PILImage.new("RGB", (32, 32), (10, 200, 30)).save(picture)
    uploaded = client.images.upload(picture)
    rows = tmp_path / "rows.csv"
    height = 8 * (1 + uuid.uuid4().int % 60)  # a fresh size: the invocation cache cannot answer
    with rows.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Input image", "Width", "Blur radius"])
        for number in range(1, ROWS + 1):
            image = f"missing-{uuid.uuid4().hex}.png" if number == FAILING_ROW else uploaded.image_name
            writer.writerow([image, 8 * number, number / 4])
    out = tmp_path / "out"
    command = [sys.executable, "-m", "invokeai_client.cli", "run", str(WORKFLOW), "--url", invokeai_url]
    command += ["--rows", str(rows), "--set", f"Height={height}", "--out", str(out)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    finally:
        client.images.delete(uploaded.image_name)
    assert result.returncode == 1, result.stderr  # one item failed: reported, the others done
    assert f"1 of {ROWS} item(s) did not complete" in result.stderr.splitlines()[-1]
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(r["row"] for r in records) == list(range(1, ROWS + 1))  # every row once
    assert len({r["item_id"] for r in records}) == ROWS
    items = client.queue.get_items([r["item_id"] for r in records])
    assert len({item.batch_id for item in items}) == 1  # one enqueue
    for record in records:
        number = record["row"]
        assert record["values"]["Width"] == 8 * number
        if number == FAILING_ROW:
            assert (record["status"], record["path"]) == ("failed", None)
            assert record["error"]
            continue
        assert (record["status"], record["node_id"]) == ("completed", "save")
        with PILImage.open(record["path"]) as image:
            assert image.size == (8 * number, height)


async def test_async_submit_takes_rows_from_a_generator(aclient: AsyncInvokeAIClient) -> None:
    """Python rows (here a generator) on the asyncio client: one enqueue, each item joined to its row."""
    workflow = await aclient.workflows.load(BLANK)
    height = 8 * (1 + uuid.uuid4().int % 60)

    def rows() -> Iterator[dict[str, Any]]:
        for number in range(1, 5):
            yield {"Width": 8 * number, "Height": height}

    async with await aclient.workflows.submit(workflow, rows=rows()) as job:
        items = await job.wait(timeout=300)
    assert job.workflow is not None
    seen: dict[str, int] = {}
    numbers = [
        job.workflow.row_of(item.field_values, seen) for item in sorted(items, key=lambda i: i.item_id)
    ]
    assert sorted(n for n in numbers if n is not None) == [1, 2, 3, 4]
    assert {item.batch_id for item in items} == {job.batch_id}


async def test_an_async_run_saves_every_row_and_resumes_to_nothing(
    aclient: AsyncInvokeAIClient, tmp_path: Path
) -> None:
    """``AsyncRun`` on the asyncio client: rows from a generator, dealt and saved; resuming again finds
    every session done and sends nothing."""
    from invokeai_client import AsyncRun
    from invokeai_client.runs import RunProgress

    workflow = await aclient.workflows.load(BLANK)
    height = 8 * (1 + uuid.uuid4().int % 60)
    seen: list[RunProgress] = []

    async def note(state: RunProgress) -> None:
        seen.append(state)

    def rows() -> Iterator[dict[str, Any]]:
        for number in range(1, 6):
            yield {"Width": 8 * number, "Height": height}

    async with AsyncRun.open(tmp_path, aclient, workflow, rows=rows()) as run:
        summary = await run.resume(stall_limit=300, on_progress=note)
        assert (summary.status.done, summary.saved, summary.skipped) == (5, 5, 0)
        assert seen[-1].ended == 5
        records = run.results()
        again = await run.resume(stall_limit=60)
        assert (again.skipped, again.saved, again.status.done) == (5, 0, 5)
    assert sorted(r["row"] for r in records) == [1, 2, 3, 4, 5]
    assert len({r["item_id"] for r in records}) == 5
    for record in records:
        with PILImage.open(record["path"]) as image:
            assert image.size == (8 * record["row"], height)
    lines = [json.loads(line) for line in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert lines == json.loads(json.dumps(records))
    items = await aclient.queue.get_items([r["item_id"] for r in records])
    assert len({item.batch_id for item in items}) == 1  # alone, a server gets the run in one enqueue


def test_shards_of_one_plan_run_in_two_processes_and_cover_every_row_once(
    invokeai_url: str, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    height = 8 * (1 + uuid.uuid4().int % 60)
    with rows.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Width", "Height"])
        for number in range(1, 9):
            writer.writerow([8 * number, height])
    base = [sys.executable, "-m", "invokeai_client.cli", "-q", "run", str(BLANK), "--rows", str(rows)]
    base += ["--url", invokeai_url]
    shards = [
        subprocess.Popen(
            [*base, "--shard", f"{k}/2", "--out", str(tmp_path / f"shard-{k}")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in (1, 2)
    ]
    for shard in shards:
        _, stderr = shard.communicate(timeout=300)
        assert shard.returncode == 0, stderr
    rows_by_shard = [
        sorted(
            json.loads(line)["row"]
            for line in (tmp_path / f"shard-{k}" / "results.jsonl").read_text().splitlines()
        )
        for k in (1, 2)
    ]
    assert rows_by_shard == [[1, 3, 5, 7], [2, 4, 6, 8]]  # every second session, from the k-th
