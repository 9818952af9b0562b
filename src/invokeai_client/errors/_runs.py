"""Errors of durable runs (a run journal in an output folder, a pool of servers)."""

from __future__ import annotations

from ._base import InvokeAIError


class RunError(InvokeAIError):
    """A durable run cannot go on: its journal is missing or unreadable, or no server can take its work."""


class RunMismatchError(RunError):
    """The output folder holds the journal of another run (another workflow, other values, rows or
    options): resume it as it was, start over with ``restart``, or use another folder."""


class RunLockedError(RunError):
    """Another process is running this run (it holds the folder's lock)."""


class RunTimeoutError(RunError, TimeoutError):
    """The run ran out of time with sessions unfinished; resuming it goes on where it stopped."""
