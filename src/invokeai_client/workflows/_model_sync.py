"""Model sync (spec section 7): re-point every model reference at a model installed on the target server.

Model keys differ between installations. For each reference the first rule that matches wins: the same key
(and type), then the same file hash (and type), then the same name, base and type. Case-insensitive names,
a user mapping and a user callback are used only when asked for. Every reference is resolved before anything
changes; one `ModelResolutionError` lists all failures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from ..errors import ModelResolutionError
from ..templates import FieldTemplate, TemplateSet
from ._definition import WorkflowDefinition, json_copy

__all__ = [
    "ModelChange",
    "ModelReference",
    "ModelResolver",
    "find_model_references",
    "resolve_model_references",
    "sync_models",
]

logger = logging.getLogger(__name__)

_IDENTIFIER_KEYS = ("key", "hash", "name", "base", "type")

#: How a reference was matched.
Strategy: TypeAlias = Literal["key", "hash", "name", "case_insensitive_name", "mapping", "resolver"]


@dataclass(frozen=True, slots=True)
class ModelReference:
    """A model identifier stored in the workflow.

    Attributes:
        node_id, field: where it is stored.
        position: its index in a list value, or ``None`` for a single value.
        label: the field's label (instance label, else template title, else field name).
        old: the stored identifier.
        template: the field template (``None`` when found by shape, without a template).
    """

    node_id: str
    field: str
    position: int | None
    label: str
    old: Mapping[str, Any]
    template: FieldTemplate | None

    @property
    def where(self) -> str:
        """``"nodeId.field"`` or ``"nodeId.field[2]"``."""
        return f"{self.node_id}.{self.field}" + (f"[{self.position}]" if self.position is not None else "")


@dataclass(frozen=True, slots=True)
class ModelChange:
    """How one reference was resolved.

    Attributes:
        node_id, field, position: where the reference is stored.
        strategy: the rule that matched (``"key"``, ``"hash"``, ``"name"``, ``"case_insensitive_name"``,
            ``"mapping"`` or ``"resolver"``).
        old: the identifier before sync.
        new: the identifier written back (``key``, ``hash``, ``name``, ``base``, ``type`` and a non-null
            ``submodel_type``).
    """

    node_id: str
    field: str
    position: int | None
    strategy: Strategy
    old: Mapping[str, Any]
    new: Mapping[str, Any]

    @property
    def changed(self) -> bool:
        """Whether the identifier written back differs from the stored one."""
        return dict(self.old) != dict(self.new)

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON-able data.

        Returns:
            ``{node_id, field, position, strategy, old, new}``.
        """
        return {
            "node_id": self.node_id,
            "field": self.field,
            "position": self.position,
            "strategy": self.strategy,
            "old": json_copy(self.old),
            "new": json_copy(self.new),
        }


#: A callback choosing a model for a reference that the rules could not match: it gets the reference and
#: the installed models of the same type, and returns a model record, a model key, or ``None``.
ModelResolver: TypeAlias = Callable[
    [ModelReference, list[Mapping[str, Any]]], "Mapping[str, Any] | str | None"
]
"""A custom model lookup for ``sync_models``: given a reference, the installed model to use, or ``None``."""


def _looks_like_identifier(value: Any) -> bool:
    return isinstance(value, Mapping) and all(key in value for key in _IDENTIFIER_KEYS)


def find_model_references(
    definition: WorkflowDefinition, templates: TemplateSet | None
) -> list[ModelReference]:
    """Every model identifier stored in the workflow, in or out of the form, single or in lists.

    Fields typed ModelIdentifierField by their template are used; for node types without a template, any
    value shaped ``{key, hash, name, base, type}`` is taken as a model identifier.

    Args:
        definition: the workflow.
        templates: the template set, or ``None``.

    Returns:
        The references, in node order.
    """
    references: list[ModelReference] = []
    for node in definition.invocation_nodes():
        data = node["data"]
        template = templates.get(data["type"]) if templates is not None else None
        for name, instance in data["inputs"].items():
            if not isinstance(instance, Mapping):
                continue
            value = instance.get("value")
            if value is None:
                continue
            field = template.inputs.get(name) if template is not None else None
            if template is not None and (field is None or field.type_name != "ModelIdentifierField"):
                continue
            label = instance.get("label") or (field.title if field is not None else "") or name
            values = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
            for position, item in values:
                if field is None and not _looks_like_identifier(item):
                    continue
                references.append(
                    ModelReference(
                        node["id"], name, position, label, item if isinstance(item, Mapping) else {}, field
                    )
                )
    return references


