"""``invokeai-client run ... --out DIR``: a durable run (``Run``) over one server or several."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import click

from .. import InvokeAIClient
from ..runs import DEFAULT_PATIENCE, Run
from ..workflows import Workflow
from ._report import render_table, run_failure_summary, run_table_rows
from ._root import emit_json, quiet


def run_durable(
    workflow: Workflow,
    clients: Sequence[InvokeAIClient],
    folder: Path,
    *,
    runs: int,
    prepend: bool,
    board: str | None,
    restart: bool,
    depth: int | None,
    patience: float | None,
    stall_limit: float | None,
    shard: tuple[int, int] | None = None,
    as_json: bool = False,
) -> None:
    """Open (or resume) the run in ``folder``, do what is left, print its table and summary (or, with
    ``as_json``, ``{"summary", "status", "results"}``: the records of ``results.jsonl``).

    Raises:
        click.ClickException: a session failed or was canceled (after everything else was done).
    """
    with Run.open(
        folder, clients, workflow, runs=runs, prepend=prepend, board=board, restart=restart, depth=depth,
        patience=patience if patience is not None else DEFAULT_PATIENCE, shard=shard,
    ) as run:  # fmt: skip
        summary = run.resume(stall_limit=stall_limit, progress=not quiet() and not as_json)
        records = run.results()
    files = {record["path"] for record in records if record["path"]}
    if as_json:
        status = dataclasses.asdict(summary.status)
        emit_json({"summary": summary.describe(), "status": status, "results": records})
    else:
        click.echo(render_table(run_table_rows(records)))
        click.echo(summary.describe())
        click.echo(f"{len(files)} image(s) saved in {run.folder.resolve()}")
    problem = run_failure_summary(records)
    if problem is not None:
        raise click.ClickException(problem)
