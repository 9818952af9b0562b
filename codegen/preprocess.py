"""Deterministic pre-processing of InvokeAI's OpenAPI document before openapi-python-client runs.

``preprocess(document)`` is a pure function: it deep-copies its input, applies the steps below in a fixed
order and returns the new document together with a human-readable list of what it changed. Each step fixes
a measured problem (numbers refer to the list in codegen/README.md):

1. FastAPI-style operationIds get their clean names (problem 5); any leftover is an error.
2. Path parameters used in a path template but not declared are added (problem 4).
3. File responses get binary schemas; mis-documented ones get their real media type (problems 1, 2).
   Upload fields written the OpenAPI 3.1 way (``contentMediaType``, InvokeAI 6.14) get ``format: binary``.
4. Enums mixing value types are split into ``anyOf`` of single-type enums (problem 3).
5. Model-taxonomy enums, which grow and shrink with every server release, become plain strings (problem 8).
6. Open unions become opaque objects: unions of more than 50 members (invocation nodes and outputs) and
   the model-config unions (problems 8, speed, custom nodes).
7. Union members are ordered so the most constrained (most ``const`` properties) are tried first (problem 7).
8. Every component schema's ``title`` is its key, so class names are InvokeAI's (problem 6).

Anything unexpected (a step's target is gone after a server upgrade) raises ``PreprocessError`` instead of
passing silently: the pipeline must be revisited, not half-applied.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

BINARY_SCHEMA: JSON = {"type": "string", "format": "binary"}
OPAQUE_OBJECT: JSON = {"type": "object", "additionalProperties": True}

# Unions with more members than this become opaque objects: 211 invocation node types and 76 invocation
# output types in 6.8. Parsing them by trial costs ~30-60 ms per graph and rejects custom nodes.
MAX_UNION_MEMBERS = 50

# Responses documented as JSON `{}` that really are files (media type from InvokeAI's FileResponse).
MISDOCUMENTED_FILE_RESPONSES: dict[tuple[str, str], str] = {
    ("get", "/api/v1/workflows/i/{workflow_id}/thumbnail"): "image/png",
    ("get", "/api/v2/models/i/{key}/image"): "image/png",
    ("get", "/api/v1/style_presets/i/{style_preset_id}/image"): "image/png",
}
# Responses that offer JSON and text, where only the text is real.
TEXT_ONLY_RESPONSES: dict[tuple[str, str], str] = {
    ("get", "/api/v1/style_presets/export"): "text/csv",
}

# The property whose item union defines "the model-config union"; every union made only of its members is
# made opaque (model list, get/update/convert model, install job result, model load events).
MODEL_CONFIG_ANCHOR = ("ModelsList", "models")

# Enums of InvokeAI's model taxonomy. Every release adds (and sometimes drops) values, e.g. 6.14 adds bases
# "flux2", "z-image", … and drops "imagen3"; an unknown value must not fail a whole response.
OPEN_ENUMS = (
    "BaseModelType",
    "ClipVariantType",
    "ModelFormat",
    "ModelRepoVariant",
    "ModelSourceType",
    "ModelType",
    "ModelVariantType",
    "SchedulerPredictionType",
    "SubModelType",
)

_JSON_TYPE_NAMES = {str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}


class PreprocessError(ValueError):
    """The document does not have the shape the pre-processing was written for."""


@dataclass
class Result:
    document: JSON
    notes: list[str] = field(default_factory=list)


def preprocess(document: JSON) -> Result:
    """Return a pre-processed deep copy of ``document`` and notes on every change made."""
    doc = copy.deepcopy(document)
    notes: list[str] = []
    fix_operation_ids(doc, notes)
    add_missing_path_parameters(doc, notes)
    fix_file_responses(doc, notes)
    fix_upload_fields(doc, notes)
    split_mixed_enums(doc, notes)
    open_enums(doc, notes)
    make_unions_opaque(doc, notes)
    order_union_members(doc, notes)
    set_component_titles(doc, notes)
    return Result(doc, notes)


# --- helpers -------------------------------------------------------------------------------------------


def operations(doc: JSON) -> Iterator[tuple[str, str, JSON]]:
    """Yield (method, path, operation): paths in document order, methods in a fixed order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, JSON]]:
    """Yield (JSON pointer, dict) for every dict in the tree, parents before children."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{_escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _ref_name(member: Any) -> str | None:
    ref = member.get("$ref") if isinstance(member, dict) else None
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


def _schemas(doc: JSON) -> JSON:
    schemas: JSON = doc.get("components", {}).get("schemas", {})
    return schemas


# --- 1. operationIds -----------------------------------------------------------------------------------


def fix_operation_ids(doc: JSON, notes: list[str]) -> None:
    """Strip FastAPI's generated suffix ``<path with non-word chars as _>_<method>`` from operationIds."""
    for method, path, op in operations(doc):
        op_id = op.get("operationId", "")
        suffix = re.sub(r"\W", "_", path) + "_" + method
        if op_id.endswith(suffix) and len(op_id) > len(suffix):
            op["operationId"] = op_id[: -len(suffix)]
            notes.append(f"operationId {op_id} -> {op['operationId']} ({method.upper()} {path})")
    seen: dict[str, str] = {}
    for method, path, op in operations(doc):
        op_id = op.get("operationId", "")
        where = f"{method.upper()} {path}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", op_id) or "_api_v" in op_id:
            raise PreprocessError(f"operationId {op_id!r} of {where} is not a clean snake_case name")
        if op_id in seen:
            raise PreprocessError(f"operationId {op_id!r} used by {seen[op_id]} and {where}")
        seen[op_id] = where


