"""The sessions a batch stands for, pure: its expansion, a session's value key, the body of any chunk of them.

InvokeAI multiplies a batch: the product of its zip groups of batch data, times ``runs``, and makes its
items in that order (runs outermost, then the groups, the first outermost). A durable run expands that
product once into *sessions* (one per queue item it will make), records them, and later enqueues them a
chunk at a time, each chunk one zip group that lists its sessions' values in turn. A queue item is joined
back to its session by its batch values (``value_key``); identical sessions (runs) are interchangeable
and taken in turn. A job finds the row of an item by its place in the expansion.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["Session", "chunk_body", "expand", "value_key"]


class RowTableLike(Protocol):
    """What the plan needs of a workflow's rows (``workflows.RowTable`` is one)."""

    @property
    def keys(self) -> tuple[str, ...]: ...

    @property
    def numbers(self) -> tuple[int, ...]: ...

    def cells(self, position: int) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Session:
    """One queue item to be: its place in the plan, its row (number and values), its batch values."""

    pos: int
    row: int | None
    values: tuple[tuple[str, str, Any], ...]  # (node_path, field_name, value), in batch data order
    cells: Mapping[str, Any]  # the row's values by column ({} without rows)

    @property
    def key(self) -> str:
        return value_key(self.values)

    def sweep(self, row_keys: frozenset[str]) -> dict[str, Any]:
        """The session's batch values that are not its row's (sweeps), by ``node.field``."""
        return {f"{n}.{f}": v for n, f, v in self.values if f"{n}.{f}" not in row_keys}


def value_key(values: Sequence[Any]) -> str:
    """A canonical text of batch values: triples, or records/dicts with ``node_path``, ``field_name``,
    ``value`` (a queue item's ``field_values``); the order does not matter."""
    triples = sorted(
        (_part(v, "node_path", 0), _part(v, "field_name", 1), _part(v, "value", 2)) for v in values
    )
    return json.dumps(triples, sort_keys=True, separators=(",", ":"))


def _part(value: Any, name: str, index: int) -> Any:
    if isinstance(value, tuple | list):
        return value[index]
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name)


def expand(body: Mapping[str, Any], rows: RowTableLike | None = None) -> Iterator[Session]:
    """Every session of an ``enqueue_batch`` body, in the order the plan keeps them: run by run, then
    the product of the zip groups. The zip group of ``rows`` (its fields are the rows' input keys) gives
    each session its row number and values."""
    batch = body["batch"]
    groups: list[list[Mapping[str, Any]]] = list(batch.get("data") or [])
    runs = int(batch.get("runs") or 1)
    row_keys = set(rows.keys) if rows is not None else set()
    row_group = next(
        (i for i, g in enumerate(groups) if row_keys and {_field_key(d) for d in g} == row_keys), None
    )
    sizes = [len(group[0]["items"]) if group else 1 for group in groups]
    pos = 0
    for _ in range(runs):
        for combo in itertools.product(*(range(size) for size in sizes)):
            values = tuple(
                (str(d["node_path"]), str(d["field_name"]), d["items"][index])
                for group, index in zip(groups, combo, strict=True)
                for d in group
            )
            row = cells = None
            if rows is not None and row_group is not None:
                row, cells = rows.numbers[combo[row_group]], rows.cells(combo[row_group])
            yield Session(pos, row, values, cells or {})
            pos += 1


def _field_key(datum: Mapping[str, Any]) -> str:
    return f"{datum['node_path']}.{datum['field_name']}"


def chunk_body(base: Mapping[str, Any], sessions: Sequence[Session], batch_id: str) -> dict[str, Any]:
    """The ``enqueue_batch`` body of some sessions: ``base`` (a body without batch data) with one zip group
    listing each session's values in turn, or ``runs`` of them when sessions carry no values."""
    body = copy.deepcopy(dict(base))
    batch = body["batch"]
    batch["batch_id"] = batch_id
    batch.pop("data", None)
    first = sessions[0].values if sessions else ()
    if first:
        batch["runs"] = 1
        batch["data"] = [
            [
                {"node_path": node, "field_name": field, "items": [s.values[i][2] for s in sessions]}
                for i, (node, field, _) in enumerate(first)
            ]
        ]
    else:
        batch["runs"] = len(sessions)
    return body
