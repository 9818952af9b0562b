"""Rows of a batch job: one session per row, each column an input (a label, a ``nodeId.field`` key or an index).

Rows come from Python (any iterable of mappings: a list, a generator, ``DataFrame.to_dict("records")``) or from a
file: CSV with a header row (every cell is text, read per the input's kind as ``--set`` reads it) or JSON Lines
(one object per line; a string where the input wants another kind is read as text too). Reading a file is the
only I/O here; the rows are checked against the workflow by `WorkflowRows`.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RowError

__all__ = ["Row", "number_rows", "read_rows"]


@dataclass(frozen=True, slots=True)
class Row:
    """One row: its 1-based number, its cells by column, and whether they are text to read (CSV)."""

    number: int
    cells: Mapping[str, Any]
    text: bool = False


def number_rows(rows: Iterable[Mapping[str, Any]], *, source: str = "rows") -> Iterator[Row]:
    """Rows given in Python, numbered from 1; each must be a mapping of column to value."""
    for number, cells in enumerate(rows, 1):
        if not isinstance(cells, Mapping):
            raise RowError(
                row=number,
                column=None,
                source=source,
                rule=f"a row must be a mapping, not {type(cells).__name__}",
            )
        yield Row(number, cells)


def read_rows(path: str | os.PathLike[str]) -> list[Row]:
    """The rows of a CSV (``.csv``, header row) or JSON Lines (``.jsonl``, ``.ndjson``) file.

    Raises:
        RowError: the file cannot be read, has no rows, or a line is not a JSON object / a CSV row has more
            cells than the header.
    """
    file = Path(path)
    source = str(file)
    try:
        text = file.read_text(encoding="utf-8-sig")  # a spreadsheet's BOM is not part of the first column
    except (OSError, UnicodeDecodeError) as exc:
        raise RowError(row=None, column=None, source=source, rule=f"cannot be read: {exc}") from None
    if file.suffix.lower() in (".jsonl", ".ndjson"):
        rows = list(_json_lines(text, source))
    elif file.suffix.lower() == ".csv":
        rows = list(_csv_rows(text, source))
    else:
        raise RowError(row=None, column=None, source=source, rule="rows are read from .csv or .jsonl files")
    if not rows:
        raise RowError(row=None, column=None, source=source, rule="has no rows")
    return rows


def _json_lines(text: str, source: str) -> Iterator[Row]:
    number = 0
    for line_number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        number += 1
        try:
            cells = json.loads(line)
        except ValueError as exc:
            raise RowError(
                row=number, column=None, source=source, rule=f"line {line_number} is not JSON ({exc})"
            ) from None
        if not isinstance(cells, dict):
            raise RowError(
                row=number, column=None, source=source, rule=f"line {line_number} is not a JSON object"
            )
        yield Row(number, cells)


def _csv_rows(text: str, source: str) -> Iterator[Row]:
    # strict: a quote that is never closed is an error (else the rest of the file is read as one cell)
    reader = csv.DictReader(text.splitlines(keepends=True), restkey="\0extra", strict=True)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise RowError(
            row=None, column=None, source=source, rule=f"the header row is not CSV ({exc})"
        ) from None
    names = [(name or "").strip() for name in header or ()]
    if not names or not all(names):
        raise RowError(
            row=None, column=None, source=source, rule="the header row needs a name for every column"
        )
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise RowError(row=None, column=twice[0], source=source, rule="the header names this column twice")
    number = 0
    while True:
        starts = reader.line_num + 1  # the line the next row starts on
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise RowError(
                row=number + 1, column=_open_quote_column(text, starts, names), source=source,
                rule=f"is not CSV from line {starts} ({exc}: a quote that is opened and never closed?)",
            ) from None  # fmt: skip
        number += 1
        if "\0extra" in cells:
            raise RowError(row=number, column=None, source=source, rule="has more cells than the header")
        yield Row(number, {name.strip(): value for name, value in cells.items()}, text=True)


def _open_quote_column(text: str, line_number: int, names: list[str]) -> str | None:
    """The column of the cell whose quote is never closed, on the line its row starts."""
    lines = text.splitlines()
    if not 0 < line_number <= len(lines):
        return None
    cells, quoted = 0, False
    for char in lines[line_number - 1]:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            cells += 1
    return names[cells] if quoted and cells < len(names) else None
