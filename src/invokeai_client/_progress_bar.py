"""The one progress bar of the SDK (rich), drawn for jobs, model installs and the CLI alike.

rich is imported only when a bar is made, so ``import invokeai_client`` stays fast. The library never
draws unless asked (``progress=True``, or a bar passed in).
"""

from __future__ import annotations

from typing import Any, Literal, TextIO

Units = Literal["fraction", "bytes"]


class RichBar:
    """One task on a rich ``Progress``, on stderr unless told otherwise.

    Args:
        units: ``"fraction"`` (a percentage and the time elapsed) or ``"bytes"`` (bytes done of the total,
            and the rate).
        console: a ``rich.console.Console`` to draw on; else one on ``stream`` (default: stderr).
        transient: remove the bar when done.
    """

    def __init__(
        self,
        units: Units = "fraction",
        *,
        console: Any = None,
        stream: TextIO | None = None,
        transient: bool = False,
    ) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TransferSpeedColumn,
        )

        amounts = (DownloadColumn(), TransferSpeedColumn()) if units == "bytes" else (TaskProgressColumn(),)
        if console is None:
            console = Console(file=stream) if stream is not None else Console(stderr=True)
        self._progress = Progress(
            BarColumn(),
            *amounts,
            TimeElapsedColumn(),
            TextColumn("{task.description}", markup=False),
            console=console,
            transient=transient,
        )
        self._task: Any = None

    def show(self, completed: float, total: float | None, description: str) -> None:
        """Draw ``completed`` of ``total`` (``None``: not known yet, the bar pulses); the first call starts."""
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task(description, total=total)
        self._progress.update(self._task, completed=completed, total=total, description=description)

    def close(self) -> None:
        """Stop drawing (the bar's last state stays unless ``transient``); a later ``show`` starts again."""
        if self._task is not None:
            self._progress.stop()
            self._progress.remove_task(self._task)
            self._task = None
