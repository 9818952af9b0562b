"""Loading a workflow exported from the GUI: read the file (the package's only I/O), parse, check the
version and shape, migrate old versions, index it.

The loader always works on its own copy of the document: a dict given by the caller is copied once, and
JSON text is parsed into a fresh object.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeAlias

from ..errors import WorkflowFormatError
from ._definition import WorkflowDefinition, json_copy
from ._migrations import migrate

__all__ = [
    "SUPPORTED_SCHEMA_VERSIONS",
    "WorkflowSource",
    "load_definition",
    "parse_workflow_json",
    "read_workflow_file",
]

logger = logging.getLogger(__name__)

#: Workflow schema versions (``meta.version``) this SDK reads: 4.0.0 and 3.0.0 as they are, 2.0.0 and 1.0.0
#: migrated to 3.0.0 the way InvokeAI's workflow editor migrates them when it opens them.
SUPPORTED_SCHEMA_VERSIONS = ("4.0.0", "3.0.0", "2.0.0", "1.0.0")
"""Workflow schema versions this SDK loads (1.0.0 and 2.0.0 are migrated on load, as the GUI migrates them)."""
CURRENT_SCHEMA_VERSIONS = ("4.0.0", "3.0.0")

#: What [`load_definition`][invokeai_client.workflows.load_definition] accepts: a dict, JSON text (``str`` starting with ``{`` or ``bytes``),
#: or a path to a ``.json`` file.
WorkflowSource: TypeAlias = "Mapping[str, Any] | str | bytes | os.PathLike[str]"
"""A workflow to load: a dict (copied), JSON text (``str`` or ``bytes``) or a file path."""

# Top-level keys the server requires in an embedded workflow, with the value the GUI's own schema fills in.
_TOP_LEVEL_DEFAULTS: dict[str, Any] = {
    "name": "",
    "author": "",
    "description": "",
    "version": "",
    "contact": "",
    "tags": "",
    "notes": "",
}


def _to_private_dict(source: WorkflowSource) -> tuple[dict[str, Any], str]:
    if isinstance(source, Mapping):
        try:
            return json_copy(source), "workflow dict"
        except TypeError as exc:
            raise WorkflowFormatError(f"the workflow dict is not JSON data: {exc}") from exc
    if isinstance(source, bytes):
        return parse_workflow_json(source), "workflow JSON"
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return parse_workflow_json(source), "workflow JSON"
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        return parse_workflow_json(read_workflow_file(source), source=repr(name)), repr(name)
    raise WorkflowFormatError(
        f"cannot load a workflow from {type(source).__name__}; give a dict, JSON text or a file path"
    )


def _check_version(data: dict[str, Any], source: str) -> str:
    meta = data.get("meta")
    if not isinstance(meta, dict) or not isinstance(meta.get("version"), str):
        raise WorkflowFormatError(
            f"{source} has no meta.version: it predates the workflow editor's versioning (InvokeAI 3.0 saved "
            "workflows that way) or was not exported by the editor; InvokeAI's own editor refuses it too. "
            "Rebuild it in a current workflow editor and export it with 'Download Workflow'"
        )
    version: str = meta["version"]
    if version in SUPPORTED_SCHEMA_VERSIONS:
        return version
    raise WorkflowFormatError(
        f"{source} uses workflow schema {version!r}, which this SDK does not know "
        f"(supported: {', '.join(SUPPORTED_SCHEMA_VERSIONS)}); export it again from an InvokeAI 6.x GUI "
        "or upgrade invokeai-client"
    )


def _not_text(owner: dict[str, Any], keys: tuple[str, ...], where: str) -> list[str]:
    """Problems for the keys of ``owner`` that hold something other than a string (or null)."""
    return [
        f"{where}: {key!r} must be a string, not {type(owner[key]).__name__}"
        for key in keys
        if owner.get(key) is not None and not isinstance(owner[key], str)
    ]


def _invocation_problems(node_id: str, node_data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if not isinstance(node_data.get("type"), str) or not node_data["type"]:
        problems.append(f"invocation node {node_id!r} has no data.type")
    inputs = node_data.get("inputs")
    if not isinstance(inputs, dict):
        return [*problems, f"invocation node {node_id!r} has no data.inputs object"]
    for name, field in inputs.items():
        if not isinstance(field, dict):
            problems.append(f"input {node_id}.{name} is not an object")
        else:
            problems.extend(_not_text(field, ("name", "label", "description"), f"input {node_id}.{name}"))
    return problems


def _edge_problems(edges: list[Any], nodes: set[str]) -> list[str]:
    problems: list[str] = []
    for i, edge in enumerate(edges):
        if not isinstance(edge, dict):
            problems.append(f"edges[{i}] is not an object")
            continue
        name = str(edge["id"]) if isinstance(edge.get("id"), str) else f"edges[{i}]"
        start, end = edge.get("source"), edge.get("target")
        if not isinstance(start, str) or not isinstance(end, str):
            problems.append(f"edge {name!r} has no string source/target")
            continue
        problems.extend(_not_text(edge, ("type", "sourceHandle", "targetHandle"), f"edge {name!r}"))
        problems.extend(
            f"edge {name!r} connects node {node!r}, which does not exist"
            for node in (start, end)
            if node not in nodes
        )
    return problems


def _check_shape(data: dict[str, Any], source: str) -> list[str]:
    """Collect structural problems; fills in the optional top-level strings the server requires."""
    problems: list[str] = []
    for key, default in _TOP_LEVEL_DEFAULTS.items():
        value = data.get(key)
        if value is None:
            data[key] = default
        elif not isinstance(value, str):
            problems.append(f"{key!r} must be a string, not {type(value).__name__}")
    exposed = data.setdefault("exposedFields", [])
    if not isinstance(exposed, list):
        problems.append("'exposedFields' must be a list")
    meta = data["meta"]
    meta.setdefault("category", "user")
    nodes = data.get("nodes")
    edges = data.get("edges")
    if not isinstance(nodes, list):
        problems.append("'nodes' must be a list")
        nodes = []
    if not isinstance(edges, list):
        problems.append("'edges' must be a list")
        edges = []
    seen: set[str] = set()
    for i, node in enumerate(nodes):
        if not isinstance(node, dict):
            problems.append(f"nodes[{i}] is not an object")
            continue
        node_id = node.get("id")
        if not isinstance(node_id, str) or not node_id:
            problems.append(f"nodes[{i}] has no string 'id'")
            continue
        if node_id in seen:
            problems.append(f"node id {node_id!r} is used by more than one node")
        seen.add(node_id)
        node_data = node.get("data")
        if not isinstance(node_data, dict):
            problems.append(f"node {node_id!r} has no 'data' object")
            continue
        problems.extend(_not_text(node_data, ("label", "notes", "nodePack", "version"), f"node {node_id!r}"))
        if node.get("type") == "invocation":
            problems.extend(_invocation_problems(node_id, node_data))
    problems.extend(_edge_problems(edges, seen))
    form = data.get("form")
    if form is not None and not isinstance(form, dict):
        problems.append("'form' must be an object or null")
    return problems


def load_definition(source: WorkflowSource) -> WorkflowDefinition:
    """Load a workflow into a private, checked copy.

    Args:
        source: a dict (copied, never modified), JSON text (``str`` starting with ``{``, or ``bytes``), or
            the path of a workflow file.

    Returns:
        The indexed working copy.

    Raises:
        WorkflowFormatError: the JSON is malformed, the schema version is missing or unknown, or the
            document does not have the shape of a workflow.
    """
    data, name = _to_private_dict(source)
    version = _check_version(data, name)
    migrated_from = None
    if version not in CURRENT_SCHEMA_VERSIONS:
        migration = migrate(data, version, name)
        migrated_from, version = version, data["meta"]["version"]
        if migration.dropped:
            logger.warning(
                "%s: migrated from workflow schema %s as the workflow editor does; these values could not "
                "be carried over (set them again): %s",
                name,
                migrated_from,
                ", ".join(migration.dropped),
            )
    problems = _check_shape(data, name)
    if problems:
        raise WorkflowFormatError(f"{name} is not a valid workflow", problems=problems)
    return WorkflowDefinition(data, version, migrated_from=migrated_from)


def read_workflow_file(path: str | os.PathLike[str]) -> str:
    """Read a workflow file's text (UTF-8). This is the package's only I/O.

    Args:
        path: the file to read.

    Returns:
        The file's text.

    Raises:
        WorkflowFormatError: the file cannot be read or is not UTF-8.
    """
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise WorkflowFormatError(f"cannot read workflow file {os.fspath(path)!r}: {exc}") from exc


def parse_workflow_json(text: str | bytes, *, source: str = "workflow JSON") -> dict[str, Any]:
    """Parse workflow JSON text into a dict (not yet checked; see `load_definition`).

    Args:
        text: the JSON text.
        source: how to name the text in error messages (e.g. the file name).

    Returns:
        The parsed object.

    Raises:
        WorkflowFormatError: the text is not valid JSON, or not a JSON object.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise WorkflowFormatError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise WorkflowFormatError(f"{source} is not UTF-8 text: {exc}") from exc
    if not isinstance(data, dict):
        raise WorkflowFormatError(f"{source} must be a JSON object, not {type(data).__name__}")
    return data
