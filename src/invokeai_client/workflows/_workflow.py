"""The user-facing [`Workflow`][invokeai_client.workflows.Workflow]: typed inputs, checked values, sweeps, and the request body.

A `Workflow` holds the working copy of the document and hands the work to collaborators: looking inputs up
and checking values to `WorkflowInputs` (`_inputs`), sweeps and rows to `BatchValues` (`_batch_values`),
the checks to `_preflight` and `_model_sync`, the request body to `_graph`. It keeps the public methods, so
their docstrings are the reference.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import (
    BatchDataError,
    InputDriftError,
    InputValueError,
    MissingInputError,
    UnsupportedGeneratorError,
)
from ..templates import TemplateSet
from ._batch_data import Sweep
from ._batch_values import BatchValues, RowTable
from ._definition import WorkflowDefinition, json_copy
from ._discovery import Discovery, discover_inputs
from ._graph import build_enqueue_body, build_graph, embedded_workflow
from ._index_map import InputDrift, build_index_map, diff_index_maps
from ._input_record import InputSource, WorkflowInput
from ._inputs import InputRef, InputValues, Sweeps, WorkflowInputs
from ._loading import WorkflowSource, load_definition
from ._model_sync import ModelChange, ModelResolver, sync_models
from ._preflight import run_preflight
from ._preflight_report import PreflightReport
from ._rows import Row

__all__ = ["Workflow", "prepared_batch"]

logger = logging.getLogger(__name__)


class Workflow:
    """A workflow exported from the GUI, ready to run with new values.

    The workflow works on its own copy of the document (never the caller's dict or file). Values set here
    are checked at once against the field templates and written into that copy, so the workflow embedded in
    the batch shows what ran. Nothing here does I/O except reading a file in `load`.

    Example::

        templates = TemplateSet.from_openapi(openapi_document)
        wf = Workflow.load("sdxl.json", templates)
        wf.set("Positive Prompt", "a red fox")
        wf.set(3, 1024)
        wf.sweep_seeds("noise.seed", 4)
        body = wf.to_batch(runs=1)  # the enqueue_batch request body
    """

    __slots__ = ("_batch", "_definition", "_discovery", "_inputs", "_logged", "_strict", "templates")

    def __init__(
        self, definition: WorkflowDefinition, templates: TemplateSet | None = None, *, strict: bool = True
    ) -> None:
        """Wrap a loaded definition. Prefer `load`.

        Args:
            definition: the loaded workflow (its working copy is taken over).
            templates: the server's templates; ``None`` runs in the degraded schema-less mode.
            strict: raise on an invalid form instead of ignoring it as the GUI does.

        Raises:
            WorkflowFormatError: the form is invalid and ``strict`` is true.
        """
        self._definition = definition
        self.templates = templates
        self._strict = strict
        self._discovery: Discovery = discover_inputs(definition, templates, strict=strict)
        self._inputs = WorkflowInputs(definition, templates, self._discovery.inputs)
        self._batch = BatchValues(self._inputs)
        self._logged: set[str] = set()
        if templates is None:
            logger.warning(
                "workflow %r: no templates given; field types are guessed from values (degraded mode)",
                definition.name,
            )

    # ----------------------------------------------------------------------------------------- loading

    @classmethod
    def load(
        cls, source: WorkflowSource, templates: TemplateSet | None = None, *, strict: bool = True
    ) -> Workflow:
        """Load a workflow from a dict, JSON text or a file path.

        Args:
            source: a dict (copied, never modified), JSON text (a ``str`` starting with ``{``, or ``bytes``),
                or the path of a workflow file.
            templates: the server's templates (``TemplateSet.from_openapi(...)``); ``None`` is the degraded
                schema-less mode.
            strict: raise on an invalid form (dangling element references, cycles, broken parent links);
                when false the form is ignored with a warning, as the GUI does.

        Returns:
            The workflow.

        Raises:
            WorkflowFormatError: malformed JSON, an unsupported schema version, or an invalid document or
                form.
        """
        return cls(load_definition(source), templates, strict=strict)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], templates: TemplateSet | None = None, *, strict: bool = True
    ) -> Workflow:
        """Load a workflow file (a ``str`` is always taken as a path here).

        Args:
            path: the file.
            templates: see `load`.
            strict: see `load`.

        Returns:
            The workflow.

        Raises:
            WorkflowFormatError: as `load`; also when the file cannot be read.
        """
        return cls(load_definition(Path(path)), templates, strict=strict)

    def copy(self) -> Workflow:
        """An independent copy, with the same values, sweeps and rows.

        Returns:
            The copy.
        """
        definition = WorkflowDefinition(
            json_copy(self._definition.data),
            self._definition.schema_version,
            migrated_from=self._definition.migrated_from,
        )
        # Made from the parts, not by __init__: the form was checked and its inputs found when this one was
        # made, and a copy (one per submit) need not do it again.
        other = Workflow.__new__(Workflow)
        other._definition = definition
        other.templates = self.templates
        other._strict = self._strict
        other._discovery = self._discovery  # immutable
        other._inputs = self._inputs.copy(definition)
        other._batch = self._batch.copy(other._inputs)
        other._logged = set()
        return other

    # -------------------------------------------------------------------------------------- properties

    @property
    def name(self) -> str:
        """The workflow's name."""
        return self._definition.name

    @property
    def id(self) -> str | None:
        """The server library id, when the workflow was saved on a server."""
        return self._definition.id

    @property
    def schema_version(self) -> str:
        """The workflow schema version (``meta.version``): ``"4.0.0"`` or ``"3.0.0"``."""
        return self._definition.schema_version

    @property
    def migrated_from(self) -> str | None:
        """``"1.0.0"`` or ``"2.0.0"`` for a file migrated when it was loaded (as the GUI's editor does)."""
        return self._definition.migrated_from

    @property
    def definition(self) -> WorkflowDefinition:
        """The working copy and its indexes (advanced use; change it through this class)."""
        return self._definition

    @property
    def input_source(self) -> InputSource:
        """Where the indexed inputs come from: ``"form"``, ``"exposedFields"`` or ``"none"``."""
        return self._discovery.source

    @property
    def warnings(self) -> tuple[str, ...]:
        """What input discovery dropped or ignored."""
        return self._discovery.warnings

    @property
    def degraded(self) -> bool:
        """True when no templates were given and field types are guessed from values."""
        return self.templates is None

    @property
    def inputs(self) -> tuple[WorkflowInput, ...]:
        """The indexed inputs, in form order, with their current values."""
        return tuple(self._inputs.records)

    def __repr__(self) -> str:
        return f"Workflow({self.name!r}, {len(self._inputs.records)} inputs from {self.input_source})"

    def _repr_html_(self) -> str:
        """A notebook's summary: the workflow and its inputs with their current values."""
        from .._html import summary

        try:
            sessions: object = self.session_count()
        except (BatchDataError, UnsupportedGeneratorError) as exc:
            sessions = f"? ({exc})"
        fields: list[tuple[str, object]] = [
            ("inputs", f"{len(self._inputs.records)} from {self.input_source}"),
            ("sessions", sessions),
        ]
        fields += [(f"sweep {sweep.key}", f"{len(sweep.items)} values") for sweep in self.sweeps]
        if self.rows is not None:
            fields.append(("rows", f"{len(self.rows)} from {self.rows.source}"))
        return summary(
            f"Workflow {self.name}",
            fields,
            headers=("#", "label", "key", "kind", "value"),
            rows=[(r.index, r.label, r.key, r.kind, r.value) for r in self._inputs.records],
        )

    # ------------------------------------------------------------------------------- inputs and values

    def input(self, ref: InputRef) -> WorkflowInput:
        """The input at an index, with a key, or with a label.

        A key ``"nodeId.fieldName"`` also reaches fields that are not in the form (their ``index`` is
        ``None``): raw addressing by node id and field name, as the legacy ``exposedFields`` list does.

        Args:
            ref: an index (``int``), a key or a label (``str``), or a record.

        Returns:
            The input record, with its current value.

        Raises:
            InputNotFoundError: nothing matches.
            AmbiguousInputError: the label matches several inputs; the message lists them.
        """
        return self._inputs.find(ref)

    def set(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Check a value against the input's template and store it.

        Python values by kind: ``str``; ``int`` (not ``bool``); ``float`` or ``int``; ``bool``; an enum option;
        a scheduler name; an image name or ``{"image_name"}``/image object; ``"auto"``, ``None``/``"none"``,
        a board id or board object; a model identifier dict or object; ``(r, g, b[, a])``, a dict or hex
        colour; a list for collections. ``None`` on an optional non-board field removes the stored value.

        Args:
            ref: the input (index, key, label or record).
            value: the new value.

        Returns:
            The updated record.

        Raises:
            InputNotFoundError: no input matches ``ref``.
            AmbiguousInputError: ``ref`` is a label of several inputs.
            InputConnectedError: an edge feeds the input.
            InputValueError: the value breaks a rule; the error names the input, the value and the rule.
        """
        return self._inputs.set(ref, value)

    def update(self, values: InputValues) -> list[WorkflowInput]:
        """Set several inputs at once: every value is checked before any is stored.

        Args:
            values: input reference -> value.

        Returns:
            The updated records, in the order given.

        Raises:
            InputNotFoundError, AmbiguousInputError, InputConnectedError, InputValueError: as `set`;
                nothing is stored when one value fails.
        """
        return self._inputs.update(values)

    def set_raw(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Store raw instance JSON without any check: the escape hatch for connection-only fields.

        Args:
            ref: the input.
            value: the JSON value to store as is (copied).

        Returns:
            The updated record.

        Raises:
            InputNotFoundError, AmbiguousInputError: as `input`.
            InputConnectedError: an edge feeds the input.
            InputValueError: the value is not JSON data.
        """
        return self._inputs.set_raw(ref, value)

    def parse_value(self, ref: InputRef, text: str) -> Any:
        """Read command-line text as a Python value for the input's kind (``"7.5"``, ``"true"``, JSON …).

        Args:
            ref: the input.
            text: the text after ``KEY=``.

        Returns:
            The Python value, to give to `set` (which checks it).

        Raises:
            InputNotFoundError, AmbiguousInputError: as `input`.
            InputValueError: the text cannot be read as the input's kind.
        """
        return self._inputs.parse_value(ref, text)

    def stored_value_error(self, skip: frozenset[str] = frozenset()) -> InputValueError | None:
        """The first stored value that breaks its template's rules (as the GUI refuses to invoke a workflow
        with an invalid field), or ``None``.

        Inputs fed by an edge, without a value, without a template, or named in ``skip`` (swept: their
        values come from the batch data) are not checked.

        Args:
            skip: input keys not to check.

        Returns:
            An `InputValueError` naming the input, or ``None``.
        """
        return self._inputs.stored_value_error(skip)

    # ---------------------------------------------------------------------------------- sweeps and rows

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
        return self._batch.set_sweep(ref, values)

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
        return self._batch.sweep_seeds(ref, count, start=start, rng_seed=rng_seed)

    def zip(self, *refs: InputRef) -> None:
        """Zip the sweeps of these inputs: their i-th values go into the same session.

        Args:
            refs: two or more inputs that have sweeps of equal length.

        Raises:
            BatchDataError: fewer than two inputs, an input without a sweep, or different lengths.
        """
        self._batch.zip(refs)

    def clear_sweep(self, ref: InputRef | None = None) -> None:
        """Remove one input's sweep, or every sweep when ``ref`` is omitted.

        Args:
            ref: the input, or ``None`` for all.
        """
        self._batch.clear_sweep(ref)

    @property
    def sweeps(self) -> tuple[Sweep, ...]:
        """The sweeps set, in order."""
        return self._batch.plan.sweeps

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
        return self._batch.set_rows(rows, source=source)

    def clear_rows(self) -> None:
        """Remove the rows (their batch data) set by `set_rows`."""
        self._batch.clear_rows()

    @property
    def rows(self) -> RowTable | None:
        """The rows set, or ``None``."""
        return self._batch.rows

    def row_of(self, field_values: Iterable[Any] | None, seen: dict[str, int] | None = None) -> int | None:
        """The number of the row a queue item ran, from its batch values (``QueueItem.field_values``:
        records or dicts with ``node_path``, ``field_name``, ``value``), or ``None``.

        Identical rows are told apart by order: pass the same ``seen`` dict for every item of a job (in
        enqueue order) and repeated rows (and runs) get their numbers in turn.

        Args:
            field_values: the queue item's batch values.
            seen: shared by every item of one job, to number repeated rows in turn.

        Returns:
            The row's number, or ``None`` when the item ran no row.
        """
        return self._batch.row_of(field_values, seen)

    def batch_data(self) -> list[list[dict[str, Any]]]:
        """The batch data: the export's batch nodes, then the sweeps.

        Returns:
            The groups, as sent in ``batch.data``.

        Raises:
            BatchDataError: batch nodes or sweeps do not form valid data.
            UnsupportedGeneratorError: a generator node feeds a batch node.
        """
        return self._batch.batch_data()

    def session_count(self, runs: int = 1) -> int:
        """How many sessions (queue items) a batch with these sweeps and ``runs`` would enqueue.

        Args:
            runs: the batch's runs.

        Returns:
            The product of the data group lengths, times ``runs``.

        Raises:
            BatchDataError, UnsupportedGeneratorError: as `batch_data`.
        """
        return self._batch.session_count(runs)

    # ------------------------------------------------------------------------------------------ checks

    def missing_inputs(self) -> list[str]:
        """Required fields of sent nodes with no value, no edge and no batch data.

        Returns:
            A description of each (index, label, key).
        """
        return self._inputs.missing({(s.node_id, s.field_name) for s in self._batch.plan.sweeps})

    def sync_models(
        self,
        installed_models: Iterable[Mapping[str, Any]],
        *,
        case_insensitive: bool = False,
        mapping: Mapping[str, str] | None = None,
        resolver: ModelResolver | None = None,
    ) -> list[ModelChange]:
        """Point every model reference at an installed model; all or nothing.

        Args:
            installed_models: the server's model records (dicts with ``key``, ``hash``, ``name``, ``base``,
                ``type`` …).
            case_insensitive: also match names case-insensitively (same base and type).
            mapping: ``{old key or name: new key}``, tried after key, hash and name.
            resolver: a callback tried last.

        Returns:
            One change per reference.

        Raises:
            ModelResolutionError: some references are unresolved (all listed); nothing was changed.
        """
        changes = sync_models(
            self._definition,
            self.templates,
            installed_models,
            case_insensitive=case_insensitive,
            mapping=mapping,
            resolver=resolver,
        )
        self._inputs.refresh_models()
        return changes

    def disable_output_cache(self) -> list[str]:
        """Set ``use_cache=false`` on every board-capable node, so repeated runs save new images.

        Returns:
            The ids of the nodes changed.
        """
        changed = []
        for node in self._definition.invocation_nodes():
            template = self.templates.get(node["data"]["type"]) if self.templates is not None else None
            if template is not None and template.board_capable and node["data"].get("useCache", True):
                node["data"]["useCache"] = False
                changed.append(node["id"])
        return changed

    def preflight(
        self,
        *,
        models: Iterable[Mapping[str, Any]] | None = None,
        runs: int = 1,
        case_insensitive: bool = False,
        mapping: Mapping[str, str] | None = None,
        resolver: ModelResolver | None = None,
    ) -> PreflightReport:
        """Check everything before submitting and report it together.

        Args:
            models: the installed model records; models are checked only when given.
            runs: the runs planned (for the cache warning and the session count).
            case_insensitive: passed to model matching.
            mapping: passed to model matching.
            resolver: passed to model matching.

        Returns:
            The report; ``report.raise_for_errors()`` raises `PreflightError`.
        """
        data: Sequence[Sequence[Mapping[str, Any]]] | Exception
        try:
            data = self.batch_data()
        except (BatchDataError, UnsupportedGeneratorError) as exc:  # reported as an issue
            data = exc
        return run_preflight(
            self._definition,
            self.templates,
            ctx=self._inputs.ctx,
            index_of=self._inputs.form_indices(),
            batch_data=data,
            runs=runs,
            models=models,
            case_insensitive=case_insensitive,
            mapping=mapping,
            resolver=resolver,
            discovery_warnings=self._discovery.warnings,
        )

    # ---------------------------------------------------------------------------------------- building

    def to_graph(self, *, default_board: str | None = None) -> dict[str, Any]:
        """The graph the GUI would send, with a fresh id.

        Args:
            default_board: the board id for ``"auto"`` boards; ``None`` is uncategorized.

        Returns:
            ``{"id", "nodes", "edges"}``.

        Raises:
            UnknownNodeTypeError: a node type has no template.
        """
        build = build_graph(self._definition, self.templates, default_board=default_board)
        for warning in build.warnings:
            if warning not in self._logged:
                self._logged.add(warning)
                logger.warning("workflow %r: %s", self.name, warning)
        return build.graph

    def to_batch(
        self,
        *,
        runs: int = 1,
        prepend: bool = False,
        origin: str | None = "workflows",
        destination: str | None = "gallery",
        default_board: str | None = None,
        embed_workflow: bool = True,
        batch_id: str | None = None,
        check_required: bool = True,
    ) -> dict[str, Any]:
        """The exact body of ``POST /api/v1/queue/{queue_id}/enqueue_batch``.

        Args:
            runs: how many times the whole data product runs (the GUI's "iterations").
            prepend: put the batch ahead of everything queued.
            origin: the queue items' origin (GUI: ``"workflows"``).
            destination: the queue items' destination (GUI: ``"gallery"``).
            default_board: the board id for ``"auto"`` boards; ``None`` is uncategorized.
            embed_workflow: embed the updated workflow (without ``id``/``is_published``), so saved images
                reopen in the GUI editor.
            batch_id: a batch id chosen by the caller.
            check_required: raise when required inputs have no value, or a stored value is invalid.

        Returns:
            ``{"prepend": …, "batch": {"graph", "workflow", "runs", "data", "origin", "destination"}}``.

        Raises:
            MissingInputError: required inputs have no value.
            InputValueError: a value stored in the file breaks its field's rules (out of range, not one of
                the options …), as the GUI would refuse to invoke it; it names the input.
            UnknownNodeTypeError: a node type has no template.
            WorkflowFormatError: the graph has a cycle.
            BatchDataError, UnsupportedGeneratorError: the sweeps or batch nodes are invalid; also ``runs``
                < 1.
        """
        if check_required:
            missing = self.missing_inputs()
            if missing:
                raise MissingInputError(missing)
            invalid = self._inputs.stored_value_error(skip=self._batch.swept_keys())
            if invalid is not None:
                raise invalid
        graph = self.to_graph(default_board=default_board)
        data = self.batch_data()
        return build_enqueue_body(
            graph,
            workflow=embedded_workflow(self._definition) if embed_workflow else None,
            data=data,
            runs=runs,
            prepend=prepend,
            origin=origin,
            destination=destination,
            batch_id=batch_id,
        )

    def to_dict(self) -> dict[str, Any]:
        """A copy of the updated workflow document (values set and models synced), ``id`` included.

        Returns:
            The document, as the GUI would export it.
        """
        copied: dict[str, Any] = json_copy(self._definition.data)
        return copied

    # -------------------------------------------------------------------------------------- index maps

    def index_map(self) -> dict[str, Any]:
        """A JSON-able map of the inputs' indices, keys, labels and kinds, to detect drift later.

        Returns:
            ``{"version": 1, "workflow": name, "source": …, "inputs": [{index, key, label, kind,
            cardinality, element_id}]}``.
        """
        return build_index_map(self.name, self.input_source, self._inputs.records)

    def verify_index_map(
        self, index_map: Mapping[str, Any], *, raise_on_drift: bool = True
    ) -> list[InputDrift]:
        """Compare the inputs with a saved `index_map` (e.g. from an earlier revision).

        Args:
            index_map: the saved map.
            raise_on_drift: raise when anything differs.

        Returns:
            The differences (empty when none).

        Raises:
            InputDriftError: something differs and ``raise_on_drift`` is true.
        """
        drift = diff_index_maps(index_map, self.index_map())
        if drift and raise_on_drift:
            raise InputDriftError([str(d) for d in drift])
        return drift


def prepared_batch(
    workflow: Workflow,
    *,
    runs: int = 1,
    sweep: Sweeps | None = None,
    rows: Iterable[Mapping[str, Any]] | None = None,
    prepend: bool = False,
    board: str | None = None,
    origin: str | None = "workflows",
    destination: str | None = "gallery",
) -> tuple[Workflow, dict[str, Any]]:
    """A copy of the workflow with the sweeps and rows applied, and its enqueue body with a fresh batch id.

    Everything is checked here, before any request; the caller's workflow is not changed. This is what
    ``client.workflows.submit`` and a durable run send.

    Args:
        workflow: the workflow.
        runs: see [`Workflow.to_batch`][invokeai_client.workflows.Workflow.to_batch].
        sweep: ``{input: [values]}``, one session per value.
        rows: one session per row (see [`Workflow.set_rows`][invokeai_client.workflows.Workflow.set_rows]).
        prepend: put the batch ahead of everything queued.
        board: the board id for ``"auto"`` boards.
        origin: the queue items' origin.
        destination: the queue items' destination.

    Returns:
        ``(working copy, enqueue body)``.

    Raises:
        InputValueError, RowError, MissingInputError, BatchDataError: as the workflow's methods.
    """
    working = workflow.copy()
    for ref, values in (sweep or {}).items():
        working.set_sweep(ref, values)
    if rows is not None:
        working.set_rows(rows)
    body = working.to_batch(
        runs=runs,
        prepend=prepend,
        default_board=board,
        origin=origin,
        destination=destination,
        batch_id=str(uuid.uuid4()),
    )
    return working, body
