"""Workflows in the GUI's export format, built in the tests from a server's own templates (for node types
that no committed workflow file uses, such as the test node pack's)."""

from __future__ import annotations

from typing import Any

from invokeai_client.workflows import TemplateSet


def gui_node(
    templates: TemplateSet, node_id: str, node_type: str, values: dict[str, Any] | None = None
) -> dict[str, Any]:
    """An invocation node as the workflow editor exports it: every template input, values where given."""
    template = templates[node_type]
    inputs = {
        name: {
            "name": name,
            "label": "",
            "description": "",
            **({"value": values[name]} if values and name in values else {}),
        }
        for name in template.inputs
    }
    return {
        "id": node_id,
        "type": "invocation",
        "position": {"x": 0, "y": 0},
        "data": {
            "id": node_id,
            "type": node_type,
            "version": template.version,
            "nodePack": "invokeai_client_test_nodes",
            "label": "",
            "notes": "",
            "isOpen": True,
            "isIntermediate": True,
            "useCache": False,
            "inputs": inputs,
        },
    }


def gui_edge(source: str, source_field: str, target: str, target_field: str) -> dict[str, Any]:
    return {
        "id": f"e-{source}-{source_field}-{target}-{target_field}",
        "type": "default",
        "source": source,
        "sourceHandle": source_field,
        "target": target,
        "targetHandle": target_field,
    }


def gui_workflow(
    name: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], exposed: list[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "name": name,
        "author": "invokeai-client tests",
        "description": "",
        "version": "1.0.0",
        "contact": "",
        "tags": "test",
        "notes": "",
        "exposedFields": [{"nodeId": node, "fieldName": field} for node, field in exposed],
        "meta": {"version": "3.0.0", "category": "user"},
        "nodes": nodes,
        "edges": edges,
    }
