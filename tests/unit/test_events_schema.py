"""The typed events against the event schemas of every committed OpenAPI document (the sources of truth).

A server upgrade that adds, removes, renames or retypes an event field, or adds an event, fails here.

How an event's *name* maps to its schema: the documents have no ``event_name`` property or constant; the
name is the schema title without ``Event``, in snake case, and the schema's description (the server's
docstring) says ``"Event model for <name>"``. The two agree for every schema but a few whose docstring
says something else (``KNOWN_ODD_DESCRIPTIONS``).
"""

from __future__ import annotations

import copy
import re
import typing
from functools import cache
from typing import Any

import pytest
from pydantic import TypeAdapter

from invokeai_client.events._router import parse_event
from invokeai_client.types.events import EVENT_TYPES, Event, KnownEvent, UnknownEvent

from .openapi_schemas import VERSIONS, check_model, example, schemas

KNOWN_ODD_DESCRIPTIONS = {
    "ModelInstallDownloadsCompleteEvent": "Emitted once when an install job becomes active.",
}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@cache
def event_schemas(version: str) -> dict[str, str]:
    """Event name -> schema name, derived from one document alone."""
    table: dict[str, str] = {}
    for schema_name, schema in schemas(version).items():
        if not schema_name.endswith("Event") or "timestamp" not in schema.get("properties", {}):
            continue
        constant = schema["properties"].get("event_name", {}).get("const")  # not in 6.x; used if it appears
        derived = constant or snake(schema_name.removesuffix("Event")).replace("l_l_m", "llm")
        described = re.match(r"Event model for (\w+)", schema.get("description", ""))
        if described:
            assert described.group(1) == derived, schema_name
        else:
            assert KNOWN_ODD_DESCRIPTIONS.get(schema_name) == schema.get("description"), schema_name
        table[derived] = schema_name
    return table


def test_the_name_tables_cover_the_documented_events() -> None:
    assert len(event_schemas("6.8.1")) == 25
    assert len(event_schemas("6.14.2")) == 35
    assert event_schemas("6.14.2")["llm_task_progress"] == "LLMTaskProgressEvent"
    assert event_schemas("6.8.1")["model_install_downloads_complete"] == "ModelInstallDownloadsCompleteEvent"


def test_every_documented_event_has_a_model_and_every_model_a_schema() -> None:
    documented = set().union(*(event_schemas(v) for v in VERSIONS))
    assert set(EVENT_TYPES) == documented


def schema_name(name: str) -> str:
    return next(event_schemas(v)[name] for v in VERSIONS if name in event_schemas(v))


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_model_matches_every_versions_schema(name: str) -> None:
    assert check_model(EVENT_TYPES[name], schema_name(name)) == []


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("full", [True, False], ids=["every field", "required fields"])
def test_a_payload_shaped_by_each_versions_schema_parses_to_its_model(version: str, full: bool) -> None:
    for name, schema in sorted(event_schemas(version).items()):
        payload = example(version, schemas(version)[schema], full=full)
        event = parse_event(name, payload)
        assert type(event) is EVENT_TYPES[name], (version, name, getattr(event, "error", None))
        assert event.event == name
        # The discriminated union dispatches on the event name alone.
        assert type(TypeAdapter(KnownEvent).validate_python({**payload, "event": name})) is EVENT_TYPES[name]
        # Every field sent is kept with its value (nothing lost or renamed).
        assert kept(event.model_dump(exclude={"event"}), payload) == payload, (version, name)


def kept(dumped: Any, sent: Any) -> Any:
    """What of ``dumped`` answers to ``sent``: the same keys, recursively (defaults of absent keys left out)."""
    if isinstance(sent, dict) and isinstance(dumped, dict):
        return {key: kept(dumped.get(key), value) for key, value in sent.items()}
    return dumped


def test_a_status_newer_than_this_sdk_is_kept() -> None:
    payload = example("6.14.2", schemas("6.14.2")["QueueItemStatusChangedEvent"], full=True)
    event = parse_event("queue_item_status_changed", {**payload, "status": "paused"})
    assert type(event) is EVENT_TYPES["queue_item_status_changed"]
    assert event.status == "paused"  # type: ignore[attr-defined]


def test_the_union_lists_every_model() -> None:
    members = typing.get_args(typing.get_args(KnownEvent)[0])
    assert set(members) == set(EVENT_TYPES.values())
    assert all(issubclass(member, Event) for member in members)
    assert not issubclass(UnknownEvent, tuple(members))


def test_the_check_notices_a_changed_event() -> None:
    model = EVENT_TYPES["queue_item_status_changed"]
    original = schemas("6.14.2")["QueueItemStatusChangedEvent"]
    changed = copy.deepcopy(original)
    changed["properties"]["priority"] = {"type": "integer"}  # a new field
    changed["required"].remove("session_id")  # a field that became optional
    changed["properties"]["item_id"] = {"type": "string"}  # a retyped field
    schemas("6.14.2")["QueueItemStatusChangedEvent"] = changed
    try:
        problems = check_model(model, "QueueItemStatusChangedEvent")
    finally:
        schemas("6.14.2")["QueueItemStatusChangedEvent"] = original
    assert any("['priority']" in p for p in problems)
    assert any(".session_id: required in the model" in p for p in problems)
    assert any(".item_id (6.14.2): sends ['string']" in p for p in problems)
