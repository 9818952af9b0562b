"""The input half of [`Workflow`][invokeai_client.workflows.Workflow]: finding inputs and storing checked values."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from ..errors import InputConnectedError, InputNotFoundError, InputValueError
from ..templates import ABSENT, TemplateSet, ValueContext, ValueRuleError, kind_for
from ._definition import WorkflowDefinition
from ._discovery import make_input
from ._input_lookup import InputRef, InputTable, InputValues
from ._input_record import WorkflowInput
from ._json_io import json_copy

__all__ = ["WorkflowValues"]

logger = logging.getLogger(__name__)


class WorkflowValues:
    """Lookup of inputs by index, key or label, and values checked against their templates and stored in
    the working copy. [`Workflow`][invokeai_client.workflows.Workflow] sets the attributes."""

    __slots__ = ("_ctx", "_definition", "_inputs", "_table", "templates")

    templates: TemplateSet | None
    _ctx: ValueContext
    _definition: WorkflowDefinition
    _inputs: list[WorkflowInput]
    _table: InputTable

    def input(self, ref: InputRef) -> WorkflowInput:
        """The input at an index, with a key, or with a label.

        A key ``"nodeId.fieldName"`` also reaches fields that are not in the form (their ``index`` is
        ``None``): raw addressing by node id and field name, as the legacy ``exposedFields`` list does.

        Args:
            ref: an index (``int``), a key or a label (``str``), or a record.

        Returns:
            The input record, with its current value.

        Raises:
            InputNotFoundError: nothing matches.
            AmbiguousInputError: the label matches several inputs; the message lists them.
        """
        position = self._table.find(ref, self._inputs)
        if position is not None:
            return self._inputs[position]
        key = ref.key if isinstance(ref, WorkflowInput) else str(ref)
        record = self._raw_input(key)
        if record is None:
            raise InputNotFoundError(
                ref, reason=f"no index, key or label matches (the workflow has {len(self._inputs)} inputs)"
            )
        return record

    def _raw_input(self, key: str) -> WorkflowInput | None:
        node_id, dot, field_name = key.rpartition(".")
        if not dot:
            return None
        node = self._definition.node(node_id)
        if node is None or node.get("type") != "invocation" or field_name not in node["data"]["inputs"]:
            return None
        return make_input(self._definition, self.templates, node, field_name)

    def _refresh(self, record: WorkflowInput) -> WorkflowInput:
        """Re-read the record's value from the working copy."""
        instance = self._definition.instance_input(record.node_id, record.field_name) or {}
        updated = replace(record, value=json_copy(instance.get("value")))
        if record.index is not None:
            self._inputs[record.index] = updated
        return updated

    # ------------------------------------------------------------------------------------------ values

    def _check_not_connected(self, record: WorkflowInput) -> None:
        if record.connected:
            raise InputConnectedError(index=record.index, label=record.label, key=record.key)

    def _error(self, record: WorkflowInput, value: Any, rule: str) -> InputValueError:
        return InputValueError(index=record.index, label=record.label, key=record.key, value=value, rule=rule)

    def _coerce(self, record: WorkflowInput, value: Any) -> Any:
        """The instance JSON for ``value``: checked against the template, then against the form's own
        bounds (a minimum, maximum or dropdown the workflow's author set, which the GUI enforces)."""
        self._check_not_connected(record)
        template = record.template
        assert template is not None
        kind = kind_for(template)
        try:
            instance_value = kind.coerce(value, template, self._ctx)
        except ValueRuleError as exc:
            raise self._error(record, value, exc.rule) from None
        if instance_value is not ABSENT:
            broken = kind.soft_warnings(instance_value, record.settings)
            if broken:
                raise self._error(record, value, broken[0])
        return instance_value

    def _store(self, record: WorkflowInput, instance_value: Any) -> WorkflowInput:
        instance = self._definition.instance_input(record.node_id, record.field_name)
        assert instance is not None
        if instance_value is ABSENT:
            instance.pop("value", None)
        else:
            instance["value"] = instance_value
        return self._refresh(record)

    def set(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Check a value against the input's template and store it.

        Python values by kind: ``str``; ``int`` (not ``bool``); ``float`` or ``int``; ``bool``; an enum option;
        a scheduler name; an image name or ``{"image_name"}``/image object; ``"auto"``, ``None``/``"none"``,
        a board id or board object; a model identifier dict or object; ``(r, g, b[, a])``, a dict or hex
        colour; a list for collections. ``None`` on an optional non-board field removes the stored value.

        Args:
            ref: the input (index, key, label or record).
            value: the new value.

        Returns:
            The updated record.

        Raises:
            InputNotFoundError: no input matches ``ref``.
            AmbiguousInputError: ``ref`` is a label of several inputs.
            InputConnectedError: an edge feeds the input.
            InputValueError: the value breaks a rule; the error names the input, the value and the rule.
        """
        record = self.input(ref)
        return self._store(record, self._coerce(record, value))

    def update(self, values: InputValues) -> list[WorkflowInput]:
        """Set several inputs at once: every value is checked before any is stored.

        Args:
            values: input reference -> value.

        Returns:
            The updated records, in the order given.

        Raises:
            InputNotFoundError, AmbiguousInputError, InputConnectedError, InputValueError: as `set`;
                nothing is stored when one value fails.
        """
        checked = []
        for ref, value in values.items():
            record = self.input(ref)
            checked.append((record, self._coerce(record, value)))
        return [self._store(record, instance_value) for record, instance_value in checked]

    def stored_value_error(self, skip: frozenset[str] = frozenset()) -> InputValueError | None:
        """The first stored value that breaks its template's rules (as the GUI refuses to invoke a workflow
        with an invalid field), or ``None``. Inputs fed by an edge, without a value, without a template, or
        named in ``skip`` (swept: their values come from the batch data) are not checked.
        """
        if self.templates is None:
            return None
        for node in self._definition.nodes:
            if node.get("type") != "invocation" or node["data"]["type"] not in self.templates:
                continue
            for field_name, instance in node["data"]["inputs"].items():
                key = f"{node['id']}.{field_name}"
                if (
                    key in skip
                    or instance.get("value") is None
                    or self._definition.is_connected(node["id"], field_name)
                ):
                    continue
                record = self._input_or_raw(key)
                template = record.template
                kind = kind_for(template) if template is not None else None
                if template is None or kind is None or not kind.settable:
                    continue  # connection-only kinds keep what the GUI stored (generators …)
                try:
                    kind.coerce(instance["value"], template, self._ctx)
                except ValueRuleError as exc:
                    return self._error(record, instance["value"], exc.rule)
        return None

    def _input_or_raw(self, key: str) -> WorkflowInput:
        for record in self._inputs:
            if record.key == key:
                return record
        raw = self._raw_input(key)
        assert raw is not None
        return raw

    def set_raw(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Store raw instance JSON without any check: the escape hatch for connection-only fields.

        Args:
            ref: the input.
            value: the JSON value to store as is (copied).

        Returns:
            The updated record.

        Raises:
            InputNotFoundError, AmbiguousInputError: as `input`.
            InputConnectedError: an edge feeds the input.
            InputValueError: the value is not JSON data.
        """
        record = self.input(ref)
        self._check_not_connected(record)
        try:
            copied = json_copy(value)
        except TypeError as exc:
            raise self._error(record, value, f"is not JSON data ({exc})") from None
        return self._store(record, copied)

    def parse_value(self, ref: InputRef, text: str) -> Any:
        """Read command-line text as a Python value for the input's kind (``"7.5"``, ``"true"``, JSON …).

        Args:
            ref: the input.
            text: the text after ``KEY=``.

        Returns:
            The Python value, to give to `set` (which checks it).

        Raises:
            InputNotFoundError, AmbiguousInputError: as `input`.
            InputValueError: the text cannot be read as the input's kind.
        """
        record = self.input(ref)
        template = record.template
        assert template is not None
        try:
            return kind_for(template).parse_text(text, template)
        except ValueRuleError as exc:
            raise self._error(record, text, exc.rule) from None
