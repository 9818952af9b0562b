"""A plain-text progress bar for model installs, for callers who ask for one (the library never prints)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TextIO

from ..types.models import FINAL_INSTALL_STATUSES, InstallProgress

InstallProgressCallback = Callable[[InstallProgress], object]
"""Called with an install's progress each time it changes (on the waiting thread, or the event loop)."""


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def render(progress: InstallProgress, width: int = 30) -> str:
    """One line: a bar (``?`` while the size is unknown), the percentage, the bytes, the status, the source."""
    fraction = progress.fraction
    if fraction is None:
        bar, percent = "?" * width, "  ?%"
    else:
        filled = round(fraction * width)
        bar, percent = "#" * filled + "." * (width - filled), f"{fraction * 100:3.0f}%"
    sizes = f"  {_size(progress.bytes)} / {_size(progress.total_bytes)}" if progress.total_bytes else ""
    return f"[{bar}] {percent}{sizes}  {progress.status}  {progress.source}"


class InstallProgressBar:
    """Draws an install's progress on one terminal line; pass it (or ``progress=True``) to ``wait``.

    Args:
        stream: where to write (default: standard error, looked up at each write).
        width: the bar's width in characters.
    """

    def __init__(self, stream: TextIO | None = None, *, width: int = 30) -> None:
        self._stream = stream
        self._width = width
        self._last = ""
        self._lock = threading.Lock()

    def __call__(self, progress: InstallProgress) -> None:
        line = render(progress, self._width)
        final = progress.status in FINAL_INSTALL_STATUSES
        with self._lock:
            if line == self._last and not final:
                return
            stream = self._stream or sys.stderr
            padding = " " * max(len(self._last) - len(line), 0)
            stream.write("\r" + line + padding + ("\n" if final else ""))
            stream.flush()
            self._last = "" if final else line


def progress_callback(progress: bool | InstallProgressCallback | None) -> InstallProgressCallback | None:
    """``True``: an :class:`InstallProgressBar` on standard error; a callable: itself; else none."""
    if progress is True:
        return InstallProgressBar()
    if progress is False or progress is None:
        return None
    return progress
