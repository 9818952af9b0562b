"""Batch data: value sweeps, zip groups, seed sweeps and the exports' batch nodes.

``data`` is a list of groups; the data inside a group are zipped (equal lengths) and the groups combine by
Cartesian product, so the number of sessions is the product of the group lengths times ``runs``.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import BatchDataError, UnsupportedGeneratorError
from ..templates import TemplateSet, ValueContext, ValueRuleError, kind_for
from ._definition import WorkflowDefinition, json_copy
from ._graph import BATCH_NODE_TYPES, GENERATOR_NODE_TYPES, is_executed_node

__all__ = [
    "SEED_MAX",
    "Sweep",
    "SweepPlan",
    "batch_node_data",
    "combine_batch_data",
    "seed_values",
    "session_count",
]

logger = logging.getLogger(__name__)

#: The largest seed the server accepts (seeds are 0 .. 2**32 - 1).
SEED_MAX = 2**32 - 1
"""The largest seed a noise node takes (2**32 - 1)."""

# batch node type -> (the input holding its items, the output handle its edges leave from)
_BATCH_FIELDS = {
    "image_batch": ("images", "image"),
    "string_batch": ("strings", "value"),
    "integer_batch": ("integers", "value"),
    "float_batch": ("floats", "value"),
}
_UNGROUPED = "None"


@dataclass(frozen=True, slots=True)
class Sweep:
    """A list of values for one input; each becomes one session.

    Attributes:
        key: the input's key ``"nodeId.fieldName"``.
        node_id, field_name: its address (``node_path`` and ``field_name`` in the batch datum).
        items: the checked values, as instance JSON.
    """

    key: str
    node_id: str
    field_name: str
    items: tuple[Any, ...]

    def datum(self) -> dict[str, Any]:
        """The batch datum of this sweep.

        Returns:
            ``{"node_path", "field_name", "items"}`` (items copied).
        """
        return {"node_path": self.node_id, "field_name": self.field_name, "items": json_copy(self.items)}


class SweepPlan:
    """The user's sweeps and which of them are zipped together. Unzipped sweeps form a group each."""

    __slots__ = ("_sweeps", "_zips")

    def __init__(self) -> None:
        self._sweeps: dict[str, Sweep] = {}
        self._zips: list[list[str]] = []

    def copy(self) -> SweepPlan:
        """An independent copy.

        Returns:
            The copy.
        """
        other = SweepPlan()
        other._sweeps = dict(self._sweeps)
        other._zips = [list(group) for group in self._zips]
        return other

    @property
    def sweeps(self) -> tuple[Sweep, ...]:
        """Every sweep, in the order they were set."""
        return tuple(self._sweeps.values())

    @property
    def zip_groups(self) -> tuple[tuple[str, ...], ...]:
        """The keys zipped together."""
        return tuple(tuple(group) for group in self._zips)

    def set(self, sweep: Sweep) -> None:
        """Add or replace the sweep of an input.

        Args:
            sweep: the sweep (its ``key`` names the input).
        """
        self._sweeps[sweep.key] = sweep

    def remove(self, key: str) -> None:
        """Remove an input's sweep (and its place in a zip group).

        Args:
            key: the input's key.
        """
        self._sweeps.pop(key, None)
        for group in self._zips:
            if key in group:
                group.remove(key)
        self._zips = [group for group in self._zips if len(group) > 1]

    def clear(self) -> None:
        """Remove every sweep and zip group."""
        self._sweeps.clear()
        self._zips.clear()

    def zip(self, keys: Sequence[str]) -> None:
        """Zip the sweeps of these inputs together (merging with groups they already belong to).

        Args:
            keys: two or more keys with sweeps.

        Raises:
            BatchDataError: fewer than two keys, a key without a sweep, or lengths that differ.
        """
        if len(set(keys)) < 2:
            raise BatchDataError("zip needs at least two different inputs")
        missing = [key for key in keys if key not in self._sweeps]
        if missing:
            raise BatchDataError(f"set a sweep before zipping; no sweep on {', '.join(missing)}")
        merged: list[str] = []
        rest: list[list[str]] = []
        for group in self._zips:
            if any(key in group for key in keys):
                merged.extend(group)
            else:
                rest.append(group)
        new_group = list(dict.fromkeys([*merged, *keys]))
        lengths = {key: len(self._sweeps[key].items) for key in new_group}
        if len(set(lengths.values())) > 1:
            shown = ", ".join(f"{key}: {n}" for key, n in lengths.items())
            raise BatchDataError(f"zipped sweeps must have the same number of values ({shown})")
        self._zips = [*rest, new_group]

    def groups(self) -> list[list[dict[str, Any]]]:
        """The sweeps as batch data groups: each zip group is one group, each other sweep its own.

        Returns:
            The groups, in the order the sweeps were set.

        Raises:
            BatchDataError: a zip group's sweeps have different lengths (a sweep was replaced).
        """
        groups: list[list[dict[str, Any]]] = []
        emitted: set[str] = set()
        zipped = {key: group for group in self._zips for key in group}
        for key in self._sweeps:
            if key in emitted:
                continue
            group_keys = [k for k in zipped.get(key, [key]) if k in self._sweeps]
            lengths = {len(self._sweeps[k].items) for k in group_keys}
            if len(lengths) > 1:
                raise BatchDataError(
                    f"zipped sweeps {', '.join(group_keys)} no longer have the same number of values"
                )
            groups.append([self._sweeps[k].datum() for k in group_keys])
            emitted.update(group_keys)
        return groups


