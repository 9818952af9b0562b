"""One property schema of an invocation, read into a [`FieldTemplate`][invokeai_client.templates.FieldTemplate].

The GUI's rules: the type resolution (``$ref``, ``allOf``, ``anyOf`` with null, arrays, ``ui_type``), the
constraints gathered from every non-null branch, the enum options, and the "Start Case" title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._model import NO_CONSTRAINTS, Cardinality, Constraints, FieldTemplate

__all__ = ["build_field_template", "ref_name", "resolve_field_type", "start_case"]

_PRIMITIVE_TYPES = {
    "integer": "IntegerField",
    "number": "FloatField",
    "string": "StringField",
    "boolean": "BooleanField",
}


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


def ref_name(schema: Mapping[str, Any]) -> str:
    """The schema name a ``{"$ref": "#/components/schemas/Name"}`` points at.

    Args:
        schema: a schema with a ``$ref``.

    Returns:
        The last segment of the reference (``"Name"``).
    """
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def _non_null_branches(any_of: list[Any]) -> list[Mapping[str, Any]]:
    return [b for b in any_of if isinstance(b, Mapping) and not _is_null(b)]


def resolve_field_type(prop: Mapping[str, Any]) -> tuple[str | None, Cardinality]:
    """Resolve a property schema to ``(type name, cardinality)`` the way the GUI does.

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
        return ref_name(schema), Cardinality.SINGLE
    if "const" in schema:
        return "EnumField", Cardinality.SINGLE
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of and isinstance(all_of[0], Mapping) and "$ref" in all_of[0]:
        return ref_name(all_of[0]), Cardinality.SINGLE
    any_of = schema.get("anyOf")
    if isinstance(any_of, list):
        return _resolve_any_of(_non_null_branches(any_of))
    if "enum" in schema:
        return "EnumField", Cardinality.SINGLE
    if schema.get("type") == "array":
        items = schema.get("items")
        if isinstance(items, Mapping):
            if "$ref" in items:
                return ref_name(items), Cardinality.COLLECTION
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
    return Constraints(**found) if found else NO_CONSTRAINTS


def _enum_options(prop: Mapping[str, Any]) -> tuple[Any, ...] | None:
    source: Mapping[str, Any] = prop
    any_of = prop.get("anyOf")
    if isinstance(any_of, list):
        branches = _non_null_branches(any_of)
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
    """Build a [`FieldTemplate`][invokeai_client.templates.FieldTemplate] from one property schema.

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
