"""The template data model: a field's and a node type's template, as read from the OpenAPI document.

Plain frozen records with no parsing: `_field_schema` builds them from property schemas and
[`TemplateSet`][invokeai_client.templates.TemplateSet] from invocation schemas.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["NO_CONSTRAINTS", "Cardinality", "Constraints", "FieldTemplate", "InvocationTemplate"]


class Cardinality(StrEnum):
    """How many values a field holds, in the GUI's words."""

    SINGLE = "SINGLE"
    COLLECTION = "COLLECTION"
    SINGLE_OR_COLLECTION = "SINGLE_OR_COLLECTION"


_CONSTRAINT_NAMES = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusive_minimum": "exclusiveMinimum",
    "exclusive_maximum": "exclusiveMaximum",
    "multiple_of": "multipleOf",
    "min_length": "minLength",
    "max_length": "maxLength",
    "min_items": "minItems",
    "max_items": "maxItems",
}


@dataclass(frozen=True, slots=True)
class Constraints:
    """Value constraints of a field, collected from the property, its non-null ``anyOf`` branches, their
    array ``items`` and raw ``ge``/``le``/``gt``/``lt`` keys."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None

    def to_dict(self) -> dict[str, float]:
        """The constraints that are set, under their JSON-schema names (``exclusiveMinimum`` …).

        Returns:
            A JSON-able dict, empty when there is no constraint.
        """
        out: dict[str, float] = {}
        for attr, name in _CONSTRAINT_NAMES.items():
            value = getattr(self, attr)
            if value is not None:
                out[name] = value
        return out


#: The constraints of a field that has none (shared, as the record is frozen).
NO_CONSTRAINTS = Constraints()
"""The constraints of a field that has none."""


@dataclass(frozen=True, slots=True)
class FieldTemplate:
    """One input (or output) field of an invocation template.

    Attributes:
        name: the field name.
        title: the schema ``title``, or the field name in "Start Case" as the GUI shows it.
        description: the schema description ("" when absent).
        field_kind: ``"input"``, ``"internal"`` (``board``/``metadata``), or ``"output"``.
        input: ``"connection"``, ``"direct"``, ``"any"``, or ``None`` (outputs).
        type_name: the resolved type (``"IntegerField"``, ``"ImageField"``, ``"LatentsField"`` …), or ``None``
            when the property's schema is not supported (it is then not addressable).
        cardinality: SINGLE, COLLECTION or SINGLE_OR_COLLECTION.
        required: ``orig_required`` is true and there is no ``orig_default`` (before edges and
            values are taken into account).
        has_default / default: the ``default`` the server fills in when the key is omitted.
        has_orig_default / orig_default: the default declared on the invocation.
        options: the enum options, keeping their JSON type, or ``None``.
        choice_labels: ``ui_choice_labels`` (option -> display name), or ``None``.
        constraints: see [`Constraints`][invokeai_client.templates.Constraints].
        ui: every other ``ui_*`` extra (``ui_type``, ``ui_hidden``, ``ui_component``, ``ui_order``,
            ``ui_model_variant`` …), as given.
        ui_model_base / ui_model_type: allowed model bases and types for model fields, or ``None``.
    """

    name: str
    title: str
    description: str
    field_kind: str
    input: str | None
    type_name: str | None
    cardinality: Cardinality
    required: bool = False
    has_default: bool = False
    default: Any = None
    has_orig_default: bool = False
    orig_default: Any = None
    options: tuple[Any, ...] | None = None
    choice_labels: Mapping[str, str] | None = None
    constraints: Constraints = NO_CONSTRAINTS
    ui: Mapping[str, Any] = field(default_factory=dict)
    ui_model_base: tuple[str, ...] | None = None
    ui_model_type: tuple[str, ...] | None = None

    @property
    def hidden(self) -> bool:
        """``ui_hidden``: the GUI does not show the field."""
        return bool(self.ui.get("ui_hidden", False))


@dataclass(frozen=True, slots=True)
class InvocationTemplate:
    """The template of one node type.

    Attributes:
        type: the node type string (``"l2i"``).
        schema_name: the OpenAPI schema name (``"LatentsToImageInvocation"``).
        title, description, category, node_pack, classification: as published.
        version: the template's semver.
        use_cache: the default of ``use_cache`` for new nodes.
        inputs: field name -> template, for ``input`` and ``internal`` fields (document order).
        output_type: the output schema's name, or ``None``.
        outputs: field name -> template, for the output schema's fields.
    """

    type: str
    schema_name: str
    title: str
    description: str
    version: str
    category: str | None
    node_pack: str
    classification: str | None
    use_cache: bool
    inputs: Mapping[str, FieldTemplate]
    output_type: str | None
    outputs: Mapping[str, FieldTemplate]

    @property
    def board_capable(self) -> bool:
        """The node has a ``board`` input of type BoardField: it saves images to a board."""
        board = self.inputs.get("board")
        return board is not None and board.type_name == "BoardField"

    @property
    def image_producing(self) -> bool:
        """The output contains an ImageField or a list of them."""
        return any(output.type_name == "ImageField" for output in self.outputs.values())
