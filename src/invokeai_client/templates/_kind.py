"""The field-kind contract: how a Python value becomes a field's instance JSON.

[`FieldKind`][invokeai_client.templates.FieldKind] is the base every kind extends; [`ValueContext`][invokeai_client.templates.ValueContext] holds the server-wide facts kinds
check against. Kinds raise `ValueRuleError` naming the rule broken; the caller adds which input it was.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._model import Cardinality, FieldTemplate
from ._set import TemplateSet

__all__ = ["ABSENT", "FieldKind", "ValueContext", "ValueRuleError", "parse_json", "type_name_of"]


class _Absent:
    """Marker: the instance should hold no ``value`` (the server default applies)."""

    def __repr__(self) -> str:
        return "ABSENT"


#: Returned by [`FieldKind.coerce`][invokeai_client.workflows.FieldKind.coerce] for ``None`` on an optional non-board field: remove the value.
ABSENT: Final = _Absent()
"""What `FieldKind.coerce` returns for "store no value": the field falls back to the server's default."""


class ValueRuleError(ValueError):
    """A value breaks a rule of its field. ``rule`` says which, in words."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


@dataclass(frozen=True, slots=True)
class ValueContext:
    """Server-wide facts the kinds check against: the model base and type enums, when known, and how the
    server names a video in a ``VideoField`` (``video_name`` since 6.14, ``video_id`` before)."""

    model_bases: frozenset[str] | None = None
    model_types: frozenset[str] | None = None
    video_key: str = "video_name"

    @classmethod
    def from_templates(cls, templates: TemplateSet | None) -> ValueContext:
        """Read the ``BaseModelType`` and ``ModelType`` enums from the templates' document.

        Args:
            templates: the template set, or ``None``.

        Returns:
            The context.
        """
        if templates is None:
            return cls()
        bases = templates.enum_values("BaseModelType")
        types = templates.enum_values("ModelType")
        video = templates.property_names("VideoField")
        return cls(
            model_bases=frozenset(str(b) for b in bases) if bases else None,
            model_types=frozenset(str(t) for t in types) if types else None,
            video_key="video_id" if "video_id" in video and "video_name" not in video else "video_name",
        )


def type_name_of(value: Any) -> str:
    """The name of a value's type, for messages (``"int"``)."""
    return type(value).__name__


def parse_json(text: str, what: str) -> Any:
    """Read command-line text as JSON.

    Args:
        text: the text.
        what: what the text should be, for the message (``"a JSON list"``).

    Returns:
        The JSON value.

    Raises:
        ValueRuleError: the text is not JSON.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueRuleError(f"expected {what} ({exc.msg})") from None


class FieldKind:
    """How values of one field type are checked and written. Subclasses override `coerce_item`.

    Attributes:
        name: the kind's name (``"integer"``, ``"image"``, ``"connection"`` …).
        cardinality: SINGLE for item kinds; composite kinds set theirs.
        settable: whether a value may be assigned (connection-only kinds: no).
        sweepable: whether the kind's values may be batch-data items.
    """

    name: str = "abstract"
    settable: bool = True
    sweepable: bool = False
    cardinality: Cardinality = Cardinality.SINGLE

    def coerce(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        """Check ``value`` and return the JSON to store in the instance (or `ABSENT`).

        Args:
            value: the Python value given by the user.
            field: the field's template.
            ctx: server-wide facts (model enums).

        Returns:
            The instance JSON, or `ABSENT` to remove the stored value.

        Raises:
            ValueRuleError: the value breaks a rule.
        """
        if value is None:
            if field.required:
                raise ValueRuleError("a value is required (the field has no default)")
            return ABSENT
        return self.coerce_item(value, field, ctx)

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        """Check one non-null value (one item, for list kinds).

        Args:
            value: the Python value.
            field: the field's template.
            ctx: server-wide facts.

        Returns:
            The instance JSON.

        Raises:
            ValueRuleError: the value breaks a rule.
        """
        raise NotImplementedError

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        """Turn command-line text into the Python value for this kind (checked later by `coerce`).

        Args:
            text: the text after ``KEY=``.
            field: the field's template.

        Returns:
            The Python value.

        Raises:
            ValueRuleError: the text cannot be read as a value of this kind.
        """
        return text

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        """Checks against the form element's ``settings``: its minimum, maximum or dropdown options (the
        workflow's author set them; ``set`` refuses a value that breaks one).

        Args:
            value: the coerced instance JSON.
            settings: the node-field element's settings, or ``None``.

        Returns:
            Warnings, possibly none.
        """
        return []

    def __repr__(self) -> str:
        return f"<FieldKind {self.name} {self.cardinality.value}>"
