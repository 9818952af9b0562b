"""The queue's limit, for real: servers started with ``max_queue_size: 10`` enqueue only what fits under it
and answer success with ``enqueued`` < ``requested``. A single batch says so with ``QueueFullError`` (never
a job that pretends to be whole); a durable run feeds such a queue as it empties, and finishes.

Each test counts what the server holds for its batches, asked directly.
"""

from __future__ import annotations

import csv
import json
import pickle
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from invokeai_client import InvokeAIClient, QueueFullError, Run
from invokeai_client.runs import RunProgress

from .conftest import CAP, WORKFLOWS, OwnServer, wait_workflow

WORKFLOW = WORKFLOWS / "blank_blur_save.json"  # core nodes only: Width and Height vary per row
REQUESTED = 16


def _rows(path: Path, count: int) -> Path:
    height = 8 * (1 + uuid.uuid4().int % 60)  # a fresh size: the invocation cache cannot answer
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Width", "Height"])
        for number in range(1, count + 1):
            writer.writerow([8 * number, height])
    return path


def _journal(out: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{out / 'run.sqlite'}?mode=ro", uri=True) as db:
        return db.execute(query).fetchall()


@pytest.fixture(params=[0, 1], ids=["oldest version", "newest version"])
def own(capped: tuple[OwnServer, OwnServer], request: pytest.FixtureRequest) -> OwnServer:
    """Each capped server in turn (the oldest and the newest version under test)."""
    chosen: OwnServer = capped[request.param]
    return chosen


def _held(url: str, batch_ids: list[str]) -> tuple[int, int]:
    """(items, completed items) the server holds for these batches."""
    with InvokeAIClient(url) as client:
        statuses = [client.queue.batch_status(batch_id) for batch_id in batch_ids]
    return sum(s.total for s in statuses), sum(s.completed for s in statuses)


def test_a_submit_the_queue_cuts_short_raises_queue_full_with_a_job_of_what_landed(own: OwnServer) -> None:
    with InvokeAIClient(own.url) as client:
        wf = wait_workflow(client, 0.0)
        with pytest.raises(QueueFullError) as caught:
            client.workflows.submit(wf, sweep={"wait.value": list(range(REQUESTED))})
        error = caught.value
        assert (error.requested, error.enqueued, error.missing, error.limit) == (REQUESTED, CAP, 6, CAP)
        assert f"it took {CAP} of the {REQUESTED} session(s)" in str(error)
        assert "max_queue_size is 10" in str(error)
        job = error.job
        assert job is not None
        with job:
            assert len(job.item_ids) == CAP
            items = job.wait(timeout=120)  # the items that landed run as usual
        assert [item.status for item in items] == ["completed"] * CAP
        assert own.held(error.batch_id).total == CAP
    copy = pickle.loads(pickle.dumps(error))  # a job holds a connection: it does not cross processes
    assert (type(copy), copy.enqueued, copy.job) == (QueueFullError, CAP, None)


def test_a_bare_enqueue_the_queue_cuts_short_raises_queue_full_with_the_answer(own: OwnServer) -> None:
    with InvokeAIClient(own.url) as client:
        wf = wait_workflow(client, 0.0)
        client.queue.pause()  # nothing runs: the pending count stays at the limit
        wf.set_sweep("wait.value", list(range(REQUESTED)))
        with pytest.raises(QueueFullError) as caught:
            client.workflows.enqueue(wf)
        assert caught.value.result.item_ids
        assert len(caught.value.result.item_ids) == CAP
        assert caught.value.pending == CAP
        with pytest.raises(QueueFullError) as again:  # a full queue takes nothing at all
            client.queue.enqueue_batch(wf.to_batch())
        assert (again.value.enqueued, again.value.requested) == (0, REQUESTED)
        assert own.held(again.value.batch_id).total == 0


def test_the_cli_says_in_one_line_what_a_full_queue_did_and_what_to_do(own: OwnServer) -> None:
    command = [sys.executable, "-m", "invokeai_client.cli", "run", str(WORKFLOW), "--url", own.url]
    sweep = ["--sweep", "Width=" + ",".join(str(8 * n) for n in range(1, REQUESTED + 1))]
    result = subprocess.run(
        [*command, *sweep, "--json"], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert f"it took {CAP} of {REQUESTED} session(s)" in line
    assert "(max_queue_size 10)" in line
    assert "--out DIR" in line
    assert "queue cancel --batch" in line
    assert "Traceback" not in result.stderr


def test_a_durable_run_finishes_sixteen_rows_on_a_queue_of_ten(own: OwnServer, tmp_path: Path) -> None:
    rows, out = _rows(tmp_path / "rows.csv", REQUESTED), tmp_path / "out"
    command = [sys.executable, "-m", "invokeai_client.cli", "run", str(WORKFLOW), "--rows", str(rows)]
    command += ["--url", own.url, "--out", str(out), "--stall-limit", "120"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(r["row"] for r in records) == list(range(1, REQUESTED + 1))
    assert {r["status"] for r in records} == {"completed"}
    assert _journal(out, "SELECT count(*) FROM sessions WHERE state = 'done'") == [(REQUESTED,)]
    batches = [str(b) for (b,) in _journal(out, "SELECT batch_id FROM batches")]
    assert _held(own.url, batches) == (REQUESTED, REQUESTED)  # every row once, none twice


def test_a_run_waits_for_room_on_a_queue_others_filled_then_finishes(own: OwnServer, tmp_path: Path) -> None:
    seen_full: list[bool] = []
    with InvokeAIClient(own.url) as client, InvokeAIClient(own.url) as other:
        wf = wait_workflow(client, 0.0)
        other.queue.pause()
        filler = wait_workflow(other, 0.0)
        filler.set_sweep("wait.value", list(range(CAP)))
        others = other.workflows.enqueue(filler)  # someone else's items fill the queue
        rows = [{"wait.value": 1000 + n} for n in range(4)]

        def watch(state: RunProgress) -> None:
            seen_full.append(state.servers[0].full)
            if state.servers[0].full and len(seen_full) > 2:
                other.queue.cancel_batches([others.batch_id])  # room again
                other.queue.resume()

        with Run.open(tmp_path, client, wf, rows=rows) as run:
            summary = run.resume(stall_limit=120, on_progress=watch)
        assert (summary.status.done, summary.status.failed) == (4, 0)
    assert any(seen_full), "the run never said the queue was full"
    batches = [str(b) for (b,) in _journal(tmp_path, "SELECT batch_id FROM batches")]
    assert _held(own.url, batches) == (4, 4)


def test_two_capped_servers_share_a_run_bigger_than_both_queues(
    capped: tuple[OwnServer, OwnServer], tmp_path: Path
) -> None:
    count = 3 * 2 * CAP
    rows, out = _rows(tmp_path / "rows.csv", count), tmp_path / "out"
    command = [sys.executable, "-m", "invokeai_client.cli", "run", str(WORKFLOW), "--rows", str(rows)]
    command += ["--url", capped[0].url, "--url", capped[1].url, "--out", str(out), "--depth", str(4 * CAP)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    per_server = dict(
        _journal(out, "SELECT server, count(*) FROM sessions WHERE state = 'done' GROUP BY server")
    )
    assert sum(per_server.values()) == count
    for own in capped:
        batches = [
            str(b) for (b,) in _journal(out, f"SELECT batch_id FROM batches WHERE server = '{own.url}'")
        ]
        assert _held(own.url, batches) == (per_server.get(own.url, 0),) * 2
