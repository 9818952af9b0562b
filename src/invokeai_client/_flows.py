"""What a flow is and how it is driven: every method of the facade is written once as a *flow*, a generator
that yields the steps it wants done and receives their outcomes; a sync and an async driver do them.

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

Timing: a loop that tries again waits as a `Backoff` says; `within_deadline` bounds every request of a
flow by what is left of a deadline (`seconds_left`).

Any error a step ends with (a typed ``APIError`` for a request, the exception of an action) is thrown into
the flow at that ``yield``, so the flow can react (retry, fall back to polling) or let it propagate.
A flow reuses another by ``yield from`` it.

The drivers: the loop is one coroutine (``Driver._drive``); each step is performed by a primitive of the
backend (``_sleep``, ``_perform``, ``_together``, ``_request``, ``_save``). An `AsyncDriver`'s primitives
await; a `SyncDriver`'s block and never suspend, so its coroutines finish on their first step and ``run``
simply steps them (`blocking`). The twins of the whole facade thus share the loop and differ only in the
primitives that do I/O (here and in ``_core``). A driver alone sends no request (it runs the event
stream's methods); ``SyncCore`` and ``AsyncCore`` add HTTP.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from .errors import APIError, UnsupportedByServerError

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


# ---- the drivers ---------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------- timing


@dataclass
class Backoff:
    """Delays that double from ``first`` up to ``most`` seconds; `reset` starts over."""

    first: float = 0.5
    most: float = 5.0
    _next: float = 0.0

    def __post_init__(self) -> None:
        self._next = self.first

    def delay(self, left: float | None = None) -> float:
        """The next delay (never beyond ``left`` seconds, when a deadline is near), then double it."""
        delay = self._next if left is None else max(min(self._next, left), 0.0)
        self._next = min(self._next * 2, self.most)
        return delay

    def reset(self) -> None:
        self._next = self.first


def seconds_left(deadline: float | None) -> float | None:
    """What is left until ``deadline`` (a ``time.monotonic()`` value; ``None``: no deadline)."""
    return None if deadline is None else deadline - time.monotonic()


def within_deadline(flow: Flow[T], deadline: Callable[[], float | None]) -> Flow[T]:
    """``flow`` with each request bounded by what is left until ``deadline()``, and sent once: the caller
    tries again itself, so that transport retries cannot carry it past the deadline."""
    with closing(flow):
        try:
            request: Any = next(flow)
            while True:
                if isinstance(request, Call):
                    request = request.within(seconds_left(deadline())).sent_once()
                try:
                    response = yield request
                except APIError as exc:
                    request = flow.throw(exc)
                else:
                    request = flow.send(response)
        except StopIteration as stop:
            result: T = stop.value
            return result


def advance(flow: Generator[Any, Any, Any], outcome: Any) -> Any:
    """Hand a flow the outcome of its last step (an exception is thrown in); returns its next step (or raises
    StopIteration)."""
    if isinstance(outcome, BaseException):
        return flow.throw(outcome)
    return flow.send(outcome)


def blocking(coroutine: Coroutine[Any, Any, T] | Awaitable[T]) -> T:
    """The result of a coroutine that never suspends (a ``SyncDriver``'s), run to its end in one step."""
    assert isinstance(coroutine, Coroutine)
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    coroutine.close()
    raise RuntimeError("a blocking driver's coroutine suspended")


class Driver:
    """The loop, written once; subclasses give the primitives."""

    async def _drive(self, flow: Flow[T], caller: str | None) -> T:
        with closing(flow):
            try:
                step = next(flow)
                while True:
                    step = advance(flow, await self._outcome(step, caller))
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]

    async def _iterate(self, flow: Flow[None], caller: str | None) -> AsyncGenerator[Any, None]:
        with closing(flow):
            try:
                step = next(flow)
                while True:
                    if isinstance(step, Emit):
                        yield step.value
                        step = flow.send(None)
                    else:
                        step = advance(flow, await self._outcome(step, caller))
            except StopIteration:
                return

    async def _outcome(self, step: Step | Emit[Any], caller: str | None) -> Any:
        """What the flow gets for ``step``: a value, or the exception to throw into it."""
        try:
            if isinstance(step, Sleep):
                await self._sleep(max(step.seconds, 0.0))
                return None
            if isinstance(step, Perform):
                try:
                    return await self._perform(step.action)
                except Exception as exc:
                    return exc
            if isinstance(step, Together):
                return await self._together(step, caller)
            if isinstance(step, SaveTo):
                return await self._save(step, caller)
            if isinstance(step, Emit):
                raise TypeError("a flow that emits values is driven with iterate(), not run()")
            return await self._request(step, caller)
        except (APIError, UnsupportedByServerError) as exc:  # a flow may react (e.g. skip what is missing)
            return exc

    # ---- the primitives ---------------------------------------------------------------------------

    async def _sleep(self, seconds: float) -> None:
        raise NotImplementedError

    async def _perform(self, action: Callable[[], Any]) -> Any:
        raise NotImplementedError

    async def _together(self, step: Together, caller: str | None) -> list[Any]:
        raise NotImplementedError

    async def _request(self, request: Request, caller: str | None) -> Any:
        raise TypeError(f"{caller or 'this flow'} sent a request to a driver without HTTP")

    async def _save(self, step: SaveTo, caller: str | None) -> Path:
        raise TypeError(f"{caller or 'this flow'} saved a download with a driver without HTTP")


