"""Errors of running things on the server: image transfers, output mapping, the event stream, queued jobs
and model installs. Part of the tree drawn in :mod:`._errors`, which re-exports them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._errors_base import InvokeAIError

__all__ = [
    "BulkDownloadTimeoutError",
    "EnqueueUnconfirmedError",
    "EventStreamError",
    "ImageError",
    "InvalidImageError",
    "JobCanceledError",
    "JobError",
    "JobFailedError",
    "JobItemsMissingError",
    "JobTimeoutError",
    "ModelInstallCanceledError",
    "ModelInstallError",
    "ModelInstallFailedError",
    "ModelInstallTimeoutError",
    "ModelSourceError",
    "OutputFolderError",
    "OutputMappingError",
]


class ImageError(InvokeAIError):
    """An image upload or download could not be done: bad data, an unwritable folder, a zip never made."""


class InvalidImageError(ImageError, ValueError):
    """The data given for an upload is not an image (raised before any request). ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source} is not an image: {reason}")
        self.source = source
        self.reason = reason


class InvalidVideoError(ImageError, ValueError):
    """The data given for a video upload is not an MP4, MOV or WebM file (raised before any request)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source} is not a video: {reason}")
        self.source = source
        self.reason = reason


class OutputFolderError(ImageError, OSError):
    """A download folder cannot be created or written; raised before anything is downloaded."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(f"cannot write to the folder {folder!r}: {reason}")
        self.folder = folder
        self.reason = reason

    def __str__(self) -> str:  # OSError's own __str__ expects errno/strerror
        return str(self.args[0])


class BulkDownloadTimeoutError(ImageError, TimeoutError):
    """The server had not made the zip of a bulk download within the time allowed.

    Attributes:
        item_name: the bulk download's name (the zip may still appear later; it can be fetched once).
        waited: seconds waited.
    """

    def __init__(self, item_name: str, waited: float) -> None:
        super().__init__(
            f"the bulk download {item_name!r} was not ready after {waited:.1f} s (the server never makes it "
            "when none of the images exist)"
        )
        self.item_name = item_name
        self.waited = waited

    def __str__(self) -> str:
        return str(self.args[0])


class OutputMappingError(InvokeAIError, ValueError):
    """A session or event given to the output mapping does not have the shape the server documents."""


class EventStreamError(InvokeAIError):
    """The Socket.IO event stream failed: it could not connect or join the queue room, or it is closed.

    Errors of python-socketio are translated here, chained ``from`` the original.
    """


class JobError(InvokeAIError):
    """A submitted batch did not end as hoped. ``items`` holds every item fetched, so results are not lost."""


class _ItemEndedError(JobError):
    verb = "ended"

    def __init__(self, item: Any, *, items: Sequence[Any] = ()) -> None:
        self.item = item
        self.item_id: int = item.item_id
        self.batch_id: str = item.batch_id
        self.items = list(items)
        super().__init__(self._describe(item))

    def _describe(self, item: Any) -> str:
        return f"queue item {item.item_id} (batch {item.batch_id}) {self.verb}"


class JobFailedError(_ItemEndedError):
    """A queue item failed. ``error_type``, ``error_message`` and ``error_traceback`` are the server's."""

    verb = "failed"

    def __init__(self, item: Any, *, items: Sequence[Any] = ()) -> None:
        self.error_type: str | None = item.error_type
        self.error_message: str | None = item.error_message
        self.error_traceback: str | None = item.error_traceback
        super().__init__(item, items=items)

    def _describe(self, item: Any) -> str:
        return f"{super()._describe(item)}: {item.error_type}: {item.error_message}"


class JobCanceledError(_ItemEndedError):
    """A queue item was canceled."""

    verb = "was canceled"


