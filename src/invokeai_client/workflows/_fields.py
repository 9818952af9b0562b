"""Field kinds: how a Python value becomes a field's instance JSON, and the checks on the way (spec 3.3).

Kinds are looked up in a registry keyed by the template's type name (``"IntegerField"`` …); a COLLECTION or
SINGLE_OR_COLLECTION field wraps its item kind. Every type missing from the registry is connection-only.
Kinds raise :class:`ValueRuleError` naming the rule broken; the caller adds which input it was.
"""

from __future__ import annotations

import json
import math
import numbers
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ._templates import Cardinality, Constraints, FieldTemplate, TemplateSet

__all__ = [
    "ABSENT",
    "SCHEDULER_NAMES",
    "FieldKind",
    "ValueContext",
    "ValueRuleError",
    "infer_field_template",
    "kind_for",
    "register_field_kind",
]


class _Absent:
    """Marker: the instance should hold no ``value`` (the server default applies)."""

    def __repr__(self) -> str:
        return "ABSENT"


#: Returned by :meth:`FieldKind.coerce` for ``None`` on an optional non-board field: remove the value.
ABSENT: Final = _Absent()

#: The server's scheduler names (used when a SchedulerField template carries no enum).
SCHEDULER_NAMES: Final = (
    "ddim", "ddpm", "deis", "deis_k", "lms", "lms_k", "pndm", "heun", "heun_k", "euler", "euler_k",
    "euler_a", "kdpm_2", "kdpm_2_k", "kdpm_2_a", "kdpm_2_a_k", "dpmpp_2s", "dpmpp_2s_k", "dpmpp_2m",
    "dpmpp_2m_k", "dpmpp_2m_sde", "dpmpp_2m_sde_k", "dpmpp_3m", "dpmpp_3m_k", "dpmpp_sde", "dpmpp_sde_k",
    "unipc", "unipc_k", "lcm", "tcd",
)  # fmt: skip


