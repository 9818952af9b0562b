"""What a flow is made of: every method of the facade is written once as a *flow*, a generator that yields
the steps it wants done and receives their outcomes; a sync and an async driver do them (``_drive``).

The steps:

- a request: a `Call` of a generated operation by name (built when it is sent, with the package of
  the connected server's version) or a plain spec (``{"method", "url", …}``); the flow gets the
  ``httpx.Response``;
- `Sleep`: wait ``seconds`` (``time.sleep`` / ``asyncio.sleep``); the flow gets ``None``;
- `Perform`: call ``action()``, awaiting what it returns on the async driver when that is awaitable
  (a socket's ``connect``, a subscription's next event, a callback's result); the flow gets the result;
- `SaveTo`: stream a response's body into ``target`` (complete, or not at all); the flow gets the path;
- `Together`: drive several flows at once, at most ``limit`` at a time (threads, or tasks); the flow
  gets their results in order, or the first error (the others not yet started are dropped);
- `Emit`: hand a value to the caller of an iterating method (``as_completed``); the flow gets
  ``None`` when the caller asks for the next one.

Any error a step ends with (a typed ``APIError`` for a request, the exception of an action) is thrown into
the flow at that ``yield``, so the flow can react (retry, fall back to polling) or let it propagate.
A flow reuses another by ``yield from`` it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")
RequestSpec = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Call:
    """A request for a generated operation, by name (``"boards.list_boards"``), built when it is sent.

    ``args``/``kwargs`` go to the operation's ``_get_kwargs``; ``headers`` are added to what it builds;
    ``once`` marks a request the transport must never resend (it creates something); ``idempotent`` one it
    may resend whatever its method (a read sent as POST, such as ``items_by_ids``); ``timeout`` bounds this
    request below the client's own timeout (what is left of a wait's deadline).
    """

    endpoint: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    once: bool = False
    idempotent: bool = False
    timeout: float | None = None

    def sent_once(self) -> Call:
        return replace(self, once=True)

    def as_read(self) -> Call:
        """This request marked safe to resend (it changes nothing on the server)."""
        return replace(self, idempotent=True)

    def within(self, seconds: float | None) -> Call:
        """This request bounded to ``seconds`` (``None``: the client's own timeout)."""
        return replace(self, timeout=seconds)


Request = RequestSpec | Call


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


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
class Emit(Generic[T]):
    value: T


Effect = Sleep | Perform | SaveTo | Together
Step = Request | Effect
Flow = Generator[Step | Emit[Any], Any, T]
"""A flow: it yields steps and returns a ``T`` (see the module)."""
Iteration = Generator[Step | Emit[T], Any, None]
"""A flow that hands out ``T`` values (`Emit`) to the caller of an iterating method."""


def next_event(source: Any, timeout: float | None) -> Perform:
    """The step that gets the next event of a subscription (a ``Subscription`` on the sync driver, an
    ``AsyncSubscription`` on the async one) within ``timeout``: the event, or ``TimeoutError`` /
    ``EventStreamError`` thrown in."""
    return Perform(lambda: source.get(timeout=timeout))


def settle(results: Sequence[object]) -> Flow[None]:
    """Await what callbacks returned, where that is awaitable (an async job's ``on_event``): no step at all
    when nothing is."""
    pending = [result for result in results if inspect.isawaitable(result)]
    if pending:
        yield Perform(lambda: _all(pending))


async def _all(pending: Sequence[Any]) -> None:
    for awaitable in pending:
        await awaitable
