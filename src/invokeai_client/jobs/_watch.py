"""What one ``wait`` reports to: the caller's callbacks and an optional progress bar (``_progress_bar``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from .._progress_bar import make_bar
from ..types.events import Event
from ._job_progress import JobProgress

EventCallback = Callable[[Event], object]
"""Called with each event of the job's subscription (``InvocationStartedEvent`` …), in arrival order."""
ProgressCallback = Callable[[JobProgress], object]
"""Called with the job's [`JobProgress`][invokeai_client.jobs.JobProgress] whenever it changes."""

_STEPS = 1000  # the bar's resolution


class ProgressBar:
    """A progress bar showing a job's [`JobProgress`][invokeai_client.jobs.JobProgress]: one line on stderr
    (redrawn in place on a terminal), an HTML line in a notebook.

    Args:
        stream: where to write (default: standard error).
        console: a ``rich.console.Console`` to draw on instead (rich is yours: not a dependency).
        transient: remove the bar when done.
    """

    def __init__(self, stream: TextIO | None = None, *, console: Any = None, transient: bool = False) -> None:
        self._bar = make_bar("fraction", console=console, stream=stream, transient=transient)

    def update(self, state: JobProgress) -> None:
        """Show ``state`` (the first call draws the bar)."""
        self._bar.show(round(state.fraction * _STEPS), _STEPS, state.describe())

    def close(self) -> None:
        """Stop drawing (the bar's last state stays unless ``transient``)."""
        self._bar.close()


class Watch:
    """The callbacks and bar of one wait. ``notify`` returns what the callbacks returned (an async
    job awaits the awaitables among them)."""

    def __init__(
        self, on_event: EventCallback | None, on_progress: ProgressCallback | None, bar: bool
    ) -> None:
        self._on_event = on_event
        self._on_progress = on_progress
        self._bar = ProgressBar() if bar else None
        self._last: JobProgress | None = None

    def notify(self, event: Event | None, state: JobProgress) -> list[object]:
        """Report an event (if any) and the progress after it (if it changed)."""
        results = [self._on_event(event)] if event is not None and self._on_event is not None else []
        if state != self._last:
            self._last = state
            if self._bar is not None:
                self._bar.update(state)
            if self._on_progress is not None:
                results.append(self._on_progress(state))
        return results

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