class ValueRuleError(ValueError):
    """A value breaks a rule of its field. ``rule`` says which, in words."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


@dataclass(frozen=True, slots=True)
class ValueContext:
    """Server-wide facts the kinds check against: the model base and type enums, when known."""

    model_bases: frozenset[str] | None = None
    model_types: frozenset[str] | None = None

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
        return cls(
            model_bases=frozenset(str(b) for b in bases) if bases else None,
            model_types=frozenset(str(t) for t in types) if types else None,
        )


def _type_name(value: Any) -> str:
    return type(value).__name__


class FieldKind:
    """How values of one field type are checked and written. Subclasses override :meth:`coerce_item`.

    Attributes:
        name: the kind's name (``"integer"``, ``"image"``, ``"connection"`` …).
        cardinality: SINGLE for item kinds; composite kinds set theirs.
        settable: whether a value may be assigned (connection-only kinds: no).
        sweepable: whether the kind's values may be batch-data items (spec 4.3).
    """

    name: str = "abstract"
    settable: bool = True
    sweepable: bool = False
    cardinality: Cardinality = Cardinality.SINGLE

    def coerce(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        """Check ``value`` and return the JSON to store in the instance (or :data:`ABSENT`).

        Args:
            value: the Python value given by the user.
            field: the field's template.
            ctx: server-wide facts (model enums).

        Returns:
            The instance JSON, or :data:`ABSENT` to remove the stored value.

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
        """Turn command-line text into the Python value for this kind (checked later by :meth:`coerce`).

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
        """Advisory checks against the form element's ``settings`` (never errors).

        Args:
            value: the coerced instance JSON.
            settings: the node-field element's settings, or ``None``.

        Returns:
            Warnings, possibly none.
        """
        return []

    def __repr__(self) -> str:
        return f"<FieldKind {self.name} {self.cardinality.value}>"


def _check_range(value: float, c: Constraints) -> None:
    if c.minimum is not None and value < c.minimum:
        raise ValueRuleError(f"must be >= {c.minimum}")
    if c.maximum is not None and value > c.maximum:
        raise ValueRuleError(f"must be <= {c.maximum}")
    if c.exclusive_minimum is not None and value <= c.exclusive_minimum:
        raise ValueRuleError(f"must be > {c.exclusive_minimum}")
    if c.exclusive_maximum is not None and value >= c.exclusive_maximum:
        raise ValueRuleError(f"must be < {c.exclusive_maximum}")
    step = c.multiple_of
    if step:
        if isinstance(value, int) and isinstance(step, int):
            ok = value % step == 0
        else:
            quotient = value / step
            ok = abs(quotient - round(quotient)) <= 1e-9 * max(1.0, abs(quotient))
        if not ok:
            raise ValueRuleError(f"must be a multiple of {step}")


def _numeric_settings_warnings(value: Any, settings: Mapping[str, Any] | None) -> list[str]:
    if not settings or not isinstance(value, int | float):
        return []
    warnings = []
    low, high = settings.get("min"), settings.get("max")
    if isinstance(low, int | float) and value < low:
        warnings.append(f"{value} is below the form's minimum {low}")
    if isinstance(high, int | float) and value > high:
        warnings.append(f"{value} is above the form's maximum {high}")
    return warnings


class StringKind(FieldKind):
    """StringField: ``str`` only (the server would coerce numbers silently); minLength/maxLength."""

    name = "string"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if not isinstance(value, str):
            raise ValueRuleError(f"must be a string, not {_type_name(value)}")
        c = field.constraints
        if c.min_length is not None and len(value) < c.min_length:
            raise ValueRuleError(f"must be at least {c.min_length} characters long")
        if c.max_length is not None and len(value) > c.max_length:
            raise ValueRuleError(f"must be at most {c.max_length} characters long")
        return value

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        if not settings or settings.get("component") != "dropdown":
            return []
        options = [o.get("value") for o in settings.get("options") or () if isinstance(o, Mapping)]
        if options and value not in options:
            return [f"{value!r} is not one of the form's dropdown options {options}"]
        return []


class IntegerKind(FieldKind):
    """IntegerField: ``int`` (``bool`` rejected); minimum/maximum/exclusive bounds/multipleOf."""

    name = "integer"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise ValueRuleError(f"must be an integer, not {_type_name(value)}")
        number = int(value)
        _check_range(number, field.constraints)
        return number

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        try:
            return int(text.strip())
        except ValueError:
            raise ValueRuleError(f"{text!r} is not an integer") from None

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        return _numeric_settings_warnings(value, settings)


class FloatKind(FieldKind):
    """FloatField: ``float`` or ``int`` (``bool`` rejected, finite only); same checks as integers."""

    name = "float"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueRuleError(f"must be a number, not {_type_name(value)}")
        number: int | float = int(value) if isinstance(value, numbers.Integral) else float(value)
        if not math.isfinite(number):
            raise ValueRuleError("must be a finite number")
        _check_range(number, field.constraints)
        return number

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        try:
            return float(text.strip())
        except ValueError:
            raise ValueRuleError(f"{text!r} is not a number") from None

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        return _numeric_settings_warnings(value, settings)


_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


class BooleanKind(FieldKind):
    """BooleanField: ``bool`` only."""

    name = "boolean"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if not isinstance(value, bool):
            raise ValueRuleError(f"must be true or false, not {_type_name(value)}")
        return value

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        lowered = text.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueRuleError(f"{text!r} is not a boolean (use true or false)")


def _option_matches(value: Any, option: Any) -> bool:
    return type(value) is type(option) and bool(value == option)


class EnumKind(FieldKind):
    """EnumField: one of the template's options, with the option's JSON type (``256`` is not ``"256"``)."""

    name = "enum"
    sweepable = True

    def _options(self, field: FieldTemplate) -> tuple[Any, ...] | None:
        return field.options

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        options = self._options(field)
        if options is None:
            if isinstance(value, str | int) and not isinstance(value, bool):
                return value
            raise ValueRuleError(f"must be a string or an integer, not {_type_name(value)}")
        if not any(_option_matches(value, option) for option in options):
            raise ValueRuleError(f"must be one of {list(options)}")
        return value

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        options = self._options(field) or ()
        stripped = text.strip()
        if any(isinstance(o, int) and not isinstance(o, bool) for o in options):
            try:
                number = int(stripped)
            except ValueError:
                return text
            if any(_option_matches(number, o) for o in options):
                return number
        return text


class SchedulerKind(EnumKind):
    """SchedulerField: one of the server's scheduler names."""

    name = "scheduler"

    def _options(self, field: FieldTemplate) -> tuple[Any, ...] | None:
        return field.options or SCHEDULER_NAMES


