"""Errors of workflows, their inputs and values: found before any request is made."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._base import InvokeAIError


class WorkflowError(InvokeAIError):
    """A workflow, one of its inputs, or a value given for it is wrong. Raised before any request."""


class WorkflowFormatError(WorkflowError):
    """The workflow document cannot be used: malformed JSON, an unsupported version, a broken form.

    Attributes:
        problems: every problem found, each naming where it is.
    """

    def __init__(self, message: str, *, problems: Sequence[str] = ()) -> None:
        self.problems = tuple(problems)
        if self.problems:
            message = message + ":\n" + "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(message)


class TemplateError(WorkflowError):
    """The invocation templates could not be read from the OpenAPI document given."""


class UnknownNodeTypeError(WorkflowError):
    """The workflow uses node types that have no template on the target server.

    Attributes:
        nodes: node id -> node type, for every node whose type is unknown.
    """

    def __init__(self, nodes: Mapping[str, str], *, offline: bool = False) -> None:
        self.nodes = dict(nodes)
        self.offline = offline
        by_type: dict[str, list[str]] = {}
        for node_id, node_type in self.nodes.items():
            by_type.setdefault(node_type, []).append(node_id)
        listed = "; ".join(f"{node_type!r} (nodes {', '.join(ids)})" for node_type, ids in by_type.items())
        if offline:  # the SDK's own copy of a server's templates: it knows no custom node pack
            message = (
                f"the templates bundled with this SDK have no node type(s) {listed}: they may come from a custom "
                "node pack. Type the workflow with a server that has the pack (CLI: --url URL, or --schema "
                "FILE with its /openapi.json; Python: client.workflows.load)."
            )
        else:
            message = (
                f"the server has no template for node type(s) {listed}. Install the node pack that provides "
                "them, or replace those nodes in the GUI's workflow editor and export the workflow again."
            )
        super().__init__(message)


def _describe_input(index: int | None, label: str, key: str) -> str:
    where = f"#{index} " if index is not None else ""
    return f"input {where}{label!r} ({key})"


class InputNotFoundError(WorkflowError, LookupError):
    """No input matches the index, key or label given."""

    def __init__(self, ref: object, *, reason: str) -> None:
        super().__init__(f"no input matches {ref!r}: {reason}")
        self.ref = ref
        self.reason = reason


class AmbiguousInputError(WorkflowError, LookupError):
    """A label matches more than one input. ``candidates`` describe each match (index, key, label)."""

    def __init__(self, label: str, candidates: Sequence[str]) -> None:
        self.label = label
        self.candidates = tuple(candidates)
        super().__init__(
            f"the label {label!r} matches {len(self.candidates)} inputs; use an index or a key instead: "
            + "; ".join(self.candidates)
        )


class InputConnectedError(WorkflowError):
    """A value was given for an input that an edge feeds; the edge would override it."""

    def __init__(self, *, index: int | None, label: str, key: str) -> None:
        self.index = index
        self.label = label
        self.key = key
        super().__init__(
            f"{_describe_input(index, label, key)} is connected to another node's output, which supplies "
            "its value at run time; it cannot be set. Disconnect it in the GUI to make it settable."
        )


class InputValueError(WorkflowError, ValueError):
    """A value breaks the type or a constraint of an input.

    Attributes:
        index: the input's form index (``None`` for a field outside the form).
        label: the input's label.
        key: ``"nodeId.fieldName"``.
        value: the offending value.
        rule: the rule broken, in words (e.g. ``"must be >= 0"``).
    """

    def __init__(self, *, index: int | None, label: str, key: str, value: Any, rule: str) -> None:
        self.index = index
        self.label = label
        self.key = key
        self.value = value
        self.rule = rule
        shown = repr(value)
        if len(shown) > 200:
            shown = shown[:200] + "…"
        super().__init__(f"{_describe_input(index, label, key)}: value {shown} rejected: {rule}")


class RowError(WorkflowError, ValueError):
    """A row of ``rows`` (or of a rows file) is wrong: a cell breaks its input's rules, a column names no
    input (or one that cannot vary per row), or a row lacks a column. Nothing is enqueued.

    Attributes:
        row: the row's number, 1-based (the first data row of a file is row 1), or ``None`` for a column
            problem that concerns every row.
        column: the column, as written in the rows (a label, a key or an index).
        source: the file, or ``"rows"`` for rows given in Python.
        rule: what is wrong, in words.
        value: the offending cell, when there is one.
    """

    def __init__(
        self, *, row: int | None, column: str | None, source: str, rule: str, value: Any = None
    ) -> None:
        self.row = row
        self.column = column
        self.source = source
        self.rule = rule
        self.value = value
        where = ", ".join(
            part
            for part in (
                source,
                f"row {row}" if row is not None else None,
                f"column {column!r}" if column else None,
            )
            if part
        )
        super().__init__(f"{where}: {rule}")


class MissingInputError(WorkflowError):
    """Required inputs have no value. ``missing`` describes each one (index, label, key)."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__(f"{len(self.missing)} required input(s) have no value: " + "; ".join(self.missing))


