"""``invokeai-client to-python`` (a GUI export as a Python script) and ``invokeai-client nodes`` (typed node
classes of a live server, custom nodes included)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import WorkflowError
from ._root import cli, emit_json, open_client, server_options
from ._workflows import _load, workflow_options

if TYPE_CHECKING:
    from ..workflows import TemplateSet, Workflow

NEWEST_NODES = "invokeai_client.nodes"


def _version_of(templates: TemplateSet) -> str | None:
    """The server version of a template set: its own, or the bundled one with exactly its node types."""
    from .._generated import packages
    from ..workflows import TemplateSet

    if templates.version:
        return templates.version
    for version in packages().values():
        if TemplateSet.bundled(version).node_types == templates.node_types:
            return version
    return None


def _nodes_module_for(workflow: Workflow, version: str | None) -> str:
    """The generated module for the server's version (the newest's when it has none); refused when a node
    type of the workflow is not in it."""
    from .._generated import package_for_minor, packages
    from ..workflows import TemplateSet

    newest = list(packages().values())[-1]
    package = package_for_minor(version) if version else None
    if package is None:
        package, version = package_for_minor(newest), newest
    assert version is not None
    bundled = TemplateSet.bundled(version)
    missing = sorted({n["data"]["type"] for n in workflow.definition.invocation_nodes()} - bundled.node_types)
    if missing:
        raise WorkflowError(
            f"node type(s) {', '.join(missing)} are not among InvokeAI {version}'s own: write the server's "
            "classes with 'invokeai-client nodes --url URL -o FILE.py' and pass --nodes-module FILE"
        )
    return NEWEST_NODES if package == package_for_minor(newest) else f"invokeai_api.{package}.nodes"


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
    version = _version_of(wf.templates)
    module = nodes_module or _nodes_module_for(wf, version)
    from ..graph._transpile import to_python

    result = to_python(wf, nodes_module=module, server_version=version or "(unknown)")
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
        version, source = _version_of(templates) or "(unknown)", schema
    else:
        client = open_client(url, token, timeout)
        templates = client.workflows.templates()
        version, source = templates.version or client.app.version().version, f"{client.base_url}/openapi.json"
    from ..graph._codegen import render_module

    text = render_module(templates, server_version=version, source=source)
    Path(output).write_text(text, encoding="utf-8")
    seconds = time.perf_counter() - started
    if as_json:
        emit_json(
            {"path": output, "node_types": len(templates), "server_version": version, "seconds": seconds}
        )
        return
    click.echo(f"wrote {len(templates)} node classes (InvokeAI {version}) to {output} in {seconds:.1f} s")
