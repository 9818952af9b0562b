"""Errors of model installs: a source the server cannot use, a job that failed, was canceled or ran out
of time."""

from __future__ import annotations

from typing import Any

from ._base import InvokeAIError


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
