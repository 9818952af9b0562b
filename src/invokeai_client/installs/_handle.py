"""``ModelInstall`` and ``AsyncModelInstall``: an install job to follow, wait on, cancel.

The decisions live in ``_plan`` (pure); the methods are written once as flows (``_twins``) that read install
events from the client's Socket.IO stream or poll ``GET /api/v2/models/install/{id}``, run blocking on a
``ModelInstall`` and awaited on an ``AsyncModelInstall``. A handle made for a model that was
installed already (same source) has no job and is done from the start.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from .._core import AsyncCore, SyncCore
from .._flows import Flow, Sleep, next_event
from .._twins import AsyncTwin, SyncTwin, Twin, operation
from ..errors import (
    EventStreamError,
    ModelInstallCanceledError,
    ModelInstallFailedError,
    ModelInstallTimeoutError,
)
from ..types.models import InstallJob, InstallProgress, Model
from ._ops import InstallOps
from ._plan import InstallWaitPlan, Step, WaitMode
from ._progress import InstallProgressCallback, progress_callback

if TYPE_CHECKING:
    from ..events import AsyncSubscription, Subscription

logger = logging.getLogger(__name__)

DEFAULT_INSTALL_TIMEOUT = 3600.0  # 1 h: a large download on a slow line; a local file takes seconds
"""Seconds ``ModelInstall.wait`` waits by default (1 h: a large download on a slow line)."""
DUPLICATE = "DuplicateModelException"


class _InstallBase:
    def __init__(self, source: str, job: InstallJob | None, existing: Model | None, mode: WaitMode) -> None:
        self.source = source
        self._plan = InstallWaitPlan(job, mode) if job is not None else None
        self._model = existing
        self._already_installed = existing is not None

    @property
    def job_id(self) -> int | None:
        """The server's install job id (``None`` when the model was installed already and no job started)."""
        return self._plan.job.id if self._plan is not None else None

    @property
    def job(self) -> InstallJob | None:
        """The job's last record read from the server (``refresh`` and ``wait`` read it again)."""
        return self._plan.job if self._plan is not None else None

    @property
    def status(self) -> str:
        """The last known status: ``waiting``, ``downloading``, ``running``, ``completed``, ``error`` …"""
        return self.progress.status

    @property
    def progress(self) -> InstallProgress:
        """Bytes done of the total, and per downloaded file, as last known (from events or REST)."""
        if self._plan is not None:
            return self._plan.progress
        size = self._model.file_size if self._model is not None else None
        return InstallProgress(
            job_id=None, source=self.source, status="completed", bytes=size or 0, total_bytes=size or 0
        )

    @property
    def done(self) -> bool:
        """Whether the job's last record is final (completed, error or cancelled)."""
        return self._plan is None or self._plan.done

    @property
    def already_installed(self) -> bool:
        """True when the model was installed before (same source, or the server reported a duplicate)."""
        return self._already_installed

    @property
    def model(self) -> Model | None:
        """The installed model, once known (at once for an already-installed one; after ``wait``)."""
        return self._model

    @property
    def mode(self) -> WaitMode:
        """``"events"``, or ``"poll"`` (chosen, or fallen back to when the event stream ended)."""
        return self._plan.mode if self._plan is not None else "poll"

    def raise_if_failed(self) -> None:
        """Raise if the job's last record says it failed or was cancelled; otherwise do nothing.

        Raises:
            ModelInstallFailedError: the job ended in error (the server's error type, message, traceback).
            ModelInstallCanceledError: the job was cancelled.
        """
        job = self.job
        if job is None or self._model is not None:  # no job, or a duplicate resolved to the installed model
            return
        if job.status == "error":
            raise ModelInstallFailedError(job)
        if job.status == "cancelled":
            raise ModelInstallCanceledError(job)

    def _start(self, timeout: float | None) -> InstallWaitPlan:
        assert self._plan is not None
        self._plan.deadline = None if timeout is None else time.monotonic() + timeout
        return self._plan

    def _timeout(self, plan: InstallWaitPlan, timeout: float | None) -> ModelInstallTimeoutError:
        return ModelInstallTimeoutError(
            job_id=plan.job.id, source=self.source, status=plan.progress.status, timeout=timeout or 0.0
        )

    def _completed(self, job: InstallJob) -> Model:
        """The model of a completed job, or the typed error of a failed one (a duplicate is resolved apart)."""
        if job.status == "completed" and job.model is not None:
            self._model = job.model
            if not job.model.identified:  # 6.14 registers what it cannot identify instead of failing
                logger.warning(
                    "%s was installed as model %s, but the server could not tell what it is (type %r)",
                    self.source,
                    job.model.key,
                    job.model.type,
                )
            return job.model
        self.raise_if_failed()
        raise ModelInstallFailedError(job)  # completed without a model: not what the API documents

    def _adopt(self, job: InstallJob, existing: Model | None) -> Model:
        if existing is None:
            raise ModelInstallFailedError(job)
        logger.info("%s is installed already, as model %s (%s)", self.source, existing.key, existing.name)
        self._model, self._already_installed = existing, True
        return existing

    def _report(self, callback: InstallProgressCallback | None, changed: bool) -> None:
        if callback is not None and changed:
            callback(self.progress)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(job_id={self.job_id}, source={self.source!r}, status={self.status!r})"


