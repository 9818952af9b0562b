"""The rows half of [`Workflow`][invokeai_client.workflows.Workflow]: a batch job with one session per row.

Rows become one zip group of batch data (a datum per column, the i-th items of which make the i-th
session), so a whole rows file is one enqueue and combines with sweeps and runs (multiplied). Every row is
checked before anything is built; an error names the row and the column. The row values are kept, so a
job's items can be joined back to their rows (`row_of`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InputNotFoundError, RowError, WorkflowError
from ..templates import ValueRuleError, kind_for
from ._batch_data import Sweep
from ._input_record import WorkflowInput
from ._rows import Row, number_rows
from ._workflow_sweeps import WorkflowSweeps

__all__ = ["RowTable", "WorkflowRows"]


@dataclass(frozen=True, slots=True)
class RowTable:
    """The rows of a job: the columns (as written) with the inputs they name, and each row's values."""

    source: str
    columns: tuple[str, ...]
    keys: tuple[str, ...]  # the input key of each column
    values: tuple[tuple[Any, ...], ...]  # per row, per column: the checked instance JSON
    numbers: tuple[int, ...]  # each row's number
    index: Mapping[str, tuple[int, ...]]  # a row's values as JSON -> the numbers of the rows that have them

    def __len__(self) -> int:
        return len(self.values)

    def cells(self, position: int) -> dict[str, Any]:
        """The row at ``position`` (0-based), by column."""
        return dict(zip(self.columns, self.values[position], strict=True))


