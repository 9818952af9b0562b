"""The headline job at size, on real servers: a thousand rows dealt over two servers whose queues take ten
pending items each (``max_queue_size: 10``), the command killed with SIGKILL part-way and run again, and
one server killed and started again mid-run. In the end every row is done once, the servers completed
exactly one item per row between them, and ``results.jsonl`` is whole.

Bounded: every wait has a deadline; the workflow is model-free (a blank canvas, blurred, saved).
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from invokeai_client import InvokeAIClient

from .conftest import WORKFLOWS, OwnServer

WORKFLOW = WORKFLOWS / "blank_blur_save.json"
ROWS = 1000
KILL_AT = 300  # sessions done when the command is killed
RESTART_AT = 600  # sessions done when the second server is killed and started again


def _rows(path: Path) -> Path:
    """Rows of distinct sizes (so the invocation cache cannot answer and every image is its own)."""
    offset = uuid.uuid4().int % 50
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Width", "Height"])
        for n in range(ROWS):
            writer.writerow([8 * (1 + n % 32), 8 * (1 + offset + n // 32)])
    return path


def _done(out: Path) -> int:
    path = out / "run.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM sessions WHERE state = 'done'").fetchone()[0])
    except sqlite3.OperationalError:  # not made yet
        return 0


def _until(condition: Callable[[], bool], what: str, process: subprocess.Popen[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, f"the run ended before {what}: {process.communicate()[1][-2000:]}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


@pytest.mark.timeout(2400)
def test_a_thousand_rows_over_two_capped_servers_survive_a_kill_and_a_restart(
    capped: tuple[OwnServer, OwnServer], tmp_path: Path
) -> None:
    first, second = capped
    rows, out = _rows(tmp_path / "rows.csv"), tmp_path / "out"
    command = [sys.executable, "-m", "invokeai_client.cli", "-q", "run", str(WORKFLOW), "--rows", str(rows)]
    command += ["--url", first.url, "--url", second.url, "--out", str(out)]
    command += ["--patience", "90", "--stall-limit", "600"]  # a restart stays within the patience
    started = time.monotonic()

    killed = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _until(lambda: _done(out) >= KILL_AT, f"{KILL_AT} sessions done", killed, timeout=900)
    finally:
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
    killed_at = time.monotonic() - started

    resumed = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _until(lambda: _done(out) >= RESTART_AT, f"{RESTART_AT} sessions done", resumed, timeout=900)
        restarted_at = time.monotonic() - started
        second.kill()
        second.start()
        stdout, stderr = resumed.communicate(timeout=1200)
    finally:
        if resumed.poll() is None:
            resumed.kill()
    seconds = time.monotonic() - started
    print(f"soak: killed at {killed_at:.0f} s, restarted at {restarted_at:.0f} s, done at {seconds:.0f} s")
    assert resumed.returncode == 0, stderr[-3000:]
    assert f"{ROWS} session(s): {ROWS} done, 0 failed" in stdout

    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(r["row"] for r in records) == list(range(1, ROWS + 1))  # every row, once
    assert {r["status"] for r in records} == {"completed"}
    paths = {r["path"] for r in records}
    assert len(paths) == ROWS
    assert paths == {str(p) for p in out.glob("*.png")}  # no second copy of any image

    with sqlite3.connect(out / "run.sqlite") as db:
        batches = db.execute("SELECT server, batch_id FROM batches").fetchall()
        done = dict(db.execute("SELECT server, count(*) FROM sessions GROUP BY server").fetchall())
    assert set(done) == {first.url, second.url}  # both servers took part
    completed = failed = 0
    for own in (first, second):
        with InvokeAIClient(own.url) as client:
            for server, batch_id in batches:
                if server == own.url:
                    status = client.queue.batch_status(batch_id)
                    completed += status.completed
                    failed += status.failed
            assert client.queue.status().queue.pending == 0
    assert (completed, failed) == (ROWS, 0)  # exactly one completed item per row across the servers
    print(f"soak: {ROWS} rows in {seconds:.0f} s over two servers, {len(batches)} enqueues")
