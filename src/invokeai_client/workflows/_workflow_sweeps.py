"""The sweep half of [`Workflow`][invokeai_client.workflows.Workflow]: batch data that runs the workflow once per value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import InputValueError
from ..templates import ValueRuleError, kind_for
from ._batch_data import Sweep, SweepPlan, batch_node_data, combine_batch_data, seed_values, session_count
from ._input_lookup import InputRef
from ._workflow_values import WorkflowValues

__all__ = ["WorkflowSweeps"]


class WorkflowSweeps(WorkflowValues):
    """Sweeps over inputs and the batch data they make. [`Workflow`][invokeai_client.workflows.Workflow] sets
    ``_plan``."""

    __slots__ = ("_plan",)

    _plan: SweepPlan

    def set_sweep(self, ref: InputRef, values: Iterable[Any] | object) -> Sweep:
        """Run the workflow once per value of this input (batch data). Each value is checked.

        Args:
            ref: the input.
            values: one or more values (strings, numbers, enum options, scheduler names or images).

        Returns:
            The sweep.

        Raises:
            InputConnectedError: an edge feeds the input (a sweep would have no effect).
            InputValueError: an empty list, a kind that cannot be swept (booleans, boards, models,
                colours, lists), or a value that breaks a rule (the message names its position).
        """
        record = self.input(ref)
        self._check_not_connected(record)
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
            raise self._error(record, items, f"a {record.kind} input ({record.cardinality}) cannot be swept")
        if not items:
            raise self._error(record, items, "a sweep needs at least one value")
        item_kind = getattr(kind, "item", kind)
        checked = []
        for i, item in enumerate(items):
            try:
                if item is None:
                    raise ValueRuleError("must not be null")
                checked.append(item_kind.coerce_item(item, template, self._ctx))
            except ValueRuleError as exc:
                raise self._error(record, item, f"sweep value [{i}] {exc.rule}") from None
        sweep = Sweep(record.key, record.node_id, record.field_name, tuple(checked))
        self._plan.set(sweep)
        return sweep

    def sweep_seeds(
        self, ref: InputRef, count: int, *, start: int | None = None, rng_seed: int | None = None
    ) -> Sweep:
        """Sweep a seed input over ``count`` seeds within 0..2**32-1.

        Args:
            ref: the seed input (e.g. ``"noise.seed"``).
            count: how many seeds.
            start: consecutive seeds from ``start``; random distinct seeds when omitted.
            rng_seed: makes the random seeds reproducible.

        Returns:
            The sweep.

        Raises:
            BatchDataError: ``count`` < 1 or the seeds leave the range.
            InputConnectedError, InputValueError: as `set_sweep`.
        """
        return self.set_sweep(ref, seed_values(count, start=start, rng_seed=rng_seed))

    def zip(self, *refs: InputRef) -> None:
        """Zip the sweeps of these inputs: their i-th values go into the same session.

        Args:
            refs: two or more inputs that have sweeps of equal length.

        Raises:
            BatchDataError: fewer than two inputs, an input without a sweep, or different lengths.
        """
        self._plan.zip([self.input(ref).key for ref in refs])

    def clear_sweep(self, ref: InputRef | None = None) -> None:
        """Remove one input's sweep, or every sweep when ``ref`` is omitted.

        Args:
            ref: the input, or ``None`` for all.
        """
        if ref is None:
            self._plan.clear()
        else:
            self._plan.remove(self.input(ref).key)

    @property
    def sweeps(self) -> tuple[Sweep, ...]:
        """The sweeps set, in order."""
        return self._plan.sweeps

    def batch_data(self) -> list[list[dict[str, Any]]]:
        """The batch data: the export's batch nodes, then the sweeps.

        Returns:
            The groups, as sent in ``batch.data``.

        Raises:
            BatchDataError: batch nodes or sweeps do not form valid data.
            UnsupportedGeneratorError: a generator node feeds a batch node.
        """
        return combine_batch_data(
            batch_node_data(self._definition, self.templates, self._ctx), self._plan.groups()
        )

    def session_count(self, runs: int = 1) -> int:
        """How many sessions (queue items) a batch with these sweeps and ``runs`` would enqueue.

        Args:
            runs: the batch's runs.

        Returns:
            The product of the data group lengths, times ``runs``.

        Raises:
            BatchDataError, UnsupportedGeneratorError: as `batch_data`.
        """
        return session_count(self.batch_data(), runs)
