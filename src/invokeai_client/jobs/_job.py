"""``Job`` and ``AsyncJob``: a submitted batch, to wait on, cancel, and read results and images from.

The decisions live in ``_plan`` (pure), ``_progress`` (pure) and ``_outcome``; these classes only perform
the I/O: reading events from the client's one Socket.IO subscription for the batch, or polling the REST
batch status, and reporting to a wait's callbacks and progress bar (``_watch``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .._errors import EventStreamError
from ..types.queue import BatchStatus, EnqueueResult, QueueItem
from ._base import DEFAULT_WAIT_TIMEOUT, JobBase, StrPath
from ._outcome import check_items
from ._plan import WaitPlan
from ._watch import EventCallback, ProgressCallback, settle

if TYPE_CHECKING:
    from .._events import AsyncSubscription, Subscription
    from ..outputs import SavedImage
    from ..resources.images import AsyncImagesResource, ImagesResource
    from ..resources.queue import AsyncQueueResource, QueueResource
    from ..workflows import TemplateSet, Workflow

__all__ = ["DEFAULT_WAIT_TIMEOUT", "AsyncJob", "Job"]

logger = logging.getLogger("invokeai_client.jobs")


class Job(JobBase):
    """A submitted batch (blocking API). Create it with ``client.workflows.submit``."""

    def __init__(
        self,
        result: EnqueueResult,
        queue: QueueResource,
        subscription: Subscription | None,
        *,
        workflow: Workflow | None = None,
        templates: TemplateSet | None = None,
        images: ImagesResource | None = None,
    ) -> None:
        super().__init__(
            result, mode="events" if subscription else "poll", workflow=workflow, templates=templates
        )
        self._queue = queue
        self._subscription = subscription
        self._images = images

    def status(self) -> BatchStatus:
        """The batch's counts, from the server (one request)."""
        return self._queue.batch_status(self.batch_id, queue_id=self.queue_id)

    def items(self) -> list[QueueItem]:
        """Every item of the batch as the server has it now (one request)."""
        items = self._queue.get_items(self.result.item_ids, queue_id=self.queue_id)
        self._items.update((item.item_id, item) for item in items)
        self._note(items)
        return items

    def wait(
        self,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        *,
        raise_on_failure: bool = True,
        on_event: EventCallback | None = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> list[QueueItem]:
        """Wait until every item is completed, failed or canceled; returns them in enqueue order.

        Safe to call again after an error (e.g. the server went away): waiting resumes where it was.

        Args:
            timeout: seconds to wait in all (``None``: for ever).
            raise_on_failure: raise for a failed or canceled item (else return every item).
            on_event: called with each event of the batch, in arrival order (``InvocationStartedEvent``,
                ``InvocationProgressEvent``, ``InvocationCompleteEvent``, ``InvocationErrorEvent``,
                ``QueueItemStatusChangedEvent`` …), on this thread. Polling has no events.
            on_progress: called with the job's :class:`JobProgress` whenever it changes (per node with
                events, per finished item when polling); ``progress.node.preview_image()`` decodes the
                latest preview into a PIL image.
            progress: draw a progress bar on stderr (rich).

        An exception raised by a callback ends the wait (it propagates; waiting again resumes).

        Raises:
            JobFailedError: an item failed (its server error type, message and traceback); with
                ``raise_on_failure=False`` failed items are returned instead.
            JobCanceledError: an item was canceled (likewise).
            JobTimeoutError: not finished within ``timeout`` seconds (also a ``TimeoutError``).
            APIConnectionError: the server cannot be reached.
        """
        plan = self._plan(timeout)
        try:
            self._start_watch(on_event, on_progress, progress)
            self._wait_for(plan, timeout)
            items = self.items()
        finally:
            self._stop_watch()
        return check_items(items, raise_on_failure=raise_on_failure)

    def download(
        self, folder: StrPath, *, include_intermediate: bool = False, concurrency: int = 8
    ) -> list[SavedImage]:
        """Save the images the items produced into ``folder`` (created if missing), after :meth:`wait`.

        Final (gallery) images only, unless ``include_intermediate``; partial results of failed and
        canceled items are saved too. Files are named by the server's image names, made safe.

        Returns:
            One record per output image (its node, item, sweep values …) with the file it was saved to.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            APIError: a download failed (files already complete stay).
        """
        from ..outputs._saved import saved_images
        from ..resources.images import ImagesResource

        if not self._items:
            self.items()
        chosen, names = self._to_save(include_intermediate)
        images = self._images or ImagesResource(self._queue._core)
        return saved_images(chosen, images.download_many(names, folder, concurrency=concurrency))

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
                event = self._subscription.get(timeout=step.seconds)
            except TimeoutError:
                plan.on_silence()
            except EventStreamError:
                logger.warning("batch %s: event stream ended; polling the REST status instead", self.batch_id)
                self._subscription, plan.mode = None, "poll"
            else:
                plan.on_event(event)
                self._note(event)
        elif step.kind in ("poll", "check"):
            time.sleep(step.seconds)
            status = self.status()
            plan.on_status(status)
            self._note(status)


class AsyncJob(JobBase):
    """A submitted batch (asyncio API): the twin of :class:`Job`."""

    def __init__(
        self,
        result: EnqueueResult,
        queue: AsyncQueueResource,
        subscription: AsyncSubscription | None,
        *,
        workflow: Workflow | None = None,
        templates: TemplateSet | None = None,
        images: AsyncImagesResource | None = None,
    ) -> None:
        super().__init__(
            result, mode="events" if subscription else "poll", workflow=workflow, templates=templates
        )
        self._queue = queue
        self._subscription = subscription
        self._images = images

    async def status(self) -> BatchStatus:
        """The batch's counts, from the server (one request)."""
        return await self._queue.batch_status(self.batch_id, queue_id=self.queue_id)

    async def items(self) -> list[QueueItem]:
        """Every item of the batch as the server has it now (one request)."""
        items = await self._queue.get_items(self.result.item_ids, queue_id=self.queue_id)
        self._items.update((item.item_id, item) for item in items)
        await settle(self._note(items))
        return items

    async def wait(
        self,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        *,
        raise_on_failure: bool = True,
        on_event: EventCallback | None = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> list[QueueItem]:
        """Wait until every item is completed, failed or canceled; see :meth:`Job.wait`.

        The callbacks run on the event loop; an awaitable they return is awaited before waiting goes on.
        """
        plan = self._plan(timeout)
        try:
            await settle(self._start_watch(on_event, on_progress, progress))
            while not plan.done:
                await self._step(plan, timeout)
            items = await self.items()
        finally:
            self._stop_watch()
        return check_items(items, raise_on_failure=raise_on_failure)

    async def download(
        self, folder: StrPath, *, include_intermediate: bool = False, concurrency: int = 8
    ) -> list[SavedImage]:
        """Save the images the items produced into ``folder``; see :meth:`Job.download`."""
        from ..outputs._saved import saved_images
        from ..resources.images import AsyncImagesResource

        if not self._items:
            await self.items()
        chosen, names = self._to_save(include_intermediate)
        images = self._images or AsyncImagesResource(self._queue._core)
        return saved_images(chosen, await images.download_many(names, folder, concurrency=concurrency))

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
                event = await self._subscription.get(timeout=step.seconds)
            except TimeoutError:
                plan.on_silence()
            except EventStreamError:
                logger.warning("batch %s: event stream ended; polling the REST status instead", self.batch_id)
                self._subscription, plan.mode = None, "poll"
            else:
                plan.on_event(event)
                await settle(self._note(event))
        elif step.kind in ("poll", "check"):
            await asyncio.sleep(step.seconds)
            status = await self.status()
            plan.on_status(status)
            await settle(self._note(status))
