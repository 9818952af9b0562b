"""A run's plan, offline: the sessions a batch body stands for, chunk bodies, the value key, the
fingerprint; and the local part of ``Run.open`` (checks, resume of the same plan, refusals, restart)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    ConfigurationError,
    InvokeAIClient,
    RowError,
    Run,
    RunError,
    RunLockedError,
    RunMismatchError,
)
from invokeai_client.runs._plan import Session, chunk_body, expand, fingerprint, value_key
from invokeai_client.workflows import TemplateSet, Workflow

WORKFLOW = Path(__file__).resolve().parents[2] / "live" / "workflows" / "blank_blur_save.json"
ROWS = [{"Width": 16, "Height": 8}, {"Width": 24, "Height": 8}, {"Width": 16, "Height": 8}]


@pytest.fixture
def workflow() -> Workflow:
    return Workflow.load(WORKFLOW, TemplateSet.bundled())


@pytest.fixture
def client() -> InvokeAIClient:
    return InvokeAIClient("http://127.0.0.1:9")  # never contacted: opening a run is local


def _planned(workflow: Workflow, runs: int = 1) -> tuple[dict[str, Any], list[Session]]:
    working = workflow.copy()
    working.set_sweep("blur.radius", [0.5, 1.5])
    working.set_rows(ROWS)
    body = working.to_batch(runs=runs, batch_id="b")
    return body, list(expand(body, working.rows))


def test_rows_times_sweeps_times_runs_are_expanded_with_their_rows(workflow: Workflow) -> None:
    _, sessions = _planned(workflow, runs=2)
    assert len(sessions) == 3 * 2 * 2
    assert [s.pos for s in sessions] == list(range(12))
    assert Counter(s.row for s in sessions) == {1: 4, 2: 4, 3: 4}
    first = next(s for s in sessions if s.row == 2)
    assert first.cells == {"Width": 24, "Height": 8}
    assert dict(((n, f), v) for n, f, v in first.values)[("canvas", "width")] == 24
    assert first.sweep(frozenset({"canvas.width", "canvas.height"})) in (
        {"blur.radius": 0.5},
        {"blur.radius": 1.5},
    )


def test_a_chunk_is_one_zip_group_that_expands_back_to_its_sessions(workflow: Workflow) -> None:
    body, sessions = _planned(workflow)
    chunk = sessions[1:5]
    made = chunk_body(body, chunk, "chunk-1")
    batch = made["batch"]
    assert (batch["batch_id"], batch["runs"], len(batch["data"])) == ("chunk-1", 1, 1)
    assert {len(d["items"]) for d in batch["data"][0]} == {4}
    assert Counter(s.key for s in expand(made)) == Counter(s.key for s in chunk)
    assert body["batch"]["batch_id"] == "b"  # the base body is not changed


def test_sessions_without_batch_values_become_runs(workflow: Workflow) -> None:
    body = workflow.to_batch(runs=3, batch_id="b")
    sessions = list(expand(body))
    assert [s.values for s in sessions] == [(), (), ()]
    made = chunk_body(body, sessions[:2], "c")
    assert made["batch"]["runs"] == 2
    assert "data" not in made["batch"]


def test_value_key_matches_a_queue_items_field_values_in_any_order() -> None:
    triples = (("canvas", "width", 16), ("blur", "radius", 0.5))
    item_values = [
        {"node_path": "blur", "field_name": "radius", "value": 0.5},
        {"node_path": "canvas", "field_name": "width", "value": 16},
    ]
    assert value_key(triples) == value_key(item_values)
    assert value_key(triples) != value_key((("canvas", "width", 24), ("blur", "radius", 0.5)))


def test_the_fingerprint_names_the_plan(workflow: Workflow) -> None:
    _, sessions = _planned(workflow)
    document = workflow.to_dict()
    mark = fingerprint(document, sessions, {"runs": 1})
    assert mark == fingerprint(document, sessions, {"runs": 1})
    assert mark != fingerprint(document, sessions[:-1], {"runs": 1})
    assert mark != fingerprint(document, sessions, {"runs": 2})
    workflow.set("Width", 40)
    assert mark != fingerprint(workflow.to_dict(), sessions, {"runs": 1})


def test_opening_journals_the_plan_and_the_same_plan_resumes(
    workflow: Workflow, client: InvokeAIClient, tmp_path: Path
) -> None:
    with Run.open(tmp_path, client, workflow, rows=ROWS, sweep={"blur.radius": [0.5, 1.5]}) as run:
        status = run.status()
        assert (status.total, status.todo, status.done, status.finished) == (6, 6, 0, False)
        records = run.results()
        assert sorted(r["row"] for r in records) == [1, 1, 2, 2, 3, 3]
        assert {r["status"] for r in records} == {"not sent"}
    with sqlite3.connect(tmp_path / "run.sqlite") as db:
        assert db.execute("SELECT count(*) FROM sessions WHERE state = 'todo'").fetchone() == (6,)
        db.execute("UPDATE sessions SET state = 'done', status = 'completed' WHERE pos = 0")
    with Run.open(tmp_path, [client], workflow, rows=ROWS, sweep={"blur.radius": [0.5, 1.5]}) as again:
        assert (again.status().done, again.status().todo) == (1, 5)  # the same run, resumed


def test_another_plan_in_the_folder_is_refused_unless_restarted(
    workflow: Workflow, client: InvokeAIClient, tmp_path: Path
) -> None:
    Run.open(tmp_path, client, workflow, rows=ROWS).close()
    with sqlite3.connect(tmp_path / "run.sqlite") as db:  # a batch of the old run is on a server
        db.execute("INSERT INTO batches VALUES ('old', 'http://127.0.0.1:9', 'queued', '[1]', 0)")
        db.execute("UPDATE sessions SET state = 'sent', batch_id = 'old', server = 'http://127.0.0.1:9'")
    with pytest.raises(RunMismatchError, match=r"holds another run.*--restart"):
        Run.open(tmp_path, client, workflow, rows=ROWS[:2])
    with Run.open(tmp_path, client, workflow, rows=ROWS[:2], restart=True) as run:
        assert run.status().total == 2
    with sqlite3.connect(tmp_path / "run.sqlite") as db:  # canceled there when the new run starts
        assert db.execute("SELECT batch_id, state FROM batches").fetchall() == [("old", "abandoned")]


def test_a_bad_row_is_named_before_anything_is_written(
    workflow: Workflow, client: InvokeAIClient, tmp_path: Path
) -> None:
    with pytest.raises(RowError, match="row 2"):
        Run.open(tmp_path / "out", client, workflow, rows=[{"Width": 16}, {"Width": "wide"}])
    assert not (tmp_path / "out" / "run.sqlite").exists()


def test_one_process_at_a_time_holds_a_run(
    workflow: Workflow, client: InvokeAIClient, tmp_path: Path
) -> None:
    with (
        Run.open(tmp_path, client, workflow, rows=ROWS),
        pytest.raises(RunLockedError, match="another process"),
    ):
        Run.open(tmp_path, client)
    Run.open(tmp_path, client).close()  # the lock went with the first


def test_open_refuses_what_cannot_be_a_run(
    workflow: Workflow, client: InvokeAIClient, tmp_path: Path
) -> None:
    with pytest.raises(RunError, match="no run journal"):
        Run.open(tmp_path, client)
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "run.sqlite").write_text("not a database")
    with pytest.raises(RunError, match="not a run journal"):
        Run.open(tmp_path / "junk", client)
    with pytest.raises(ConfigurationError, match="given twice"):
        Run.open(tmp_path, [client, InvokeAIClient("http://127.0.0.1:9")], workflow)
    with pytest.raises(ConfigurationError, match="InvokeAIClient is needed"):
        Run.open(tmp_path, [AsyncInvokeAIClient("http://127.0.0.1:9")], workflow)  # type: ignore[list-item]
    with pytest.raises(ConfigurationError, match="at least one server"):
        Run.open(tmp_path, [], workflow)


def test_a_graph_written_in_python_is_a_runs_workflow(client: InvokeAIClient, tmp_path: Path) -> None:
    from invokeai_client import nodes as n
    from invokeai_client.graph import Graph

    def graph(radius: float) -> Graph:
        with Graph("python blur") as g:
            canvas = n.BlankImageInvocation(width=16, height=16)
            blur = n.ImageBlurInvocation(image=canvas.image, radius=radius)
            n.SaveImageInvocation(image=blur.image)
        g.expose(canvas, "width", label="Width")
        return g

    rows = [{"Width": 16}, {"Width": 32}]
    with Run.open(tmp_path, client, graph(2), rows=rows) as run:
        assert (run.status().total, run.status().todo) == (2, 2)
    with Run.open(tmp_path, client, graph(2), rows=rows) as again:  # the same graph: the same plan
        assert again.status().total == 2
    with pytest.raises(RunMismatchError):
        Run.open(tmp_path, client, graph(3), rows=rows)  # another radius: another plan


def test_shards_split_one_plan_so_that_each_session_is_in_exactly_one(
    workflow: Workflow, client: InvokeAIClient, tmp_path: Path
) -> None:
    rows = [{"Width": 8 * n, "Height": 8} for n in range(1, 11)]
    shares: list[list[int]] = []
    for k in (1, 2, 3):
        with Run.open(tmp_path / f"shard-{k}", client, workflow, rows=rows, shard=(k, 3)) as run:
            shares.append([r.session.pos for r in run._store.sessions()])
            assert run.status().total == len(shares[-1])
    assert sorted(p for share in shares for p in share) == list(range(10))
    assert [len(share) for share in shares] == [4, 3, 3]
    with pytest.raises(RunMismatchError):  # another shard of the plan is another run
        Run.open(tmp_path / "shard-1", client, workflow, rows=rows, shard=(2, 3))
    for bad in ((0, 3), (4, 3), (1, 0)):
        with pytest.raises(ConfigurationError, match="shard"):
            Run.open(tmp_path / "bad", client, workflow, rows=rows, shard=bad)
