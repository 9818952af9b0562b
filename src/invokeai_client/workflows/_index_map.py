"""Index maps: a saved snapshot of the inputs' indices, and the drift of a workflow against it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from ._input_record import InputSource, WorkflowInput

__all__ = ["InputDrift", "build_index_map", "diff_index_maps"]


_INDEX_MAP_VERSION = 1

#: What happened to an input between two index maps.
DriftChange: TypeAlias = Literal["moved", "removed", "added", "relabeled", "retyped"]


def build_index_map(name: str, source: InputSource, inputs: Sequence[WorkflowInput]) -> dict[str, Any]:
    """A JSON-able map of the inputs' indices, keys, labels and kinds, to detect drift later.

    Args:
        name: the workflow's name.
        source: where the inputs came from.
        inputs: the indexed inputs.

    Returns:
        ``{"version": 1, "workflow": name, "source": …, "inputs": [{index, key, label, kind, cardinality,
        element_id}]}``.
    """
    return {
        "version": _INDEX_MAP_VERSION,
        "workflow": name,
        "source": source,
        "inputs": [
            {
                "index": r.index,
                "key": r.key,
                "label": r.label,
                "kind": r.kind,
                "cardinality": r.cardinality.value,
                "element_id": r.element_id,
            }
            for r in inputs
        ],
    }


@dataclass(frozen=True, slots=True)
class InputDrift:
    """One difference between an index map and the workflow's inputs.

    Attributes:
        change: ``"moved"``, ``"removed"``, ``"added"``, ``"relabeled"`` or ``"retyped"``.
        key: the input's key.
        old_index / new_index: its index before and after (``None`` when absent).
        detail: a sentence describing the change.
    """

    change: DriftChange
    key: str
    old_index: int | None
    new_index: int | None
    detail: str

    def __str__(self) -> str:
        return self.detail


def diff_index_maps(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[InputDrift]:
    """Compare two index maps (``Workflow.index_map()``) input by input.

    Args:
        old: the saved map.
        new: the current map.

    Returns:
        The differences, in the old map's order then additions; empty when nothing drifted.
    """
    old_entries = {e["key"]: e for e in old.get("inputs", ())}
    new_entries = {e["key"]: e for e in new.get("inputs", ())}
    drift: list[InputDrift] = []
    for key, before in old_entries.items():
        after = new_entries.get(key)
        if after is None:
            drift.append(
                InputDrift("removed", key, before["index"], None, f"{key} (#{before['index']}) was removed")
            )
        else:
            drift.extend(_changes(key, before, after))
    for key, after in new_entries.items():
        if key not in old_entries:
            drift.append(
                InputDrift("added", key, None, after["index"], f"{key} was added as #{after['index']}")
            )
    return drift


def _changes(key: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[InputDrift]:
    """How an input in both maps changed: moved, relabeled and/or retyped, in that order."""
    found: list[tuple[DriftChange, str]] = []
    if before["index"] != after["index"]:
        found.append(("moved", f"{key} moved from #{before['index']} to #{after['index']}"))
    if before.get("label") != after.get("label"):
        found.append(
            ("relabeled", f"{key} was relabeled from {before.get('label')!r} to {after.get('label')!r}")
        )
    if (before.get("kind"), before.get("cardinality")) != (after.get("kind"), after.get("cardinality")):
        found.append(
            (
                "retyped",
                f"{key} changed kind from {before.get('kind')}/{before.get('cardinality')} to "
                f"{after.get('kind')}/{after.get('cardinality')}",
            )
        )
    return [InputDrift(change, key, before["index"], after["index"], detail) for change, detail in found]
