"""Python annotations for field types: what an input takes and what an output hands on, as source text.

Values: numbers, strings and booleans as themselves, enums as ``Literal[...]``, server objects as the value
aliases of `_handles`. Handles: ``Output[int]`` and the like for primitives (so an integer output may
feed a float input), ``Output[<Marker>]`` for every other type, a marker class per type name.
"""

from __future__ import annotations

from ..templates import FieldTemplate
from ._source import py_literal

__all__ = ["PRIMITIVE_HANDLES", "handle_hint", "input_hint", "marker_names", "output_hint"]

#: type name -> the Python type an ``Output`` of it carries (no marker class needed)
PRIMITIVE_HANDLES = {
    "IntegerField": "int",
    "FloatField": "float",
    "StringField": "str",
    "BooleanField": "bool",
    "AnyField": "Any",
    "CollectionItemField": "Any",
}
_VALUES = {
    "IntegerField": "int",
    "FloatField": "float",
    "StringField": "str",
    "BooleanField": "bool",
    "ImageField": "ImageValue",
    "VideoField": "VideoValue",
    "BoardField": "BoardValue",
    "ModelIdentifierField": "ModelValue",
    "ColorField": "ColorValue",
    "AnyField": "Any",
    "CollectionItemField": "Any",
    "CollectionField": "Any",
}
_SOURCES_OF = {"FloatField": ("float",), "StringField": ("str", "float")}  # int is a float for mypy


def marker_names(type_name: str | None) -> str | None:
    """The marker class a type needs, or ``None`` for types carried as a Python type."""
    if type_name is None or type_name in PRIMITIVE_HANDLES or type_name == "CollectionField":
        return None
    return type_name


def handle_hint(type_name: str | None) -> str:
    """What ``Output[...]`` of one item of this type carries."""
    if type_name is None:
        return "Any"
    return PRIMITIVE_HANDLES.get(type_name, type_name)


def _literal(options: tuple[object, ...]) -> str:
    return "Literal[" + ", ".join(py_literal(option) for option in options) + "]"


def _value_hint(template: FieldTemplate) -> str:
    name = template.type_name
    if name in ("EnumField", "SchedulerField") and template.options:
        options = template.options
        if template.has_default and template.default is not None and template.default not in options:
            options = (*options, template.default)
        return _literal(options)
    if name is None:
        return "Any"
    if name in _VALUES:
        return _VALUES[name]
    # a structured type (a bounding box, a tile): a JSON object, unless its default says otherwise
    return (
        "Mapping[str, Any]"
        if not template.has_default or isinstance(template.default, (dict, type(None)))
        else "Any"
    )


def _outputs(type_name: str | None, cardinality: str) -> list[str]:
    if type_name == "CollectionField":
        return ["Output[Sequence[Any]]"]
    items = _SOURCES_OF.get(type_name or "", (handle_hint(type_name),))
    if type_name == "CollectionItemField":  # a collect node's item: one output or several
        return ["Output[Any]", "Sequence[Output[Any]]"]
    if type_name == "AnyField":
        return ["Output[Any]"]
    single = [f"Output[{item}]" for item in items]
    many = [f"Output[Sequence[{item}]]" for item in items]
    if cardinality == "SINGLE":
        return single
    if cardinality == "COLLECTION":
        return many
    return single + many


def input_hint(template: FieldTemplate) -> str:
    """The annotation of an input parameter (``None`` always allowed: it leaves the input empty)."""
    cardinality = template.cardinality.value
    if template.type_name == "AnyField":
        return "Any"
    parts: list[str] = []
    if template.input != "connection":
        value = _value_hint(template)
        if template.type_name == "CollectionField":
            parts.append("Sequence[Any]")
        elif cardinality == "SINGLE":
            parts.append(value)
        elif cardinality == "COLLECTION":
            parts.append(f"Sequence[{value}]")
        else:
            parts += [value, f"Sequence[{value}]"]
    if template.input != "direct":
        parts += _outputs(template.type_name, cardinality)
    if "Any" in parts:
        return "Any"
    return " | ".join([*dict.fromkeys(parts), "None"])


def output_hint(type_name: str, cardinality: str) -> str:
    """The annotation of an output property."""
    if type_name == "CollectionField":
        return "Output[Sequence[Any]]"
    item = handle_hint(type_name)
    if cardinality == "COLLECTION":
        return f"Output[Sequence[{item}]]"
    if cardinality == "SINGLE_OR_COLLECTION":
        return f"Output[{item} | Sequence[{item}]]"
    return f"Output[{item}]"
