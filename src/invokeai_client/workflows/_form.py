"""Input discovery (spec section 2): the form's node-field elements, in a stable order, typed.

The form is walked depth-first in pre-order from ``form.rootElementId``; accepted fields get indices 0, 1, 2 …
When there is no usable form the legacy ``exposedFields`` list is used instead (spec 2.4). Each input is a
frozen :class:`WorkflowInput` record; lookup is by index, key (``"nodeId.fieldName"``) or label.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeAlias

from .._errors import AmbiguousInputError, InputNotFoundError, WorkflowFormatError
from ._definition import WorkflowDefinition, json_copy
from ._fields import CONNECTION, infer_field_template, kind_for
from ._templates import Cardinality, Constraints, FieldTemplate, TemplateSet, start_case

__all__ = [
    "Discovery",
    "InputDrift",
    "InputRef",
    "InputSource",
    "InputTable",
    "WorkflowInput",
    "build_index_map",
    "check_form",
    "diff_index_maps",
    "discover_inputs",
    "field_template_for",
    "make_input",
]

logger = logging.getLogger(__name__)

_ELEMENT_TYPES = frozenset({"container", "node-field", "heading", "text", "divider"})

#: Where the indexed inputs came from.
InputSource: TypeAlias = Literal["form", "exposedFields", "none"]


@dataclass(frozen=True, slots=True)
class WorkflowInput:
    """One input of a workflow, as the GUI's form shows it.

    Attributes:
        index: the position in the form (0, 1, 2 …), or ``None`` for a field reached by key outside the form.
            Derived, not stored: it shifts when the form is edited; use ``key`` in long-lived scripts.
        key: ``"nodeId.fieldName"``, stable across form edits.
        node_id, field_name: the field's address.
        node_type: the node's type (``"noise"``).
        node_label: the node's title in the GUI (its label, else the template title).
        label: the instance label, else the template title, else the field name.
        description: the instance description, else the template's.
        kind: ``"string"``, ``"integer"``, ``"float"``, ``"boolean"``, ``"enum"``, ``"scheduler"``, ``"image"``,
            ``"board"``, ``"model"``, ``"color"``, or ``"connection"`` (read-only). For lists, the item kind.
        cardinality: SINGLE, COLLECTION or SINGLE_OR_COLLECTION.
        type_name: the template's type name (``"IntegerField"``), or ``None`` when unsupported.
        required: the field needs a value: the template requires it (``orig_required`` without
            ``orig_default``) and no edge feeds it.
        value: the current instance JSON (``None`` when the instance stores no value; for a board that
            means "auto").
        connected: an edge feeds the field; it cannot be set and is not sent.
        default: the template default the server applies when no value is sent.
        constraints: numeric, length and item-count constraints.
        options: the allowed values of an enum or scheduler, else ``None``.
        choice_labels: display names of enum options, else ``None``.
        ui_model_base, ui_model_type: the model bases and types a model field accepts, else ``None``.
        element_id: the form element id, ``None`` outside a form.
        aliases: ids of further form elements showing the same field.
        show_description: the form element's ``showDescription``.
        settings: the form element's UI settings (component, soft min/max, dropdown options), or ``None``.
        container_path: ids of the containers enclosing the element, outermost first.
        inferred: the type was guessed from the value (no template for this node type).
        template: the field template (not part of comparisons or ``to_dict``).
    """

    index: int | None
    key: str
    node_id: str
    field_name: str
    node_type: str
    node_label: str
    label: str
    description: str
    kind: str
    cardinality: Cardinality
    type_name: str | None
    required: bool
    value: Any
    connected: bool
    default: Any = None
    constraints: Constraints = field(default_factory=Constraints)
    options: tuple[Any, ...] | None = None
    choice_labels: Mapping[str, str] | None = None
    ui_model_base: tuple[str, ...] | None = None
    ui_model_type: tuple[str, ...] | None = None
    element_id: str | None = None
    aliases: tuple[str, ...] = ()
    show_description: bool = True
    settings: Mapping[str, Any] | None = None
    container_path: tuple[str, ...] = ()
    inferred: bool = False
    template: FieldTemplate | None = field(default=None, compare=False, repr=False)

    @property
    def missing(self) -> bool:
        """Required, and no value is stored (spec 3.4)."""
        return self.required and self.value is None

    @property
    def settable(self) -> bool:
        """A value can be assigned: not connected, and not a connection-only type."""
        return not self.connected and self.kind != CONNECTION.name

    def describe(self) -> str:
        """Describe the input for messages.

        Returns:
            ``"#3 'Width' (noise:abc.width)"`` (no ``#index`` outside the form).
        """
        where = f"#{self.index} " if self.index is not None else ""
        return f"{where}{self.label!r} ({self.key})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of the record (what ``invokeai-client inputs --json`` prints).

        Returns:
            The record's public attributes, ``constraints`` as JSON-schema names, without ``template``.
        """
        return {
            "index": self.index,
            "key": self.key,
            "label": self.label,
            "kind": self.kind,
            "cardinality": self.cardinality.value,
            "type_name": self.type_name,
            "value": json_copy(self.value),
            "required": self.required,
            "missing": self.missing,
            "connected": self.connected,
            "default": json_copy(self.default),
            "constraints": self.constraints.to_dict(),
            "options": list(self.options) if self.options is not None else None,
            "node_id": self.node_id,
            "field_name": self.field_name,
            "node_type": self.node_type,
            "node_label": self.node_label,
            "description": self.description,
            "element_id": self.element_id,
            "aliases": list(self.aliases),
            "container_path": list(self.container_path),
            "show_description": self.show_description,
            "settings": json_copy(self.settings) if self.settings is not None else None,
            "ui_model_base": list(self.ui_model_base) if self.ui_model_base else None,
            "ui_model_type": list(self.ui_model_type) if self.ui_model_type else None,
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class Discovery:
    """The result of input discovery: the inputs, where they came from, and what was dropped."""

    inputs: tuple[WorkflowInput, ...]
    source: InputSource
    warnings: tuple[str, ...] = ()


def field_template_for(
    templates: TemplateSet | None, node_type: str, field_name: str, instance: Mapping[str, Any]
) -> tuple[FieldTemplate, bool]:
    """The template of a node's field: from the templates, or inferred from the stored value.

    Args:
        templates: the template set (``None``: schema-less mode).
        node_type: the node type.
        field_name: the field name.
        instance: the instance input dict.

    Returns:
        ``(template, inferred)``. A field unknown to a known node type gets a connection-only template.
    """
    template = templates.get(node_type) if templates is not None else None
    if template is None:
        label = instance.get("label")
        return infer_field_template(field_name, instance.get("value"), label=label or ""), True
    known = template.inputs.get(field_name)
    if known is not None:
        return known, False
    return (
        FieldTemplate(
            name=field_name,
            title=start_case(field_name),
            description="",
            field_kind="input",
            input="connection",
            type_name=None,
            cardinality=Cardinality.SINGLE,
        ),
        False,
    )


def make_input(
    definition: WorkflowDefinition,
    templates: TemplateSet | None,
    node: Mapping[str, Any],
    field_name: str,
    *,
    index: int | None = None,
    element: Mapping[str, Any] | None = None,
    container_path: tuple[str, ...] = (),
) -> WorkflowInput:
    """Build the record of one field of an invocation node.

    Args:
        definition: the workflow.
        templates: the template set, or ``None``.
        node: the invocation node.
        field_name: a key of the node's ``data.inputs``.
        index: the form index, if any.
        element: the node-field form element, if any.
        container_path: the enclosing container ids.

    Returns:
        The record.
    """
    data = node["data"]
    node_type: str = data["type"]
    instance: Mapping[str, Any] = data["inputs"][field_name]
    template, inferred = field_template_for(templates, node_type, field_name, instance)
    invocation = templates.get(node_type) if templates is not None else None
    connected = definition.is_connected(node["id"], field_name)
    kind = kind_for(template)
    element_data: Mapping[str, Any] = (element or {}).get("data") or {}
    settings = element_data.get("settings")
    return WorkflowInput(
        index=index,
        key=f"{node['id']}.{field_name}",
        node_id=node["id"],
        field_name=field_name,
        node_type=node_type,
        node_label=data.get("label") or (invocation.title if invocation is not None else node_type),
        label=instance.get("label") or template.title or field_name,
        description=instance.get("description") or template.description,
        kind=kind.name,
        cardinality=template.cardinality,
        type_name=template.type_name,
        required=template.required and not connected,
        value=json_copy(instance.get("value")),
        connected=connected,
        default=template.default,
        constraints=template.constraints,
        options=template.options,
        choice_labels=template.choice_labels,
        ui_model_base=template.ui_model_base,
        ui_model_type=template.ui_model_type,
        element_id=element.get("id") if element is not None else None,
        show_description=bool(element_data.get("showDescription", True)),
        settings=json_copy(settings) if isinstance(settings, Mapping) else None,
        container_path=container_path,
        inferred=inferred,
        template=template,
    )


def check_form(form: Any) -> tuple[list[str], bool]:
    """Check a form the way the GUI does before using it (spec 1.4).

    Args:
        form: the workflow's ``form`` value.

    Returns:
        ``(problems, empty)``: every problem found (with element ids), and whether the form is absent or
        empty (only a root without children). An absent form has no problems.
    """
    if form is None:
        return [], True
    if not isinstance(form, Mapping):
        return ["the form is not an object"], False
    elements = form.get("elements")
    root_id = form.get("rootElementId")
    if not isinstance(elements, Mapping) or not isinstance(root_id, str):
        if not elements and root_id is None:
            return [], True
        return ["the form needs an 'elements' object and a string 'rootElementId'"], False
    problems: list[str] = []
    root = elements.get(root_id)
    if not isinstance(root, Mapping):
        return [f"the root element {root_id!r} does not exist"], False
    if root.get("type") != "container":
        problems.append(f"the root element {root_id!r} is a {root.get('type')!r}, not a container")
    if root.get("parentId") is not None:
        problems.append(f"the root element {root_id!r} has a parentId")
    listed_by: dict[str, str] = {}
    for element_id, element in elements.items():
        problems.extend(_check_element(element_id, element, elements, root_id, listed_by))
    for element_id, element in elements.items():
        if element_id == root_id or not isinstance(element, Mapping):
            continue
        parent_id = element.get("parentId")
        if not isinstance(parent_id, str) or not isinstance(elements.get(parent_id), Mapping):
            problems.append(f"element {element_id!r} has parentId {parent_id!r}, which does not exist")
        elif listed_by.get(element_id) != parent_id:
            problems.append(f"element {element_id!r} names {parent_id!r} as parent, which does not list it")
    problems.extend(_cycles_and_orphans(elements, root_id))
    empty = not problems and len(elements) == 1 and not ((root.get("data") or {}).get("children") or [])
    return problems, empty


def _check_element(
    element_id: str, element: Any, elements: Mapping[str, Any], root_id: str, listed_by: dict[str, str]
) -> list[str]:
    """The problems of one form element; records in ``listed_by`` which container lists each child."""
    if not isinstance(element, Mapping):
        return [f"element {element_id!r} is not an object"]
    problems: list[str] = []
    if element.get("id") != element_id:
        problems.append(f"element {element_id!r} has id {element.get('id')!r}")
    element_type = element.get("type")
    if element_type not in _ELEMENT_TYPES:
        problems.append(f"element {element_id!r} has unknown type {element_type!r}")
    data = element.get("data")
    if element_type == "container":
        children = data.get("children") if isinstance(data, Mapping) else None
        if not isinstance(children, list) or not all(isinstance(c, str) for c in children):
            problems.append(f"container {element_id!r} has no list of child ids")
            children = []
        for child_id in children:
            child = elements.get(child_id)
            if not isinstance(child, Mapping):
                problems.append(f"container {element_id!r} lists child {child_id!r}, which does not exist")
            elif child_id == root_id:
                problems.append(f"container {element_id!r} lists the root element as a child (a cycle)")
            else:
                if child.get("parentId") != element_id:
                    problems.append(
                        f"container {element_id!r} lists {child_id!r}, whose parentId is {child.get('parentId')!r}"
                    )
                if listed_by.setdefault(child_id, element_id) != element_id:
                    problems.append(
                        f"element {child_id!r} is listed by containers {listed_by[child_id]!r} and {element_id!r}"
                    )
    elif element_type == "node-field":
        identifier = data.get("fieldIdentifier") if isinstance(data, Mapping) else None
        if not isinstance(identifier, Mapping) or not (
            isinstance(identifier.get("nodeId"), str) and isinstance(identifier.get("fieldName"), str)
        ):
            problems.append(f"node-field {element_id!r} has no fieldIdentifier {{nodeId, fieldName}}")
    return problems


def _children(element: Mapping[str, Any]) -> list[str]:
    if element.get("type") != "container":
        return []
    children = (element.get("data") or {}).get("children")
    return [c for c in children if isinstance(c, str)] if isinstance(children, list) else []


def _cycles_and_orphans(elements: Mapping[str, Any], root_id: str) -> list[str]:
    problems: list[str] = []
    reached: set[str] = {root_id}
    on_path: dict[str, None] = {root_id: None}  # the current DFS path, ordered
    # Iterative DFS over child iterators; a child that is on the current path closes a cycle.
    root = elements.get(root_id)
    stack: list[tuple[str, Iterator[str]]] = [
        (root_id, iter(_children(root) if isinstance(root, Mapping) else []))
    ]
    while stack:
        element_id, children = stack[-1]
        child_id = next(children, None)
        if child_id is None:
            stack.pop()
            del on_path[element_id]
            continue
        if child_id in on_path:
            path = list(on_path)
            cycle = [*path[path.index(child_id) :], child_id]
            problems.append("the form has a cycle: " + " -> ".join(cycle))
            continue
        child = elements.get(child_id)
        if child_id in reached or not isinstance(child, Mapping):
            continue
        reached.add(child_id)
        on_path[child_id] = None
        stack.append((child_id, iter(_children(child))))
    orphans = [element_id for element_id in elements if element_id not in reached]
    if orphans:
        problems.append(f"element(s) not reachable from the root {root_id!r}: {', '.join(orphans)}")
    return problems


def _walk_form(
    form: Mapping[str, Any], warnings: list[str]
) -> list[tuple[Mapping[str, Any], tuple[str, ...]]]:
    """Depth-first pre-order walk; returns the node-field elements with their container paths."""
    elements: Mapping[str, Any] = form["elements"]
    found: list[tuple[Mapping[str, Any], tuple[str, ...]]] = []
    visited: set[str] = set()
    stack: list[tuple[str, tuple[str, ...]]] = [(form["rootElementId"], ())]
    while stack:
        element_id, path = stack.pop()
        element = elements.get(element_id)
        if not isinstance(element, Mapping):
            warnings.append(f"form element {element_id!r} does not exist; skipped")
            continue
        if element_id in visited:
            warnings.append(f"form element {element_id!r} is reached twice; visited once")
            continue
        visited.add(element_id)
        element_type = element.get("type")
        if element_type == "container":
            inner = (*path, element_id)
            stack.extend((child, inner) for child in reversed(_children(element)))
        elif element_type == "node-field":
            found.append((element, path))
    return found


def discover_inputs(
    definition: WorkflowDefinition, templates: TemplateSet | None, *, strict: bool = True
) -> Discovery:
    """Find the workflow's inputs (spec 2.1 to 2.4).

    Args:
        definition: the workflow.
        templates: the template set (``None``: types are inferred from values, spec 3.5).
        strict: raise on an invalid form (dangling references, cycles, broken parent links). When false, an
            invalid form is ignored with a warning, as the GUI does, and ``exposedFields`` is used instead.

    Returns:
        The inputs, their source (``"form"``, ``"exposedFields"`` or ``"none"``) and warnings for dropped
        candidates.

    Raises:
        WorkflowFormatError: the form is invalid and ``strict`` is true.
    """
    warnings: list[str] = []
    form = definition.data.get("form")
    problems, empty = check_form(form)
    if problems:
        if strict:
            raise WorkflowFormatError(
                f"the form of workflow {definition.name!r} is invalid", problems=problems
            )
        warnings.append(f"the form is invalid and is ignored, as the GUI does: {'; '.join(problems)}")
    candidates: list[tuple[str, str, Mapping[str, Any] | None, tuple[str, ...]]] = []
    source: InputSource
    if not problems and not empty:
        source = "form"
        assert isinstance(form, Mapping)
        for form_element, path in _walk_form(form, warnings):
            identifier = form_element["data"]["fieldIdentifier"]
            candidates.append((identifier["nodeId"], identifier["fieldName"], form_element, path))
    else:
        exposed = definition.data.get("exposedFields") or []
        source = "exposedFields" if exposed else "none"
        for entry in exposed:
            if isinstance(entry, Mapping) and isinstance(entry.get("nodeId"), str):
                candidates.append((entry["nodeId"], str(entry.get("fieldName")), None, ()))
            else:
                warnings.append(f"exposedFields entry {entry!r} is not {{nodeId, fieldName}}; skipped")
    inputs: list[WorkflowInput] = []
    accepted: dict[str, int] = {}
    aliases: dict[str, list[str]] = {}
    for node_id, field_name, element, path in candidates:
        node = definition.node(node_id)
        where = f"form element {element['id']!r}" if element is not None else "exposedFields entry"
        if node is None or node.get("type") != "invocation":
            reason = "does not exist" if node is None else "is not an invocation node"
            warnings.append(f"{where} refers to node {node_id!r}, which {reason}; dropped")
            continue
        if field_name not in node["data"]["inputs"]:
            warnings.append(
                f"{where} refers to {node_id}.{field_name}, which the node does not have; dropped"
            )
            continue
        key = f"{node_id}.{field_name}"
        if key in accepted:
            if element is not None:
                aliases.setdefault(key, []).append(element["id"])
            continue
        record = make_input(
            definition, templates, node, field_name, index=len(inputs), element=element, container_path=path
        )
        if record.template is not None and record.type_name is None and not record.inferred:
            warnings.append(
                f"input {record.describe()} is not a field of the {record.node_type!r} template; it is "
                "read-only and will not be sent"
            )
        accepted[key] = len(inputs)
        inputs.append(record)
    for key, ids in aliases.items():
        position = accepted[key]
        old = inputs[position]
        inputs[position] = _replace_aliases(old, tuple(ids))
    for message in warnings:
        logger.warning("workflow %r: %s", definition.name, message)
    return Discovery(inputs=tuple(inputs), source=source, warnings=tuple(warnings))


def _replace_aliases(record: WorkflowInput, aliases: tuple[str, ...]) -> WorkflowInput:
    return replace(record, aliases=aliases)


#: A reference to an input: its index, its key ``"nodeId.fieldName"``, its label, or the record itself.
InputRef: TypeAlias = "int | str | WorkflowInput"


class InputTable:
    """Lookup of inputs by index, key or label."""

    __slots__ = ("_by_key", "_by_label", "_by_label_folded", "_count")

    def __init__(self, inputs: Sequence[WorkflowInput]) -> None:
        self._count = len(inputs)
        self._by_key = {record.key: i for i, record in enumerate(inputs)}
        self._by_label: dict[str, list[int]] = {}
        self._by_label_folded: dict[str, list[int]] = {}
        for i, record in enumerate(inputs):
            self._by_label.setdefault(record.label, []).append(i)
            self._by_label_folded.setdefault(record.label.casefold(), []).append(i)

    def find(self, ref: InputRef, inputs: Sequence[WorkflowInput]) -> int | None:
        """The position of the input ``ref`` names, or ``None`` when it is a key outside the form.

        Args:
            ref: an index, a key, a label, or a record.
            inputs: the records this table was built from.

        Returns:
            The position in ``inputs``; ``None`` for a well-formed key of no form input.

        Raises:
            InputNotFoundError: nothing matches.
            AmbiguousInputError: a label matches several inputs.
        """
        if isinstance(ref, WorkflowInput):
            ref = ref.key
        if isinstance(ref, bool) or not isinstance(ref, int | str):
            raise InputNotFoundError(
                ref, reason="use an index (int), a key 'nodeId.fieldName' or a label (str)"
            )
        if isinstance(ref, int):
            if 0 <= ref < self._count:
                return ref
            raise InputNotFoundError(ref, reason=f"the workflow has {self._count} indexed inputs")
        if ref in self._by_key:
            return self._by_key[ref]
        for table, text in ((self._by_label, ref), (self._by_label_folded, ref.casefold())):
            matches = table.get(text)
            if matches and len(matches) == 1:
                return matches[0]
            if matches:
                raise AmbiguousInputError(ref, [inputs[i].describe() for i in matches])
        return None


_INDEX_MAP_VERSION = 1


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

    change: Literal["moved", "removed", "added", "relabeled", "retyped"]
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
            continue
        if before["index"] != after["index"]:
            drift.append(
                InputDrift(
                    "moved",
                    key,
                    before["index"],
                    after["index"],
                    f"{key} moved from #{before['index']} to #{after['index']}",
                )
            )
        if before.get("label") != after.get("label"):
            drift.append(
                InputDrift(
                    "relabeled",
                    key,
                    before["index"],
                    after["index"],
                    f"{key} was relabeled from {before.get('label')!r} to {after.get('label')!r}",
                )
            )
        if (before.get("kind"), before.get("cardinality")) != (after.get("kind"), after.get("cardinality")):
            drift.append(
                InputDrift(
                    "retyped",
                    key,
                    before["index"],
                    after["index"],
                    f"{key} changed kind from {before.get('kind')}/{before.get('cardinality')} to "
                    f"{after.get('kind')}/{after.get('cardinality')}",
                )
            )
    for key, after in new_entries.items():
        if key not in old_entries:
            drift.append(
                InputDrift("added", key, None, after["index"], f"{key} was added as #{after['index']}")
            )
    return drift
