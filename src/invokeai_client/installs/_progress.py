"""The progress bar of a model install, for callers who ask for one (the library never prints)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from .._progress_bar import make_bar
from ..types.models import FINAL_INSTALL_STATUSES, InstallProgress

InstallProgressCallback = Callable[[InstallProgress], object]
"""Called with an install's progress each time it changes (on the waiting thread, or the event loop)."""


def describe(progress: InstallProgress) -> str:
    """The text beside the bar: the status and the source."""
    return f"{progress.status}  {progress.source}"


class InstallProgressBar:
    """Draws an install's progress (bytes done of the total, the rate) with the SDK's bar; pass it
    (or ``progress=True``) to ``wait``. The bar ends when the install does.

    Args:
        stream: where to write (default: standard error).
        console: a ``rich.console.Console`` to draw on instead (rich is yours: not a dependency).
        transient: remove the bar when done.
    """

    def __init__(self, stream: TextIO | None = None, *, console: Any = None, transient: bool = False) -> None:
        self._bar = make_bar("bytes", console=console, stream=stream, transient=transient)

    def __call__(self, progress: InstallProgress) -> None:
        total = progress.total_bytes or None  # 0: the size is not known yet
        self._bar.show(progress.bytes, total, describe(progress))
        if progress.status in FINAL_INSTALL_STATUSES:
            self._bar.close()


def progress_callback(progress: bool | InstallProgressCallback | None) -> InstallProgressCallback | None:
    """``True``: an [`InstallProgressBar`][invokeai_client.installs.InstallProgressBar] on standard error; a callable: itself; else none."""
    if progress is True:
        return InstallProgressBar()
    if progress is False or progress is None:
        return None
    return progress