class JobTimeoutError(JobError, TimeoutError):
    """The wait ran out with items unfinished; wait again on the same job to go on waiting."""

    def __init__(self, *, batch_id: str, item_ids: Sequence[int], timeout: float) -> None:
        super().__init__(f"batch {batch_id}: item(s) {list(item_ids)} not finished within {timeout:g} s")
        self.batch_id = batch_id
        self.item_ids = list(item_ids)
        self.timeout = timeout


class JobItemsMissingError(JobError):
    """Items of the batch are no longer on the server (deleted, or the queue was cleared, by someone else).

    Attributes:
        batch_id: the batch.
        item_ids: the items the server no longer has.
        items: the items it still has.
    """

    def __init__(self, *, batch_id: str, item_ids: Sequence[int], items: Sequence[Any]) -> None:
        super().__init__(
            f"batch {batch_id}: item(s) {list(item_ids)} are no longer on the server (deleted, or the queue "
            "was cleared)"
        )
        self.batch_id = batch_id
        self.item_ids = list(item_ids)
        self.items = list(items)


class EnqueueUnconfirmedError(JobError):
    """An enqueue ended without a readable answer, and the server could not confirm within the reconcile
    window whether the batch landed. It was not sent again: resending could double it.

    Check later with ``client.queue.batch_status(batch_id)`` (``total`` 0: it did not land), or cancel it
    with ``client.queue.cancel_batches([batch_id])``.

    Attributes:
        batch_id: the batch id the client chose for the enqueue.
        reason: what happened to the enqueue (the chained exception has the details).
    """

    def __init__(self, *, batch_id: str, reason: str) -> None:
        super().__init__(
            f"the enqueue of batch {batch_id} was not confirmed ({reason}); it was not sent again, since "
            f"it may have landed: check client.queue.batch_status({batch_id!r})"
        )
        self.batch_id = batch_id
        self.reason = reason


class ModelInstallError(InvokeAIError):
    """A model install could not start, or its job did not end with an installed model."""


class ModelSourceError(ModelInstallError):
    """The server refused the source before starting a job: no such file or folder on the server, a source
    it cannot read (e.g. a Hugging Face repo id while offline), or an unsupported one. No job was created.

    Attributes:
        source: the source as given.
        kind: ``"path"``, ``"hf"`` or ``"url"``: what the source looks like.
        status_code, detail: the server's answer (the chained ``APIStatusError`` has the rest).
    """

    def __init__(self, message: str, *, source: str, kind: str, status_code: int, detail: Any) -> None:
        super().__init__(message)
        self.source = source
        self.kind = kind
        self.status_code = status_code
        self.detail = detail


class _InstallEndedError(ModelInstallError):
    verb = "ended"

    def __init__(self, job: Any) -> None:
        self.job = job
        self.job_id: int = job.id
        self.source: str = job.source.location
        super().__init__(self._describe(job))

    def _describe(self, job: Any) -> str:
        return f"model install job {job.id} ({job.source.location}) {self.verb}"


class ModelInstallFailedError(_InstallEndedError):
    """The install job ended in error. ``error_type`` (e.g. ``InvalidModelConfigException``),
    ``error_message`` and ``error_traceback`` are the server's; ``job`` is the job's last record."""

    verb = "failed"

    def __init__(self, job: Any) -> None:
        self.error_type: str | None = job.error_reason
        self.error_message: str | None = job.error
        self.error_traceback: str | None = job.error_traceback
        super().__init__(job)

    def _describe(self, job: Any) -> str:
        return f"{super()._describe(job)}: {job.error_reason}: {job.error}"


class ModelInstallCanceledError(_InstallEndedError):
    """The install job was cancelled."""

    verb = "was cancelled"


class ModelInstallTimeoutError(ModelInstallError, TimeoutError):
    """The wait ran out with the job unfinished; wait again on the same handle to go on waiting."""

    def __init__(self, *, job_id: int, source: str, status: str, timeout: float) -> None:
        super().__init__(f"model install job {job_id} ({source}) still {status} after {timeout:g} s")
        self.job_id = job_id
        self.source = source
        self.status = status
        self.timeout = timeout
