"""``client.workflows``: load workflows with the server's templates, the workflow library, and enqueueing.

The workflow engine (``invokeai_client.workflows``) does no I/O; these methods fetch what it needs
(templates, models, saved workflows) and hand it over. Local problems (malformed JSON, a bad version, an
invalid value) are raised before any request.
"""

from __future__ import annotations

import builtins
import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from .._flows import Flow
from .._http import decode_json
from ..errors import WorkflowError
from ..events._stream import stream_of, subscribe_or_poll
from ..graph import Graph
from ..graph._graph import schema_for_server
from ..jobs import AsyncJob, Job, WaitMode
from ..types.queue import EnqueueResult
from ..types.workflows import WorkflowRecord
from ..workflows import (
    ModelChange,
    PreflightReport,
    Sweeps,
    TemplateSet,
    Workflow,
    WorkflowSource,
    load_definition,
    prepared_batch,
)
from ._api import call
from ._base import AsyncResource, Operations, SyncResource, operation
from ._endpoints import (
    get_image_workflow,
    get_workflow,
    list_model_records,
)
from ._queue_ops import CONFIRM_WITHIN, QUEUE_OPS, enqueue, enqueue_whole, queue_full
from ._workflow_library import WorkflowLibrary
from .queue import DEFAULT_QUEUE

logger = logging.getLogger(__name__)
J = TypeVar("J", Job, AsyncJob)

_OPENAPI = {"method": "get", "url": "/openapi.json", "headers": {"Accept-Encoding": "gzip"}}  # ~3 MB, a 200
TEMPLATES_KEY = "invokeai_client.templates"  # in ServerState.cache: the server's templates, once fetched
# Servers with the same document (a pool of one release) share one TemplateSet (~7 MB each): the newest few.
SHARED_TEMPLATES = 4
_SHARED_TEMPLATES: dict[str, TemplateSet] = {}


