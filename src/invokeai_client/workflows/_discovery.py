"""Input discovery (spec section 2): the form's node-field elements, in a stable order, typed.

The form is walked depth-first in pre-order from ``form.rootElementId``; accepted fields get indices 0, 1, 2 …
When there is no usable form the legacy ``exposedFields`` list is used instead. Each input is a
frozen [`WorkflowInput`][invokeai_client.workflows.WorkflowInput] record.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..errors import WorkflowFormatError
from ..templates import Cardinality, FieldTemplate, TemplateSet, infer_field_template, kind_for, start_case
from ._definition import WorkflowDefinition, json_copy
from ._form import check_form, walk_form
from ._input_record import InputSource, WorkflowInput

__all__ = ["Discovery", "discover_inputs", "field_template_for", "make_input"]

logger = logging.getLogger(__name__)


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


def discover_inputs(
    definition: WorkflowDefinition, templates: TemplateSet | None, *, strict: bool = True
) -> Discovery:
    """Find the workflow's inputs.

    Args:
        definition: the workflow.
        templates: the template set (``None``: types are inferred from values, the schema-less mode of ``_schemaless``).
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
        for form_element, path in walk_form(form, warnings):
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
        inputs[position] = replace(inputs[position], aliases=tuple(ids))
    for message in warnings:
        logger.warning("workflow %r: %s", definition.name, message)
    return Discovery(inputs=tuple(inputs), source=source, warnings=tuple(warnings))
