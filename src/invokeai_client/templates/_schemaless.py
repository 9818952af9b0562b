"""The schema-less mode: a field's template guessed from its stored value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Cardinality, FieldTemplate
from ._objects import MODEL_KEYS

__all__ = ["infer_field_template"]


def _infer_type(name: str, value: Any) -> str | None:
    if isinstance(value, bool):
        return "BooleanField"
    if isinstance(value, int | float):
        return "FloatField"
    if isinstance(value, str):
        return "BoardField" if name == "board" and value in ("auto", "none") else "StringField"
    if isinstance(value, Mapping):
        keys = set(value)
        if "image_name" in keys:
            return "ImageField"
        if keys == {"board_id"}:
            return "BoardField"
        if set(MODEL_KEYS) <= keys:
            return "ModelIdentifierField"
        if {"r", "g", "b", "a"} == keys:
            return "ColorField"
    return None


def infer_field_template(name: str, value: Any, *, label: str = "") -> FieldTemplate:
    """Guess a field's template from its stored value, for a node type without a template.

    This is the degraded, schema-less mode: numbers are taken as floats, and nothing is required.

    Args:
        name: the field name.
        value: the instance value (``None`` when absent).
        label: the instance label, used as title when given.

    Returns:
        A synthetic template (connection-only when nothing can be inferred).
    """
    cardinality = Cardinality.SINGLE
    type_name = _infer_type(name, value)
    if isinstance(value, list):
        cardinality = Cardinality.COLLECTION
        type_name = _infer_type(name, value[0]) if value else "StringField"
    return FieldTemplate(
        name=name,
        title=label or name,
        description="",
        field_kind="input",
        input="any" if type_name else "connection",
        type_name=type_name,
        cardinality=cardinality,
    )