def _allowed(record: Mapping[str, Any], template: FieldTemplate | None) -> bool:
    if template is None:
        return True
    if template.ui_model_base and record.get("base") not in template.ui_model_base:
        return False
    return not (template.ui_model_type and record.get("type") not in template.ui_model_type)


def _new_identifier(record: Mapping[str, Any], old: Mapping[str, Any]) -> dict[str, Any]:
    new = {key: record.get(key) for key in _IDENTIFIER_KEYS}
    if old.get("submodel_type") is not None:
        new["submodel_type"] = old["submodel_type"]
    return new


class _Installed:
    """Indexes over the installed model records."""

    def __init__(self, models: Iterable[Mapping[str, Any]]) -> None:
        self.records = [m for m in models if isinstance(m, Mapping) and isinstance(m.get("key"), str)]
        self.by_key = {m["key"]: m for m in self.records}
        self.by_type: dict[Any, list[Mapping[str, Any]]] = {}
        for record in sorted(self.records, key=lambda m: str(m.get("name", ""))):
            self.by_type.setdefault(record.get("type"), []).append(record)

    def candidates(self, model_type: Any, template: FieldTemplate | None) -> list[Mapping[str, Any]]:
        return [m for m in self.by_type.get(model_type, []) if _allowed(m, template)]


def _match(
    ref: ModelReference,
    installed: _Installed,
    *,
    case_insensitive: bool,
    mapping: Mapping[str, str] | None,
    resolver: ModelResolver | None,
) -> tuple[Strategy, Mapping[str, Any]] | str:
    """The matching record and the rule used, or the reason nothing matched."""
    old = ref.old
    if not _looks_like_identifier(old):
        return f"the stored value is not a model identifier ({', '.join(_IDENTIFIER_KEYS)})"
    same_type = installed.candidates(old.get("type"), ref.template)
    record = installed.by_key.get(old.get("key"))
    if record is not None and record.get("type") == old.get("type") and _allowed(record, ref.template):
        return "key", record
    model_hash = old.get("hash")
    if isinstance(model_hash, str) and model_hash and not model_hash.startswith("random:"):
        by_hash = [m for m in same_type if m.get("hash") == model_hash]
        if by_hash:
            named = [m for m in by_hash if m.get("name") == old.get("name")]
            if not named and len(by_hash) > 1:
                logger.warning(
                    "%s: %d installed models have hash %s; using %r (first by name)",
                    ref.where,
                    len(by_hash),
                    model_hash,
                    by_hash[0].get("name"),
                )
            return "hash", (named or by_hash)[0]
    exact = [m for m in same_type if m.get("name") == old.get("name") and m.get("base") == old.get("base")]
    if len(exact) == 1:
        return "name", exact[0]
    if len(exact) > 1:
        return f"{len(exact)} installed models share this name, base and type"
    if mapping:
        target = mapping.get(str(old.get("key"))) or mapping.get(str(old.get("name")))
        if target is not None:
            chosen = installed.by_key.get(target)
            if chosen is None:
                return f"the mapping points to key {target!r}, which is not installed"
            if not _allowed(chosen, ref.template):
                return (
                    f"the mapping points to {chosen.get('name')!r}, whose base/type the field does not accept"
                )
            return "mapping", chosen
    if case_insensitive:
        folded = str(old.get("name", "")).casefold()
        loose = [
            m
            for m in same_type
            if str(m.get("name", "")).casefold() == folded and m.get("base") == old.get("base")
        ]
        if len(loose) == 1:
            return "case_insensitive_name", loose[0]
    if resolver is not None:
        answer = resolver(ref, list(same_type))
        chosen = installed.by_key.get(answer) if isinstance(answer, str) else answer
        if chosen is not None:
            if not _allowed(chosen, ref.template) or not isinstance(chosen.get("key"), str):
                return "the resolver chose a model the field does not accept"
            return "resolver", chosen
    return "no installed model has this key, hash, or name with this base and type"


