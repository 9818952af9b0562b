"""``Job`` and ``AsyncJob``: a submitted batch, to wait on, cancel, and read results and images from.

Every method is written once, as a flow (``_wait`` has the waiting ones), and run blocking on a ``Job`` and
awaited on an ``AsyncJob`` (``_twins``); only the constructors, ``close`` and the downloads differ.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._constants import DEFAULT_WAIT_TIMEOUT
from .._core import AsyncCore, SyncCore
from .._flows import Flow, Iteration, settle
from .._twins import AsyncTwin, SyncTwin, Twin, iteration, operation
from ..types.queue import BatchStatus, EnqueueResult, QueueItem
from . import _wait
from ._base import JobBase, StrPath, check_items
from ._ops import JobOps
from ._watch import EventCallback, ProgressCallback

if TYPE_CHECKING:
    from ..events import AsyncSubscription, Subscription
    from ..outputs import SavedImage
    from ..workflows import TemplateSet, Workflow

__all__ = ["DEFAULT_WAIT_TIMEOUT", "AsyncJob", "Job"]


class _JobMethods(JobBase, Twin):
    """The methods of [`Job`][invokeai_client.jobs.Job] and [`AsyncJob`][invokeai_client.jobs.AsyncJob], written once."""

    @operation
    def status(self) -> Flow[BatchStatus]:
        """The batch's counts, from the server (one request)."""
        status: BatchStatus = yield from self._ops.batch_status(self.queue_id, self.batch_id)
        return status

    @operation
    def items(self) -> Flow[list[QueueItem]]:
        """Every item of the batch as the server has it now (in pages of 100 items per request)."""
        found: list[QueueItem] = []
        ids = self.item_ids
        for start in range(0, len(ids), _wait.PAGE):
            found += yield from self._ops.items(self.queue_id, ids[start : start + _wait.PAGE])
        self._keep(found)
        yield from settle(self._note(found))
        return found

    @operation
    def wait(
        self,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        *,
        raise_on_failure: bool = True,
        on_event: EventCallback | None = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        rerun_interrupted: bool = True,
    ) -> Flow[list[QueueItem]]:
        """Wait until every item is completed, failed or canceled; returns them in enqueue order.

        The wait rides out trouble until its deadline: a server that cannot be reached (or answers 502,
        503, 504) is asked again with backoff, the event stream reconnects by itself, and every request is
        bounded by what is left of ``timeout``. An item that a server restart canceled is run again, once
        (``rerun_interrupted``); ``reruns`` maps it to the new item. Calling ``wait`` again after an error
        resumes where it was.

        Args:
            timeout: seconds to wait in all (``None``: for ever).
            raise_on_failure: raise for a failed or canceled item (else return every item).
            on_event: called with each event of the batch, in arrival order (``InvocationStartedEvent``,
                ``InvocationProgressEvent``, ``InvocationCompleteEvent``, ``InvocationErrorEvent``,
                ``QueueItemStatusChangedEvent`` …). Polling has no events. On an ``AsyncJob`` an awaitable
                it returns is awaited before waiting goes on.
            on_progress: called with the job's `JobProgress` whenever it changes (per node with
                events, per finished item when polling); ``progress.node.preview_image()`` decodes the
                latest preview into a PIL image.
            progress: draw a progress bar on stderr (in a notebook, in the cell).
            rerun_interrupted: run again, once, an item canceled by a server restart (never an item
                canceled by a person, by this job, or seen canceled while the server was reachable).

        An exception raised by a callback ends the wait (it propagates; waiting again resumes).

        Raises:
            JobFailedError: an item failed (its server error type, message and traceback); with
                ``raise_on_failure=False`` failed items are returned instead.
            JobCanceledError: an item was canceled (likewise).
            JobTimeoutError: not finished within ``timeout`` seconds (also a ``TimeoutError``), whatever
                the server did meanwhile.
            JobItemsMissingError: items were deleted from the queue by someone else.
        """
        plan = self._start(timeout)
        try:
            yield from settle(self._start_watch(on_event, on_progress, progress))
            items = yield from _wait.wait(self, plan, rerun_interrupted=rerun_interrupted)
            yield from settle(self._note(items))
        finally:
            self._stop_watch()
        self._check_complete(items)
        return check_items(items, raise_on_failure=raise_on_failure)

    @iteration
    def as_completed(
        self, timeout: float | None = DEFAULT_WAIT_TIMEOUT, *, rerun_interrupted: bool = True
    ) -> Iteration[QueueItem]:
        """Yield each item as it ends (completed, failed or canceled), fetched from the server; the same
        patience, deadline and re-runs as `wait` (an interrupted item is yielded once its re-run ends).
        """
        plan = self._start(timeout)
        yield from _wait.as_completed(self, plan, rerun_interrupted=rerun_interrupted)

    @operation
    def cancel(self) -> Flow[int]:
        """Cancel the batch's pending and running items; returns how many were canceled (pending ones:
        the server cancels the running one too, without counting it)."""
        self._canceled_batch = True
        self._wait_plan.check_now = True  # pending items may end without an event: ask REST next
        canceled: int = yield from self._ops.cancel_batches(self.queue_id, [self.batch_id])
        return canceled

    @operation
    def cancel_item(self, item_id: int) -> Flow[QueueItem]:
        """Cancel one item. A finished item is left as it is and returned as it is (no error)."""
        self._canceled_here.add(item_id)
        self._wait_plan.check_now = True
        item: QueueItem = yield from self._ops.cancel_item(self.queue_id, item_id)
        return item

    def _check_complete(self, items: list[QueueItem]) -> None:
        missing = sorted(set(self.item_ids) - {item.item_id for item in items})
        if missing:
            raise self._missing(missing, items)

    def close(self) -> None:
        """Stop receiving this batch's events (the client's connection stays open)."""
        if self._subscription is not None:
            self._subscription.close()

    @operation
    def download(
        self,
        folder: StrPath,
        *,
        include_intermediate: bool = False,
        concurrency: int = 8,
        overwrite: bool = False,
    ) -> Flow[list[SavedImage]]:
        """Save the images the items produced into ``folder`` (created if missing), after `wait`.

        Final (gallery) images only, unless ``include_intermediate``; partial results of failed and
        canceled items are saved too. Files are named by the server's image names, made safe; two names
        that would become the same file get distinct files (``a_b.png``, ``a_b-2.png``), and a file already
        in the folder is replaced only with ``overwrite`` (else the image gets a numbered name).

        Each image is saved on its own: one that cannot be (a name the SDK refuses, an image the server no
        longer has) does not keep the others from being saved; they are all reported by
        [`ImagesNotSavedError`][invokeai_client.errors.ImagesNotSavedError] at the end.

        Returns:
            One record per output image (its node, item, sweep values …) with the file it was saved to.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            ImagesNotSavedError: some images could not be saved (``failed``: each one's error); every
                other image was (``saved``).
            APIError: the server could not be reached for a download (files already complete stay).
        """
        from ..errors import ImagesNotSavedError
        from ..outputs._saved import saved_images

        if not self._items:
            yield from _JobMethods.items.flow(self)
        chosen, names = self._to_save(include_intermediate)
        outcome = yield from self._ops.download_images(names, folder, concurrency, overwrite)
        paths = {name: path for name, path in zip(names, outcome, strict=True) if isinstance(path, Path)}
        saved = saved_images([image for image in chosen if image.image_name in paths], list(paths.values()))
        failed = {
            name: error for name, error in zip(names, outcome, strict=True) if not isinstance(error, Path)
        }
        if failed:
            raise ImagesNotSavedError(saved=saved, failed=failed)
        return saved


class Job(_JobMethods, SyncTwin):
    """A submitted batch (blocking API). Create it with ``client.workflows.submit``."""

    def __init__(
        self,
        result: EnqueueResult,
        core: SyncCore,
        ops: JobOps,
        subscription: Subscription[Any] | None,
        *,
        workflow: Workflow | None = None,
        templates: TemplateSet | None = None,
        stream_drops: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(
            result, ops, subscription, workflow=workflow, templates=templates, stream_drops=stream_drops
        )
        self._core = core

    def __enter__(self) -> Job:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncJob(_JobMethods, AsyncTwin):
    """A submitted batch (asyncio API): the twin of [`Job`][invokeai_client.jobs.Job]."""

    def __init__(
        self,
        result: EnqueueResult,
        core: AsyncCore,
        ops: JobOps,
        subscription: AsyncSubscription[Any] | None,
        *,
        workflow: Workflow | None = None,
        templates: TemplateSet | None = None,
        stream_drops: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(
            result, ops, subscription, workflow=workflow, templates=templates, stream_drops=stream_drops
        )
        self._core = core

    async def __aenter__(self) -> AsyncJob:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()
