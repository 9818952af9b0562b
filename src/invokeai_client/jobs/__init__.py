"""Submitted batches: wait on them (events or polling), cancel them, read their items and images."""

from ._job import DEFAULT_WAIT_TIMEOUT, AsyncJob, Job
from ._plan import WaitMode

__all__ = ["DEFAULT_WAIT_TIMEOUT", "AsyncJob", "Job", "WaitMode"]
