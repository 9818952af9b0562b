"""A workflow as an MCP tool: its name, description and JSON Schema, read from its typed form inputs.

Pure: no request, no MCP import. The schema says what `Workflow.set` accepts, in the shapes an agent
can write (a colour as hex, an image or a model by name), and the call's arguments are turned back into
the values `Workflow.set` takes by `ToolSpec.values`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..templates import Cardinality
from ..workflows import Workflow, WorkflowInput

__all__ = ["COUNT", "ToolSpec", "input_schema", "property_names", "tool_name", "tool_specs"]

#: The property asking for more than one session (the GUI's iterations); renamed when a label takes it.
COUNT = "count"
_NAME_LIMIT = 64  # SEP-986 allows 128; agents' own limits are often 64
_DESCRIPTION_LIMIT = 2000
_HEX = r"^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$"
_ITEM_COUNTS = ("minItems", "maxItems")
_NUMBER = {"integer": "integer", "float": "number"}
_TEXT_KINDS = {
    "image": "an image: its name on the server, or a data URI (data:image/png;base64,…) that is uploaded first",
    "video": "a video's name on the server",
    "board": "a board id, 'auto' (the board the call gives) or 'none' (uncategorized)",
}


def tool_name(workflow_name: str, taken: Iterable[str] = ()) -> str:
    """A stable, MCP-valid tool name from a workflow's name.

    Lower case, runs of other characters as one ``_``, at most 64 characters; ``_2``, ``_3`` … when the
    name is taken (the order in which workflows are given decides which one keeps the plain name).

    Args:
        workflow_name: the workflow's name (``"SDXL text to image"``).
        taken: the names already given.

    Returns:
        ``"sdxl_text_to_image"``; ``"workflow"`` for a name with no letter or digit.
    """
    base = re.sub(r"[^a-z0-9]+", "_", workflow_name.lower()).strip("_")[:_NAME_LIMIT].strip("_")
    base = base or "workflow"
    used = set(taken)
    name, n = base, 2
    while name in used:
        suffix = f"_{n}"
        name, n = base[: _NAME_LIMIT - len(suffix)] + suffix, n + 1
    return name


def property_names(inputs: Sequence[WorkflowInput]) -> dict[str, WorkflowInput]:
    """The settable inputs by property name: the form label (what ``--set`` takes), else the key.

    A label two inputs share names neither of them, so both go by their ``nodeId.field`` key.
    """
    settable = [record for record in inputs if record.settable and record.index is not None]
    labels = [record.label for record in settable]
    return {(record.label if labels.count(record.label) == 1 else record.key): record for record in settable}


def _form_bounds(constraints: dict[str, Any], settings: Mapping[str, Any] | None) -> dict[str, Any]:
    """The template's bounds narrowed by the form's own ``min``/``max`` (which `Workflow.set` holds to)."""
    out = dict(constraints)
    for key, pick in (("min", max), ("max", min)):
        bound = (settings or {}).get(key)
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            name = "minimum" if key == "min" else "maximum"
            out[name] = pick(out[name], bound) if name in out else bound
    return out


def _item_schema(record: WorkflowInput) -> dict[str, Any]:
    kind = record.kind
    constraints = {k: v for k, v in record.constraints.to_dict().items() if k not in _ITEM_COUNTS}
    if kind in _NUMBER:
        return {"type": _NUMBER[kind], **_form_bounds(constraints, record.settings)}
    if kind == "string":
        return {"type": "string", **constraints}
    if kind == "boolean":
        return {"type": "boolean"}
    if kind in ("enum", "scheduler") and record.options is not None:
        return {"type": "string", "enum": list(record.options)}
    if kind == "color":
        return {"type": "string", "pattern": _HEX}
    if kind in _TEXT_KINDS or kind == "model":
        return {"type": "string"}
    return {}  # a kind this SDK has no JSON shape for: any JSON value, checked by Workflow.set


def _kind_note(record: WorkflowInput) -> str:
    if record.kind == "model":
        parts = [
            f"bases {', '.join(record.ui_model_base)}" if record.ui_model_base else "",
            f"types {', '.join(record.ui_model_type)}" if record.ui_model_type else "",
        ]
        which = "; ".join(part for part in parts if part)
        return "a model's name or key" + (f" ({which})" if which else "") + "; list_models lists them"
    if record.kind == "color":
        return "a colour as hex '#rrggbb' or '#rrggbbaa'"
    if record.choice_labels:
        return "; ".join(f"{value}: {label}" for value, label in record.choice_labels.items())
    return _TEXT_KINDS.get(record.kind, "")


def agent_value(record: WorkflowInput, value: Any) -> Any:
    """A stored value in the shape the schema asks for (``None`` when it has none)."""
    if value is None:
        return None
    if isinstance(value, list):
        return [agent_value(record, item) for item in value]
    if record.kind == "color" and isinstance(value, Mapping):
        channels = [value.get(c, 255) for c in "rgba"]
        if all(isinstance(c, int) for c in channels):
            return "#" + "".join(f"{c:02x}" for c in channels)
        return None
    if isinstance(value, Mapping):
        for key in ("image_name", "video_name", "video_id", "board_id", "name"):
            if isinstance(value.get(key), str):
                return value[key]
        return None
    return value


def _property(record: WorkflowInput) -> dict[str, Any]:
    item = _item_schema(record)
    counts = {k: v for k, v in record.constraints.to_dict().items() if k in _ITEM_COUNTS}
    if record.cardinality is Cardinality.COLLECTION:
        schema: dict[str, Any] = {"type": "array", "items": item, **counts}
    elif record.cardinality is Cardinality.SINGLE_OR_COLLECTION:
        schema = {"anyOf": [item, {"type": "array", "items": item, **counts}]}
    else:
        schema = dict(item)
    schema["title"] = record.label
    note = _kind_note(record)
    text = " ".join(part for part in (record.description.strip(), f"({note})" if note else "") if part)
    if text:
        schema["description"] = text
    current = agent_value(record, record.value if record.value is not None else record.default)
    if current is not None:
        schema["default"] = current
    return schema


def input_schema(inputs: Sequence[WorkflowInput], *, max_count: int) -> dict[str, Any]:
    """The JSON Schema of a workflow tool's arguments.

    Args:
        inputs: the workflow's inputs (``Workflow.inputs``).
        max_count: the most sessions one call may ask for (the ``count`` property's ``maximum``).

    Returns:
        An object schema: one property per settable form input (bounds, options, defaults and
        descriptions from its template), ``required`` for inputs with no value, and ``count``.
    """
    named = property_names(inputs)
    properties = {name: _property(record) for name, record in named.items()}
    properties[count_property(named)] = {
        "type": "integer",
        "minimum": 1,
        "maximum": max_count,
        "default": 1,
        "description": "How many sessions to run (the GUI's iterations; a random seed node gives each its own).",
    }
    required = [name for name, record in named.items() if record.missing]
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def count_property(named: Mapping[str, WorkflowInput]) -> str:
    """``count``, or ``count_`` (``count__`` …) when a form label is ``count``."""
    name = COUNT
    while name in named:
        name += "_"
    return name


def description(workflow: Workflow) -> str:
    """The tool's description: the workflow's description and notes, and what a call returns."""
    data = workflow.definition.data
    parts = [str(data.get(key) or "").strip() for key in ("description", "notes")]
    text = "\n\n".join(part for part in parts if part)
    text = text[:_DESCRIPTION_LIMIT]
    tail = f"Runs the InvokeAI workflow {workflow.name!r} and returns its final images."
    return f"{text}\n\n{tail}" if text else tail


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """One workflow offered as a tool.

    Attributes:
        name: the tool name.
        workflow: the typed workflow (never changed: each call works on a copy).
        schema: its input schema.
        description: its description.
        inputs: the settable inputs by property name.
        count: the name of the ``count`` property.
    """

    name: str
    workflow: Workflow
    schema: dict[str, Any]
    description: str
    inputs: Mapping[str, WorkflowInput]
    count: str

    def split(self, arguments: Mapping[str, Any]) -> tuple[dict[str, Any], int]:
        """The input values by property name, and the count; unknown names are a `ValueError`."""
        unknown = sorted(set(arguments) - set(self.inputs) - {self.count})
        if unknown:
            raise ValueError(
                f"unknown argument(s) {', '.join(map(repr, unknown))}; "
                f"this tool takes {', '.join(map(repr, [*self.inputs, self.count]))}"
            )
        count = arguments.get(self.count, 1)
        maximum = self.schema["properties"][self.count]["maximum"]
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= maximum:
            raise ValueError(f"argument {self.count!r} must be an integer 1-{maximum}, not {count!r}")
        return {name: value for name, value in arguments.items() if name != self.count}, count


def tool_specs(
    workflows: Iterable[Workflow], *, max_count: int, reserved: Iterable[str] = ()
) -> list[ToolSpec]:
    """A tool per workflow, named in the order given, never one of the ``reserved`` (general) names."""
    specs: list[ToolSpec] = []
    taken = set(reserved)
    for workflow in workflows:
        name = tool_name(workflow.name, taken)
        taken.add(name)
        named = property_names(workflow.inputs)
        specs.append(
            ToolSpec(
                name=name,
                workflow=workflow,
                schema=input_schema(workflow.inputs, max_count=max_count),
                description=description(workflow),
                inputs=named,
                count=count_property(named),
            )
        )
    return specs
