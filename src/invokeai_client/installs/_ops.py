"""What an install handle needs from the models API, as flows: the resource layer gives a handle an
implementation (``resources._model_installs``), so this package imports nothing of the resources."""

from __future__ import annotations

from typing import Protocol

from .._flows import Flow
from ..types.models import InstallJob, Model


class InstallOps(Protocol):
    """The model-install operations of one handle."""

    def job(self, job_id: int) -> Flow[InstallJob]:
        """The install job as the server has it now."""
        ...

    def cancel(self, job_id: int) -> Flow[None]:
        """Cancel the job (``NotFoundError`` when there is no such job)."""
        ...

    def duplicate(self, job: InstallJob) -> Flow[Model | None]:
        """The installed model a job that failed as a duplicate names, if it can be found."""
        ...
