"""What one ``wait`` reports to: the caller's callbacks and an optional progress bar (rich, imported here
only when a bar is asked for, so ``import invokeai_client`` stays fast)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

from ..types.events import Event
from ._job_progress import JobProgress

EventCallback = Callable[[Event], object]
"""Called with each event of the job's subscription (``InvocationStartedEvent`` …), in arrival order."""
ProgressCallback = Callable[[JobProgress], object]
"""Called with the job's :class:`JobProgress` whenever it changes."""

_STEPS = 1000  # the bar's resolution


class ProgressBar:
    """A rich progress bar on stderr showing a job's :class:`JobProgress`.

    Args:
        console: a ``rich.console.Console`` to draw on (default: a new one on stderr).
        transient: remove the bar when done.
    """

    def __init__(self, *, console: Any = None, transient: bool = False) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}", markup=False),
            console=console if console is not None else Console(stderr=True),
            transient=transient,
        )
        self._task: Any = None

    def update(self, state: JobProgress) -> None:
        """Show ``state`` (the first call draws the bar)."""
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task(state.describe(), total=_STEPS)
        self._progress.update(
            self._task, completed=round(state.fraction * _STEPS), description=state.describe()
        )

    def close(self) -> None:
        """Stop drawing (the bar's last state stays unless ``transient``)."""
        if self._task is not None:
            self._progress.stop()
            self._task = None


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


async def settle(results: Sequence[object]) -> None:
    """Await the awaitables an async job's callbacks returned, in order."""
    for result in results:
        if inspect.isawaitable(result):
            await result
