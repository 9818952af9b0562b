"""The user-facing [`Workflow`][invokeai_client.workflows.Workflow]: typed inputs, checked values, sweeps, and the request body.

Looking inputs up and setting values is `WorkflowValues`; sweeps are
`WorkflowSweeps`; model sync and checks `WorkflowChecks`;
this module adds loading, building and index maps.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import (
    InputDriftError,
    MissingInputError,
)
from ..templates import TemplateSet, ValueContext
from ._batch_data import SweepPlan
from ._definition import WorkflowDefinition, WorkflowSource, load_definition
from ._discovery import Discovery, discover_inputs
from ._graph import build_enqueue_body, build_graph, embedded_workflow
from ._index_map import InputDrift, build_index_map, diff_index_maps
from ._input_lookup import InputTable
from ._input_record import InputSource, WorkflowInput
from ._json_io import json_copy
from ._workflow_checks import WorkflowChecks

__all__ = ["Workflow"]

logger = logging.getLogger(__name__)


class Workflow(WorkflowChecks):
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

    __slots__ = ("_logged", "_strict")

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
        self._ctx = ValueContext.from_templates(templates)
        self._discovery: Discovery = discover_inputs(definition, templates, strict=strict)
        self._inputs = list(self._discovery.inputs)
        self._table = InputTable(self._inputs)
        self._plan = SweepPlan()
        self._rows = None
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
        other = Workflow(
            WorkflowDefinition(
                json_copy(self._definition.data),
                self._definition.schema_version,
                migrated_from=self._definition.migrated_from,
            ),
            self.templates,
            strict=self._strict,
        )
        other._plan = self._plan.copy()
        other._rows = self._rows  # immutable
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
        return tuple(self._inputs)

    def __repr__(self) -> str:
        return f"Workflow({self.name!r}, {len(self._inputs)} inputs from {self.input_source})"

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
            invalid = self.stored_value_error(
                skip=frozenset(f"{s.node_id}.{s.field_name}" for s in self._plan.sweeps)
            )
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
        return build_index_map(self.name, self.input_source, self._inputs)

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