def seed_values(count: int, *, start: int | None = None, rng_seed: int | None = None) -> list[int]:
    """Seeds for a seed sweep, all within 0 .. 2**32 - 1.

    Args:
        count: how many seeds (>= 1).
        start: consecutive seeds ``start, start + 1, …``; when omitted, distinct random seeds.
        rng_seed: seed of the random generator, for reproducible random seeds.

    Returns:
        The seeds.

    Raises:
        BatchDataError: ``count`` < 1, or the consecutive seeds leave the range.
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise BatchDataError(f"a seed sweep needs a count >= 1, not {count!r}")
    if start is not None:
        if isinstance(start, bool) or not isinstance(start, int) or start < 0 or start + count - 1 > SEED_MAX:
            raise BatchDataError(f"seeds {start}..{start + count - 1} leave the range 0..{SEED_MAX}")
        return list(range(start, start + count))
    return random.Random(rng_seed).sample(range(SEED_MAX + 1), count)


def _checked_items(
    items: Sequence[Any], target: str, field: Any, ctx: ValueContext, node_id: str
) -> list[Any]:
    kind = kind_for(field)
    if not kind.sweepable:
        raise BatchDataError(
            f"batch node {node_id} feeds {target}, a {kind.name} field, which cannot be batched"
        )
    item_kind = getattr(kind, "item", kind)
    out = []
    for i, item in enumerate(items):
        try:
            out.append(item_kind.coerce_item(item, field, ctx))
        except ValueRuleError as exc:
            raise BatchDataError(
                f"batch node {node_id}: item [{i}] {item!r} for {target}: {exc.rule}"
            ) from None
    return out


def batch_node_data(
    definition: WorkflowDefinition, templates: TemplateSet | None, ctx: ValueContext
) -> list[list[dict[str, Any]]]:
    """Turn the export's batch nodes into batch data groups, as the GUI does.

    Each edge leaving a batch node's ``image``/``value`` output becomes a datum for the edge's target. Batch
    nodes whose ``batch_group_id`` is ``"None"`` form a group each; nodes sharing another id are zipped.

    Args:
        definition: the workflow.
        templates: the templates, used to check each item against its target field (``None``: unchecked).
        ctx: server-wide facts for the checks.

    Returns:
        The groups (empty when the workflow has no batch node).

    Raises:
        UnsupportedGeneratorError: a generator node feeds a batch node.
        BatchDataError: a batch node has no items, is not connected, or zipped lengths differ.
    """
    batch_nodes = [
        node
        for node in definition.nodes
        if node.get("type") == "invocation" and node["data"]["type"] in BATCH_NODE_TYPES
    ]
    if not batch_nodes:
        return []
    generators: dict[str, str] = {}
    # group id -> the data of each of its nodes, in the order the GUI builds them (by first appearance)
    by_group: dict[str, list[list[dict[str, Any]]]] = {}
    for node in batch_nodes:
        group_id = str((node["data"]["inputs"].get("batch_group_id") or {}).get("value") or _UNGROUPED)
        fed_by = _generator_sources(definition, node)
        if fed_by:
            generators.update(fed_by)
            continue
        by_group.setdefault(group_id, []).append(_node_data(definition, node, templates, ctx))
    if generators:
        raise UnsupportedGeneratorError(generators)
    groups: list[list[dict[str, Any]]] = []
    for group_id, parts in by_group.items():
        if group_id == _UNGROUPED:
            groups.extend(parts)
            continue
        lengths = {len(datum["items"]) for part in parts for datum in part}
        if len(lengths) > 1:
            raise BatchDataError(f"batch nodes in group {group_id!r} have different numbers of items")
        groups.append([datum for part in parts for datum in part])
    return groups


def _generator_sources(definition: WorkflowDefinition, node: Mapping[str, Any]) -> dict[str, str]:
    """The generator nodes feeding a batch node's items (the GUI evaluates them; the SDK refuses)."""
    items_field = _BATCH_FIELDS[node["data"]["type"]][0]
    sources: dict[str, str] = {}
    for edge in definition.edges:
        if edge["target"] != node["id"] or edge.get("targetHandle") != items_field:
            continue
        if edge.get("type") == "collapsed":
            continue
        source = definition.node(edge["source"])
        source_type = source["data"]["type"] if source and source.get("type") == "invocation" else "?"
        if source_type not in GENERATOR_NODE_TYPES:
            raise BatchDataError(
                f"batch node {node['id']} takes its items from {edge['source']} ({source_type}); only a list "
                "stored in the batch node, or a generator, can feed it"
            )
        sources[edge["source"]] = source_type
    return sources


