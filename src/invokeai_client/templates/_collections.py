"""Field kinds wrapping an item kind: COLLECTION (a list) and SINGLE_OR_COLLECTION (an item or a list)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._kind import FieldKind, ValueContext, ValueRuleError, parse_json, type_name_of
from ._model import Cardinality, FieldTemplate

__all__ = ["CollectionKind", "SingleOrCollectionKind"]


class CollectionKind(FieldKind):
    """A COLLECTION of an item kind: a list (or tuple); minItems/maxItems, then each item is checked."""

    cardinality = Cardinality.COLLECTION

    def __init__(self, item: FieldKind) -> None:
        self.item = item
        self.name = item.name

    def _count_limits(self, field: FieldTemplate) -> tuple[int | None, int | None]:
        c = field.constraints
        if self.item.name == "string":
            return c.min_items, c.max_items
        # pydantic writes max_length on a list (or a union with one) as minLength/maxLength.
        return (
            c.min_items if c.min_items is not None else c.min_length,
            c.max_items if c.max_items is not None else c.max_length,
        )

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            raise ValueRuleError(f"must be a list, not {type_name_of(value)}")
        low, high = self._count_limits(field)
        if low is not None and len(value) < low:
            raise ValueRuleError(f"must have at least {low} item(s), not {len(value)}")
        if high is not None and len(value) > high:
            raise ValueRuleError(f"must have at most {high} item(s), not {len(value)}")
        out = []
        for i, item in enumerate(value):
            if item is None:
                raise ValueRuleError(f"item [{i}] must not be null")
            try:
                out.append(self.item.coerce_item(item, field, ctx))
            except ValueRuleError as exc:
                raise ValueRuleError(f"item [{i}] {exc.rule}") from None
        return out

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        stripped = text.strip()
        if stripped.startswith("["):
            return parse_json(stripped, "a JSON list")
        if not stripped:
            return []
        return [self.item.parse_text(part, field) for part in stripped.split(",")]


class SingleOrCollectionKind(CollectionKind):
    """A SINGLE_OR_COLLECTION field: one item, or a list of items."""

    cardinality = Cardinality.SINGLE_OR_COLLECTION

    def __init__(self, item: FieldKind) -> None:
        super().__init__(item)
        self.sweepable = item.sweepable  # single values of a sweepable item kind can be swept

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, list | tuple):
            return super().coerce_item(value, field, ctx)
        return self.item.coerce_item(value, field, ctx)

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        stripped = text.strip()
        if stripped.startswith("["):
            return parse_json(stripped, "a JSON list")
        return self.item.parse_text(stripped, field)

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        return [] if isinstance(value, list) else self.item.soft_warnings(value, settings)
