"""Steps a flow may yield besides HTTP requests, so that a stateful loop (waiting on a job or an install, a
socket's connect, a download) is written once, as a flow, and driven by the sync and the async core alike
(``_drive``).

- :class:`Sleep`: wait ``seconds`` (``time.sleep`` / ``asyncio.sleep``); the flow gets ``None``.
- :class:`NextEvent`: the next event of a subscription within ``timeout``; the flow gets the event, or the
  ``TimeoutError`` / ``EventStreamError`` thrown in.
- :class:`Settle`: the results of a wait's callbacks; the async core awaits those that are awaitables.
- :class:`Perform`: call ``action()``, awaiting what it returns on the async core if that is awaitable (a
  socket's ``connect``, a lock's ``acquire``); the flow gets its result, or the exception thrown in.
- :class:`SaveTo`: stream a response's body into ``target`` (complete, or not at all); the flow gets the path.
- :class:`Together`: drive several flows at once, at most ``limit`` at a time (threads, or tasks); the flow
  gets their results in order, or the first error (the others not yet started are dropped).
- :class:`Emit`: hand a value to the caller of an iterating method (``as_completed``); the flow gets
  ``None`` when the caller asks for the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ._flows import Request

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class NextEvent:
    source: Any  # a Subscription (sync core) or an AsyncSubscription (async core)
    timeout: float | None


@dataclass(frozen=True, slots=True)
class Settle:
    results: Sequence[object]


@dataclass(frozen=True, slots=True)
class Perform:
    action: Callable[[], Any]


@dataclass(frozen=True, slots=True)
class SaveTo:
    request: Request
    target: Path
    verify: Callable[[Path, str], None] | None = None  # checks the complete file (its temp path, its URL)
    replace: bool = False  # replace a file of that name


@dataclass(frozen=True, slots=True)
class Together:
    flows: Sequence[Generator[Any, Any, Any]]
    limit: int
    # Called when the caller is interrupted (Ctrl-C) or one flow fails: tells flows that loop to stop,
    # since a thread cannot be stopped from outside (tasks are canceled).
    on_abort: Callable[[], None] | None = None


@dataclass(frozen=True, slots=True)
class Emit:
    value: Any


Effect = Sleep | NextEvent | Settle | Perform | SaveTo | Together | Emit
Step = Request | Effect
Task = Generator[Step, Any, T]
"""A flow that may also sleep, wait for events, call a socket, save files, or hand out values."""


def advance(flow: Generator[Any, Any, Any], outcome: Any) -> Any:
    """Hand a flow the outcome of its last step (an exception is thrown in); returns its next step (or raises
    StopIteration)."""
    if isinstance(outcome, BaseException):
        return flow.throw(outcome)
    return flow.send(outcome)
