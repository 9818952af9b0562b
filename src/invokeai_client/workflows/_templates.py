"""Invocation templates, read from the server's OpenAPI document (spec section 3.1 and 3.2).

:class:`TemplateSet` indexes the document's ``class: "invocation"`` schemas by node type when it is created
(a single pass over ``components.schemas``) and builds each :class:`InvocationTemplate` on first use, so
creating one is cheap and a caller can keep one per server version.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .._errors import TemplateError

__all__ = [
    "Cardinality",
    "Constraints",
    "FieldTemplate",
    "InvocationTemplate",
    "TemplateSet",
    "resolve_field_type",
    "start_case",
]

logger = logging.getLogger(__name__)


class Cardinality(StrEnum):
    """How many values a field holds, in the GUI's words."""

    SINGLE = "SINGLE"
    COLLECTION = "COLLECTION"
    SINGLE_OR_COLLECTION = "SINGLE_OR_COLLECTION"


_PRIMITIVE_TYPES = {
    "integer": "IntegerField",
    "number": "FloatField",
    "string": "StringField",
    "boolean": "BooleanField",
}

# Properties that are never fields (spec 3.1), besides ``ui_type: "IsIntermediate"``.
_SKIPPED = frozenset({"id", "type", "use_cache"})
_SKIPPED_PER_TYPE = frozenset({("collect", "collection"), ("iterate", "index")})
# Invocation types the GUI never offers.
_HIDDEN_TYPES = frozenset({"graph", "linear_ui_output"})

# JSON-schema keyword (or raw pydantic keyword) -> Constraints attribute.
_CONSTRAINT_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "multipleOf": "multiple_of",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
    "ge": "minimum",
    "le": "maximum",
    "gt": "exclusive_minimum",
    "lt": "exclusive_maximum",
}
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


_NO_CONSTRAINTS = Constraints()


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
        required: ``orig_required`` is true and there is no ``orig_default`` (spec 3.4, before edges and
            values are taken into account).
        has_default / default: the ``default`` the server fills in when the key is omitted.
        has_orig_default / orig_default: the default declared on the invocation.
        options: the enum options, keeping their JSON type, or ``None``.
        choice_labels: ``ui_choice_labels`` (option -> display name), or ``None``.
        constraints: see :class:`Constraints`.
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
    constraints: Constraints = _NO_CONSTRAINTS
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
        """The node has a ``board`` input of type BoardField: it saves images to a board (spec 5.3)."""
        board = self.inputs.get("board")
        return board is not None and board.type_name == "BoardField"

    @property
    def image_producing(self) -> bool:
        """The output contains an ImageField or a list of them (spec 5.3)."""
        return any(output.type_name == "ImageField" for output in self.outputs.values())


