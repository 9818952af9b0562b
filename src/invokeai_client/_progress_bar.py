"""The one progress bar of the SDK (rich), drawn for jobs, model installs and the CLI alike.

rich is imported only when a bar is made, so ``import invokeai_client`` stays fast. The library never
draws unless asked (``progress=True``, or a bar passed in). In a Jupyter kernel the bar is an HTML
``<progress>`` line updated in place through IPython's display handle: rich's live display there needs
ipywidgets, which a plain Jupyter install lacks.
"""

from __future__ import annotations

import html
import importlib
import sys
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

        self._notebook = (
            NotebookLine(transient) if console is None and stream is None and in_notebook() else None
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
        if self._notebook is not None:
            self._notebook.show(completed, total, description)
            return
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task(description, total=total)
        self._progress.update(self._task, completed=completed, total=total, description=description)

    def close(self) -> None:
        """Stop drawing (the bar's last state stays unless ``transient``); a later ``show`` starts again."""
        if self._notebook is not None:
            self._notebook.close()
        if self._task is not None:
            self._progress.stop()
            self._progress.remove_task(self._task)
            self._task = None


def in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (IPython's ZMQ shell), where a terminal bar cannot draw."""
    ipython = sys.modules.get("IPython")  # never imported here: a kernel has imported it already
    shell = ipython.get_ipython() if ipython is not None else None
    return type(shell).__name__ == "ZMQInteractiveShell"


class NotebookLine:
    """A ``<progress>`` bar and its text in a notebook cell's output, redrawn in place."""

    def __init__(self, transient: bool) -> None:
        self._transient = transient
        self._handle: Any = None

    def show(self, completed: float, total: float | None, description: str) -> None:
        shown = importlib.import_module("IPython.display")  # untyped: used as Any
        done = f" value='{completed}' max='{total}'" if total else ""
        page = shown.HTML(f"<progress{done}></progress> <code>{html.escape(description)}</code>")
        if self._handle is None:
            self._handle = shown.display(page, display_id=True)
        else:
            self._handle.update(page)

    def close(self) -> None:
        if self._handle is not None and self._transient:
            self._handle.update(importlib.import_module("IPython.display").HTML(""))
        self._handle = None
