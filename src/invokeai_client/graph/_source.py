"""Python literals for generated source: strings in double quotes as ruff formats them."""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["py_literal"]


def py_literal(value: Any) -> str:
    """``value`` (JSON-like: str, numbers, bools, None, lists, tuples, dicts) as Python source."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(item) for item in value) + "]"
    if isinstance(value, tuple):
        items = [py_literal(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)