def _ref_name(schema: Mapping[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def resolve_field_type(prop: Mapping[str, Any]) -> tuple[str | None, Cardinality]:
    """Resolve a property schema to ``(type name, cardinality)`` the way the GUI does (spec 3.2).

    Args:
        prop: the property's schema.

    Returns:
        The type name (``None`` when unsupported) and the cardinality.
    """
    ui_type = prop.get("ui_type")
    if isinstance(ui_type, str) and ui_type:
        return ui_type, Cardinality.COLLECTION if ui_type == "CollectionField" else Cardinality.SINGLE
    return _resolve_schema(prop)


def _resolve_schema(schema: Mapping[str, Any]) -> tuple[str | None, Cardinality]:
    if "$ref" in schema:
        return _ref_name(schema), Cardinality.SINGLE
    if "const" in schema:
        return "EnumField", Cardinality.SINGLE
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of and isinstance(all_of[0], Mapping) and "$ref" in all_of[0]:
        return _ref_name(all_of[0]), Cardinality.SINGLE
    any_of = schema.get("anyOf")
    if isinstance(any_of, list):
        return _resolve_any_of([b for b in any_of if isinstance(b, Mapping) and not _is_null(b)])
    if "enum" in schema:
        return "EnumField", Cardinality.SINGLE
    if schema.get("type") == "array":
        items = schema.get("items")
        if isinstance(items, Mapping):
            if "$ref" in items:
                return _ref_name(items), Cardinality.COLLECTION
            primitive = _PRIMITIVE_TYPES.get(str(items.get("type")))
            if primitive is not None:
                return primitive, Cardinality.COLLECTION
        return None, Cardinality.COLLECTION
    return _PRIMITIVE_TYPES.get(str(schema.get("type"))), Cardinality.SINGLE


def _resolve_any_of(branches: list[Mapping[str, Any]]) -> tuple[str | None, Cardinality]:
    if len(branches) == 1:
        return _resolve_schema(branches[0])
    if len(branches) == 2:
        first, second = branches
        array, single = (first, second) if first.get("type") == "array" else (second, first)
        if array.get("type") == "array" and single.get("type") != "array":
            item_type, item_cardinality = _resolve_schema(single)
            array_type, array_cardinality = _resolve_schema(array)
            if (
                item_type is not None
                and item_type == array_type
                and item_cardinality is Cardinality.SINGLE
                and array_cardinality is Cardinality.COLLECTION
            ):
                return item_type, Cardinality.SINGLE_OR_COLLECTION
    return None, Cardinality.SINGLE


def _collect_constraints(prop: Mapping[str, Any]) -> Constraints:
    found: dict[str, Any] = {}

    def visit(schema: Mapping[str, Any]) -> None:
        for key, attr in _CONSTRAINT_KEYS.items():
            value = schema.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool) and attr not in found:
                found[attr] = value
        for branch in schema.get("anyOf") or ():
            if isinstance(branch, Mapping) and not _is_null(branch):
                visit(branch)
        items = schema.get("items")
        if isinstance(items, Mapping):
            visit(items)

    visit(prop)
    return Constraints(**found) if found else _NO_CONSTRAINTS


def _enum_options(prop: Mapping[str, Any]) -> tuple[Any, ...] | None:
    source: Mapping[str, Any] = prop
    any_of = prop.get("anyOf")
    if isinstance(any_of, list):
        branches = [b for b in any_of if isinstance(b, Mapping) and not _is_null(b)]
        if len(branches) != 1:
            return None
        source = branches[0]
    if "enum" in source and isinstance(source["enum"], list):
        return tuple(source["enum"])
    if "const" in source:
        return (source["const"],)
    return None


_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def start_case(name: str) -> str:
    """``"cfg_scale"`` -> ``"Cfg Scale"``: the GUI's title for a property without a schema title.

    Args:
        name: a field name.

    Returns:
        The words of ``name``, each with an upper-case first letter, joined by spaces.
    """
    return " ".join(word[:1].upper() + word[1:] for word in _WORD.findall(name))


_UI_EXTRA_KEYS = ("ui_type", "ui_hidden", "ui_component", "ui_order", "ui_model_variant", "ui_model_format")


def _str_tuple(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, str):
        return (value,)
    return None


def build_field_template(name: str, prop: Mapping[str, Any]) -> FieldTemplate:
    """Build a :class:`FieldTemplate` from one property schema.

    Args:
        name: the property name.
        prop: the property schema.

    Returns:
        The field template.
    """
    type_name, cardinality = resolve_field_type(prop)
    options = _enum_options(prop) if type_name in ("EnumField", "SchedulerField") else None
    title = prop.get("title")
    choice_labels = prop.get("ui_choice_labels")
    has_orig_default = "orig_default" in prop
    return FieldTemplate(
        name=name,
        title=title if isinstance(title, str) and title else start_case(name),
        description=str(prop.get("description") or ""),
        field_kind=str(prop.get("field_kind")),
        input=prop.get("input"),
        type_name=type_name,
        cardinality=cardinality,
        required=bool(prop.get("orig_required", False)) and not has_orig_default,
        has_default="default" in prop,
        default=prop.get("default"),
        has_orig_default=has_orig_default,
        orig_default=prop.get("orig_default"),
        options=options,
        choice_labels=dict(choice_labels) if isinstance(choice_labels, Mapping) else None,
        constraints=_collect_constraints(prop),
        ui={key: prop[key] for key in _UI_EXTRA_KEYS if key in prop},
        ui_model_base=_str_tuple(prop.get("ui_model_base")),
        ui_model_type=_str_tuple(prop.get("ui_model_type")),
    )


class TemplateSet:
    """The invocation templates of one server, read from its OpenAPI document.

    Create it once per server version and share it: the index is built at creation (one pass over the
    schemas), each :class:`InvocationTemplate` on first use.
    """

    __slots__ = ("_built", "_by_type", "_schemas", "version")

    def __init__(self, schemas: Mapping[str, Any], *, version: str | None = None) -> None:
        """Index the ``class: "invocation"`` schemas of ``components.schemas``.

        Args:
            schemas: the document's ``components.schemas`` (kept by reference; do not modify it).
            version: the server version the document comes from, for messages and caching.

        Raises:
            TemplateError: no invocation schema was found.
        """
        self._schemas = schemas
        self.version = version
        self._built: dict[str, InvocationTemplate] = {}
        self._by_type: dict[str, str] = {}
        for schema_name, schema in schemas.items():
            if not isinstance(schema, Mapping) or schema.get("class") != "invocation":
                continue
            type_prop = (schema.get("properties") or {}).get("type") or {}
            node_type = type_prop.get("default", type_prop.get("const"))
            if isinstance(node_type, str) and node_type not in _HIDDEN_TYPES:
                self._by_type[node_type] = schema_name
        if not self._by_type:
            raise TemplateError("the OpenAPI document has no invocation schemas (class: 'invocation')")

    @classmethod
    def from_openapi(cls, document: Mapping[str, Any], *, version: str | None = None) -> TemplateSet:
        """Index the templates of an OpenAPI document (a dict, e.g. ``GET /openapi.json``).

        Args:
            document: the OpenAPI document.
            version: the server version, when known (``GET /api/v1/app/version``).

        Returns:
            The template set.

        Raises:
            TemplateError: the document has no ``components.schemas`` with invocation schemas.
        """
        schemas = (document.get("components") or {}).get("schemas")
        if not isinstance(schemas, Mapping):
            raise TemplateError("the OpenAPI document has no components.schemas")
        return cls(schemas, version=version)

    def __contains__(self, node_type: object) -> bool:
        return node_type in self._by_type

    def __len__(self) -> int:
        return len(self._by_type)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_type)

    def __getitem__(self, node_type: str) -> InvocationTemplate:
        template = self.get(node_type)
        if template is None:
            raise KeyError(node_type)
        return template

    def __repr__(self) -> str:
        return f"TemplateSet({len(self._by_type)} node types, version={self.version!r})"

    @property
    def node_types(self) -> frozenset[str]:
        """Every node type with a template."""
        return frozenset(self._by_type)

    def get(self, node_type: str) -> InvocationTemplate | None:
        """The template of a node type, or ``None`` when the server has none.

        Args:
            node_type: the node type string (``"l2i"``).

        Returns:
            The template, built on first use.
        """
        built = self._built.get(node_type)
        if built is not None:
            return built
        schema_name = self._by_type.get(node_type)
        if schema_name is None:
            return None
        built = self._build(node_type, schema_name)
        self._built[node_type] = built
        return built

    def _build(self, node_type: str, schema_name: str) -> InvocationTemplate:
        schema: Mapping[str, Any] = self._schemas[schema_name]
        properties: Mapping[str, Any] = schema.get("properties") or {}
        inputs: dict[str, FieldTemplate] = {}
        for name, prop in properties.items():
            if (
                name in _SKIPPED
                or (node_type, name) in _SKIPPED_PER_TYPE
                or not isinstance(prop, Mapping)
                or prop.get("ui_type") == "IsIntermediate"
                or prop.get("field_kind") not in ("input", "internal")
            ):
                continue
            inputs[name] = build_field_template(name, prop)
        output_ref = (schema.get("output") or {}).get("$ref")
        output_type = _ref_name(schema["output"]) if isinstance(output_ref, str) else None
        outputs: dict[str, FieldTemplate] = {}
        output_schema = self._schemas.get(output_type) if output_type else None
        if isinstance(output_schema, Mapping):
            for name, prop in (output_schema.get("properties") or {}).items():
                if isinstance(prop, Mapping) and prop.get("field_kind") == "output":
                    outputs[name] = build_field_template(name, prop)
        use_cache = (properties.get("use_cache") or {}).get("default", True)
        return InvocationTemplate(
            type=node_type,
            schema_name=schema_name,
            title=str(schema.get("title") or node_type),
            description=str(schema.get("description") or ""),
            version=str(schema.get("version") or ""),
            category=schema.get("category"),
            node_pack=str(schema.get("node_pack") or "invokeai"),
            classification=schema.get("classification"),
            use_cache=bool(use_cache),
            inputs=inputs,
            output_type=output_type,
            outputs=outputs,
        )

    def all(self) -> list[InvocationTemplate]:
        """Every template (builds those not built yet).

        Returns:
            The templates, in document order.
        """
        return [self[node_type] for node_type in self._by_type]

    def board_capable_types(self) -> frozenset[str]:
        """Node types with a ``board`` input of type BoardField (spec 5.3). Builds every template.

        Returns:
            The type strings.
        """
        return frozenset(t.type for t in self.all() if t.board_capable)

    def image_producing_types(self) -> frozenset[str]:
        """Node types whose output contains an ImageField or a list of them (spec 5.3). Builds every template.

        Returns:
            The type strings.
        """
        return frozenset(t.type for t in self.all() if t.image_producing)

    def enum_values(self, schema_name: str) -> tuple[Any, ...] | None:
        """The options of a named enum schema (e.g. ``"BaseModelType"``), or ``None``.

        Args:
            schema_name: a key of ``components.schemas``.

        Returns:
            The enum's values.
        """
        schema = self._schemas.get(schema_name)
        if isinstance(schema, Mapping) and isinstance(schema.get("enum"), list):
            return tuple(schema["enum"])
        return None