def _part(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


class WorkflowRows(WorkflowSweeps):
    """Rows over inputs. [`Workflow`][invokeai_client.workflows.Workflow] sets ``_rows``."""

    __slots__ = ("_rows",)

    _rows: RowTable | None

    def set_rows(
        self, rows: Iterable[Mapping[str, Any]] | Sequence[Row], *, source: str = "rows"
    ) -> RowTable:
        """Run the workflow once per row; each column is an input (label, key or index), each cell its value.

        Every cell is checked first (as `set_sweep` checks values); nothing is kept when one is wrong.
        Setting rows again replaces them. Rows combine with sweeps (multiplied) and ``runs``.

        Args:
            rows: mappings of column to value (a list, a generator, ``DataFrame.to_dict("records")``), or the
                rows of a file ([`read_rows`][invokeai_client.workflows.read_rows], whose CSV cells are text).
            source: how errors name the rows (the file's path for a file).

        Returns:
            The checked rows.

        Raises:
            RowError: a column names no input, an input that cannot vary per row (connected, swept, or a
                kind batch data cannot carry: models, boards, booleans …), a row lacks a column or has an
                extra one, or a cell breaks its input's rules; it names the row and the column.
        """
        numbered = _as_rows(rows, source)
        if not numbered:
            raise RowError(row=None, column=None, source=source, rule="there are no rows")
        columns = tuple(str(column) for column in numbered[0].cells)
        if not columns:
            raise RowError(row=numbered[0].number, column=None, source=source, rule="a row has no columns")
        records = [self._column_input(column, source) for column in columns]
        keys = tuple(record.key for record in records)
        if len(set(keys)) < len(keys):
            raise RowError(row=None, column=None, source=source, rule="two columns name the same input")
        values = tuple(self._row_values(row, columns, records, source) for row in numbered)
        numbers = tuple(row.number for row in numbered)
        index: dict[str, list[int]] = {}
        for number, row_values in zip(numbers, values, strict=True):
            index.setdefault(_json_key(list(row_values)), []).append(number)
        table = RowTable(
            source, columns, keys, values, numbers, {key: tuple(found) for key, found in index.items()}
        )
        self.clear_rows()
        for position, record in enumerate(records):
            items = tuple(row[position] for row in values)
            self._plan.set(Sweep(record.key, record.node_id, record.field_name, items))
        if len(keys) > 1:
            self._plan.zip(keys)
        self._rows = table
        return table

    def clear_rows(self) -> None:
        """Remove the rows (their batch data) set by `set_rows`."""
        if self._rows is not None:
            for key in self._rows.keys:
                self._plan.remove(key)
            self._rows = None

    @property
    def rows(self) -> RowTable | None:
        """The rows set, or ``None``."""
        return self._rows

    def row_of(self, field_values: Iterable[Any] | None, seen: dict[str, int] | None = None) -> int | None:
        """The number of the row a queue item ran, from its batch values (``QueueItem.field_values``:
        records or dicts with ``node_path``, ``field_name``, ``value``), or ``None``.

        Identical rows are told apart by order: pass the same ``seen`` dict for every item of a job (in
        enqueue order) and repeated rows (and runs) get their numbers in turn.
        """
        table = self._rows
        if table is None or field_values is None:
            return None
        by_key = {
            f"{_part(v, 'node_path')}.{_part(v, 'field_name')}": _part(v, "value") for v in field_values
        }
        if any(key not in by_key for key in table.keys):
            return None
        wanted = _json_key([by_key[key] for key in table.keys])
        matches = table.index.get(wanted)
        if not matches:
            return None
        if seen is None:
            return matches[0]
        count = seen.get(wanted, 0)
        seen[wanted] = count + 1
        return matches[count % len(matches)]

    # ---- checks --------------------------------------------------------------------------------------

    def _column_input(self, column: str, source: str) -> WorkflowInput:
        ref: int | str = int(column) if column.isdigit() else column
        try:
            record = self.input(ref)
        except (InputNotFoundError, WorkflowError) as exc:
            raise RowError(row=None, column=column, source=source, rule=str(exc)) from None
        template = record.template
        if record.connected:
            raise RowError(row=None, column=column, source=source, rule=f"{record.key} is fed by an edge")
        if template is None or not kind_for(template).sweepable:
            raise RowError(
                row=None,
                column=column,
                source=source,
                rule=f"a {record.kind} input cannot vary per row (batch data cannot carry it); use --set",
            )
        if any(s.key == record.key for s in self._plan.sweeps) and (
            self._rows is None or record.key not in self._rows.keys
        ):
            raise RowError(row=None, column=column, source=source, rule=f"{record.key} is also swept")
        return record

    def _row_values(
        self, row: Row, columns: tuple[str, ...], records: Sequence[WorkflowInput], source: str
    ) -> tuple[Any, ...]:
        extra = [str(c) for c in row.cells if str(c) not in columns]
        if extra:
            raise RowError(
                row=row.number, column=extra[0], source=source, rule="is not a column of the first row"
            )
        values = []
        for column, record in zip(columns, records, strict=True):
            if column not in row.cells:
                raise RowError(
                    row=row.number, column=column, source=source, rule="the row has no value for it"
                )
            values.append(self._cell(row, column, record, source))
        return tuple(values)

    def _cell(self, row: Row, column: str, record: WorkflowInput, source: str) -> Any:
        template = record.template
        assert template is not None
        kind = kind_for(template)
        value = row.cells[column]
        try:
            if value is None or (row.text and value == "" and record.kind != "string"):
                raise ValueRuleError("is empty")
            if isinstance(value, str) and (row.text or record.kind != "string"):
                value = kind.parse_text(value, template)
            return getattr(kind, "item", kind).coerce_item(value, template, self._ctx)
        except ValueRuleError as exc:
            raise RowError(
                row=row.number, column=column, source=source, rule=f"{record.key}: {exc.rule}", value=value
            ) from None


def _as_rows(rows: Iterable[Mapping[str, Any]] | Sequence[Row], source: str) -> list[Row]:
    items = list(rows)
    if items and all(isinstance(item, Row) for item in items):
        return items  # type: ignore[return-value]
    return list(number_rows(items, source=source))  # type: ignore[arg-type]
