"""The working copy of a workflow: the document with lookups over its nodes and edges, and the JSON-aware
copy (much cheaper than `copy.deepcopy`) that every part of the package uses to keep values its own."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["WorkflowDefinition", "json_copy"]

_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def json_copy(value: Any) -> Any:
    """Copy a JSON-like value: dicts, lists (tuples become lists) and scalars.

    Plain ``dict``/``list`` trees take a fast path; other mappings and sequences are converted.

    Args:
        value: the value to copy.

    Returns:
        An independent copy that shares nothing mutable with ``value``.

    Raises:
        TypeError: a part of ``value`` is not JSON data, or a key is not a string.
    """
    kind = type(value)
    if kind is dict:
        return _copy_dict(value)
    if kind is list:
        return _copy_list(value)
    if kind in _SCALAR_TYPES:
        return value
    return _copy_other(value)


def _copy_dict(source: dict[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in source.items():
        if type(key) is not str:
            raise TypeError(f"key {key!r} is not a string")
        kind = type(item)
        if kind in _SCALAR_TYPES:
            out[key] = item
        elif kind is dict:
            out[key] = _copy_dict(item)
        elif kind is list:
            out[key] = _copy_list(item)
        else:
            out[key] = _copy_other(item)
    return out


def _copy_list(source: list[Any]) -> list[Any]:
    out: list[Any] = []
    append = out.append
    for item in source:
        kind = type(item)
        if kind in _SCALAR_TYPES:
            append(item)
        elif kind is dict:
            append(_copy_dict(item))
        elif kind is list:
            append(_copy_list(item))
        else:
            append(_copy_other(item))
    return out


def _copy_other(value: Any) -> Any:
    if isinstance(value, str | int | float | bool):  # subclasses (e.g. str enums) become plain values
        return value.value if hasattr(value, "value") and type(value.value) in _SCALAR_TYPES else value
    if isinstance(value, Mapping):
        return _copy_dict(dict(value))
    if isinstance(value, list | tuple):
        return _copy_list(list(value))
    raise TypeError(f"{type(value).__name__} is not JSON data")


class WorkflowDefinition:
    """A workflow document with lookups over its nodes and edges. Holds the SDK's private copy.

    The copy is the *working copy*: values set through the SDK and synced models are written into it, and
    it is what gets embedded in the batch. Node and edge lists are never restructured after loading, so the
    indexes stay valid.
    """

    __slots__ = ("_connected", "_nodes", "data", "migrated_from", "schema_version")

    def __init__(
        self, data: dict[str, Any], schema_version: str, *, migrated_from: str | None = None
    ) -> None:
        self.data = data
        self.schema_version = schema_version  # the document's version now: "4.0.0" or "3.0.0"
        self.migrated_from = migrated_from  # "1.0.0" or "2.0.0" when it was migrated on load
        self._nodes: dict[str, dict[str, Any]] = {node["id"]: node for node in data["nodes"]}
        self._connected: set[tuple[str, str]] = {
            (edge["target"], edge["targetHandle"])
            for edge in data["edges"]
            if edge.get("type", "default") != "collapsed" and isinstance(edge.get("targetHandle"), str)
        }

    @property
    def name(self) -> str:
        """The workflow's name."""
        return str(self.data.get("name", ""))

    @property
    def id(self) -> str | None:
        """The library id, when the workflow was saved on a server."""
        value = self.data.get("id")
        return value if isinstance(value, str) else None

    @property
    def nodes(self) -> list[dict[str, Any]]:
        """The node list, in document order."""
        nodes: list[dict[str, Any]] = self.data["nodes"]
        return nodes

    @property
    def edges(self) -> list[dict[str, Any]]:
        """The edge list, in document order."""
        edges: list[dict[str, Any]] = self.data["edges"]
        return edges

    def node(self, node_id: str) -> dict[str, Any] | None:
        """The node with this id.

        Args:
            node_id: the node id.

        Returns:
            The node dict (part of the working copy), or ``None``.
        """
        return self._nodes.get(node_id)

    def invocation_nodes(self) -> Iterator[dict[str, Any]]:
        """Every ``type: "invocation"`` node.

        Returns:
            An iterator over the nodes, in document order.
        """
        return (node for node in self.data["nodes"] if node.get("type") == "invocation")

    def instance_input(self, node_id: str, field_name: str) -> dict[str, Any] | None:
        """The instance input ``data.inputs[field_name]`` of an invocation node.

        Args:
            node_id: the node id.
            field_name: the field name.

        Returns:
            The instance dict (part of the working copy), or ``None``.
        """
        node = self._nodes.get(node_id)
        if node is None or node.get("type") != "invocation":
            return None
        field = node["data"]["inputs"].get(field_name)
        return field if isinstance(field, dict) else None

    def is_connected(self, node_id: str, field_name: str) -> bool:
        """Whether a default edge targets the field (collapsed edges carry no handles and never do).

        Args:
            node_id: the node id.
            field_name: the field name.

        Returns:
            True when an edge supplies the field's value.
        """
        return (node_id, field_name) in self._connected
