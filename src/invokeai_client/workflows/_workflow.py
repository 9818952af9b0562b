"""The user-facing :class:`Workflow`: typed inputs, checked values, sweeps, and the request body."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .._errors import (
    BatchDataError,
    InputConnectedError,
    InputDriftError,
    InputNotFoundError,
    InputValueError,
    MissingInputError,
    UnsupportedGeneratorError,
)
from ._batch_data import (
    Sweep,
    SweepPlan,
    batch_node_data,
    combine_batch_data,
    seed_values,
    session_count,
)
from ._definition import WorkflowDefinition, WorkflowSource, json_copy, load_definition
from ._fields import ABSENT, ValueContext, ValueRuleError, kind_for
from ._form import (
    Discovery,
    InputDrift,
    InputRef,
    InputSource,
    InputTable,
    WorkflowInput,
    build_index_map,
    diff_index_maps,
    discover_inputs,
    make_input,
)
from ._graph import build_enqueue_body, build_graph, embedded_workflow
from ._model_sync import ModelChange, ModelResolver, sync_models
from ._preflight import PreflightReport, missing_required, run_preflight
from ._templates import TemplateSet

__all__ = ["Workflow"]

logger = logging.getLogger(__name__)


class Workflow:
    """A workflow exported from the GUI, ready to run with new values.

    The workflow works on its own copy of the document (never the caller's dict or file). Values set here
    are checked at once against the field templates and written into that copy, so the workflow embedded in
    the batch shows what ran. Nothing here does I/O except reading a file in :meth:`load`.

    Example::

        templates = TemplateSet.from_openapi(openapi_document)
        wf = Workflow.load("sdxl.json", templates)
        wf.set("Positive Prompt", "a red fox")
        wf.set(3, 1024)
        wf.sweep_seeds("noise.seed", 4)
        body = wf.to_batch(runs=1)  # the enqueue_batch request body
    """

    __slots__ = (
        "_ctx",
        "_definition",
        "_discovery",
        "_inputs",
        "_logged",
        "_plan",
        "_strict",
        "_table",
        "templates",
    )

    def __init__(
        self, definition: WorkflowDefinition, templates: TemplateSet | None = None, *, strict: bool = True
    ) -> None:
        """Wrap a loaded definition. Prefer :meth:`load`.

        Args:
            definition: the loaded workflow (its working copy is taken over).
            templates: the server's templates; ``None`` runs in the degraded schema-less mode (spec 3.5).
            strict: raise on an invalid form instead of ignoring it as the GUI does.

        Raises:
            WorkflowFormatError: the form is invalid and ``strict`` is true.
        """
        self._definition = definition
        self.templates = templates
        self._strict = strict
        self._ctx = ValueContext.from_templates(templates)
        self._discovery: Discovery = discover_inputs(definition, templates, strict=strict)
        self._inputs: list[WorkflowInput] = list(self._discovery.inputs)
        self._table = InputTable(self._inputs)
        self._plan = SweepPlan()
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
            templates: see :meth:`load`.
            strict: see :meth:`load`.

        Returns:
            The workflow.

        Raises:
            WorkflowFormatError: as :meth:`load`; also when the file cannot be read.
        """
        return cls(load_definition(Path(path)), templates, strict=strict)

    def copy(self) -> Workflow:
        """An independent copy, with the same values and sweeps.

        Returns:
            The copy.
        """
        other = Workflow(
            WorkflowDefinition(json_copy(self._definition.data), self._definition.schema_version),
            self.templates,
            strict=self._strict,
        )
        other._plan = self._plan.copy()
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
        """The workflow schema version (``meta.version``)."""
        return self._definition.schema_version

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
        return tuple(self._inputs)

    def __repr__(self) -> str:
        return f"Workflow({self.name!r}, {len(self._inputs)} inputs from {self.input_source})"

    # ------------------------------------------------------------------------------------------ lookup

    def input(self, ref: InputRef) -> WorkflowInput:
        """The input at an index, with a key, or with a label.

        A key ``"nodeId.fieldName"`` also reaches fields that are not in the form (their ``index`` is
        ``None``): the explicit raw addressing of spec 2.4.

        Args:
            ref: an index (``int``), a key or a label (``str``), or a record.

        Returns:
            The input record, with its current value.

        Raises:
            InputNotFoundError: nothing matches.
            AmbiguousInputError: the label matches several inputs; the message lists them.
        """
        position = self._table.find(ref, self._inputs)
        if position is not None:
            return self._inputs[position]
        key = ref.key if isinstance(ref, WorkflowInput) else str(ref)
        record = self._raw_input(key)
        if record is None:
            raise InputNotFoundError(
                ref, reason=f"no index, key or label matches (the workflow has {len(self._inputs)} inputs)"
            )
        return record

    def _raw_input(self, key: str) -> WorkflowInput | None:
        node_id, dot, field_name = key.rpartition(".")
        if not dot:
            return None
        node = self._definition.node(node_id)
        if node is None or node.get("type") != "invocation" or field_name not in node["data"]["inputs"]:
            return None
        return make_input(self._definition, self.templates, node, field_name)

    def _refresh(self, record: WorkflowInput) -> WorkflowInput:
        """Re-read the record's value from the working copy."""
        instance = self._definition.instance_input(record.node_id, record.field_name) or {}
        updated = replace(record, value=json_copy(instance.get("value")))
        if record.index is not None:
            self._inputs[record.index] = updated
        return updated

    # ------------------------------------------------------------------------------------------ values

    def _error(self, record: WorkflowInput, value: Any, rule: str) -> InputValueError:
        return InputValueError(index=record.index, label=record.label, key=record.key, value=value, rule=rule)

    def _coerce(self, record: WorkflowInput, value: Any) -> Any:
        if record.connected:
            raise InputConnectedError(index=record.index, label=record.label, key=record.key)
        template = record.template
        assert template is not None
        try:
            return kind_for(template).coerce(value, template, self._ctx)
        except ValueRuleError as exc:
            raise self._error(record, value, exc.rule) from None

    def _store(self, record: WorkflowInput, instance_value: Any) -> WorkflowInput:
        instance = self._definition.instance_input(record.node_id, record.field_name)
        assert instance is not None
        if instance_value is ABSENT:
            instance.pop("value", None)
        else:
            instance["value"] = instance_value
            if record.template is not None:
                for warning in kind_for(record.template).soft_warnings(instance_value, record.settings):
                    logger.warning("input %s: %s", record.describe(), warning)
        return self._refresh(record)

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
        record = self.input(ref)
        return self._store(record, self._coerce(record, value))

    def update(self, values: Mapping[InputRef, Any]) -> list[WorkflowInput]:
        """Set several inputs at once: every value is checked before any is stored.

        Args:
            values: input reference -> value.

        Returns:
            The updated records, in the order given.

        Raises:
            InputNotFoundError, AmbiguousInputError, InputConnectedError, InputValueError: as :meth:`set`;
                nothing is stored when one value fails.
        """
        checked = []
        for ref, value in values.items():
            record = self.input(ref)
            checked.append((record, self._coerce(record, value)))
        return [self._store(record, instance_value) for record, instance_value in checked]

    def set_raw(self, ref: InputRef, value: Any) -> WorkflowInput:
        """Store raw instance JSON without any check: the escape hatch for connection-only fields.

        Args:
            ref: the input.
            value: the JSON value to store as is (copied).

        Returns:
            The updated record.

        Raises:
            InputNotFoundError, AmbiguousInputError: as :meth:`input`.
            InputConnectedError: an edge feeds the input.
            InputValueError: the value is not JSON data.
        """
        record = self.input(ref)
        if record.connected:
            raise InputConnectedError(index=record.index, label=record.label, key=record.key)
        try:
            copied = json_copy(value)
        except TypeError as exc:
            raise self._error(record, value, f"is not JSON data ({exc})") from None
        return self._store(record, copied)

    def parse_value(self, ref: InputRef, text: str) -> Any:
        """Read command-line text as a Python value for the input's kind (``"7.5"``, ``"true"``, JSON …).

        Args:
            ref: the input.
            text: the text after ``KEY=``.

        Returns:
            The Python value, to give to :meth:`set` (which checks it).

        Raises:
            InputNotFoundError, AmbiguousInputError: as :meth:`input`.
            InputValueError: the text cannot be read as the input's kind.
        """
        record = self.input(ref)
        template = record.template
        assert template is not None
        try:
            return kind_for(template).parse_text(text, template)
        except ValueRuleError as exc:
            raise self._error(record, text, exc.rule) from None

    # ------------------------------------------------------------------------------------------ sweeps

    def set_sweep(self, ref: InputRef, values: Iterable[Any]) -> Sweep:
        """Run the workflow once per value of this input (batch data, spec 4.3). Each value is checked.

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
        if record.connected:
            raise InputConnectedError(index=record.index, label=record.label, key=record.key)
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
            InputConnectedError, InputValueError: as :meth:`set_sweep`.
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
        """The batch data: the export's batch nodes, then the sweeps (spec 4.3, 4.4).

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
            BatchDataError, UnsupportedGeneratorError: as :meth:`batch_data`.
        """
        return session_count(self.batch_data(), runs)

    # ---------------------------------------------------------------------------------------- building

    def missing_inputs(self) -> list[str]:
        """Required fields of sent nodes with no value, no edge and no batch data (spec 3.4).

        Returns:
            A description of each (index, label, key).
        """
        return missing_required(
            self._definition,
            self.templates,
            swept={(s.node_id, s.field_name) for s in self._plan.sweeps},
            index_of={r.key: r.index for r in self._inputs if r.index is not None},
        )

    def to_graph(self, *, default_board: str | None = None) -> dict[str, Any]:
        """The graph the GUI would send, with a fresh id (spec 4.1).

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
        """The exact body of ``POST /api/v1/queue/{queue_id}/enqueue_batch`` (spec 4.2).

        Args:
            runs: how many times the whole data product runs (the GUI's "iterations").
            prepend: put the batch ahead of everything queued.
            origin: the queue items' origin (GUI: ``"workflows"``).
            destination: the queue items' destination (GUI: ``"gallery"``).
            default_board: the board id for ``"auto"`` boards; ``None`` is uncategorized.
            embed_workflow: embed the updated workflow (without ``id``/``is_published``), so saved images
                reopen in the GUI editor.
            batch_id: a batch id chosen by the caller.
            check_required: raise when required inputs have no value.

        Returns:
            ``{"prepend": …, "batch": {"graph", "workflow", "runs", "data", "origin", "destination"}}``.

        Raises:
            MissingInputError: required inputs have no value.
            UnknownNodeTypeError: a node type has no template.
            BatchDataError, UnsupportedGeneratorError: the sweeps or batch nodes are invalid; also ``runs``
                < 1.
        """
        if check_required:
            missing = self.missing_inputs()
            if missing:
                raise MissingInputError(missing)
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
        return build_index_map(self.name, self.input_source, self._inputs)

    def verify_index_map(
        self, index_map: Mapping[str, Any], *, raise_on_drift: bool = True
    ) -> list[InputDrift]:
        """Compare the inputs with a saved :meth:`index_map` (e.g. from an earlier revision).

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

    # ------------------------------------------------------------------------------ models and checks

    def sync_models(
        self,
        installed_models: Iterable[Mapping[str, Any]],
        *,
        case_insensitive: bool = False,
        mapping: Mapping[str, str] | None = None,
        resolver: ModelResolver | None = None,
    ) -> list[ModelChange]:
        """Point every model reference at an installed model (spec 7); all or nothing.

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
        for i, record in enumerate(self._inputs):
            if record.kind == "model":
                self._inputs[i] = self._refresh(record)
        return changes

    def disable_output_cache(self) -> list[str]:
        """Set ``use_cache=false`` on every board-capable node, so repeated runs save new images (spec 8.4).

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
            The report; ``report.raise_for_errors()`` raises :class:`~invokeai_client.PreflightError`.
        """
        data: Sequence[Sequence[Mapping[str, Any]]] | Exception
        try:
            data = self.batch_data()
        except (BatchDataError, UnsupportedGeneratorError) as exc:  # reported as an issue
            data = exc
        return run_preflight(
            self._definition,
            self.templates,
            ctx=self._ctx,
            index_of={r.key: r.index for r in self._inputs if r.index is not None},
            batch_data=data,
            runs=runs,
            models=models,
            case_insensitive=case_insensitive,
            mapping=mapping,
            resolver=resolver,
            discovery_warnings=self._discovery.warnings,
        )
