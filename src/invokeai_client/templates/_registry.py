"""The field-kind registry: which [`FieldKind`][invokeai_client.templates.FieldKind] handles a field.

Kinds are looked up by the template's type name (``"IntegerField"`` …); a COLLECTION or SINGLE_OR_COLLECTION
field wraps its item kind. Every type missing from the registry is connection-only.
"""

from __future__ import annotations

from typing import Any, Final

from ._collections import CollectionKind, SingleOrCollectionKind
from ._kind import FieldKind, ValueContext, ValueRuleError
from ._model import Cardinality, FieldTemplate
from ._objects import BoardKind, ColorKind, ImageKind, ModelKind, VideoKind
from ._scalars import BooleanKind, EnumKind, FloatKind, IntegerKind, SchedulerKind, StringKind

# ValueContext and ValueRuleError are re-exported: the modules that check values import them with kind_for.
__all__ = ["CONNECTION", "ValueContext", "ValueRuleError", "kind_for", "register_field_kind"]


class ConnectionKind(FieldKind):
    """Any type that cannot hold a user value (latents, conditioning, UNet …): read-only."""

    name = "connection"
    settable = False

    def coerce(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        raise ValueRuleError(
            f"field type {field.type_name or 'unsupported'} is connection-only: an edge supplies its value "
            "(use set_raw to store raw JSON anyway)"
        )

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        return self.coerce(value, field, ctx)


CONNECTION: Final = ConnectionKind()
"""The kind of every field that only an edge can feed (latents, conditioning, a UNet …)."""

_REGISTRY: dict[str, FieldKind] = {
    "StringField": StringKind(),
    "IntegerField": IntegerKind(),
    "FloatField": FloatKind(),
    "BooleanField": BooleanKind(),
    "EnumField": EnumKind(),
    "SchedulerField": SchedulerKind(),
    "ImageField": ImageKind(),
    "VideoField": VideoKind(),
    "BoardField": BoardKind(),
    "ModelIdentifierField": ModelKind(),
    "ColorField": ColorKind(),
}
_COMPOSITES: dict[tuple[str, Cardinality], FieldKind] = {}


def register_field_kind(type_name: str, kind: FieldKind) -> None:
    """Register the kind for a field type (e.g. a custom node pack's field type).

    Args:
        type_name: the template type name.
        kind: the kind handling it.
    """
    _REGISTRY[type_name] = kind
    for key in [k for k in _COMPOSITES if k[0] == type_name]:
        del _COMPOSITES[key]


def kind_for(field: FieldTemplate) -> FieldKind:
    """The kind handling a field: the registry entry for its type, wrapped for its cardinality.

    A field whose ``input`` is ``"connection"``, whose type is not registered, or whose type could not be
    resolved is connection-only.

    Args:
        field: the field's template.

    Returns:
        The kind.
    """
    if field.type_name is None or field.input == "connection":
        return CONNECTION
    item = _REGISTRY.get(field.type_name)
    if item is None:
        return CONNECTION
    if field.cardinality is Cardinality.SINGLE:
        return item
    key = (field.type_name, field.cardinality)
    composite = _COMPOSITES.get(key)
    if composite is None:
        composite = (
            CollectionKind(item)
            if field.cardinality is Cardinality.COLLECTION
            else SingleOrCollectionKind(item)
        )
        _COMPOSITES[key] = composite
    return composite
