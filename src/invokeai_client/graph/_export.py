"""A graph's nodes as a GUI workflow document (schema 3.0.0 or 4.0.0): pure, deterministic.

The document has what the workflow editor's own schema requires of invocation nodes, edges and the form
(so the editor opens it and keeps its form), nodes placed left to right by their depth in the graph, edge ids
in the editor's ``reactflow__edge-…`` format and form element ids derived from the field they show, so the
same graph always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from ._node import Node

__all__ = ["COLUMN_WIDTH", "ROW_HEIGHT", "export_workflow"]

COLUMN_WIDTH, ROW_HEIGHT = 400, 360  # the editor's nodes are 320 wide


def _depths(nodes: Sequence[Node]) -> dict[str, int]:
    """Each node's longest distance from a node fed by nothing (the graph has no cycle by then)."""
    depth: dict[str, int] = {}
    by_id = {node.id: node for node in nodes}

    def visit(node: Node, trail: frozenset[str]) -> int:
        known = depth.get(node.id)
        if known is not None:
            return known
        if node.id in trail:  # a cycle: reported when the graph is built
            return 0
        sources = [link.node for links in node.links.values() for link in links if link.node.id in by_id]
        value = 1 + max((visit(src, trail | {node.id}) for src in sources), default=-1)
        depth[node.id] = value
        return value

    for node in nodes:
        visit(node, frozenset())
    return depth


def _node_document(node: Node, position: dict[str, int], labels: dict[str, str], v4: bool) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    for name in node.INPUTS:
        instance: dict[str, Any] = {"name": name, "label": labels.get(name, ""), "description": ""}
        if name in node.values and name not in node.links:
            instance["value"] = node.values[name]
        inputs[name] = instance
    data: dict[str, Any] = {
        "id": node.id,
        "type": node.TYPE,
        "version": node.VERSION,
        "label": node.label,
        "notes": "",
        "isOpen": True,
        "isIntermediate": node.is_intermediate,
        "useCache": node.use_cache,
        "nodePack": node.NODE_PACK,
        "inputs": inputs,
    }
    if v4:
        data["dynamicInputTemplates"] = {}
    return {"id": node.id, "type": "invocation", "position": position, "data": data}


def _element_id(node_id: str, field: str) -> str:
    return "node-field-" + hashlib.sha1(f"{node_id}.{field}".encode()).hexdigest()[:10]


def _form(exposed: Sequence[tuple[str, str, str]]) -> dict[str, Any]:
    elements: dict[str, Any] = {}
    children: list[str] = []
    for node_id, field, _label in exposed:
        element_id = _element_id(node_id, field)
        children.append(element_id)
        elements[element_id] = {
            "id": element_id,
            "parentId": "root",
            "type": "node-field",
            "data": {"fieldIdentifier": {"nodeId": node_id, "fieldName": field}, "showDescription": False},
        }
    root = {"id": "root", "type": "container", "data": {"layout": "column", "children": children}}
    return {"elements": {"root": root, **elements}, "rootElementId": "root"}


def export_workflow(
    nodes: Sequence[Node],
    *,
    exposed: Sequence[tuple[str, str, str]],
    name: str,
    schema_version: str,
    description: str = "",
    author: str = "",
) -> dict[str, Any]:
    """The workflow document of ``nodes`` with a form of the ``exposed`` ``(node id, field, label)``.

    Args:
        nodes: every node (the sources of their links among them).
        exposed: the form's inputs, in order; a non-empty label is written as the input's label.
        name: the workflow's name.
        schema_version: ``"3.0.0"`` or ``"4.0.0"``.
        description: the workflow's description.
        author: the workflow's author.

    Returns:
        A new document.
    """
    depth = _depths(nodes)
    rows: dict[int, int] = {}
    labels: dict[str, dict[str, str]] = {}
    for node_id, field, label in exposed:
        if label:
            labels.setdefault(node_id, {})[field] = label
    documents = []
    edges = []
    v4 = schema_version.split(".", maxsplit=1)[0] >= "4"
    for node in nodes:
        column = depth[node.id]
        row = rows.get(column, 0)
        rows[column] = row + 1
        position = {"x": column * COLUMN_WIDTH, "y": row * ROW_HEIGHT}
        documents.append(_node_document(node, position, labels.get(node.id, {}), v4))
        for target_field, link in ((name, one) for name, links in node.links.items() for one in links):
            source, handle = link.node.id, link.field
            edges.append(
                {
                    "id": f"reactflow__edge-{source}{handle}-{node.id}{target_field}",
                    "type": "default",
                    "source": source,
                    "sourceHandle": handle,
                    "target": node.id,
                    "targetHandle": target_field,
                }
            )
    return {
        "name": name,
        "author": author,
        "description": description,
        "version": "",
        "contact": "",
        "tags": "",
        "notes": "",
        "exposedFields": [],
        "meta": {"category": "user", "version": schema_version},
        "nodes": documents,
        "edges": edges,
        "form": _form(exposed),
    }
