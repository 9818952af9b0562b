"""Errors of graphs written in Python (``invokeai_client.graph``): found as a node is made or wired."""

from __future__ import annotations

from typing import Any

from ._workflows import WorkflowError


class NodeInputError(WorkflowError, ValueError):
    """A value given to a node's input breaks the input's type or a constraint, or names no input.

    Attributes:
        node_type: the node's type (``"noise"``).
        node_id: the node's id.
        field: the input's name.
        value: the offending value.
        rule: the rule broken, in words.
    """

    def __init__(self, *, node_type: str, node_id: str, field: str, value: Any, rule: str) -> None:
        self.node_type = node_type
        self.node_id = node_id
        self.field = field
        self.value = value
        self.rule = rule
        shown = repr(value)
        if len(shown) > 200:
            shown = shown[:200] + "…"
        super().__init__(f"node {node_id} ({node_type}) input {field!r}: value {shown} rejected: {rule}")


class EdgeTypeError(WorkflowError, TypeError):
    """An output was wired to an input that cannot take it (the GUI's connection rules).

    Attributes:
        source: ``"nodeId.field"`` of the output.
        source_type: its type (``"ImageField"``, ``"IntegerField[]"`` for a collection).
        target: ``"nodeId.field"`` of the input.
        target_type: its type.
    """

    def __init__(self, *, source: str, source_type: str, target: str, target_type: str) -> None:
        self.source = source
        self.source_type = source_type
        self.target = target
        self.target_type = target_type
        super().__init__(
            f"cannot connect {source} ({source_type}) to {target} ({target_type}): the types do not match"
        )
