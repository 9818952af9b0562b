"""``invokeai-client compat OLD NEW``: what changed between two server versions, for this SDK's users."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigurationError
from ._root import cli, emit_json


def _document(path: str) -> tuple[dict[str, Any], str]:
    """An OpenAPI document and the version named by its file (``invokeai-6.14.2.json`` -> ``6.14.2``)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"{path}: not a readable JSON document ({exc})") from None
    if not isinstance(document, dict) or "paths" not in document:
        raise ConfigurationError(f"{path}: not an OpenAPI document (no 'paths')")
    return document, Path(path).stem.removeprefix("invokeai-")


@cli.command()
@click.argument("old", type=click.Path(exists=True, dir_okay=False))
@click.argument("new", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of Markdown.")
def compat(old: str, new: str, as_json: bool) -> None:
    """What changed from one server's OpenAPI document to another's (operations, node types, events, model
    taxonomy), and which SDK methods that may touch."""
    from ..compat import affected_methods, compare, render_markdown

    (old_doc, old_name), (new_doc, new_name) = _document(old), _document(new)
    report = compare(old_doc, new_doc, old_name=old_name, new_name=new_name)
    if as_json:
        sections = {"operations": report.operations, "nodes": report.nodes, "events": report.events}
        emit_json(
            {
                "old": old_name,
                "new": new_name,
                **{
                    name: vars(changes) for name, changes in {**sections, "taxonomy": report.taxonomy}.items()
                },
                "affected_methods": affected_methods(report),
            }
        )
    else:
        click.echo(render_markdown(report), nl=False)