def _node_data(
    definition: WorkflowDefinition, node: Mapping[str, Any], templates: TemplateSet | None, ctx: ValueContext
) -> list[dict[str, Any]]:
    """One datum per edge leaving a batch node's output, its items checked against the target field."""
    node_id: str = node["id"]
    node_type: str = node["data"]["type"]
    items_field, output_handle = _BATCH_FIELDS[node_type]
    items = (node["data"]["inputs"].get(items_field) or {}).get("value")
    if not isinstance(items, list) or not items:
        raise BatchDataError(f"batch node {node_id} ({node_type}) has no items in {items_field!r}")
    data: list[dict[str, Any]] = []
    for edge in definition.edges:
        target_handle = edge.get("targetHandle")
        if (
            edge["source"] != node_id
            or edge.get("type") == "collapsed"
            or edge.get("sourceHandle") != output_handle
            or not isinstance(target_handle, str)
        ):
            continue
        target = definition.node(edge["target"])
        if target is None or not is_executed_node(target):
            continue
        template = templates.get(target["data"]["type"]) if templates is not None else None
        field = template.inputs.get(target_handle) if template is not None else None
        key = f"{edge['target']}.{target_handle}"
        checked = _checked_items(items, key, field, ctx, node_id) if field is not None else json_copy(items)
        data.append({"node_path": edge["target"], "field_name": target_handle, "items": checked})
    if not data:
        raise BatchDataError(f"batch node {node_id} ({node_type}) is not connected to any input")
    return data


def combine_batch_data(*parts: Iterable[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Concatenate batch data groups, checking that each ``(node_path, field_name)`` appears once.

    Args:
        parts: lists of groups (batch-node data, sweep data).

    Returns:
        One list of groups.

    Raises:
        BatchDataError: a field is given values twice.
    """
    combined: list[list[dict[str, Any]]] = []
    seen: set[tuple[str, str]] = set()
    for part in parts:
        for group in part:
            for datum in group:
                pair = (datum["node_path"], datum["field_name"])
                if pair in seen:
                    raise BatchDataError(f"{pair[0]}.{pair[1]} is given batch values twice")
                seen.add(pair)
            combined.append(group)
    return combined


def session_count(data: Sequence[Sequence[Mapping[str, Any]]], runs: int = 1) -> int:
    """Sessions a batch will enqueue: the product of the group lengths, times ``runs``.

    Args:
        data: the batch data groups.
        runs: the batch's runs.

    Returns:
        The number of queue items the server will create (before its queue-size limit).
    """
    return math.prod(len(group[0]["items"]) for group in data if group) * runs