# --- 2. path parameters --------------------------------------------------------------------------------


def add_missing_path_parameters(doc: JSON, notes: list[str]) -> None:
    """Declare every ``{name}`` of a path template that neither the operation nor its path item declares."""
    for method, path, op in operations(doc):
        shared = doc["paths"][path].get("parameters", [])
        declared = {p.get("name") for p in [*shared, *op.get("parameters", [])] if p.get("in") == "path"}
        for name in re.findall(r"{([^}]+)}", path):
            if name not in declared:
                title = name.replace("_", " ").title()
                param = {
                    "in": "path",
                    "name": name,
                    "required": True,
                    "schema": {"title": title, "type": "string"},
                }
                op.setdefault("parameters", []).insert(0, param)
                declared.add(name)
                notes.append(f"path parameter {name!r} added to {method.upper()} {path}")


# --- 3. file responses ---------------------------------------------------------------------------------


def _is_binary_media_type(media_type: str) -> bool:
    return media_type.startswith(("image/", "video/")) or media_type in (
        "application/zip",
        "application/octet-stream",
    )


def _response(doc: JSON, method: str, path: str, status: str = "200") -> JSON:
    try:
        response: JSON = doc["paths"][path][method]["responses"][status]
    except KeyError as exc:
        raise PreprocessError(f"{method.upper()} {path} has no {status} response any more") from exc
    return response


def fix_file_responses(
    doc: JSON,
    notes: list[str],
    *,
    misdocumented: dict[tuple[str, str], str] = MISDOCUMENTED_FILE_RESPONSES,
    text_only: dict[tuple[str, str], str] = TEXT_ONLY_RESPONSES,
) -> None:
    """Give file downloads a binary schema so the generated function returns the bytes."""
    for (method, path), media_type in sorted(misdocumented.items()):
        _response(doc, method, path)["content"] = {media_type: {"schema": dict(BINARY_SCHEMA)}}
        notes.append(f"{method.upper()} {path}: 200 documented as JSON, is {media_type} (binary)")
    for (method, path), media_type in sorted(text_only.items()):
        _response(doc, method, path)["content"] = {media_type: {"schema": {"type": "string"}}}
        notes.append(f"{method.upper()} {path}: 200 is {media_type} only (text)")
    for method, path, op in operations(doc):
        for status, response in op.get("responses", {}).items():
            for media_type, media in response.get("content", {}).items():
                if _is_binary_media_type(media_type) and media.get("schema") != BINARY_SCHEMA:
                    media["schema"] = dict(BINARY_SCHEMA)
                    notes.append(f"{method.upper()} {path}: {status} {media_type} -> binary schema")


def fix_upload_fields(doc: JSON, notes: list[str]) -> None:
    """Mark file fields declared with ``contentMediaType`` (OpenAPI 3.1) as ``format: binary``.

    InvokeAI 6.14 (pydantic 2.11+) writes upload fields as ``{type: string, contentMediaType: …}``; the
    generator only knows ``format: binary`` and would send the field as text, without the file's bytes.
    """
    for pointer, node in list(_walk(doc)):
        if node.get("type") == "string" and "contentMediaType" in node and "format" not in node:
            node["format"] = "binary"
            notes.append(f"{pointer}: contentMediaType {node['contentMediaType']} -> format: binary")


# --- 4. mixed enums ------------------------------------------------------------------------------------


def split_mixed_enums(doc: JSON, notes: list[str]) -> None:
    """Turn ``enum: [1, 2, "auto"]`` into ``anyOf: [{type: integer, enum}, {type: string, enum}]``."""
    for pointer, node in list(_walk(doc)):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        by_type: dict[str, list[Any]] = {}
        for value in values:
            by_type.setdefault(_JSON_TYPE_NAMES.get(type(value), "object"), []).append(value)
        if len(by_type) < 2:
            continue
        del node["enum"]
        node.pop("type", None)
        node["anyOf"] = [{"type": name, "enum": by_type[name]} for name in sorted(by_type)]
        notes.append(f"{pointer}: mixed enum split into anyOf({', '.join(sorted(by_type))})")