class _Workflows(WorkflowLibrary, Operations):
    """Workflows: load them with the server's own templates, keep them in its library, enqueue them."""

    _resource = "workflows"

    # --- templates and loading ------------------------------------------------------------------

    @operation
    def templates(self) -> Flow[TemplateSet]:
        """The server's invocation templates, from its live ``/openapi.json`` (so custom nodes work).

        Fetched once per client, then reused; installing, removing or reloading custom node packs through
        ``client.custom_nodes`` fetches them again.
        """
        return self._templates()

    def _templates(self) -> Flow[TemplateSet]:
        key = TEMPLATES_KEY
        cached = self._state.cache.get(key)
        if isinstance(cached, TemplateSet):
            return cached
        response = yield _OPENAPI
        digest = hashlib.sha256(response.content).hexdigest() + self._api.version
        templates = _SHARED_TEMPLATES.get(digest)
        if templates is None:
            document = decode_json(response)
            if not isinstance(document, dict):
                raise WorkflowError(f"GET {response.request.url}: the server's OpenAPI document is not JSON")
            templates = TemplateSet.from_openapi(document, version=self._api.version)
            _SHARED_TEMPLATES[digest] = templates
            while len(_SHARED_TEMPLATES) > SHARED_TEMPLATES:
                _SHARED_TEMPLATES.pop(next(iter(_SHARED_TEMPLATES)))
        self._state.cache[key] = templates
        return templates

    @operation
    def load(self, source: WorkflowSource | Graph, *, strict: bool = True) -> Flow[Workflow]:
        """A workflow from a file path, JSON text, a dict (never modified) or a [`Graph`][invokeai_client.graph.Graph],
        typed by the server's templates.

        Raises:
            WorkflowFormatError: malformed JSON or an unsupported version (before any request).
        """
        if isinstance(source, Graph):
            return self._typed_graph(source, strict)
        return self._typed(load_definition(source), strict)

    def _typed(self, definition: Any, strict: bool) -> Flow[Workflow]:
        templates = yield from self._templates()
        return Workflow(definition, templates, strict=strict)

    def _typed_graph(self, graph: Graph, strict: bool) -> Flow[Workflow]:
        """A graph's export in the schema this server's GUI reads, typed by the server's templates."""
        templates = yield from self._templates()
        document = graph.to_workflow(schema_version=schema_for_server(templates.version))
        return Workflow(load_definition(document), templates, strict=strict)

    @operation
    def load_saved(self, workflow_id: str, *, strict: bool = True) -> Flow[Workflow]:
        """A workflow from the server's library, by id."""
        return self._load_saved(workflow_id, strict)

    def _load_saved(self, workflow_id: str, strict: bool) -> Flow[Workflow]:
        record = yield from call(get_workflow(workflow_id), WorkflowRecord)
        return (yield from self._typed(load_definition(record.workflow), strict))

    @operation
    def from_image(self, image_name: str, *, strict: bool = True) -> Flow[Workflow]:
        """The workflow embedded in an image the server made (``GET /api/v1/images/i/{name}/workflow``).

        Raises:
            WorkflowError: the image carries no workflow.
        """
        return self._from_image(image_name, strict)

    def _from_image(self, image_name: str, strict: bool) -> Flow[Workflow]:
        response = yield get_image_workflow(image_name)
        body = decode_json(response)
        text = body.get("workflow") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text:
            raise WorkflowError(f"image {image_name!r} has no embedded workflow")
        return (yield from self._typed(load_definition(text), strict))

    # --- models, pre-flight and enqueueing -------------------------------------------------------

    @operation
    def sync_models(
        self, workflow: Workflow, *, case_insensitive: bool = False, mapping: Mapping[str, str] | None = None
    ) -> Flow[builtins.list[ModelChange]]:
        """Point the workflow's model references at this server's installed models (all or nothing).

        Raises:
            ModelResolutionError: some references match no installed model; all are listed, nothing changed.
        """
        return self._sync_models(workflow, case_insensitive, mapping)

    def _sync_models(
        self, workflow: Workflow, case_insensitive: bool, mapping: Mapping[str, str] | None
    ) -> Flow[builtins.list[ModelChange]]:
        models = yield from _installed_models()
        return workflow.sync_models(models, case_insensitive=case_insensitive, mapping=mapping)

    @operation
    def preflight(self, workflow: Workflow, *, runs: int = 1) -> Flow[PreflightReport]:
        """Everything that would make the run fail or mislead, checked against this server's models."""
        return self._preflight(workflow, runs)

    def _preflight(self, workflow: Workflow, runs: int) -> Flow[PreflightReport]:
        models = yield from _installed_models()
        return workflow.preflight(models=models, runs=runs)

    @operation
    def enqueue(
        self,
        workflow: Workflow,
        *,
        runs: int = 1,
        prepend: bool = False,
        default_board: str | None = None,
        origin: str | None = "workflows",
        destination: str | None = "gallery",
        queue_id: str = DEFAULT_QUEUE,
    ) -> Flow[EnqueueResult]:
        """Build the batch (validated locally first) and enqueue it once; see ``Workflow.to_batch``.

        Raises:
            QueueFullError: the server's queue took only part of the batch (``error.result`` has what
                landed).
        """
        body = workflow.to_batch(
            runs=runs, prepend=prepend, default_board=default_board, origin=origin, destination=destination
        )
        return enqueue_whole(queue_id, body)


def _installed_models() -> Flow[builtins.list[dict[str, Any]]]:
    response = yield list_model_records()
    body = decode_json(response)
    models = body.get("models") if isinstance(body, dict) else None
    return [m for m in models if isinstance(m, dict)] if isinstance(models, builtins.list) else []