def _attr_or_key(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


class ImageKind(FieldKind):
    """ImageField: an image name, ``{"image_name": …}`` or an object with ``image_name`` (an image DTO)."""

    name = "image"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, os.PathLike):
            raise ValueRuleError(
                "is a local path; upload the file first (client.images.upload) and give the image name"
            )
        image_name = value if isinstance(value, str) else _attr_or_key(value, "image_name")
        if not isinstance(image_name, str):
            raise ValueRuleError(f"must be an image name or {{'image_name': …}}, not {_type_name(value)}")
        if not image_name.strip():
            raise ValueRuleError("the image name must not be empty")
        return {"image_name": image_name}


class BoardKind(FieldKind):
    """BoardField: ``"auto"``, ``None``/``"none"`` (uncategorized), a board id, ``{"board_id": …}`` or an
    object with ``board_id``. Stored as the GUI stores it: ``"auto"``, ``"none"`` or ``{"board_id": id}``."""

    name = "board"

    def coerce(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if value is None:
            return "none"
        return self.coerce_item(value, field, ctx)

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        board_id = value if isinstance(value, str) else _attr_or_key(value, "board_id")
        if not isinstance(board_id, str):
            raise ValueRuleError(f"must be 'auto', 'none', None or a board id, not {_type_name(value)}")
        if not board_id.strip():
            raise ValueRuleError("the board id must not be empty")
        if board_id in ("auto", "none") and isinstance(value, str):
            return board_id
        if board_id == "none":
            return "none"
        return {"board_id": board_id}


_MODEL_KEYS = ("key", "hash", "name", "base", "type")


class ModelKind(FieldKind):
    """ModelIdentifierField: an object or dict with non-empty ``key``, ``hash``, ``name``, ``base``, ``type``
    (plus optional ``submodel_type``); base and type must be server enums and allowed by the template."""

    name = "model"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        out: dict[str, Any] = {}
        for key in _MODEL_KEYS:
            part = _attr_or_key(value, key)
            part = getattr(part, "value", part)  # enum members of generated models
            if not isinstance(part, str) or not part:
                raise ValueRuleError(
                    f"must be a model identifier with non-empty string {', '.join(_MODEL_KEYS)}; "
                    f"{key!r} is {part!r}"
                )
            out[key] = part
        submodel = _attr_or_key(value, "submodel_type")
        submodel = getattr(submodel, "value", submodel)
        if submodel is not None:
            if not isinstance(submodel, str):
                raise ValueRuleError(f"submodel_type must be a string or null, not {_type_name(submodel)}")
            out["submodel_type"] = submodel
        if ctx.model_bases is not None and out["base"] not in ctx.model_bases:
            raise ValueRuleError(f"base {out['base']!r} is not a base model type of this server")
        if ctx.model_types is not None and out["type"] not in ctx.model_types:
            raise ValueRuleError(f"type {out['type']!r} is not a model type of this server")
        if field.ui_model_base and out["base"] not in field.ui_model_base:
            raise ValueRuleError(f"base must be one of {list(field.ui_model_base)}, not {out['base']!r}")
        if field.ui_model_type and out["type"] not in field.ui_model_type:
            raise ValueRuleError(f"type must be one of {list(field.ui_model_type)}, not {out['type']!r}")
        return out

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        return _parse_json(text, "a model identifier as a JSON object")


_HEX_COLOR = re.compile(r"#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?")


def _channel(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueRuleError(f"colour channel {name} must be an integer 0-255, not {value!r}")
    number = int(value)
    if not 0 <= number <= 255:
        raise ValueRuleError(f"colour channel {name} must be within 0-255, not {number}")
    return number


class ColorKind(FieldKind):
    """ColorField: ``(r, g, b[, a])``, ``{"r", "g", "b"[, "a"]}`` or hex ``"#rrggbb[aa]"``; channels 0-255,
    alpha 255 when omitted."""

    name = "color"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, str):
            match = _HEX_COLOR.fullmatch(value.strip())
            if match is None:
                raise ValueRuleError("a colour string must be hex '#rrggbb' or '#rrggbbaa'")
            digits = match.group(1) + (match.group(2) or "ff")
            r, g, b, a = (int(digits[i : i + 2], 16) for i in range(0, 8, 2))
            return {"r": r, "g": g, "b": b, "a": a}
        if isinstance(value, Mapping):
            unknown = set(value) - {"r", "g", "b", "a"}
            if unknown or not {"r", "g", "b"} <= set(value):
                raise ValueRuleError("a colour object must have keys r, g, b and optionally a")
            channels = [value["r"], value["g"], value["b"], value.get("a", 255)]
        elif isinstance(value, Sequence) and len(value) in (3, 4):
            channels = [*value, 255] if len(value) == 3 else list(value)
        else:
            raise ValueRuleError(f"must be (r, g, b[, a]), a dict or a hex string, not {_type_name(value)}")
        r, g, b, a = (_channel(v, n) for v, n in zip(channels, "rgba", strict=True))
        return {"r": r, "g": g, "b": b, "a": a}

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        stripped = text.strip()
        if stripped.startswith(("{", "[")):
            return _parse_json(stripped, "a colour")
        if "," in stripped:
            try:
                return tuple(int(part) for part in stripped.split(","))
            except ValueError:
                raise ValueRuleError(f"{text!r} is not 'r,g,b[,a]'") from None
        return stripped


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


def _parse_json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueRuleError(f"expected {what} ({exc.msg})") from None


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
            raise ValueRuleError(f"must be a list, not {_type_name(value)}")
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
            return _parse_json(stripped, "a JSON list")
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
            return _parse_json(stripped, "a JSON list")
        return self.item.parse_text(stripped, field)

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        return [] if isinstance(value, list) else self.item.soft_warnings(value, settings)


CONNECTION: Final = ConnectionKind()

_REGISTRY: dict[str, FieldKind] = {
    "StringField": StringKind(),
    "IntegerField": IntegerKind(),
    "FloatField": FloatKind(),
    "BooleanField": BooleanKind(),
    "EnumField": EnumKind(),
    "SchedulerField": SchedulerKind(),
    "ImageField": ImageKind(),
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


def _infer_type(name: str, value: Any) -> str | None:
    if isinstance(value, bool):
        return "BooleanField"
    if isinstance(value, int | float):
        return "FloatField"
    if isinstance(value, str):
        return "BoardField" if name == "board" and value in ("auto", "none") else "StringField"
    if isinstance(value, Mapping):
        keys = set(value)
        if "image_name" in keys:
            return "ImageField"
        if keys == {"board_id"}:
            return "BoardField"
        if set(_MODEL_KEYS) <= keys:
            return "ModelIdentifierField"
        if {"r", "g", "b", "a"} == keys:
            return "ColorField"
    return None


def infer_field_template(name: str, value: Any, *, label: str = "") -> FieldTemplate:
    """Guess a field's template from its stored value, for a node type without a template (spec 3.5).

    This is the degraded, schema-less mode: numbers are taken as floats, and nothing is required.

    Args:
        name: the field name.
        value: the instance value (``None`` when absent).
        label: the instance label, used as title when given.

    Returns:
        A synthetic template (connection-only when nothing can be inferred).
    """
    cardinality = Cardinality.SINGLE
    type_name = _infer_type(name, value)
    if isinstance(value, list):
        cardinality = Cardinality.COLLECTION
        type_name = _infer_type(name, value[0]) if value else "StringField"
    return FieldTemplate(
        name=name,
        title=label or name,
        description="",
        field_kind="input",
        input="any" if type_name else "connection",
        type_name=type_name,
        cardinality=cardinality,
    )
