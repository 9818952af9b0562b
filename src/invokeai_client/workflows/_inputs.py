"""A workflow's inputs: found by index, key (``"nodeId.fieldName"``) or label, and values checked against
their templates before they are stored in the working copy.

[`Workflow`][invokeai_client.workflows.Workflow] hands its value methods to one `WorkflowInputs`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, TypeAlias

from ..errors import AmbiguousInputError, InputConnectedError, InputNotFoundError, InputValueError
from ..templates import ABSENT, TemplateSet, ValueContext, ValueRuleError, kind_for
from ._definition import WorkflowDefinition, json_copy
from ._discovery import make_input
from ._graph import is_executed_node
from ._input_record import WorkflowInput

__all__ = ["InputRef", "InputValues", "Sweeps", "WorkflowInputs"]

InputRef: TypeAlias = "int | str | WorkflowInput"
"""How an input is named: its form index, its key ``"nodeId.field"``, its label, or its record."""

Sweeps: TypeAlias = "Mapping[str, object] | Mapping[int, object] | Mapping[InputRef, object]"
"""``{input: [values]}`` as code builds it: ``{"Width": [512, 768], "Prompt": ["a", "b"]}`` (a type checker
joins those lists to ``object``, so the values are typed ``object`` and each is checked to be a list when it
is used), inputs by label or key, by index, or mixed (a mapping's key type is exact: each way is its own
member)."""

InputValues: TypeAlias = "Mapping[str, object] | Mapping[int, object] | Mapping[InputRef, object]"
"""``{input: value}``, inputs named the same ways as [`Sweeps`][invokeai_client.workflows.Sweeps]."""


class WorkflowInputs:
    """The indexed inputs of one working copy, their lookup, and the checked setting of values."""

    __slots__ = (
        "_all_valid", "_by_key", "_by_label", "_by_label_folded", "ctx", "definition", "records", "templates",
    )  # fmt: skip

    def __init__(
        self, definition: WorkflowDefinition, templates: TemplateSet | None, records: Sequence[WorkflowInput]
    ) -> None:
        self.definition = definition
        self.templates = templates
        self.ctx = ValueContext.from_templates(templates)
        self.records = list(records)
        self._by_key = {record.key: i for i, record in enumerate(records)}
        self._by_label: dict[str, list[int]] = {}
        self._by_label_folded: dict[str, list[int]] = {}
        for i, record in enumerate(records):
            self._by_label.setdefault(record.label, []).append(i)
            self._by_label_folded.setdefault(record.label.casefold(), []).append(i)
        # Whether every stored value passed its template's check: None until a scan says, kept while values
        # only change through `set`/`update` (checked on the way in), so a copy per submit does not rescan.
        self._all_valid: bool | None = None

    def copy(self, definition: WorkflowDefinition) -> WorkflowInputs:
        """The same inputs over ``definition``, a copy of this one's document (no lookup is rebuilt)."""
        if self._all_valid is None:
            self.stored_value_error()  # scanned once here, not again in every copy
        other = WorkflowInputs.__new__(WorkflowInputs)
        other.definition = definition
        other.templates = self.templates
        other.ctx = self.ctx
        other.records = list(self.records)  # frozen records; the values are their own copies
        other._by_key, other._by_label, other._by_label_folded = (
            self._by_key,
            self._by_label,
            self._by_label_folded,
        )
        other._all_valid = self._all_valid
        return other

    # ------------------------------------------------------------------------------------------ lookup

    def find(self, ref: InputRef) -> WorkflowInput:
        """The input ``ref`` names; a key also reaches fields outside the form (``index`` ``None``).

        Raises:
            InputNotFoundError: nothing matches.
            AmbiguousInputError: the label matches several inputs.
        """
        position = self._position(ref)
        if position is not None:
            return self.records[position]
        key = ref.key if isinstance(ref, WorkflowInput) else str(ref)
        record = self.raw(key)
        if record is None:
            raise InputNotFoundError(
                ref, reason=f"no index, key or label matches (the workflow has {len(self.records)} inputs)"
            )
        return record

    def _position(self, ref: InputRef) -> int | None:
        """The position of the form input ``ref`` names; ``None`` for a key outside the form."""
        if isinstance(ref, WorkflowInput):
            ref = ref.key
        if isinstance(ref, bool) or not isinstance(ref, int | str):
            raise InputNotFoundError(
                ref, reason="use an index (int), a key 'nodeId.fieldName' or a label (str)"
            )
        if isinstance(ref, int):
            if 0 <= ref < len(self.records):
                return ref
            raise InputNotFoundError(ref, reason=f"the workflow has {len(self.records)} indexed inputs")
        if ref in self._by_key:
            return self._by_key[ref]
        for table, text in ((self._by_label, ref), (self._by_label_folded, ref.casefold())):
            matches = table.get(text)
            if matches and len(matches) == 1:
                return matches[0]
            if matches:
                raise AmbiguousInputError(ref, [self.records[i].describe() for i in matches])
        return None

    def raw(self, key: str) -> WorkflowInput | None:
        """The record of any invocation field by key, in the form or not; ``None`` when there is none."""
        node_id, dot, field_name = key.rpartition(".")
        if not dot:
            return None
        node = self.definition.node(node_id)
        if node is None or node.get("type") != "invocation" or field_name not in node["data"]["inputs"]:
            return None
        return make_input(self.definition, self.templates, node, field_name)

    def form_indices(self) -> dict[str, int]:
        """Each form input's key -> its index (how checks name what they found)."""
        return {r.key: r.index for r in self.records if r.index is not None}

    def refresh(self, record: WorkflowInput) -> WorkflowInput:
        """Re-read the record's value from the working copy."""
        instance = self.definition.instance_input(record.node_id, record.field_name) or {}
        updated = replace(record, value=json_copy(instance.get("value")))
        if record.index is not None:
            self.records[record.index] = updated
        return updated

    def refresh_models(self) -> None:
        """Re-read every model input (after the models were synced)."""
        self._all_valid = None
        for record in self.records:
            if record.kind == "model":
                self.refresh(record)

    # ------------------------------------------------------------------------------------------ checks

    def error(self, record: WorkflowInput, value: Any, rule: str) -> InputValueError:
        """The error that names ``record``, the value and the rule it broke."""
        return InputValueError(index=record.index, label=record.label, key=record.key, value=value, rule=rule)

    def check_not_connected(self, record: WorkflowInput) -> None:
        """Refuse an input an edge feeds (a value there would have no effect)."""
        if record.connected:
            raise InputConnectedError(index=record.index, label=record.label, key=record.key)

    def coerce(self, record: WorkflowInput, value: Any) -> Any:
        """The instance JSON for ``value``: checked against the template, then against the form's own
        bounds (a minimum, maximum or dropdown the workflow's author set, which the GUI enforces)."""
        self.check_not_connected(record)
        template = record.template
        assert template is not None
        kind = kind_for(template)
        try:
            instance_value = kind.coerce(value, template, self.ctx)
        except ValueRuleError as exc:
            raise self.error(record, value, exc.rule) from None
        if instance_value is not ABSENT:
            broken = kind.soft_warnings(instance_value, record.settings)
            if broken:
                raise self.error(record, value, broken[0])
        return instance_value

    def stored_value_error(self, skip: frozenset[str] = frozenset()) -> InputValueError | None:
        """The first stored value that breaks its template's rules, or ``None`` (see
        [`Workflow.stored_value_error`][invokeai_client.workflows.Workflow.stored_value_error])."""
        if self.templates is None or self._all_valid:
            return None
        error = self._first_invalid(frozenset())
        self._all_valid = error is None
        return self._first_invalid(skip) if error is not None and skip else error

    def _first_invalid(self, skip: frozenset[str]) -> InputValueError | None:
        assert self.templates is not None
        for node in self.definition.nodes:
            if node.get("type") != "invocation" or node["data"]["type"] not in self.templates:
                continue
            for field_name, instance in node["data"]["inputs"].items():
                key = f"{node['id']}.{field_name}"
                if (
                    key in skip
                    or instance.get("value") is None
                    or self.definition.is_connected(node["id"], field_name)
                ):
                    continue
                record = self._record_or_raw(key)
                template = record.template
                kind = kind_for(template) if template is not None else None
                if template is None or kind is None or not kind.settable:
                    continue  # connection-only kinds keep what the GUI stored (generators …)
                try:
                    kind.coerce(instance["value"], template, self.ctx)
                except ValueRuleError as exc:
                    return self.error(record, instance["value"], exc.rule)
        return None

    def missing(self, swept: set[tuple[str, str]]) -> list[str]:
        """Required fields of sent nodes with no value, no edge and no batch data (``swept``: the ``(node
        id, field)`` pairs that get batch data), each as ``"#index 'label' (key)"``."""
        templates, definition = self.templates, self.definition
        if templates is None:
            return []
        missing = []
        for node in definition.nodes:
            template = templates.get(node["data"]["type"]) if is_executed_node(node) else None
            if template is None:
                continue
            inputs = node["data"]["inputs"]
            for name, field_template in template.inputs.items():
                if not field_template.required or definition.is_connected(node["id"], name):
                    continue
                instance = inputs.get(name)
                if isinstance(instance, Mapping) and instance.get("value") is not None:
                    continue
                if (node["id"], name) in swept:
                    continue
                key = f"{node['id']}.{name}"
                position = self._by_key.get(key)
                index = self.records[position].index if position is not None else None
                label = (instance or {}).get("label") or field_template.title
                missing.append(f"{'#' + str(index) + ' ' if index is not None else ''}{label!r} ({key})")
        return missing

    def _record_or_raw(self, key: str) -> WorkflowInput:
        position = self._by_key.get(key)
        if position is not None:
            return self.records[position]
        raw = self.raw(key)
        assert raw is not None
        return raw

    # ------------------------------------------------------------------------------------------ values

    def store(self, record: WorkflowInput, instance_value: Any) -> WorkflowInput:
        """Write checked instance JSON into the working copy (``ABSENT`` removes the value)."""
        instance = self.definition.instance_input(record.node_id, record.field_name)
        assert instance is not None
        if instance_value is ABSENT:
            instance.pop("value", None)
        else:
            instance["value"] = instance_value
        return self.refresh(record)

    def set(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Check one value and store it."""
        record = self.find(ref)
        return self.store(record, self.coerce(record, value))

    def update(self, values: InputValues) -> list[WorkflowInput]:
        """Check every value, then store them all (nothing is stored when one fails)."""
        checked = []
        for ref, value in values.items():
            record = self.find(ref)
            checked.append((record, self.coerce(record, value)))
        return [self.store(record, instance_value) for record, instance_value in checked]

    def set_raw(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Store a copy of JSON data without checking it against the template."""
        record = self.find(ref)
        self.check_not_connected(record)
        try:
            copied = json_copy(value)
        except TypeError as exc:
            raise self.error(record, value, f"is not JSON data ({exc})") from None
        self._all_valid = None  # unchecked: the next scan looks again
        return self.store(record, copied)

    def parse_value(self, ref: InputRef, text: str) -> Any:
        """Command-line text read as a Python value of the input's kind."""
        record = self.find(ref)
        template = record.template
        assert template is not None
        try:
            return kind_for(template).parse_text(text, template)
        except ValueRuleError as exc:
            raise self.error(record, text, exc.rule) from None