class BatchDataError(WorkflowError):
    """Sweeps, zip groups or batch nodes do not form valid batch data."""


class UnsupportedGeneratorError(WorkflowError):
    """A generator node feeds a batch node; the SDK does not evaluate generators.

    Attributes:
        nodes: generator node id -> node type.
    """

    def __init__(self, nodes: Mapping[str, str]) -> None:
        self.nodes = dict(nodes)
        listed = ", ".join(f"{node_id} ({node_type})" for node_id, node_type in self.nodes.items())
        super().__init__(
            f"generator node(s) {listed} feed batch nodes, which this SDK cannot evaluate. Replace each "
            "generator with an explicit list in its batch node, or set the values with a sweep."
        )


class ModelResolutionError(WorkflowError):
    """Model references could not be matched to an installed model; nothing was changed.

    Attributes:
        unresolved: one dict per reference, with ``node_id``, ``field``, ``label``, ``old`` (the stored
            identifier), ``reason`` and ``candidates`` (installed models of the same type, as
            ``"name (base)"`` strings).
    """

    def __init__(self, unresolved: Sequence[Mapping[str, Any]]) -> None:
        self.unresolved = [dict(entry) for entry in unresolved]
        lines = []
        for entry in self.unresolved:
            old = entry.get("old") or {}
            candidates = entry.get("candidates") or []
            lines.append(
                f"{entry.get('node_id')}.{entry.get('field')} ({entry.get('label')!r}): "
                f"{old.get('name')!r} base={old.get('base')!r} type={old.get('type')!r}: "
                f"{entry.get('reason')}; installed of that type: "
                + (", ".join(str(c) for c in candidates) if candidates else "none")
            )
        super().__init__(
            f"{len(lines)} model reference(s) could not be resolved:\n" + "\n".join(f"  - {x}" for x in lines)
        )


class InputDriftError(WorkflowError):
    """The workflow's inputs no longer match a saved index map. ``drift`` lists each difference."""

    def __init__(self, drift: Sequence[str]) -> None:
        self.drift = tuple(drift)
        super().__init__(
            "the workflow's inputs differ from the index map:\n" + "\n".join(f"  - {x}" for x in self.drift)
        )


class PreflightError(WorkflowError):
    """The pre-flight check found errors. ``issues`` holds every issue found (errors and warnings)."""

    def __init__(self, issues: Sequence[Any]) -> None:
        self.issues = tuple(issues)
        errors = [issue for issue in self.issues if getattr(issue, "severity", "error") == "error"]
        super().__init__(
            f"pre-flight check failed with {len(errors)} error(s):\n"
            + "\n".join(f"  - {issue}" for issue in errors)
        )
