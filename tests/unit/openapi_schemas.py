"""The committed OpenAPI documents (one per server version), and tools to hold the facade's types up to them."""

from __future__ import annotations

import json
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

OPENAPI_DIR = Path(__file__).resolve().parents[2] / "openapi"


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.stem))


VERSIONS: list[str] = [
    path.stem.removeprefix("invokeai-")
    for path in sorted(OPENAPI_DIR.glob("invokeai-*.json"), key=_version_key)
]


@cache
def document(version: str) -> dict[str, Any]:
    return json.loads((OPENAPI_DIR / f"invokeai-{version}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def schemas(version: str) -> dict[str, Any]:
    return document(version)["components"]["schemas"]  # type: ignore[no-any-return]


def resolve(version: str, prop: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in prop:
        prop = schemas(version)[prop["$ref"].rsplit("/", 1)[1]]
    return prop


def json_kinds(version: str, prop: dict[str, Any]) -> set[str]:
    """The JSON kinds a schema property allows: string, integer, number, boolean, array, object, null."""
    prop = resolve(version, prop)
    if "anyOf" in prop or "oneOf" in prop:
        return set().union(*(json_kinds(version, branch) for branch in prop.get("anyOf", prop.get("oneOf"))))
    if "enum" in prop:
        return {"string"}
    if "const" in prop:
        return {"string"} if isinstance(prop["const"], str) else {"object"}
    kind = prop.get("type")
    if kind is None:
        return {"object"}
    assert isinstance(kind, str), prop
    return {kind}


def python_kinds(annotation: Any) -> set[str]:
    """The JSON kinds a model field's annotation accepts (``int`` accepts JSON integers, ``float`` numbers)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return set().union(*(python_kinds(arg) for arg in typing.get_args(annotation)))
    if origin is Literal:
        return {"string"}
    if origin is list:
        return {"array"}
    if annotation is typing.Any:
        return {"string", "integer", "number", "boolean", "array", "object", "null"}
    if origin is dict or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return {"object"}
    simple = {str: {"string"}, int: {"integer"}, float: {"number", "integer"}, bool: {"boolean"}}
    if annotation is type(None):
        return {"null"}
    return simple[annotation]


def enum_values(version: str, prop: dict[str, Any]) -> set[str] | None:
    prop = resolve(version, prop)
    if "anyOf" in prop:
        found = [enum_values(version, branch) for branch in prop["anyOf"]]
        values = [v for v in found if v is not None]
        return set().union(*values) if values else None
    return set(prop["enum"]) if "enum" in prop else None


def example(version: str, prop: dict[str, Any], *, full: bool, depth: int = 0) -> Any:
    """A value the schema allows: the first non-null branch; objects with every property (``full``) or
    only the required ones. Recursive schemas stop at a few levels (empty arrays, nulls)."""
    prop = resolve(version, prop)
    if "oneOf" in prop:
        return {"type": "x"}
    if "anyOf" in prop:
        branches = [branch for branch in prop["anyOf"] if branch.get("type") != "null"]
        if depth > 4 and len(branches) < len(prop["anyOf"]):
            return None
        return example(version, branches[0], full=full, depth=depth + 1) if branches else None
    if "enum" in prop:
        return prop["enum"][0]
    if "const" in prop:
        return prop["const"]
    kind = prop.get("type", "object")
    if kind == "object":
        properties = prop.get("properties", {})
        keys = properties if full else [k for k in properties if k in prop.get("required", [])]
        return {key: example(version, properties[key], full=full, depth=depth + 1) for key in keys}
    if kind == "array":
        return (
            []
            if depth > 4
            else [example(version, prop.get("items", {"type": "string"}), full=full, depth=depth + 1)]
        )
    return {"string": "text", "integer": 3, "number": 0.5, "boolean": True, "null": None}[kind]


def check_model(
    model: type[BaseModel], schema_name: str, *, versions: list[str] | None = None, nested: bool = True
) -> list[str]:
    """What in ``model`` disagrees with the schema ``schema_name`` of each version that has it.

    The rules: every field any version documents is a field of the model; a field is required in the model
    only if every version has it and requires it (a payload of either version validates); its types
    accept what each version sends; an enum field accepts every documented value.
    """
    problems: list[str] = []
    found = {v: schemas(v)[schema_name] for v in versions or VERSIONS if schema_name in schemas(v)}
    fields = {name: info for name, info in model.model_fields.items() if name != "event"}
    documented = set().union(*(set(s.get("properties", {})) for s in found.values()))
    missing = documented - set(fields)
    if missing:
        problems.append(f"{schema_name}: fields {sorted(missing)} are documented but not in {model.__name__}")
    for name, info in fields.items():
        having = {v: s for v, s in found.items() if name in s.get("properties", {})}
        if not having:
            continue  # a field the facade adds or derives
        always_required = len(having) == len(found) and all(
            name in s.get("required", []) for s in having.values()
        )
        if info.is_required() and not always_required:
            problems.append(
                f"{schema_name}.{name}: required in the model, optional or absent in some version"
            )
        accepted = python_kinds(info.annotation)
        for version, schema in having.items():
            prop = schema["properties"][name]
            sent = json_kinds(version, prop)
            if not sent <= accepted:
                problems.append(
                    f"{schema_name}.{name} ({version}): sends {sorted(sent)}, model takes {sorted(accepted)}"
                )
            values = enum_values(version, prop)
            if values is not None and str not in _members(info.annotation):
                literal = {
                    a
                    for m in _members(info.annotation)
                    if typing.get_origin(m) is Literal
                    for a in typing.get_args(m)
                }
                if not values <= literal:
                    problems.append(
                        f"{schema_name}.{name} ({version}): values {sorted(values - literal)} refused"
                    )
            inner = resolve(version, prop)
            if nested and isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
                ref = prop.get("$ref", "")
                if ref and "properties" in inner:
                    problems += check_model(info.annotation, ref.rsplit("/", 1)[1], versions=[version])
    return problems


def _members(annotation: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)