class _InstallMethods(_InstallBase, Twin):
    """The methods of [`ModelInstall`][invokeai_client.installs.ModelInstall] and [`AsyncModelInstall`][invokeai_client.installs.AsyncModelInstall], written once as flows."""

    _resource = "install"
    _discover_first = False  # a handle of a model installed already answers without a request
    _subscription: Subscription[Any] | AsyncSubscription[Any] | None
    _ops: InstallOps

    @operation
    def refresh(self) -> Flow[InstallJob | None]:
        """Read the job from the server (one request); ``None`` when no job was started."""
        if self._plan is None:
            return None
        self._plan.on_job((yield from self._ops.job(self._plan.job.id)))
        return self._plan.job

    @operation
    def wait(
        self,
        timeout: float | None = DEFAULT_INSTALL_TIMEOUT,
        *,
        progress: bool | InstallProgressCallback = False,
    ) -> Flow[Model]:
        """Wait until the job ends; returns the installed model.

        Safe to call again after a timeout or a lost connection: waiting resumes where it was.

        Args:
            timeout: seconds to wait at most (``None``: for ever).
            progress: ``True`` draws a progress bar on stderr; a callable gets each
                [`InstallProgress`][invokeai_client.types.InstallProgress].

        Raises:
            ModelInstallFailedError: the job ended in error; it carries the server's error type
                (e.g. ``InvalidModelConfigException``), message and traceback.
            ModelInstallCanceledError: the job was cancelled.
            ModelInstallTimeoutError: not finished within ``timeout`` seconds (also a ``TimeoutError``).
            APIConnectionError: the server cannot be reached.
        """
        if self._plan is None:
            assert self._model is not None
            return self._model
        callback = progress_callback(progress)
        plan = self._start(timeout)
        self._report(callback, True)
        while not plan.done:
            yield from self._step(plan, plan.next_step(time.monotonic()), timeout, callback)
        self.close()
        return (yield from self._finish(plan.job))

    @operation
    def cancel(self) -> Flow[None]:
        """Ask the server to cancel the job (a job that has ended is left as it is)."""
        if self._plan is not None and not self._plan.done:
            yield from self._ops.cancel(self._plan.job.id)
            self._plan.check_now = True

    def close(self) -> None:
        """Stop receiving this job's events (the client's connection stays open)."""
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    def _finish(self, job: InstallJob) -> Flow[Model]:
        if job.status == "error" and job.error_reason == DUPLICATE:
            return self._adopt(job, (yield from self._ops.duplicate(job)))
        return self._completed(job)

    def _step(
        self,
        plan: InstallWaitPlan,
        step: Step,
        timeout: float | None,
        callback: InstallProgressCallback | None,
    ) -> Flow[None]:
        if step.kind == "timeout":
            raise self._timeout(plan, timeout)
        if step.kind == "event":
            if self._subscription is None:
                plan.mode = "poll"
                return
            try:
                event = yield next_event(self._subscription, step.seconds)
                self._report(callback, plan.on_event(event))
            except TimeoutError:
                plan.on_silence()
            except EventStreamError:
                logger.warning("install %s: event stream ended; polling the job instead", plan.job.id)
                self._subscription, plan.mode = None, "poll"
        elif step.kind in ("poll", "check"):
            yield Sleep(step.seconds if step.kind == "poll" else 0.0)
            self._report(callback, plan.on_job((yield from self._ops.job(plan.job.id))))


class ModelInstall(_InstallMethods, SyncTwin):
    """A model install (blocking API). Create it with ``client.models.install``."""

    def __init__(
        self,
        core: SyncCore,
        ops: InstallOps,
        source: str,
        job: InstallJob | None,
        *,
        existing: Model | None = None,
        subscription: Subscription[Any] | None = None,
    ) -> None:
        super().__init__(source, job, existing, "events" if subscription is not None else "poll")
        self._core = core
        self._ops = ops
        self._subscription = subscription

    def __enter__(self) -> ModelInstall:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncModelInstall(_InstallMethods, AsyncTwin):
    """A model install (asyncio API): the twin of [`ModelInstall`][invokeai_client.installs.ModelInstall]."""

    def __init__(
        self,
        core: AsyncCore,
        ops: InstallOps,
        source: str,
        job: InstallJob | None,
        *,
        existing: Model | None = None,
        subscription: AsyncSubscription[Any] | None = None,
    ) -> None:
        super().__init__(source, job, existing, "events" if subscription is not None else "poll")
        self._core = core
        self._ops = ops
        self._subscription = subscription

    async def __aenter__(self) -> AsyncModelInstall:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()
