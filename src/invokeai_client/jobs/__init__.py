"""Submitted batches: wait on them (events or polling) with progress, cancel them, read and save their images."""

from .._constants import DEFAULT_WAIT_TIMEOUT
from ._base import WaitMode
from ._job import AsyncJob, Job
from ._job_progress import JobProgress, NodeProgress
from ._watch import EventCallback, ProgressBar, ProgressCallback

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "AsyncJob",
    "EventCallback",
    "Job",
    "JobProgress",
    "NodeProgress",
    "ProgressBar",
    "ProgressCallback",
    "WaitMode",
]
