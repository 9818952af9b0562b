"""The typed events against the event schemas of the committed OpenAPI document (the source of truth).

A server upgrade that adds, removes, renames or retypes an event field, or adds an event, fails here.

How an event's *name* maps to its schema: the document has no ``event_name`` property or constant; the
name is the schema title without ``Event``, in snake case, and the schema's description (the server's
docstring) says ``"Event model for <name>"``. The two agree for every schema but one, whose docstring
was copied from another event (``KNOWN_ODD_DESCRIPTIONS``).
"""

from __future__ import annotations

import json
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel, TypeAdapter

from invokeai_client._event_router import parse_event
from invokeai_client.types import events as events_module
from invokeai_client.types.events import EVENT_TYPES, Event, KnownEvent, UnknownEvent

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "openapi" / "invokeai-6.8.1.json"
KNOWN_ODD_DESCRIPTIONS = {
    "ModelInstallDownloadsCompleteEvent": "Emitted once when an install job becomes active."
}


@cache
def document() -> dict[str, Any]:
    return json.loads(OPENAPI_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def schemas() -> dict[str, Any]:
    return document()["components"]["schemas"]  # type: ignore[no-any-return]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@cache
def event_schemas() -> dict[str, str]:
    """Event name -> schema name, derived from the document alone."""
    table: dict[str, str] = {}
    for schema_name, schema in schemas().items():
        if not schema_name.endswith("Event") or "timestamp" not in schema.get("properties", {}):
            continue
        constant = schema["properties"].get("event_name", {}).get("const")  # not in 6.8; used if it appears
        derived = constant or snake(schema_name.removesuffix("Event"))
        described = re.fullmatch(r"Event model for (\w+)", schema.get("description", ""))
        if described:
            assert described.group(1) == derived, schema_name
        else:
            assert KNOWN_ODD_DESCRIPTIONS.get(schema_name) == schema.get("description"), schema_name
        table[derived] = schema_name
    return table


def test_the_name_table_covers_the_documented_events() -> None:
    table = event_schemas()
    assert len(table) == 25
    assert table["queue_item_status_changed"] == "QueueItemStatusChangedEvent"
    assert table["model_install_downloads_complete"] == "ModelInstallDownloadsCompleteEvent"


def test_every_documented_event_has_a_model_and_every_model_a_schema() -> None:
    assert set(EVENT_TYPES) == set(event_schemas())


def _resolve(prop: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in prop:
        prop = schemas()[prop["$ref"].rsplit("/", 1)[1]]
    return prop


def json_kinds(prop: dict[str, Any]) -> set[str]:
    """The JSON kinds a schema property allows: string, integer, number, boolean, array, object, null."""
    prop = _resolve(prop)
    if "anyOf" in prop or "oneOf" in prop:
        return set().union(*(json_kinds(branch) for branch in prop.get("anyOf", prop.get("oneOf"))))
    if "enum" in prop:
        return {"string"}
    kind = prop.get("type")
    if kind is None and "properties" in prop:
        return {"object"}
    assert isinstance(kind, str), prop
    return {kind}


def python_kinds(annotation: Any) -> set[str]:
    """The JSON kinds a model field's annotation accepts."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return set().union(*(python_kinds(arg) for arg in typing.get_args(annotation)))
    if origin is Literal:
        return {"string"}
    if origin is list:
        return {"array"}
    if origin is dict or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return {"object"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    return {simple[annotation]}


def enum_values(prop: dict[str, Any]) -> set[str] | None:
    prop = _resolve(prop)
    return set(prop["enum"]) if "enum" in prop else None


def check_model(model: type[BaseModel], schema: dict[str, Any], *, own: bool) -> list[str]:
    problems = []
    fields = {name: info for name, info in model.model_fields.items() if name != "event"}
    props = schema.get("properties", {})
    if set(fields) != set(props):
        problems.append(f"fields {sorted(set(fields) ^ set(props))} differ")
    required = {name for name, info in fields.items() if info.is_required()}
    if own and required != set(schema.get("required", [])):
        problems.append(f"required {sorted(required ^ set(schema.get('required', [])))} differ")
    for name in set(fields) & set(props):
        annotation = fields[name].annotation
        if python_kinds(annotation) != json_kinds(props[name]):
            problems.append(f"{name}: {python_kinds(annotation)} != {json_kinds(props[name])}")
        values = enum_values(props[name])
        literal = typing.get_origin(annotation) is Literal
        if values is not None and literal and set(typing.get_args(annotation)) != values:
            problems.append(f"{name}: values differ from {sorted(values)}")
        nested = _resolve(props[name])
        if isinstance(annotation, type) and issubclass(annotation, BaseModel) and "properties" in nested:
            own_type = annotation.__module__ == events_module.__name__
            problems += [f"{name}.{p}" for p in check_model(annotation, nested, own=own_type)]
    return problems


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_model_matches_its_schema(name: str) -> None:
    schema = schemas()[event_schemas()[name]]
    assert check_model(EVENT_TYPES[name], schema, own=True) == []


def example(prop: dict[str, Any]) -> Any:
    """A value that the schema allows (the first non-null branch, minimal objects)."""
    prop = _resolve(prop)
    if "oneOf" in prop:
        return {"type": "x"}
    if "anyOf" in prop:
        branches = [branch for branch in prop["anyOf"] if branch.get("type") != "null"]
        return example(branches[0])
    if "enum" in prop:
        return prop["enum"][0]
    kind = prop.get("type", "object")
    if kind == "object":
        return {key: example(sub) for key, sub in prop.get("properties", {}).items()}
    if kind == "array":
        return [example(prop.get("items", {"type": "string"}))]
    return {"string": "text", "integer": 3, "number": 0.5, "boolean": True}[kind]


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_a_payload_shaped_by_the_schema_parses_to_its_model(name: str) -> None:
    payload = example(schemas()[event_schemas()[name]])
    event = parse_event(name, payload)
    assert type(event) is EVENT_TYPES[name]
    assert event.event == name
    # The discriminated union dispatches on the event name alone.
    assert type(TypeAdapter(KnownEvent).validate_python({**payload, "event": name})) is EVENT_TYPES[name]
    # Dumping gives back the payload (plus the name): nothing is lost or renamed.
    assert event.model_dump(exclude={"event"}) == payload


def test_the_union_lists_every_model() -> None:
    members = typing.get_args(typing.get_args(KnownEvent)[0])
    assert set(members) == set(EVENT_TYPES.values())
    assert all(issubclass(member, Event) for member in members)
    assert not issubclass(UnknownEvent, tuple(members))


def test_the_check_notices_a_changed_event() -> None:
    schema = json.loads(json.dumps(schemas()["QueueItemStatusChangedEvent"]))
    model = EVENT_TYPES["queue_item_status_changed"]
    schema["properties"]["priority"] = {"type": "integer"}  # a new field
    schema["required"].remove("credits")  # a field that became optional
    schema["properties"]["item_id"] = {"type": "string"}  # a retyped field
    schema["properties"]["status"]["enum"].append("paused")  # a new status
    schema["properties"]["queue_status"] = {
        "$ref": "#/components/schemas/BatchStatus"
    }  # a changed nested type
    problems = check_model(model, schema, own=True)
    assert any("['priority']" in p for p in problems)
    assert any("required ['credits']" in p for p in problems)
    assert any(p.startswith("item_id:") for p in problems)
    assert any(p.startswith("status: values") for p in problems)
    assert any(p.startswith("queue_status.") for p in problems)