class _Submits(Operations, Generic[J]):
    """``submit``, written once; ``J`` is the job of the client's kind."""

    _job_type: type[J]
    _typed_graph: Callable[[Graph, bool], Flow[Workflow]]  # from _Workflows, beside it in each resource

    @operation
    def submit(
        self,
        workflow: Workflow | Graph,
        *,
        runs: int = 1,
        sweep: Sweeps | None = None,
        rows: Iterable[Mapping[str, Any]] | None = None,
        prepend: bool = False,
        board: str | None = None,
        wait: WaitMode = "events",
        origin: str | None = "workflows",
        destination: str | None = "gallery",
        queue_id: str = DEFAULT_QUEUE,
        confirm_within: float = CONFIRM_WITHIN,
    ) -> Flow[J]:
        """Enqueue a workflow as one batch and return its [`Job`][invokeai_client.jobs.Job] (``AsyncJob``).

        Args:
            workflow: the workflow (not changed: sweeps apply to a copy), or a graph written in Python
                (typed by the server's templates first; its form's inputs are the ones sweeps and rows name).
            runs: repeat the whole batch (the GUI's iterations).
            sweep: ``{input: [values]}``, one session per value (inputs by index, key or label).
            rows: one session per row, each a mapping of input (index, key or label) to value: a list, a
                generator, ``DataFrame.to_dict("records")`` or ``read_rows(path)``. Rows are one zip group
                of batch data (one enqueue), multiplied by sweeps and ``runs``;
                ``job.workflow.row_of(item.field_values)`` joins an item back to its row.
            prepend: queue ahead of everything else.
            board: the board id for board inputs left on "auto" (default: uncategorized).
            wait: ``"events"`` (Socket.IO, subscribed before enqueueing) or ``"poll"`` (REST only).
            confirm_within: when the enqueue gets no readable answer (a timeout, a reset, a 5xx, a body
                that does not parse), how long to keep asking the server whether the batch landed. The
                enqueue is never sent twice unless it provably never left the client.

        Raises:
            WorkflowError: a value, sweep, row or required input is wrong (before any request);
                ``RowError`` names the row and the column.
            EnqueueUnconfirmedError: no readable answer, and the batch did not appear in time; its
                ``batch_id`` says what to look for later.
            QueueFullError: the server's queue took only part of the batch (its ``max_queue_size`` caps
                pending items): ``error.job`` follows the items that landed (wait on or cancel them); the
                rest were not enqueued. A durable run (``Run``) feeds a queue of any size.
            APIError: the server refused the enqueue (nothing was enqueued).
        """
        if isinstance(workflow, Graph):
            workflow = yield from self._typed_graph(workflow, True)
        working, body = prepared_batch(
            workflow,
            runs=runs,
            sweep=sweep,
            rows=rows,
            prepend=prepend,
            board=board,
            origin=origin,
            destination=destination,
        )
        subscription: Any = None  # a Subscription for a Job, an AsyncSubscription for an AsyncJob
        if wait == "events":
            subscription = yield from subscribe_or_poll(
                self._core,
                fallback="this job will poll the REST batch status",
                batch_id=body["batch"]["batch_id"],
                queue_id=queue_id,
            )
        try:
            result = yield from enqueue(queue_id, body, confirm_within=confirm_within)
        except BaseException:
            if subscription is not None:
                subscription.close()
            raise
        stream = stream_of(self._core) if subscription is not None else None  # polling: no socket at all
        core: Any = self._core  # a SyncCore for a Job, an AsyncCore for an AsyncJob
        job = self._job_type(
            result,
            core,
            QUEUE_OPS,
            subscription,
            workflow=working,
            templates=working.templates,
            stream_drops=(lambda: stream.reconnects) if stream is not None else None,
        )
        if result.enqueued < result.requested:  # the queue's limit: never a job that pretends to be whole
            raise (yield from queue_full(queue_id, result, job=job))
        return job


class WorkflowsResource(SyncResource, _Submits[Job], _Workflows):
    __doc__ = _Workflows.__doc__
    _job_type = Job


class AsyncWorkflowsResource(AsyncResource, _Submits[AsyncJob], _Workflows):
    __doc__ = _Workflows.__doc__
    _job_type = AsyncJob
