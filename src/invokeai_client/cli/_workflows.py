"""``invokeai-client inputs`` and ``invokeai-client run``: workflows from GUI exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import DEFAULT_STALL_LIMIT, DEFAULT_WAIT_TIMEOUT
from ..errors import QueueFullError, TemplateError, WorkflowError
from ._root import cli, emit_json, open_client, pool_options, quiet, server_options

if TYPE_CHECKING:
    from ..jobs import Job
    from ..workflows import TemplateSet, Workflow, WorkflowInput

# The workflow engine, jobs and runs are imported by the commands that use them, not with the command
# line: `--version` and `--help` load none of them.


def _ref(text: str) -> int | str:
    """An input reference: an index when it is a number, else a key or a label."""
    return int(text) if text.isdigit() else text


def _split_assignment(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"expected KEY=VALUE, got {text!r}", param_hint=option)
    return key, value


def _sweep_texts(text: str) -> list[str]:
    """``V1,V2`` or a JSON list (for values that contain commas)."""
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except ValueError as exc:
            raise click.BadParameter(f"not a JSON list: {exc}", param_hint="--sweep") from None
        return [item if isinstance(item, str) else json.dumps(item) for item in items]
    return text.split(",")


def _load(path: str, schema: str | None, url: str | None, token: str | None, timeout: float) -> Workflow:
    """The workflow, typed by --schema FILE, the server at --url, or the newest bundled document."""
    from ..workflows import TemplateSet, Workflow, load_definition

    definition = load_definition(Path(path))  # local errors first, before any request
    if url is not None:
        return open_client(url, token, timeout).workflows.load(definition.data)
    templates = _schema_templates(schema) if schema else TemplateSet.bundled()
    return Workflow(definition, templates)


def _schema_templates(path: str) -> TemplateSet:
    from ..workflows import TemplateSet

    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise WorkflowError(f"--schema {path}: not a JSON OpenAPI document ({exc})") from None
    try:
        return TemplateSet.from_openapi(document)
    except TemplateError as exc:
        raise TemplateError(f"--schema {path}: {exc}") from None


def _row(record: WorkflowInput) -> str:
    flags = ("required " if record.required else "") + ("connected" if record.connected else "")
    kind = f"{record.kind}?" if record.inferred else record.kind  # guessed from the value, not known
    value = json.dumps(record.value) if record.value is not None else "-"
    if len(value) > 60:
        value = value[:57] + "..."
    return f"{record.index!s:>3}  {record.key:<48} {record.label:<24} {kind:<10} {value:<40} {flags}"


if TYPE_CHECKING:  # generic in click's stubs since 8.2; a plain class at run time on click 8.1
    _ShardBase = click.ParamType[tuple[int, int]]
else:
    _ShardBase = click.ParamType


class _ShardType(_ShardBase):
    """``K/N``: the K-th of N shards (1 <= K <= N)."""

    name = "K/N"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[int, int]:
        if isinstance(value, tuple):
            return value
        k, sep, n = str(value).partition("/")
        if not (sep and k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
            self.fail(f"expected K/N with 1 <= K <= N (e.g. 2/4), got {value!r}", param, ctx)
        return int(k), int(n)


def workflow_options(command: Any) -> Any:
    command = click.option(
        "--schema", type=click.Path(exists=True, dir_okay=False), help="OpenAPI document."
    )(command)
    return click.argument("workflow", type=click.Path(exists=True, dir_okay=False))(command)


@cli.command()
@workflow_options
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def inputs(
    workflow: str, schema: str | None, url: str | None, token: str | None, timeout: float, as_json: bool
) -> None:
    """List a workflow's form inputs with their stable indices.

    Field types come from --schema FILE, from the server at --url, or else from the OpenAPI document this
    client was generated from.
    """
    if schema and url:
        raise click.UsageError("give --schema or --url, not both")
    wf = _load(workflow, schema, url, token, timeout)
    if as_json:
        emit_json([record.to_dict() for record in wf.inputs])
    else:
        for record in wf.inputs:
            click.echo(_row(record))
    known = wf.templates.node_types if wf.templates is not None else frozenset()
    unknown = sorted({str(node["data"]["type"]) for node in wf.definition.invocation_nodes()} - known)
    if unknown:
        where = f"--schema {schema}" if schema else "the OpenAPI document this client was generated from"
        click.echo(
            f"warning: {where} has no node type {', '.join(unknown)}: the kinds of their inputs are guessed"
            " from their values (marked '?', \"inferred\" in JSON); give --url (a server that has them) or"
            " --schema FILE (its OpenAPI document)",
            err=True,
        )


@cli.command()
@workflow_options
@pool_options
@click.option(
    "--set", "assignments", multiple=True, metavar="KEY=VALUE", help="Set an input (index, key or label)."
)
@click.option("--sweep", "sweeps", multiple=True, metavar="KEY=V1,V2", help="One session per value.")
@click.option(
    "--rows",
    "rows_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="One session per row of a CSV (header row) or JSON Lines file; columns name inputs.",
)
@click.option(
    "--runs", type=click.IntRange(min=1), default=1, show_default=True, help="Repeat the whole batch."
)
@click.option("--prepend", is_flag=True, help="Queue ahead of everything else.")
@click.option("--board", default=None, help="Board id for inputs left on 'auto' (default: uncategorized).")
@click.option("--dry-run", is_flag=True, help="Print the enqueue_batch request body; enqueue nothing.")
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    help="Run the batch durably: journal it here, save its final images and results.jsonl here.",
)
@click.option(
    "--wait", "wait_", is_flag=True, help="Wait for the batch (one job, not journaled) and print its items."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON instead of text (what is done is the same)."
)
@click.option("--poll", is_flag=True, help="With --wait: poll the REST status instead of Socket.IO events.")
@click.option(
    "--restart", is_flag=True, help="Start the run in --out over (its journal is dropped; files stay)."
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=None,
    help="Sessions kept on each server's queue (default: 1000 with one server, 4 with several).",
)
@click.option(
    "--shard",
    default=None,
    metavar="K/N",
    type=_ShardType(),
    help="With --out: only every N-th session, from the K-th (N processes, each its own --out, share one run).",
)
@click.option(
    "--patience",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="With --out: seconds a server may fail to answer before its sessions go to the others [15].",
)
@click.option(
    "--wait-timeout",
    type=click.FloatRange(min=0),
    default=None,
    help=f"With --wait: seconds to wait for the batch in all (0: no limit) [{DEFAULT_WAIT_TIMEOUT:g}].",
)
@click.option(
    "--stall-limit",
    type=click.FloatRange(min=0),
    default=None,
    help=f"With --out: give up when no session ended for this long, in seconds (0: never) [{DEFAULT_STALL_LIMIT:g}].",
)
def run(
    workflow: str,
    schema: str | None,
    urls: tuple[str, ...],
    token: str | None,
    timeout: float,
    assignments: tuple[str, ...],
    sweeps: tuple[str, ...],
    rows_file: str | None,
    runs: int,
    prepend: bool,
    board: str | None,
    dry_run: bool,
    out: str | None,
    wait_: bool,
    as_json: bool,
    poll: bool,
    restart: bool,
    depth: int | None,
    patience: float | None,
    shard: tuple[int, int] | None,
    wait_timeout: float | None,
    stall_limit: float | None,
) -> None:
    """Set inputs, then print the exact enqueue_batch body (--dry-run), enqueue it, or run it.

    With --rows FILE each row of a CSV (header row) or JSON Lines file is one session, its columns naming
    inputs as --set does; rows are multiplied by --sweep and --runs, and all go in one enqueue.

    What is done: without --wait or --out the batch is only enqueued, and its id and items are printed.
    With --wait it is run as one job: a progress bar on stderr, then a table of every item, its images and
    sweep values. With --out DIR it is run durably: its plan and progress are journaled in DIR/run.sqlite,
    the final images are saved in DIR with DIR/results.jsonl (one line per image: row, values, sweep
    values, item, status, node, image name, file; one line per failed item with its error), and the same
    command again resumes it (sessions done are skipped, those on a server waited for, never enqueued
    twice); --restart starts over. --url may be given several times: the sessions are dealt across the
    servers by pull, each server's queue kept --depth sessions deep; a server that stops answering has its
    unfinished sessions moved to the others.

    --json changes only what is printed: JSON instead of text (and no progress bar). The exit status is 1
    when any item failed or was canceled, or an image could not be saved.
    """
    url = urls[0] if urls else None
    _check_run_options(
        urls=urls, out=out, wait_=wait_, poll=poll, dry_run=dry_run, schema=schema,
        durable_only=bool(restart or depth or patience or shard), wait_timeout=wait_timeout,
        stall_limit=stall_limit,
    )  # fmt: skip
    deadline = DEFAULT_WAIT_TIMEOUT if wait_timeout is None else (wait_timeout or None)  # 0: no limit
    stall = DEFAULT_STALL_LIMIT if stall_limit is None else (stall_limit or None)
    wf = _load(workflow, schema, url, token, timeout)
    for text in assignments:
        key, value = _split_assignment(text, "--set")
        wf.set(_ref(key), wf.parse_value(_ref(key), value))
    for text in sweeps:
        key, values = _split_assignment(text, "--sweep")
        wf.set_sweep(_ref(key), [wf.parse_value(_ref(key), item) for item in _sweep_texts(values)])
    if rows_file is not None:
        from ..workflows import read_rows

        wf.set_rows(read_rows(rows_file), source=rows_file)  # every row checked before any request
    body = wf.to_batch(runs=runs, prepend=prepend, default_board=board)
    if dry_run:
        emit_json(body)
        return
    if out:
        from ._run_durable import run_durable

        clients = [open_client(one, token, timeout) for one in urls or (None,)]
        run_durable(wf, clients, Path(out), runs=runs, prepend=prepend, board=board, restart=restart,
                    depth=depth, patience=patience, shard=shard, stall_limit=stall, as_json=as_json)  # fmt: skip
        return
    try:
        if wait_:
            job = open_client(url, token, timeout).workflows.submit(
                wf, runs=runs, prepend=prepend, board=board, wait="poll" if poll else "events"
            )
            finish_job(job, as_json=as_json, timeout=deadline)
            return
        result = open_client(url, token, timeout).queue.enqueue_batch(body)
    except QueueFullError as exc:
        if exc.job is not None:
            exc.job.close()
        raise click.ClickException(_queue_full_line(exc)) from None
    if as_json:
        emit_json({"batch_id": result.batch_id, "enqueued": result.enqueued, "item_ids": result.item_ids})
    else:
        ids = result.item_ids
        shown = f"{ids[0]}-{ids[-1]}" if len(ids) > 2 else ", ".join(map(str, ids))
        click.echo(f"enqueued batch {result.batch_id}: {result.enqueued} item(s) ({shown})")


def _check_run_options(
    *,
    urls: tuple[str, ...],
    out: str | None,
    wait_: bool,
    poll: bool,
    dry_run: bool,
    schema: str | None,
    durable_only: bool,
    wait_timeout: float | None,
    stall_limit: float | None,
) -> None:
    """Refuse options that do not go together, before anything is read or sent."""
    if len(urls) > 1 and not out:
        raise click.UsageError("several --url need --out (a run dealt across servers)")
    if durable_only and not out:
        raise click.UsageError("--restart, --depth, --patience and --shard need --out")
    if wait_ and out:
        raise click.UsageError("--out runs the batch and waits for it already: give --wait or --out")
    if poll and not wait_:
        raise click.UsageError("--poll is how --wait waits: it needs --wait")
    if dry_run and (out or wait_):
        raise click.UsageError("--dry-run enqueues nothing: it cannot be combined with --out or --wait")
    if (out or wait_) and schema:
        raise click.UsageError("--out and --wait run the batch: use --url, not --schema")
    if schema and urls:
        raise click.UsageError("give --schema or --url, not both")
    if wait_timeout is not None and not wait_:
        raise click.UsageError("--wait-timeout bounds --wait (with --out, --stall-limit bounds the run)")
    if stall_limit is not None and not out:
        raise click.UsageError("--stall-limit bounds a run with --out (--wait-timeout bounds --wait)")


def _queue_full_line(error: QueueFullError) -> str:
    """What a short enqueue means on the command line, and what to do about it."""
    cap = f" (max_queue_size {error.limit})" if error.limit is not None else ""
    return (
        f"the server's queue is full{cap}: it took {error.enqueued} of {error.requested} session(s);"
        f" the {error.enqueued} run as batch {error.batch_id} (cancel them with 'invokeai-client queue"
        f" cancel --batch {error.batch_id} --yes'); to run all {error.requested}, use --out DIR (a durable run"
        " feeds the queue as it empties) or raise the server's max_queue_size"
    )


def finish_job(job: Job, *, as_json: bool, timeout: float | None) -> None:
    """Wait for the job (a bar on stderr unless JSON), print its items (a table, or JSON).

    Raises:
        click.ClickException: an item failed or was canceled (after everything else was done).
    """
    from ._report import failure_summary, items_json, render_table, table_rows

    with job:
        items = job.wait(timeout, raise_on_failure=False, progress=not as_json and not quiet())
        outputs = job.outputs()
    if as_json:
        emit_json(items_json(items, outputs, []))
    else:
        click.echo(render_table(table_rows(items, [])))
    problem = failure_summary(items)
    if problem is not None:
        raise click.ClickException(problem)
