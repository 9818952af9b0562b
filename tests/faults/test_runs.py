"""Durable runs for real: a client killed (SIGKILL) at each phase and resumed ends with every row saved
once and exactly one completed session per row on the server; and one batch across two real servers,
with one of them stopped mid-run.

The run goes through the fault proxy (so a request can be held at the moment the client is killed), and
each test counts, on the server itself, the items of every batch the run's journal names.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient, Run
from invokeai_client.runs import RunProgress

from ..conftest import Server
from ..live.conftest import TinyModels
from ..live.test_model_workflows import SD15, default_workflow, node_id, small
from .conftest import WORKFLOWS, OwnServer
from .proxy import Fault, FaultProxy

WORKFLOW = WORKFLOWS / "blank_blur_save.json"  # core nodes only: Width and Height vary per row
ROWS = 12
ENQUEUE = r"/enqueue_batch"
DOWNLOAD = r"/api/v1/images/i/[^/]+/full"


def _rows(path: Path, count: int) -> Path:
    height = 8 * (1 + uuid.uuid4().int % 60)  # a fresh size: the invocation cache cannot answer
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Width", "Height"])
        for number in range(1, count + 1):
            writer.writerow([8 * number, height])
    return path


def _command(out: Path, rows: Path, *urls: str) -> list[str]:
    command = [sys.executable, "-m", "invokeai_client.cli", "run", str(WORKFLOW), "--rows", str(rows)]
    for url in urls:
        command += ["--url", url]
    return [*command, "--out", str(out), "--stall-limit", "300"]


def _journal(out: Path, query: str) -> list[tuple[Any, ...]]:
    path = out / "run.sqlite"
    if not path.exists():
        return []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(query).fetchall()
    except sqlite3.OperationalError:  # not made yet
        return []


def _until(condition: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _server_counts(url: str, batch_ids: list[str]) -> tuple[int, int]:
    """(items, completed items) the server holds for these batches (asked directly)."""
    with InvokeAIClient(url) as client:
        statuses = [client.queue.batch_status(batch_id) for batch_id in batch_ids]
    return sum(s.total for s in statuses), sum(s.completed for s in statuses)


def _check_saved_once(out: Path, count: int) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(r["row"] for r in records) == list(range(1, count + 1))
    assert {r["status"] for r in records} == {"completed"}
    paths = [r["path"] for r in records]
    assert len(set(paths)) == count
    assert sorted(str(p) for p in out.glob("*.png")) == sorted(paths)  # no second copy of any image
    return records


def _kill_when(process: subprocess.Popen[str], condition: Callable[[], bool], what: str) -> None:
    try:
        _until(condition, what)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def _held(fault: Fault) -> Callable[[], bool]:
    return lambda: fault.applied == 1


PHASES = ["enqueue (the request landed)", "enqueue (the request was lost)", "wait", "download"]


@pytest.mark.parametrize("phase", PHASES)
def test_a_client_killed_at_any_phase_resumes_without_loss_or_double(
    proxy: FaultProxy, faulty: OwnServer, tmp_path: Path, phase: str
) -> None:
    rows, out = _rows(tmp_path / "rows.csv", ROWS), tmp_path / "out"
    command = _command(out, rows, proxy.url)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    queued = "SELECT batch_id FROM batches WHERE state = 'queued'"
    if phase == "enqueue (the request landed)":
        fault = proxy.add(Fault("hold", ENQUEUE, seconds=3))
        _kill_when(process, _held(fault), "the enqueue to be held")
        (batch_id,) = _journal(out, "SELECT batch_id FROM batches WHERE state = 'sending'")[0]
        _until(lambda: _server_counts(faulty.url, [batch_id])[0] == ROWS, "the held enqueue to land")
    elif phase == "enqueue (the request was lost)":
        fault = proxy.add(Fault("hold_reset", ENQUEUE, seconds=2))
        _kill_when(process, _held(fault), "the enqueue to be held")
        (batch_id,) = _journal(out, "SELECT batch_id FROM batches WHERE state = 'sending'")[0]
        time.sleep(2.5)  # the proxy drops it: the server never sees it
        assert _server_counts(faulty.url, [batch_id]) == (0, 0)
    elif phase == "wait":
        _until(lambda: bool(_journal(out, queued)), "the batch to be queued")
        faulty.freeze()  # the items wait on the server while the client dies
        try:
            _kill_when(process, lambda: True, "")
        finally:
            faulty.thaw()
        assert _journal(out, "SELECT count(*) FROM files") == [(0,)]
    else:
        fault = proxy.add(Fault("hold", DOWNLOAD, nth=3, seconds=4))
        _kill_when(process, _held(fault), "the third image's download to be held")
        assert _journal(out, "SELECT count(*) FROM sessions WHERE state = 'done'")[0][0] == 2
    killed_phase_saved = len(list(out.glob("*.png")))

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stdout.splitlines()[-2]
    assert summary.startswith(f"{ROWS} session(s): {ROWS} done, 0 failed ({killed_phase_saved} done before)")
    _check_saved_once(out, ROWS)
    batch_ids = [b for (b,) in _journal(out, "SELECT batch_id FROM batches")]
    assert len(batch_ids) == 1  # never enqueued twice: the one batch, recorded before it was sent
    assert _server_counts(faulty.url, batch_ids) == (ROWS, ROWS)
    assert proxy.count(ENQUEUE) == (2 if phase == "enqueue (the request was lost)" else 1)


def test_two_servers_share_forty_rows_by_pull(server: Server, faulty: OwnServer, tmp_path: Path) -> None:
    rows, out = _rows(tmp_path / "rows.csv", 40), tmp_path / "out"
    result = subprocess.run(
        _command(out, rows, server.url, faulty.url), capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr
    _check_saved_once(out, 40)
    per_server = dict(
        _journal(out, "SELECT server, count(*) FROM sessions WHERE state = 'done' GROUP BY server")
    )
    assert set(per_server) == {server.url, faulty.url}  # both used
    assert sum(per_server.values()) == 40
    summary = result.stdout.splitlines()[-2]
    assert f"{server.url}: {per_server[server.url]}" in summary
    assert f"{faulty.url}: {per_server[faulty.url]}" in summary
    for url in (server.url, faulty.url):
        batches = [b for (b,) in _journal(out, f"SELECT batch_id FROM batches WHERE server = '{url}'")]
        assert _server_counts(url, batches) == (per_server[url], per_server[url])  # exactly once each


def test_a_server_stopped_mid_run_leaves_its_rows_to_the_other(
    server: Server, faulty: OwnServer, tmp_path: Path
) -> None:
    rows = [{"Width": 8 * n, "Height": 8 * (1 + uuid.uuid4().int % 60)} for n in range(1, 41)]
    stopped = threading.Event()

    def stop_midway(state: RunProgress) -> None:
        mine = next(s for s in state.servers if s.url == faulty.url)
        if mine.done >= 5 and not stopped.is_set():
            stopped.set()
            threading.Thread(target=faulty.kill, daemon=True).start()

    with InvokeAIClient(server.url) as first, InvokeAIClient(faulty.url, timeout=5) as second:
        workflow = first.workflows.load(WORKFLOW)
        with Run.open(tmp_path, [first, second], workflow, rows=rows, patience=2) as run:
            summary = run.resume(stall_limit=300, on_progress=stop_midway)
            assert stopped.is_set()
            assert (summary.status.done, summary.status.failed) == (40, 0)
            by_url = {s.url: s for s in summary.servers}
            assert by_url[faulty.url].state == "away"
            assert by_url[server.url].done > by_url[faulty.url].done >= 5
            _check_saved_once(tmp_path, 40)

            faulty.start()  # it comes back holding the sessions that went elsewhere: a resume cancels them
            again = run.resume(stall_limit=60)
            assert (again.skipped, again.saved) == (40, 0)
    leftovers = [b for (b,) in _journal(tmp_path, "SELECT batch_id FROM batches WHERE state = 'abandoned'")]
    assert leftovers == []
    with InvokeAIClient(faulty.url) as client:
        assert client.queue.status().queue.pending == 0


def test_a_server_without_the_model_gets_no_rows(
    server: Server, faulty: OwnServer, tiny_models: TinyModels, tmp_path: Path
) -> None:
    """Only the live server has the tiny SD-1 model: the pool's other server cannot run the workflow (its
    model references cannot be re-pointed), is named as unusable, and every row runs where the model is."""
    with InvokeAIClient(server.url) as first, InvokeAIClient(faulty.url) as second:
        workflow = small(default_workflow(first, SD15), steps=2)
        workflow.set(f"{node_id(workflow, 'main_model_loader')}.model", tiny_models.sd1)
        prompt = next(i for i in workflow.inputs if i.kind == "string" and not i.connected)
        rows = [{prompt.key: f"a tiny test {uuid.uuid4().hex} {n}"} for n in range(3)]
        with Run.open(tmp_path, [first, second], workflow, rows=rows) as run:
            summary = run.resume(stall_limit=600)
    by_url = {s.url: s for s in summary.servers}
    assert (by_url[faulty.url].state, by_url[faulty.url].done) == ("unusable", 0)
    assert "tiny-sd1" in (by_url[faulty.url].note or "")
    assert (summary.status.done, by_url[server.url].done) == (3, 3)
    assert f"{faulty.url}: 0 (unusable: " in summary.describe()
    assert _journal(tmp_path, f"SELECT count(*) FROM batches WHERE server = '{faulty.url}'") == [(0,)]
