"""Durable batch jobs: a run's plan and progress journaled in its output folder, resumable after anything,
dealt across one server or several (``Run``, ``AsyncRun``)."""

from .._constants import RESULTS
from ._engine import RunProgress, ServerCounts
from ._results import RunStatus, RunSummary
from ._run import DEFAULT_PATIENCE, AsyncRun, Run

__all__ = [
    "DEFAULT_PATIENCE",
    "RESULTS",
    "AsyncRun",
    "Run",
    "RunProgress",
    "RunStatus",
    "RunSummary",
    "ServerCounts",
]
