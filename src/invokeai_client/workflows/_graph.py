"""Building the graph the GUI would send and the ``enqueue_batch`` request body."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._constants import UNCATEGORIZED
from ..errors import BatchDataError, UnknownNodeTypeError, WorkflowFormatError
from ..templates import TemplateSet
from ._definition import WorkflowDefinition, json_copy

__all__ = [
    "BATCH_NODE_TYPES",
    "GENERATOR_NODE_TYPES",
    "GraphBuild",
    "board_graph_value",
    "build_enqueue_body",
    "build_graph",
    "embedded_workflow",
    "is_executed_node",
]

logger = logging.getLogger(__name__)

#: Batch nodes: their items become batch data; the nodes themselves are not sent.
BATCH_NODE_TYPES = frozenset({"image_batch", "string_batch", "integer_batch", "float_batch"})
"""Batch nodes: their items become batch data; the nodes themselves are not sent."""
#: Generator nodes: they only feed batch nodes and are never sent.
GENERATOR_NODE_TYPES = frozenset(
    {"image_generator", "string_generator", "integer_generator", "float_generator"}
)
"""Generator nodes: they only feed batch nodes and are never sent."""


def is_executed_node(node: Mapping[str, Any]) -> bool:
    """Whether a workflow node becomes a graph node: an invocation that is not a batch or generator node.

    Args:
        node: a workflow node.

    Returns:
        True for nodes that are sent.
    """
    if node.get("type") != "invocation":
        return False
    node_type = node["data"]["type"]
    return node_type not in BATCH_NODE_TYPES and node_type not in GENERATOR_NODE_TYPES


def board_graph_value(value: Any, default_board: str | None) -> dict[str, str] | None:
    """Translate a board instance value into the graph value; ``None`` means "omit the key".

    Args:
        value: the instance value: absent/``None``/``"auto"``, ``"none"``, or ``{"board_id": id}``.
        default_board: the board id used for ``"auto"``; ``None`` (or ``"none"``) means uncategorized.

    Returns:
        ``{"board_id": id}``, or ``None`` for uncategorized (never ``{"board_id": "none"}``).
    """
    if value is None or value == "auto":
        return {"board_id": default_board} if default_board and default_board != UNCATEGORIZED else None
    if value == UNCATEGORIZED:
        return None
    if isinstance(value, Mapping):
        board_id = value.get("board_id")
        if isinstance(board_id, str) and board_id and board_id != UNCATEGORIZED:
            return {"board_id": board_id}
    if isinstance(value, str) and value:
        return {"board_id": value}
    return None


@dataclass(frozen=True, slots=True)
class GraphBuild:
    """A built graph and what was left out of it.

    Attributes:
        graph: ``{"id", "nodes", "edges"}``, ready to send.
        warnings: inputs unknown to their template and edges without handles, which were dropped.
    """

    graph: dict[str, Any]
    warnings: tuple[str, ...]


def build_graph(
    definition: WorkflowDefinition,
    templates: TemplateSet | None,
    *,
    default_board: str | None = None,
    graph_id: str | None = None,
) -> GraphBuild:
    """Build the graph the GUI would enqueue for this workflow.

    Notes, batch and generator nodes are left out; each other node becomes ``{type, id, <inputs>,
    use_cache, is_intermediate}`` with its stored values; board fields are translated; collapsed edges and
    edges touching a left-out node are skipped; inputs fed by an edge are omitted.

    Args:
        definition: the workflow (its working copy, with the values set).
        templates: the template set. ``None`` is the schema-less mode: every stored input is sent and only
            fields named ``board`` are treated as boards.
        default_board: the board for ``"auto"`` boards; ``None`` means uncategorized.
        graph_id: the graph id; a fresh UUID4 when omitted.

    Returns:
        The graph and warnings about what was dropped.

    Raises:
        UnknownNodeTypeError: a node type has no template.
    """
    warnings: list[str] = []
    nodes: dict[str, dict[str, Any]] = {}
    unknown: dict[str, str] = {}
    for node in definition.nodes:
        if not is_executed_node(node):
            continue
        data = node["data"]
        node_id: str = node["id"]
        node_type: str = data["type"]
        template = templates.get(node_type) if templates is not None else None
        if templates is not None and template is None:
            unknown[node_id] = node_type
            continue
        graph_node: dict[str, Any] = {"type": node_type, "id": node_id}
        for name, instance in data["inputs"].items():
            if template is not None:
                field = template.inputs.get(name)
                if field is None:
                    warnings.append(
                        f"node {node_id} ({node_type}): input {name!r} is not in the template; dropped"
                    )
                    continue
                is_board = field.type_name == "BoardField"
            else:
                is_board = name == "board"
            value = instance.get("value") if isinstance(instance, Mapping) else None
            if is_board:
                board = board_graph_value(value, default_board)
                if board is not None:
                    graph_node[name] = board
            elif isinstance(instance, Mapping) and "value" in instance:
                graph_node[name] = value if type(value) in (str, int, float, bool) else json_copy(value)
        use_cache = data.get("useCache")
        graph_node["use_cache"] = (
            bool(use_cache)
            if use_cache is not None
            else (template.use_cache if template is not None else True)
        )
        graph_node["is_intermediate"] = bool(data.get("isIntermediate", False))
        nodes[node_id] = graph_node
    if unknown:
        raise UnknownNodeTypeError(unknown, offline=templates is not None and templates.is_bundled)
    edges: list[dict[str, Any]] = []
    for edge in through_connectors(definition.edges, _connector_ids(definition)):
        if edge.get("type") == "collapsed":
            continue
        source, target = edge["source"], edge["target"]
        if source not in nodes or target not in nodes:
            continue
        source_handle, target_handle = edge.get("sourceHandle"), edge.get("targetHandle")
        if not isinstance(source_handle, str) or not isinstance(target_handle, str):
            warnings.append(f"edge {edge.get('id')!r} from {source} to {target} has no handle; skipped")
            continue
        edges.append(
            {
                "source": {"node_id": source, "field": source_handle},
                "destination": {"node_id": target, "field": target_handle},
            }
        )
        nodes[target].pop(target_handle, None)
    cycle = find_cycle(edges)
    if cycle:
        raise WorkflowFormatError(
            f"workflow {definition.name!r}: the graph has a cycle ({' -> '.join(cycle)}); a node cannot "
            "depend on its own output"
        )
    return GraphBuild(
        graph={"id": graph_id or str(uuid.uuid4()), "nodes": nodes, "edges": edges}, warnings=tuple(warnings)
    )


def find_cycle(edges: list[dict[str, Any]]) -> list[str]:
    """The node ids of one cycle among graph ``edges`` (first node repeated at the end), or ``[]``."""
    after: dict[str, list[str]] = {}
    for edge in edges:
        after.setdefault(edge["source"]["node_id"], []).append(edge["destination"]["node_id"])
    done: set[str] = set()
    for start in after:
        if start in done:
            continue
        path: dict[str, None] = {start: None}
        stack = [iter(after.get(start, ()))]
        while stack:
            node = next(stack[-1], None)
            if node is None:
                stack.pop()
                done.add(path.popitem()[0])
                continue
            if node in path:
                trail = list(path)
                return [*trail[trail.index(node) :], node]
            if node not in done:
                path[node] = None
                stack.append(iter(after.get(node, ())))
    return []


CONNECTOR_IN, CONNECTOR_OUT = "in", "out"


def _connector_ids(definition: WorkflowDefinition) -> frozenset[str]:
    return frozenset(node["id"] for node in definition.nodes if node.get("type") == "connector")


def through_connectors(edges: list[dict[str, Any]], connectors: frozenset[str]) -> list[dict[str, Any]]:
    """The edges with schema 4.0.0's connector nodes taken out, as the GUI does when it builds the graph.

    A connector passes one value on: the edge into its ``in`` handle names the source, and each edge out of
    its ``out`` handle becomes an edge from that source (through chains of connectors too). A connector fed
    by nothing (or by a loop of connectors) feeds nothing.
    """
    if not connectors:
        return edges
    feeds: dict[str, dict[str, Any]] = {}
    for edge in edges:
        if edge.get("target") in connectors and edge.get("type") != "collapsed":
            feeds[edge["target"]] = edge
    resolved: list[dict[str, Any]] = []
    for edge in edges:
        if edge.get("target") in connectors:
            continue
        upstream = _upstream(edge, feeds, connectors)
        if upstream is edge:
            resolved.append(edge)
        elif upstream is not None:
            resolved.append(
                {**edge, "source": upstream["source"], "sourceHandle": upstream.get("sourceHandle")}
            )
    return resolved


def _upstream(
    edge: dict[str, Any], feeds: dict[str, dict[str, Any]], connectors: frozenset[str]
) -> dict[str, Any] | None:
    """The edge whose source really feeds ``edge`` (itself when it starts at no connector)."""
    current: dict[str, Any] | None = edge
    seen: set[str] = set()
    while current is not None and current.get("source") in connectors:
        connector = current["source"]
        if connector in seen:
            return None
        seen.add(connector)
        current = feeds.get(connector)
    return current


def embedded_workflow(definition: WorkflowDefinition) -> dict[str, Any]:
    """The workflow to embed in a batch: a copy of the working copy without ``id`` and ``is_published``.

    Args:
        definition: the workflow.

    Returns:
        An independent copy.
    """
    copied: dict[str, Any] = json_copy(definition.data)
    copied.pop("id", None)
    copied.pop("is_published", None)
    return copied


def build_enqueue_body(
    graph: dict[str, Any],
    *,
    workflow: dict[str, Any] | None,
    data: list[list[dict[str, Any]]],
    runs: int = 1,
    prepend: bool = False,
    origin: str | None = "workflows",
    destination: str | None = "gallery",
    batch_id: str | None = None,
) -> dict[str, Any]:
    """Assemble the body of ``POST /api/v1/queue/{queue_id}/enqueue_batch``.

    Args:
        graph: the graph ([`build_graph`][invokeai_client.workflows.build_graph]).
        workflow: the workflow to embed (`embedded_workflow`), or ``None`` to embed none.
        data: the batch data groups.
        runs: how many times the whole data product runs (>= 1).
        prepend: put the batch ahead of everything queued.
        origin: the queue items' origin (the GUI uses ``"workflows"``).
        destination: the queue items' destination (the GUI uses ``"gallery"``).
        batch_id: a batch id chosen by the caller (the server makes one when omitted).

    Returns:
        ``{"prepend": …, "batch": {…}}``.

    Raises:
        BatchDataError: ``runs`` is not an integer >= 1.
    """
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
        raise BatchDataError(f"runs must be an integer >= 1, not {runs!r}")
    batch: dict[str, Any] = {"graph": graph}
    if workflow is not None:
        batch["workflow"] = workflow
    batch["runs"] = runs
    batch["data"] = data
    batch["origin"] = origin
    batch["destination"] = destination
    if batch_id is not None:
        batch["batch_id"] = batch_id
    return {"prepend": bool(prepend), "batch": batch}