class SyncDriver(Driver):
    """Drives flows blocking: its primitives block (and never suspend the coroutine)."""

    def run(
        self, flow: Flow[T], *, caller: str | None = None, requires: Sequence[Any] = (), discover: bool = True
    ) -> T:
        """Drive ``flow`` to its result (``requires``, ``discover``: see ``SyncCore.run``)."""
        return blocking(self._drive(flow, caller))

    def iterate(self, flow: Flow[None], *, caller: str | None = None) -> Iterator[Any]:
        """Drive a flow that hands out values (`Emit`): a generator of those values."""
        values = self._iterate(flow, caller)
        try:
            while True:
                try:
                    value: Any = blocking(values.__anext__())
                except StopAsyncIteration:
                    return
                yield value
        finally:
            blocking(values.aclose())

    def _run_in_thread(self, flow: Flow[Any], caller: str | None) -> Any:
        return blocking(
            self._drive(flow, caller)
        )  # the coroutine is made here: one never started leaves none

    async def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def _perform(self, action: Callable[[], Any]) -> Any:
        return action()

    async def _together(self, step: Together, caller: str | None) -> list[Any]:
        flows, limit = step.flows, step.limit
        if not flows:
            return []
        if len(flows) == 1 or limit == 1:  # nothing runs beside it: no thread (one image per item, say)
            return [self._run_in_thread(flow, caller) for flow in flows]
        from concurrent.futures import ThreadPoolExecutor  # here: threads only when flows run together

        with ThreadPoolExecutor(max_workers=min(limit, len(flows)), thread_name_prefix="invokeai") as pool:
            futures = [pool.submit(self._run_in_thread, flow, caller) for flow in flows]
            try:
                return [future.result() for future in futures]
            except BaseException:
                if step.on_abort is not None:
                    step.on_abort()  # the running threads end at their next step
                for future in futures:
                    future.cancel()
                raise


class AsyncDriver(Driver):
    """Drives flows on an event loop: its primitives await."""

    async def run(
        self, flow: Flow[T], *, caller: str | None = None, requires: Sequence[Any] = (), discover: bool = True
    ) -> T:
        """Drive ``flow`` to its result (``requires``, ``discover``: see ``SyncCore.run``)."""
        return await self._drive(flow, caller)

    def iterate(self, flow: Flow[None], *, caller: str | None = None) -> AsyncIterator[Any]:
        """Drive a flow that hands out values (`Emit`): an async generator of those values."""
        return self._iterate(flow, caller)

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def _perform(self, action: Callable[[], Any]) -> Any:
        result = action()
        return (await result) if inspect.isawaitable(result) else result

    async def _together(self, step: Together, caller: str | None) -> list[Any]:
        flows, semaphore = step.flows, asyncio.Semaphore(step.limit)

        async def one(flow: Flow[Any]) -> Any:
            async with semaphore:
                return await self._drive(flow, caller)

        tasks = [asyncio.ensure_future(one(flow)) for flow in flows]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
