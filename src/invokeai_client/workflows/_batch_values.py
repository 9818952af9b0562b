"""What varies per session of a workflow's batch: sweeps (values per input) and rows (a session per row).

Rows become one zip group of batch data (a datum per column, the i-th items of which make the i-th
session), so a whole rows file is one enqueue and combines with sweeps and runs (multiplied). Every value
and cell is checked before anything is kept; an error names the input (and the row and column). The row
values are kept, so a job's items can be joined back to their rows (`row_of`).

[`Workflow`][invokeai_client.workflows.Workflow] hands its sweep and row methods to one `BatchValues`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InputNotFoundError, InputValueError, RowError, WorkflowError
from ..templates import ValueRuleError, kind_for
from ._batch_data import Sweep, SweepPlan, batch_node_data, combine_batch_data, seed_values, session_count
from ._input_record import WorkflowInput
from ._inputs import InputRef, WorkflowInputs
from ._rows import Row, number_rows

__all__ = ["BatchValues", "RowTable"]


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


class BatchValues:
    """The sweeps and rows of one workflow, and the batch data they make with its batch nodes."""

    __slots__ = ("_inputs", "plan", "rows")

    def __init__(self, inputs: WorkflowInputs) -> None:
        self._inputs = inputs
        self.plan = SweepPlan()
        self.rows: RowTable | None = None

    def copy(self, inputs: WorkflowInputs) -> BatchValues:
        """The same sweeps and rows, for the copy of a workflow whose inputs are ``inputs``."""
        other = BatchValues(inputs)
        other.plan = self.plan.copy()
        other.rows = self.rows  # immutable
        return other

    def swept_keys(self) -> frozenset[str]:
        """The keys of the inputs whose values come from batch data."""
        return frozenset(sweep.key for sweep in self.plan.sweeps)

    # ------------------------------------------------------------------------------------------ sweeps

    def set_sweep(self, ref: InputRef, values: Iterable[Any] | object) -> Sweep:
        """Check every value of the sweep, then keep it (replacing the input's sweep)."""
        inputs = self._inputs
        record = inputs.find(ref)
        inputs.check_not_connected(record)
        if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
            raise InputValueError(
                index=record.index, label=record.label, key=record.key, value=values,
                rule="a sweep takes a list of values (one session each), not one value",
            )  # fmt: skip
        items = list(values)
        template = record.template
        assert template is not None
        kind = kind_for(template)
        if not kind.sweepable:
            raise inputs.error(record, items, f"a {record.kind} input ({record.cardinality}) cannot be swept")
        if not items:
            raise inputs.error(record, items, "a sweep needs at least one value")
        item_kind = getattr(kind, "item", kind)
        checked = []
        for i, item in enumerate(items):
            try:
                if item is None:
                    raise ValueRuleError("must not be null")
                checked.append(item_kind.coerce_item(item, template, inputs.ctx))
            except ValueRuleError as exc:
                raise inputs.error(record, item, f"sweep value [{i}] {exc.rule}") from None
        sweep = Sweep(record.key, record.node_id, record.field_name, tuple(checked))
        self.plan.set(sweep)
        return sweep

    def sweep_seeds(self, ref: InputRef, count: int, *, start: int | None, rng_seed: int | None) -> Sweep:
        """A sweep of ``count`` seeds (consecutive from ``start``, or random distinct)."""
        return self.set_sweep(ref, seed_values(count, start=start, rng_seed=rng_seed))

    def zip(self, refs: Sequence[InputRef]) -> None:
        """Zip the sweeps of these inputs."""
        self.plan.zip([self._inputs.find(ref).key for ref in refs])

    def clear_sweep(self, ref: InputRef | None) -> None:
        """Remove one input's sweep, or all."""
        if ref is None:
            self.plan.clear()
        else:
            self.plan.remove(self._inputs.find(ref).key)

    def batch_data(self) -> list[list[dict[str, Any]]]:
        """The export's batch nodes' data, then the sweeps'."""
        inputs = self._inputs
        return combine_batch_data(
            batch_node_data(inputs.definition, inputs.templates, inputs.ctx), self.plan.groups()
        )

    def session_count(self, runs: int) -> int:
        """How many sessions the batch data and ``runs`` make."""
        return session_count(self.batch_data(), runs)

    # -------------------------------------------------------------------------------------------- rows

    def set_rows(self, rows: Iterable[Mapping[str, Any]] | Sequence[Row], *, source: str) -> RowTable:
        """Check every cell, then keep the rows as one zip group (replacing earlier rows)."""
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
            self.plan.set(Sweep(record.key, record.node_id, record.field_name, items))
        if len(keys) > 1:
            self.plan.zip(keys)
        self.rows = table
        return table

    def clear_rows(self) -> None:
        """Remove the rows and their batch data."""
        if self.rows is not None:
            for key in self.rows.keys:
                self.plan.remove(key)
            self.rows = None

    def row_of(self, field_values: Iterable[Any] | None, seen: dict[str, int] | None) -> int | None:
        """The number of the row whose values a queue item ran, or ``None``."""
        table = self.rows
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

    def _column_input(self, column: str, source: str) -> WorkflowInput:
        ref: int | str = int(column) if column.isdigit() else column
        try:
            record = self._inputs.find(ref)
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
        if record.key in self.swept_keys() and (self.rows is None or record.key not in self.rows.keys):
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
            return getattr(kind, "item", kind).coerce_item(value, template, self._inputs.ctx)
        except ValueRuleError as exc:
            raise RowError(
                row=row.number, column=column, source=source, rule=f"{record.key}: {exc.rule}", value=value
            ) from None


def _part(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _as_rows(rows: Iterable[Mapping[str, Any]] | Sequence[Row], source: str) -> list[Row]:
    items = list(rows)
    if items and all(isinstance(item, Row) for item in items):
        return items  # type: ignore[return-value]
    return list(number_rows(items, source=source))  # type: ignore[arg-type]