def resolve_model_references(
    references: Iterable[ModelReference],
    installed_models: Iterable[Mapping[str, Any]],
    *,
    case_insensitive: bool = False,
    mapping: Mapping[str, str] | None = None,
    resolver: ModelResolver | None = None,
) -> tuple[list[ModelChange], list[dict[str, Any]]]:
    """Resolve references against installed models without changing anything.

    Args:
        references: the references ([`find_model_references`][invokeai_client.workflows.find_model_references]).
        installed_models: the server's model records (``GET /api/v2/models/`` ``models``): dicts with at
            least ``key``, ``hash``, ``name``, ``base`` and ``type``.
        case_insensitive: also match names case-insensitively (same base and type).
        mapping: ``{old key or old name: new key}``, tried after the three standard rules.
        resolver: a callback tried last (see `ModelResolver`).

    Returns:
        ``(changes, unresolved)``: a change per resolved reference, and one dict per unresolved reference
        (``node_id``, ``field``, ``position``, ``label``, ``old``, ``reason``, ``candidates``).
    """
    installed = _Installed(installed_models)
    changes: list[ModelChange] = []
    unresolved: list[dict[str, Any]] = []
    for ref in references:
        outcome = _match(
            ref, installed, case_insensitive=case_insensitive, mapping=mapping, resolver=resolver
        )
        if isinstance(outcome, str):
            unresolved.append(
                {
                    "node_id": ref.node_id,
                    "field": ref.field,
                    "position": ref.position,
                    "label": ref.label,
                    "old": json_copy(ref.old),
                    "reason": outcome,
                    "candidates": [
                        f"{m.get('name')} ({m.get('base')})"
                        for m in installed.candidates(ref.old.get("type"), ref.template)
                    ],
                }
            )
            continue
        strategy, record = outcome
        changes.append(
            ModelChange(
                ref.node_id,
                ref.field,
                ref.position,
                strategy,
                json_copy(ref.old),
                _new_identifier(record, ref.old),
            )
        )
    return changes, unresolved


def sync_models(
    definition: WorkflowDefinition,
    templates: TemplateSet | None,
    installed_models: Iterable[Mapping[str, Any]],
    *,
    case_insensitive: bool = False,
    mapping: Mapping[str, str] | None = None,
    resolver: ModelResolver | None = None,
) -> list[ModelChange]:
    """Resolve every model reference and, only if all resolve, write the results into the working copy.

    Args:
        definition: the workflow (its working copy is updated).
        templates: the template set, or ``None``.
        installed_models: the server's model records.
        case_insensitive: see `resolve_model_references`.
        mapping: see `resolve_model_references`.
        resolver: see `resolve_model_references`.

    Returns:
        A change per reference (``changed`` tells whether it was rewritten).

    Raises:
        ModelResolutionError: some references could not be resolved; nothing was changed.
    """
    references = find_model_references(definition, templates)
    changes, unresolved = resolve_model_references(
        references, installed_models, case_insensitive=case_insensitive, mapping=mapping, resolver=resolver
    )
    if unresolved:
        raise ModelResolutionError(unresolved)
    for change in changes:
        instance = definition.instance_input(change.node_id, change.field)
        assert instance is not None
        new = dict(change.new)
        if change.position is None:
            instance["value"] = new
        else:
            values = list(instance["value"])
            values[change.position] = new
            instance["value"] = values
        if change.changed:
            logger.info(
                "%s.%s: model %s -> %s (by %s)",
                change.node_id,
                change.field,
                change.old.get("name"),
                new.get("name"),
                change.strategy,
            )
    return changes
