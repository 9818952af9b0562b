"""Steps a flow may yield besides HTTP requests, so that a stateful loop (waiting on a job or an install) is
written once, as a flow, and driven by the sync and the async core alike (``_core``).

- :class:`Sleep`: wait ``seconds`` (``time.sleep`` / ``asyncio.sleep``); the flow gets ``None``.
- :class:`NextEvent`: the next event of a subscription within ``timeout``; the flow gets the event, or the
  ``TimeoutError`` / ``EventStreamError`` thrown in.
- :class:`Settle`: the results of a wait's callbacks; the async core awaits those that are awaitables.
- :class:`Emit`: hand a value to the caller of an iterating method (``as_completed``); the flow gets
  ``None`` when the caller asks for the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


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
class Emit:
    value: Any


Effect = Sleep | NextEvent | Settle | Emit
EFFECTS = (Sleep, NextEvent, Settle, Emit)
