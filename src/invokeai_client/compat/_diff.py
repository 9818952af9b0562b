"""What changed between two InvokeAI OpenAPI documents, for this SDK's users (pure: two dicts in, a report out).

Four sections: operations (added, removed, changed parameters or bodies), node types and their input fields
(added, removed, changed type, default, bounds or options), Socket.IO event payloads, and the model taxonomy
(``BaseModelType``, ``ModelType``, ``ModelFormat`` …).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

JSON = Mapping[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head")
TAXONOMY = ("BaseModelType", "ModelType", "ModelFormat", "ModelVariantType", "SchedulerPredictionType")
FIELD_FACTS = ("type", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum")


@dataclass
class Changes:
    """One kind of thing (operations, node types …): names added, removed, and what changed in the rest."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class Report:
    """The differences between an old and a new document."""

    old: str
    new: str
    operations: Changes
    nodes: Changes
    events: Changes
    taxonomy: Changes


def _operations(document: JSON) -> dict[str, JSON]:
    found: dict[str, JSON] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, Mapping) and method in item:
                found[f"{method.upper()} {path}"] = item[method]
    return found


def _schemas(document: JSON) -> JSON:
    schemas: JSON = (document.get("components") or {}).get("schemas") or {}
    return schemas


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _diff_names(old: Mapping[str, Any], new: Mapping[str, Any]) -> Changes:
    return Changes(added=sorted(new.keys() - old.keys()), removed=sorted(old.keys() - new.keys()))


def _parameters(operation: JSON) -> dict[str, str]:
    return {
        f"{p.get('in')} {p.get('name')}": "required" if p.get("required") else "optional"
        for p in operation.get("parameters") or []
        if isinstance(p, Mapping)
    }


def _body(operation: JSON) -> str:
    content = (operation.get("requestBody") or {}).get("content") or {}
    return _text({media: (spec or {}).get("schema") for media, spec in content.items()})


def diff_operations(old: JSON, new: JSON) -> Changes:
    before, after = _operations(old), _operations(new)
    changes = _diff_names(before, after)
    for key in sorted(before.keys() & after.keys()):
        notes = []
        a, b = _parameters(before[key]), _parameters(after[key])
        notes += [f"parameter {name} removed" for name in sorted(a.keys() - b.keys())]
        notes += [f"parameter {name} added ({b[name]})" for name in sorted(b.keys() - a.keys())]
        notes += [
            f"parameter {name} now {b[name]}" for name in sorted(a.keys() & b.keys()) if a[name] != b[name]
        ]
        if _body(before[key]) != _body(after[key]):
            notes.append("request body changed")
        if before[key].get("operationId") != after[key].get("operationId"):
            notes.append(f"operationId {before[key].get('operationId')} -> {after[key].get('operationId')}")
        if notes:
            changes.changed[key] = notes
    return changes


def _invocations(document: JSON) -> dict[str, JSON]:
    found: dict[str, JSON] = {}
    for schema in _schemas(document).values():
        if isinstance(schema, Mapping) and schema.get("class") == "invocation":
            node_type = ((schema.get("properties") or {}).get("type") or {}).get("default")
            if isinstance(node_type, str):
                found[node_type] = schema
    return found


def _field_facts(prop: JSON) -> dict[str, str]:
    facts = {name: _text(prop[name]) for name in FIELD_FACTS if name in prop}
    for branch in prop.get("anyOf") or []:
        if isinstance(branch, Mapping):
            for name in FIELD_FACTS:
                if name in branch:
                    facts.setdefault(name, _text(branch[name]))
            if "$ref" in branch:
                facts.setdefault("type", _text(branch["$ref"].rsplit("/", 1)[-1]))
    if "$ref" in prop:
        facts.setdefault("type", _text(prop["$ref"].rsplit("/", 1)[-1]))
    for name in ("orig_required", "ui_type"):
        if name in prop:
            facts[name] = _text(prop[name])
    return facts


