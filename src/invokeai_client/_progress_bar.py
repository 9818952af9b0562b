"""The one progress bar of the SDK, drawn for jobs, durable runs, model installs and the CLI alike.

How it draws is chosen when a bar is made: on a rich ``Console`` when the caller passes one (rich is then the
caller's; it is not a dependency), as an HTML line redrawn in place in a Jupyter kernel (through IPython's
display handle, no ipywidgets needed), and otherwise as one line of text on a stream (stderr by default):
redrawn in place on a terminal, a new line per tenth of the way elsewhere, so a log stays short. The library
never draws unless asked (``progress=True``, or a bar passed in).
"""

from __future__ import annotations

import html
import importlib
import shutil
import sys
import time
from typing import Any, Literal, Protocol, TextIO

Units = Literal["fraction", "bytes"]
WIDTH = 24  # characters of the text bar between its brackets


class Bar(Protocol):
    """What draws: ``show`` each change (the first call starts), ``close`` at the end."""

    def show(self, completed: float, total: float | None, description: str) -> None: ...

    def close(self) -> None: ...


def make_bar(
    units: Units = "fraction", *, console: Any = None, stream: TextIO | None = None, transient: bool = False
) -> Bar:
    """A bar for ``units`` (``"fraction"``: a percentage; ``"bytes"``: bytes of the total and the rate) on
    ``console`` (rich), in the notebook this runs in, or on ``stream`` (default: stderr)."""
    if console is not None:
        return RichBar(units, console, transient)
    if stream is None and in_notebook():
        return NotebookLine(transient)
    return TextBar(units, stream, transient)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def _size(count: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    raise AssertionError("unreachable")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


class TextBar:
    """``[#####-----]  45% 0:00:12 item 2/6: …`` on a text stream."""

    def __init__(self, units: Units, stream: TextIO | None, transient: bool) -> None:
        self._units = units
        self._stream = stream
        self._transient = transient
        self._started: float | None = None
        self._line = ""  # the state drawn last
        self._written = ""  # the last line written (not on a terminal)
        self._tenth: int | None = None

    def _out(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stderr  # read late: tests swap stderr

    def _render(self, completed: float, total: float | None, description: str) -> str:
        elapsed = time.monotonic() - (self._started or time.monotonic())
        fraction = min(1.0, max(0.0, completed / total)) if total else None
        filled = round(fraction * WIDTH) if fraction is not None else 0
        bar = "[" + "#" * filled + "-" * (WIDTH - filled) + "]"
        if self._units == "bytes":
            rate = completed / elapsed if elapsed > 0 else 0.0
            amount = f"{_size(completed)}/{_size(total) if total else '?'} {_size(rate)}/s"
        else:
            amount = f"{fraction:4.0%}" if fraction is not None else "   ?"
        return f"{bar} {amount} {_clock(elapsed)} {description}"

    def show(self, completed: float, total: float | None, description: str) -> None:
        if self._started is None:
            self._started = time.monotonic()
        line = self._render(completed, total, description)
        out = self._out()
        if _is_terminal(out):
            line = line[: shutil.get_terminal_size().columns - 1]
            out.write("\r" + line + " " * max(0, len(self._line) - len(line)))
            out.flush()
        else:
            tenth = int(10 * min(1.0, completed / total)) if total else -1
            if tenth != self._tenth:
                out.write(line + "\n")
                out.flush()
                self._tenth, self._written = tenth, line
        self._line = line

    def close(self) -> None:
        if self._started is None:
            return
        out = self._out()
        if _is_terminal(out):
            out.write("\r" + " " * len(self._line) + "\r" if self._transient else "\n")
            out.flush()
        elif self._line != self._written and not self._transient:
            out.write(self._line + "\n")  # the final state, when it fell inside a tenth already written
            out.flush()
        self._started, self._line, self._written, self._tenth = None, "", "", None


class RichBar:
    """One task on a rich ``Progress`` drawn on the caller's ``Console``."""

    def __init__(self, units: Units, console: Any, transient: bool) -> None:
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
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task(description, total=total)
        self._progress.update(self._task, completed=completed, total=total, description=description)

    def close(self) -> None:
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
