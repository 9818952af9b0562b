"""Field kinds of single JSON scalars: strings, integers, floats, booleans, enums and schedulers."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any, Final

from ._kind import FieldKind, ValueContext, ValueRuleError, type_name_of
from ._model import Constraints, FieldTemplate

__all__ = [
    "SCHEDULER_NAMES",
    "BooleanKind",
    "EnumKind",
    "FloatKind",
    "IntegerKind",
    "SchedulerKind",
    "StringKind",
]

#: The server's scheduler names (used when a SchedulerField template carries no enum).
SCHEDULER_NAMES: Final = (
    "ddim", "ddpm", "deis", "deis_k", "lms", "lms_k", "pndm", "heun", "heun_k", "euler", "euler_k",
    "euler_a", "kdpm_2", "kdpm_2_k", "kdpm_2_a", "kdpm_2_a_k", "dpmpp_2s", "dpmpp_2s_k", "dpmpp_2m",
    "dpmpp_2m_k", "dpmpp_2m_sde", "dpmpp_2m_sde_k", "dpmpp_3m", "dpmpp_3m_k", "dpmpp_sde", "dpmpp_sde_k",
    "unipc", "unipc_k", "lcm", "tcd",
)  # fmt: skip
"""The scheduler names InvokeAI accepts (``SchedulerField``), as the server's document lists them."""


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


class StringKind(FieldKind):
    """StringField: ``str`` only (the server would coerce numbers silently); minLength/maxLength."""

    name = "string"
    sweepable = True

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if not isinstance(value, str):
            raise ValueRuleError(f"must be a string, not {type_name_of(value)}")
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


class _NumberKind(FieldKind):
    """What integers and floats share: reading command-line text, and the form's soft minimum and maximum.

    The defaults read a float; `IntegerKind` overrides `_read` and ``_noun``.
    """

    sweepable = True
    _noun = "a number"

    def _read(self, text: str) -> int | float:
        return float(text)

    def parse_text(self, text: str, field: FieldTemplate) -> Any:
        try:
            return self._read(text.strip())
        except ValueError:
            raise ValueRuleError(f"{text!r} is not {self._noun}") from None

    def soft_warnings(self, value: Any, settings: Mapping[str, Any] | None) -> list[str]:
        if not settings or not isinstance(value, int | float):
            return []
        warnings = []
        low, high = settings.get("min"), settings.get("max")
        if isinstance(low, int | float) and value < low:
            warnings.append(f"{value} is below the form's minimum {low}")
        if isinstance(high, int | float) and value > high:
            warnings.append(f"{value} is above the form's maximum {high}")
        return warnings


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


class IntegerKind(_NumberKind):
    """IntegerField: ``int`` (``bool`` rejected); minimum/maximum/exclusive bounds/multipleOf."""

    name = "integer"
    _noun = "an integer"

    def _read(self, text: str) -> int | float:
        return int(text)

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise ValueRuleError(f"must be an integer, not {type_name_of(value)}")
        number = int(value)
        if not INT64_MIN <= number <= INT64_MAX:
            raise ValueRuleError("must fit in 64 bits (what the server's nodes and database hold)")
        _check_range(number, field.constraints)
        return number


class FloatKind(_NumberKind):
    """FloatField: ``float`` or ``int`` (``bool`` rejected, finite only); same checks as integers."""

    name = "float"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueRuleError(f"must be a number, not {type_name_of(value)}")
        number: int | float = int(value) if isinstance(value, numbers.Integral) else float(value)
        if not math.isfinite(number):
            raise ValueRuleError("must be a finite number")
        _check_range(number, field.constraints)
        return number


_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


class BooleanKind(FieldKind):
    """BooleanField: ``bool`` only."""

    name = "boolean"

    def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
        if not isinstance(value, bool):
            raise ValueRuleError(f"must be true or false, not {type_name_of(value)}")
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
            raise ValueRuleError(f"must be a string or an integer, not {type_name_of(value)}")
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
