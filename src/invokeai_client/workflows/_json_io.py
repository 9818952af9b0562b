"""JSON in and out of the workflow package: a JSON-aware copy (much cheaper than `copy.deepcopy`),
parsing with errors that say where, and reading a file (the only I/O of the package)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import WorkflowFormatError

__all__ = ["json_copy", "parse_workflow_json", "read_workflow_file"]

_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def json_copy(value: Any) -> Any:
    """Copy a JSON-like value: dicts, lists (tuples become lists) and scalars.

    Plain ``dict``/``list`` trees take a fast path; other mappings and sequences are converted.

    Args:
        value: the value to copy.

    Returns:
        An independent copy that shares nothing mutable with ``value``.

    Raises:
        TypeError: a part of ``value`` is not JSON data, or a key is not a string.
    """
    kind = type(value)
    if kind is dict:
        return _copy_dict(value)
    if kind is list:
        return _copy_list(value)
    if kind in _SCALAR_TYPES:
        return value
    return _copy_other(value)


def _copy_dict(source: dict[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in source.items():
        if type(key) is not str:
            raise TypeError(f"key {key!r} is not a string")
        kind = type(item)
        if kind in _SCALAR_TYPES:
            out[key] = item
        elif kind is dict:
            out[key] = _copy_dict(item)
        elif kind is list:
            out[key] = _copy_list(item)
        else:
            out[key] = _copy_other(item)
    return out


def _copy_list(source: list[Any]) -> list[Any]:
    out: list[Any] = []
    append = out.append
    for item in source:
        kind = type(item)
        if kind in _SCALAR_TYPES:
            append(item)
        elif kind is dict:
            append(_copy_dict(item))
        elif kind is list:
            append(_copy_list(item))
        else:
            append(_copy_other(item))
    return out


def _copy_other(value: Any) -> Any:
    if isinstance(value, str | int | float | bool):  # subclasses (e.g. str enums) become plain values
        return value.value if hasattr(value, "value") and type(value.value) in _SCALAR_TYPES else value
    if isinstance(value, Mapping):
        return _copy_dict(dict(value))
    if isinstance(value, list | tuple):
        return _copy_list(list(value))
    raise TypeError(f"{type(value).__name__} is not JSON data")


def read_workflow_file(path: str | os.PathLike[str]) -> str:
    """Read a workflow file's text (UTF-8). This is the package's only I/O.

    Args:
        path: the file to read.

    Returns:
        The file's text.

    Raises:
        WorkflowFormatError: the file cannot be read or is not UTF-8.
    """
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise WorkflowFormatError(f"cannot read workflow file {os.fspath(path)!r}: {exc}") from exc


def parse_workflow_json(text: str | bytes, *, source: str = "workflow JSON") -> dict[str, Any]:
    """Parse workflow JSON text into a dict (not yet checked; see `load_definition`).

    Args:
        text: the JSON text.
        source: how to name the text in error messages (e.g. the file name).

    Returns:
        The parsed object.

    Raises:
        WorkflowFormatError: the text is not valid JSON, or not a JSON object.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise WorkflowFormatError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise WorkflowFormatError(f"{source} is not UTF-8 text: {exc}") from exc
    if not isinstance(data, dict):
        raise WorkflowFormatError(f"{source} must be a JSON object, not {type(data).__name__}")
    return data
