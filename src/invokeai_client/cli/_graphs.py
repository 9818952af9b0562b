"""``invokeai-client to-python`` (a GUI export as a Python script) and ``invokeai-client nodes`` (typed node
classes of a live server, custom nodes included)."""

from __future__ import annotations

import time
from pathlib import Path

import click

from ._root import cli, emit_json, open_client, server_options
from ._workflows import _load, workflow_options


@cli.command("to-python")
@workflow_options
@server_options
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here (default: stdout)."
)
@click.option(
    "--nodes-module",
    default=None,
    metavar="MODULE",
    help="Import the node classes from this module (one written by 'invokeai-client nodes').",
)
@click.option("--json", "as_json", is_flag=True, help="Print {source, parameters} as JSON.")
def to_python_command(
    workflow: str,
    schema: str | None,
    url: str | None,
    token: str | None,
    timeout: float,
    output: str | None,
    nodes_module: str | None,
    as_json: bool,
) -> None:
    """Write a Python script that rebuilds a GUI workflow from typed node classes.

    The script's build() takes the workflow's form inputs as keyword parameters; run as a script it takes
    the options of 'invokeai-client run' (--set, --sweep, --rows, --url, --out, --dry-run ...), and its
    --dry-run prints the body this command's 'run WORKFLOW --dry-run' prints.
    """
    if schema and url:
        raise click.UsageError("give --schema or --url, not both")
    wf = _load(workflow, schema, url, token, timeout)
    assert wf.templates is not None
    from ..graph import to_python

    result = to_python(wf, nodes_module=nodes_module)
    if output is not None:
        Path(output).write_text(result.source, encoding="utf-8")
    if as_json:
        emit_json({"path": output, "parameters": result.parameters, "source": result.source})
        return
    if output is None:
        click.echo(result.source, nl=False)
        return
    click.echo(f"wrote {output}: build({', '.join(result.parameters.values())})")


@cli.command("nodes")
@server_options
@click.option(
    "--schema",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="An OpenAPI document instead.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The module to write.")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
def nodes_command(
    url: str | None, token: str | None, timeout: float, schema: str | None, output: str, as_json: bool
) -> None:
    """Write typed node classes for every node type of a server (custom node packs included).

    Import the module to build graphs with its classes (invokeai_client.graph.Graph), or give it to
    'to-python --nodes-module'.
    """
    started = time.perf_counter()
    if schema:
        from ._workflows import _schema_templates

        templates = _schema_templates(schema)
        version, source = None, schema
    else:
        client = open_client(url, token, timeout)
        templates = client.workflows.templates()
        version, source = templates.version or client.app.version().version, f"{client.base_url}/openapi.json"
    from ..graph import render_module, server_version_of

    version = version or server_version_of(templates) or "(unknown)"
    text = render_module(templates, server_version=version, source=source)
    Path(output).write_text(text, encoding="utf-8")
    seconds = time.perf_counter() - started
    if as_json:
        emit_json(
            {"path": output, "node_types": len(templates), "server_version": version, "seconds": seconds}
        )
        return
    click.echo(f"wrote {len(templates)} node classes (InvokeAI {version}) to {output} in {seconds:.1f} s")