def diff_nodes(old: JSON, new: JSON) -> Changes:
    before, after = _invocations(old), _invocations(new)
    changes = _diff_names(before, after)
    for node_type in sorted(before.keys() & after.keys()):
        a = {k: v for k, v in (before[node_type].get("properties") or {}).items() if isinstance(v, Mapping)}
        b = {k: v for k, v in (after[node_type].get("properties") or {}).items() if isinstance(v, Mapping)}
        notes = [f"input {name} removed" for name in sorted(a.keys() - b.keys())]
        notes += [f"input {name} added" for name in sorted(b.keys() - a.keys())]
        for name in sorted(a.keys() & b.keys()):
            fa, fb = _field_facts(a[name]), _field_facts(b[name])
            for fact in sorted(fa.keys() | fb.keys()):
                if fa.get(fact) != fb.get(fact):
                    notes.append(f"input {name}: {fact} {fa.get(fact, '-')} -> {fb.get(fact, '-')}")
        version_a = (before[node_type].get("version"), after[node_type].get("version"))
        if version_a[0] != version_a[1]:
            notes.insert(0, f"version {version_a[0]} -> {version_a[1]}")
        if notes:
            changes.changed[node_type] = notes
    return changes


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower().replace("l_l_m", "llm")


def _events(document: JSON) -> dict[str, JSON]:
    return {
        _snake(name.removesuffix("Event")): schema
        for name, schema in _schemas(document).items()
        if name.endswith("Event")
        and isinstance(schema, Mapping)
        and "timestamp" in (schema.get("properties") or {})
    }


def diff_events(old: JSON, new: JSON) -> Changes:
    before, after = _events(old), _events(new)
    changes = _diff_names(before, after)
    for name in sorted(before.keys() & after.keys()):
        a, b = before[name].get("properties") or {}, after[name].get("properties") or {}
        ra, rb = set(before[name].get("required") or []), set(after[name].get("required") or [])
        notes = [f"field {f} removed" for f in sorted(a.keys() - b.keys())]
        notes += [
            f"field {f} added ({'required' if f in rb else 'optional'})" for f in sorted(b.keys() - a.keys())
        ]
        notes += [
            f"field {f} now {'required' if f in rb else 'optional'}"
            for f in sorted((a.keys() & b.keys()) & (ra ^ rb))
        ]
        for f in sorted(a.keys() & b.keys()):
            ea, eb = _enum(old, a[f]), _enum(new, b[f])
            if ea != eb:
                notes.append(f"field {f} values: +{sorted(eb - ea)} -{sorted(ea - eb)}")
        if notes:
            changes.changed[name] = notes
    return changes


def _enum(document: JSON, prop: Any) -> set[str]:
    if isinstance(prop, Mapping) and "$ref" in prop:
        prop = _schemas(document).get(prop["$ref"].rsplit("/", 1)[-1], {})
    return {str(v) for v in prop.get("enum") or []} if isinstance(prop, Mapping) else set()


def diff_taxonomy(old: JSON, new: JSON) -> Changes:
    changes = Changes()
    for name in TAXONOMY:
        a = set((_schemas(old).get(name) or {}).get("enum") or [])
        b = set((_schemas(new).get(name) or {}).get("enum") or [])
        notes = [f"+{value}" for value in sorted(b - a)] + [f"-{value}" for value in sorted(a - b)]
        if notes:
            changes.changed[name] = notes
    return changes


def compare(old: JSON, new: JSON, *, old_name: str = "old", new_name: str = "new") -> Report:
    """The differences between two OpenAPI documents, by section."""
    return Report(
        old=old_name,
        new=new_name,
        operations=diff_operations(old, new),
        nodes=diff_nodes(old, new),
        events=diff_events(old, new),
        taxonomy=diff_taxonomy(old, new),
    )


def iter_sections(report: Report) -> Iterator[tuple[str, Changes]]:
    yield "Operations", report.operations
    yield "Node types", report.nodes
    yield "Events", report.events
    yield "Model taxonomy", report.taxonomy