# --- 5. open enums -------------------------------------------------------------------------------------


def open_enums(doc: JSON, notes: list[str], *, names: tuple[str, ...] = OPEN_ENUMS) -> None:
    """Replace the model-taxonomy enum components by plain strings that list the known values."""
    schemas = _schemas(doc)
    for name in names:
        schema = schemas.get(name)
        if schema is None:
            notes.append(f"open enum {name}: not in this document, skipped")
            continue
        values = schema.get("enum")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise PreprocessError(f"{name} was expected to be a string enum")
        description = schema.get("description", "").rstrip(".")
        known = ", ".join(json.dumps(v) for v in values)
        text = f"{description}. Known values: {known}." if description else f"Known values: {known}."
        schemas[name] = {"description": text, "title": name, "type": "string"}
        notes.append(f"open enum {name}: string (known values: {known})")


# --- 6. opaque unions ----------------------------------------------------------------------------------


def _model_config_members(doc: JSON, anchor: tuple[str, str]) -> frozenset[str]:
    schema_name, prop = anchor
    try:
        union = _schemas(doc)[schema_name]["properties"][prop]["items"]
    except KeyError as exc:
        raise PreprocessError(f"model-config anchor {schema_name}.{prop} not found") from exc
    members = [_ref_name(m) for m in union.get("oneOf", union.get("anyOf", []))]
    if len(members) < 2 or None in members:
        raise PreprocessError(f"{schema_name}.{prop} items are no longer a union of model configs")
    return frozenset(m for m in members if m is not None)


def make_unions_opaque(
    doc: JSON,
    notes: list[str],
    *,
    max_members: int = MAX_UNION_MEMBERS,
    anchor: tuple[str, str] = MODEL_CONFIG_ANCHOR,
) -> None:
    """Replace big unions and model-config unions by ``{type: object, additionalProperties: true}``.

    The description (and title) of the replaced node are kept; nested unions inside it disappear with it.
    """
    model_configs = _model_config_members(doc, anchor)

    def visit(node: Any, pointer: str) -> None:
        if isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{pointer}/{index}")
            return
        if not isinstance(node, dict):
            return
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if not isinstance(members, list):
                continue
            names = {_ref_name(m) for m in members}
            if len(members) > max_members:
                reason = f"{len(members)}-member union"
            elif len(members) >= 2 and names <= model_configs:
                reason = f"model-config union ({len(members)} members)"
            else:
                continue
            kept = {k: node[k] for k in ("title", "description") if k in node}
            node.clear()
            node.update(copy.deepcopy(OPAQUE_OBJECT), **kept)
            notes.append(f"{pointer}: {reason} -> opaque object")
            return
        for key, value in node.items():
            visit(value, f"{pointer}/{_escape(key)}")

    visit(doc, "")


# --- 7. union member order -----------------------------------------------------------------------------


def _const_count(doc: JSON, member: Any) -> int:
    """Number of properties a union member pins to one value (``const`` or a one-value ``enum``)."""
    name = _ref_name(member)
    schema = _schemas(doc).get(name, {}) if name else member
    if not isinstance(schema, dict):
        return 0
    properties = schema.get("properties", {})
    return sum(
        1
        for prop in properties.values()
        if isinstance(prop, dict) and ("const" in prop or len(prop.get("enum", [])) == 1)
    )


def order_union_members(doc: JSON, notes: list[str]) -> None:
    """Order oneOf/anyOf members by descending const count; ties keep their document order.

    The generated client tries members in order and takes the first that parses, so a loosely constrained
    member (``format`` enum admitting 3 formats) placed first shadows a stricter one (``format: const``).
    """
    for pointer, node in list(_walk(doc)):
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if not isinstance(members, list) or len(members) < 2:
                continue
            counts = [_const_count(doc, m) for m in members]
            order = sorted(range(len(members)), key=lambda i: -counts[i])  # sorted() is stable
            if order != list(range(len(members))):
                node[keyword] = [members[i] for i in order]
                names = [_ref_name(members[i]) or "inline" for i in order]
                notes.append(f"{pointer}/{keyword}: reordered to {', '.join(names)}")


# --- 8. titles -----------------------------------------------------------------------------------------


def set_component_titles(doc: JSON, notes: list[str]) -> None:
    """Set each component schema's ``title`` to its key (the generator names classes after titles)."""
    changed = 0
    for name, schema in _schemas(doc).items():
        if isinstance(schema, dict) and schema.get("title") != name:
            schema["title"] = name
            changed += 1
    notes.append(f"title set to the component key on {changed} schemas")
