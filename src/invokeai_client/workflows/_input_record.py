"""The record of one workflow input ([`WorkflowInput`][invokeai_client.workflows.WorkflowInput]) and where the indexed inputs came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from ..templates import CONNECTION, Cardinality, Constraints, FieldTemplate
from ._definition import json_copy

__all__ = ["InputSource", "WorkflowInput"]

#: Where the indexed inputs came from.
InputSource: TypeAlias = Literal["form", "exposedFields", "none"]
"""Where the workflow's inputs were read from: its ``"form"``, its legacy ``"exposedFields"``, or ``"none"``."""


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
        """Required, and no value is stored."""
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
