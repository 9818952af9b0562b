"""What ``Job`` and ``AsyncJob`` share: the batch's identity, the wait state, progress and output mapping.

No I/O here: the twins in ``_job`` perform it.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._errors import JobTimeoutError
from ..types.events import Event
from ..types.queue import BatchStatus, EnqueueResult, QueueItem
from . import _job_progress as progress_state
from ._job_progress import JobProgress
from ._plan import WaitMode, WaitPlan
from ._watch import EventCallback, ProgressCallback, Watch

if TYPE_CHECKING:
    from ..outputs import OutputImage
    from ..workflows import TemplateSet, Workflow

StrPath = str | os.PathLike[str]

DEFAULT_WAIT_TIMEOUT = 1800.0  # 30 min: a first FLUX or SDXL model load alone can take minutes

logger = logging.getLogger("invokeai_client.jobs")


class JobBase:
    """What :class:`Job` and :class:`AsyncJob` share (no I/O)."""

    def __init__(
        self,
        result: EnqueueResult,
        *,
        mode: WaitMode,
        workflow: Workflow | None,
        templates: TemplateSet | None,
    ) -> None:
        self.result = result
        self.workflow = workflow
        self._templates = templates
        self._items: dict[int, QueueItem] = {}
        # One wait state for the job's life: a second wait (after a timeout or a lost server) resumes it,
        # and the subscription buffers the events that arrive in between.
        self._progress = WaitPlan(result.batch_id, frozenset(result.item_ids), mode, deadline=None)
        if mode == "poll":
            logger.info("batch %s: waiting by polling the REST batch status (no events)", result.batch_id)
        labels = progress_state.node_labels(workflow.definition.nodes) if workflow is not None else None
        self._tracked = progress_state.start(
            result.batch_id, result.item_ids, graph=result.batch.get("graph"), labels=labels
        )
        self._watch: Watch | None = None

    @property
    def batch_id(self) -> str:
        return self.result.batch_id

    @property
    def item_ids(self) -> list[int]:
        """The batch's queue items, in enqueue order."""
        return list(self.result.item_ids)

    @property
    def queue_id(self) -> str:
        return self.result.queue_id

    def _plan(self, timeout: float | None) -> WaitPlan:
        self._progress.deadline = None if timeout is None else time.monotonic() + timeout
        return self._progress

    @property
    def mode(self) -> WaitMode:
        """``"events"``, or ``"poll"`` (chosen, or fallen back to when the event stream ended)."""
        return self._progress.mode

    @property
    def progress(self) -> JobProgress:
        """Where the job stands (items done, the running item and node, a fraction), as last heard."""
        return self._tracked

    def _note(self, update: Event | BatchStatus | Sequence[QueueItem]) -> list[object]:
        """Fold an event, a batch status or the items into the progress; report to the wait's watch."""
        self._tracked = progress_state.track(self._tracked, update)
        if self._watch is None:
            return []
        return self._watch.notify(update if isinstance(update, Event) else None, self._tracked)

    def _start_watch(
        self, on_event: EventCallback | None, on_progress: ProgressCallback | None, bar: bool
    ) -> list[object]:
        if on_event is None and on_progress is None and not bar:
            return []
        self._watch = Watch(on_event, on_progress, bar)
        return self._watch.notify(None, self._tracked)

    def _stop_watch(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()

    def _to_save(self, include_intermediate: bool) -> tuple[list[OutputImage], list[str]]:
        from ..outputs._saved import to_save

        chosen = to_save(self.outputs(), include_intermediate=include_intermediate)
        return chosen, list(dict.fromkeys(image.image_name for image in chosen))

    def _timeout(self, plan: WaitPlan, timeout: float | None) -> JobTimeoutError:
        pending = sorted(plan.item_ids - plan.final.keys())
        return JobTimeoutError(batch_id=self.batch_id, item_ids=pending, timeout=timeout or 0.0)

    def outputs(self, items: Sequence[QueueItem] | None = None) -> list[OutputImage]:
        """The images the items produced, mapped to their nodes, form inputs and sweep values (spec 5).

        Uses the items already fetched by ``wait`` unless others are given; partial results of failed and
        canceled items are included.
        """
        from ..outputs import map_queue_item
        from ..resources.workflows import bundled_templates

        chosen = (
            list(items)
            if items is not None
            else [self._items[i] for i in self.result.item_ids if i in self._items]
        )
        templates = self._templates or bundled_templates()
        form_inputs = self.workflow.inputs if self.workflow is not None else ()
        return [
            image for item in chosen for image in map_queue_item(item, templates, form_inputs=form_inputs)
        ]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(batch_id={self.batch_id!r}, items={self.result.item_ids})"
