"""``Job`` and ``AsyncJob``: a submitted batch, to wait on, cancel, and read results and images from.

The decisions live in ``_plan`` (pure) and ``_outcome``; these classes only perform the I/O: reading events
from the client's one Socket.IO subscription for the batch, or polling the REST batch status.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from .._errors import EventStreamError, JobTimeoutError
from ..types.queue import BatchStatus, EnqueueResult, QueueItem
from ._outcome import check_items
from ._plan import WaitMode, WaitPlan

if TYPE_CHECKING:
    from .._events import AsyncSubscription, Subscription
    from ..outputs import OutputImage
    from ..resources.queue import AsyncQueueResource, QueueResource
    from ..workflows import TemplateSet, Workflow

logger = logging.getLogger("invokeai_client.jobs")

DEFAULT_WAIT_TIMEOUT = 1800.0  # 30 min: a first FLUX or SDXL model load alone can take minutes


class _JobBase:
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


class Job(_JobBase):
    """A submitted batch (blocking API). Create it with ``client.workflows.submit``."""

    def __init__(
        self,
        result: EnqueueResult,
        queue: QueueResource,
        subscription: Subscription | None,
        *,
        workflow: Workflow | None = None,
        templates: TemplateSet | None = None,
    ) -> None:
        super().__init__(
            result, mode="events" if subscription else "poll", workflow=workflow, templates=templates
        )
        self._queue = queue
        self._subscription = subscription

    def status(self) -> BatchStatus:
        """The batch's counts, from the server (one request)."""
        return self._queue.batch_status(self.batch_id, queue_id=self.queue_id)

    def items(self) -> list[QueueItem]:
        """Every item of the batch as the server has it now (one request)."""
        items = self._queue.get_items(self.result.item_ids, queue_id=self.queue_id)
        self._items.update((item.item_id, item) for item in items)
        return items

    def wait(
        self, timeout: float | None = DEFAULT_WAIT_TIMEOUT, *, raise_on_failure: bool = True
    ) -> list[QueueItem]:
        """Wait until every item is completed, failed or canceled; returns them in enqueue order.

        Safe to call again after an error (e.g. the server went away): waiting resumes where it was.

        Raises:
            JobFailedError: an item failed (its server error type, message and traceback); with
                ``raise_on_failure=False`` failed items are returned instead.
            JobCanceledError: an item was canceled (likewise).
            JobTimeoutError: not finished within ``timeout`` seconds (also a ``TimeoutError``).
            APIConnectionError: the server cannot be reached.
        """
        self._wait_for(self._plan(timeout), timeout)
        return check_items(self.items(), raise_on_failure=raise_on_failure)

    def as_completed(self, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> Iterator[QueueItem]:
        """Yield each item as it finishes (completed, failed or canceled), fetched from the server."""
        plan = self._plan(timeout)
        seen: set[int] = set()
        while len(seen) < len(plan.item_ids):
            self._step(plan, timeout)
            newly = [i for i in self.result.item_ids if i in plan.final and i not in seen]
            if not newly and plan.done:  # finished by REST status: fetch the rest at once
                newly = [i for i in self.result.item_ids if i not in seen]
            if newly:
                for item in self._queue.get_items(newly, queue_id=self.queue_id):
                    seen.add(item.item_id)
                    self._items[item.item_id] = item
                    yield item

    def cancel(self) -> int:
        """Cancel the batch's pending and running items; returns how many were canceled."""
        self._progress.check_now = True  # pending items may end without an event: ask REST next
        return self._queue.cancel_batches([self.batch_id], queue_id=self.queue_id)

    def cancel_item(self, item_id: int) -> QueueItem:
        """Cancel one item. A finished item is left as it is and returned as it is (no error)."""
        self._progress.check_now = True
        return self._queue.cancel_item(item_id, queue_id=self.queue_id)

    def close(self) -> None:
        """Stop receiving this batch's events (the client's connection stays open)."""
        if self._subscription is not None:
            self._subscription.close()

    def __enter__(self) -> Job:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait_for(self, plan: WaitPlan, timeout: float | None) -> None:
        while not plan.done:
            self._step(plan, timeout)

    def _step(self, plan: WaitPlan, timeout: float | None) -> None:
        step = plan.next_step(time.monotonic())
        if step.kind == "timeout":
            raise self._timeout(plan, timeout)
        if step.kind == "event" and self._subscription is not None:
            try:
                plan.on_event(self._subscription.get(timeout=step.seconds))
            except TimeoutError:
                plan.on_silence()
            except EventStreamError:
                logger.warning("batch %s: event stream ended; polling the REST status instead", self.batch_id)
                self._subscription, plan.mode = None, "poll"
        elif step.kind in ("poll", "check"):
            time.sleep(step.seconds)
            plan.on_status(self.status())


class AsyncJob(_JobBase):
    """A submitted batch (asyncio API): the twin of :class:`Job`."""

    def __init__(
        self,
        result: EnqueueResult,
        queue: AsyncQueueResource,
        subscription: AsyncSubscription | None,
        *,
        workflow: Workflow | None = None,
        templates: TemplateSet | None = None,
    ) -> None:
        super().__init__(
            result, mode="events" if subscription else "poll", workflow=workflow, templates=templates
        )
        self._queue = queue
        self._subscription = subscription

    async def status(self) -> BatchStatus:
        """The batch's counts, from the server (one request)."""
        return await self._queue.batch_status(self.batch_id, queue_id=self.queue_id)

    async def items(self) -> list[QueueItem]:
        """Every item of the batch as the server has it now (one request)."""
        items = await self._queue.get_items(self.result.item_ids, queue_id=self.queue_id)
        self._items.update((item.item_id, item) for item in items)
        return items

    async def wait(
        self, timeout: float | None = DEFAULT_WAIT_TIMEOUT, *, raise_on_failure: bool = True
    ) -> list[QueueItem]:
        """Wait until every item is completed, failed or canceled; see :meth:`Job.wait`."""
        plan = self._plan(timeout)
        while not plan.done:
            await self._step(plan, timeout)
        return check_items(await self.items(), raise_on_failure=raise_on_failure)

    async def as_completed(self, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> AsyncIterator[QueueItem]:
        """Yield each item as it finishes; see :meth:`Job.as_completed`."""
        plan = self._plan(timeout)
        seen: set[int] = set()
        while len(seen) < len(plan.item_ids):
            await self._step(plan, timeout)
            newly = [i for i in self.result.item_ids if i in plan.final and i not in seen]
            if not newly and plan.done:
                newly = [i for i in self.result.item_ids if i not in seen]
            if newly:
                for item in await self._queue.get_items(newly, queue_id=self.queue_id):
                    seen.add(item.item_id)
                    self._items[item.item_id] = item
                    yield item

    async def cancel(self) -> int:
        """Cancel the batch's pending and running items; returns how many were canceled."""
        self._progress.check_now = True  # pending items may end without an event: ask REST next
        return await self._queue.cancel_batches([self.batch_id], queue_id=self.queue_id)

    async def cancel_item(self, item_id: int) -> QueueItem:
        """Cancel one item; a finished item is left as it is and returned."""
        self._progress.check_now = True
        return await self._queue.cancel_item(item_id, queue_id=self.queue_id)

    def close(self) -> None:
        """Stop receiving this batch's events (the client's connection stays open)."""
        if self._subscription is not None:
            self._subscription.close()

    async def __aenter__(self) -> AsyncJob:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    async def _step(self, plan: WaitPlan, timeout: float | None) -> None:
        step = plan.next_step(time.monotonic())
        if step.kind == "timeout":
            raise self._timeout(plan, timeout)
        if step.kind == "event" and self._subscription is not None:
            try:
                plan.on_event(await self._subscription.get(timeout=step.seconds))
            except TimeoutError:
                plan.on_silence()
            except EventStreamError:
                logger.warning("batch %s: event stream ended; polling the REST status instead", self.batch_id)
                self._subscription, plan.mode = None, "poll"
        elif step.kind in ("poll", "check"):
            await asyncio.sleep(step.seconds)
            plan.on_status(await self.status())
