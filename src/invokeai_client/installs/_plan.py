"""What to do next while waiting for a model install job: pure decisions, no I/O.

Shared by ``ModelInstall`` and ``AsyncModelInstall`` (``_handle``). The REST job record is the source of truth; install
events (sent to every client) bring progress and the end of the job sooner. With events, a silent stream is
checked against REST every ``check_every`` seconds; every end is confirmed by fetching the job once.
Polling asks for the job every half second at first, backing off to 5 s.

Also pure: reading a ``DuplicateModelException`` message to find the model the server says is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..types.events import (
    Event,
    ModelInstallCancelledEvent,
    ModelInstallCompleteEvent,
    ModelInstallDownloadProgressEvent,
    ModelInstallDownloadsCompleteEvent,
    ModelInstallDownloadStartedEvent,
    ModelInstallErrorEvent,
    ModelInstallStartedEvent,
)
from ..types.models import DownloadPart, InstallJob, InstallProgress

WaitMode = Literal["events", "poll"]
"""``"events"`` (install events over Socket.IO, the REST job as the source of truth) or ``"poll"`` (REST only)."""

INSTALL_EVENTS: tuple[type[Event], ...] = (
    ModelInstallDownloadStartedEvent,
    ModelInstallDownloadProgressEvent,
    ModelInstallDownloadsCompleteEvent,
    ModelInstallStartedEvent,
    ModelInstallCompleteEvent,
    ModelInstallCancelledEvent,
    ModelInstallErrorEvent,
)
"""The events an install handle subscribes to."""

POLL_FIRST = 0.5
POLL_MAX = 5.0
POLL_GROWTH = 1.5
EVENT_SILENCE_CHECK = 5.0


@dataclass(frozen=True, slots=True)
class Step:
    """The next action: ``event`` (wait up to ``seconds`` for one), ``poll`` (sleep ``seconds``, then read
    the job), ``check`` (read the job now), ``fetch`` (the job's record is final), or ``timeout``."""

    kind: Literal["event", "poll", "check", "fetch", "timeout"]
    seconds: float = 0.0


_EVENT_STATUS: dict[type[Event], str] = {
    ModelInstallDownloadStartedEvent: "downloading",
    ModelInstallDownloadProgressEvent: "downloading",
    ModelInstallDownloadsCompleteEvent: "downloads_done",
    ModelInstallStartedEvent: "running",
    ModelInstallCompleteEvent: "completed",
    ModelInstallCancelledEvent: "cancelled",
    ModelInstallErrorEvent: "error",
}
_FINAL = frozenset({"completed", "error", "cancelled"})


@dataclass
class InstallWaitPlan:
    """The state of the wait on one install job."""

    job: InstallJob
    mode: WaitMode
    deadline: float | None = None  # time.monotonic() value, or None to wait for ever
    progress: InstallProgress = field(init=False)
    ended: bool = False  # an event said the job ended: fetch it
    done: bool = False  # the REST record is final
    check_now: bool = False
    poll_interval: float = POLL_FIRST
    check_every: float = EVENT_SILENCE_CHECK

    def __post_init__(self) -> None:
        self.progress = progress_of(self.job)
        self.done = self.job.is_final

    def on_event(self, event: Event) -> bool:
        """Take in an install event; returns whether it was this job's and changed its progress."""
        status = _EVENT_STATUS.get(type(event))
        if status is None or getattr(event, "id", None) != self.job.id:
            return False
        if status in _FINAL:  # the end is reported once, from the job's final record (fetched next)
            self.ended = True
            return False
        before = self.progress
        if isinstance(event, ModelInstallDownloadStartedEvent | ModelInstallDownloadProgressEvent):
            parts = [_event_part(part) for part in event.parts]
            self.progress = self.progress.model_copy(
                update={
                    "status": status,
                    "bytes": event.bytes,
                    "total_bytes": event.total_bytes,
                    "parts": parts,
                }
            )
        else:
            self.progress = self.progress.model_copy(update={"status": status})
        return self.progress != before

    def on_job(self, job: InstallJob) -> bool:
        """Take in the REST record (the source of truth); returns whether the progress changed."""
        self.check_now = False
        self.job = job
        before = self.progress
        self.progress = progress_of(job)
        self.done = job.is_final
        return self.progress != before

    def on_silence(self) -> None:
        """No event arrived within ``check_every``: the next step checks REST."""
        self.check_now = True

    def next_step(self, now: float) -> Step:
        """What to do at monotonic time ``now``: ``fetch`` means the job is final (read it if ``ended``)."""
        if self.done:
            return Step("fetch")
        remaining = None if self.deadline is None else self.deadline - now
        if remaining is not None and remaining <= 0:
            return Step("timeout")
        if self.ended or self.check_now:
            return Step("check")
        if self.mode == "events":
            return Step("event", self.check_every if remaining is None else min(self.check_every, remaining))
        delay = self.poll_interval if remaining is None else min(self.poll_interval, remaining)
        self.poll_interval = min(self.poll_interval * POLL_GROWTH, POLL_MAX)
        return Step("poll", delay)


def progress_of(job: InstallJob) -> InstallProgress:
    """The progress a REST job record shows."""
    return InstallProgress(
        job_id=job.id,
        source=job.source.location,
        status=job.status,
        bytes=job.bytes,
        total_bytes=job.total_bytes,
        parts=[DownloadPart.model_validate(part.model_dump()) for part in job.download_parts],
    )


def _event_part(part: dict[str, int | str]) -> DownloadPart:
    """A download part as install events describe it (``source``, ``local_path``, ``bytes``, ``total_bytes``)."""

    def number(key: str) -> int:
        value = part.get(key)
        return value if isinstance(value, int) else 0

    local = part.get("local_path")
    return DownloadPart(
        source=str(part.get("source", "")),
        download_path=local if isinstance(local, str) else None,
        status="running",
        bytes=number("bytes"),
        total_bytes=number("total_bytes"),
    )


@dataclass(frozen=True, slots=True)
class DuplicateOf:
    """The installed model a ``DuplicateModelException`` names: by ``path`` (its record's path ends with
    it) or by ``name``, ``base`` and ``type``."""

    path: str | None = None
    name: str | None = None
    base: str | None = None
    type: str | None = None


# The messages of InvokeAI 6.8's DuplicateModelException (model_install_default, model_records_sql).
_NAMED_AT = re.compile(r"^A model named .+ is already installed at (?P<path>.+)$")
_WITH_PATH = re.compile(r"^A model with path '(?P<path>.+)' is already installed$")
_WITH_ATTRS = re.compile(
    r"^A model with name='(?P<name>.*)', type='(?P<type>[^']*)', base='(?P<base>[^']*)' is already installed$"
)


def duplicate_of(message: str | None) -> DuplicateOf | None:
    """Which installed model a duplicate-model error names, or ``None`` when the message is not understood."""
    text = (message or "").strip()
    for pattern in (_NAMED_AT, _WITH_PATH):
        match = pattern.match(text)
        if match:
            return DuplicateOf(path=match.group("path"))
    match = _WITH_ATTRS.match(text)
    if match:
        return DuplicateOf(name=match.group("name"), base=match.group("base"), type=match.group("type"))
    return None


def same_path(record_path: str | None, wanted: str) -> bool:
    """Whether a model record's path (absolute, or relative to the models folder) is ``wanted`` (absolute)."""
    if not record_path:
        return False
    record = record_path.replace("\\", "/").rstrip("/")
    target = wanted.replace("\\", "/").rstrip("/")
    return record == target or target.endswith("/" + record.lstrip("/"))
