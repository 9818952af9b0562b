"""Logic once, I/O twice: methods written once as flows, run blocking on a sync twin, awaited on an async one.

A class of methods derives from :class:`Twin` and writes each method as a function returning a flow (see
``_core``). ``@operation`` makes it a blocking method where the instance's ``_core`` is a ``SyncCore``, and a
coroutine method where it is an ``AsyncCore``; ``@iteration`` does the same for a flow that hands out values
(a generator, or an async generator). So ``Job`` and ``AsyncJob``, ``BoardsResource`` and
``AsyncBoardsResource`` … share every line but their constructors, and a test compares their signatures.

Arguments are checked when the method is called, before the flow sends anything; the endpoints named by
``@requires`` (and the class's ``_requires``) are checked against the server before the first request.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from ._drive import AsyncDriver, SyncDriver
from ._effects import Task

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


class Twin:
    """Base of the classes whose methods are flows. ``_resource`` names the class in errors (``"boards"``,
    ``"job"``); ``_requires`` lists endpoints every method needs."""

    _core: SyncDriver | AsyncDriver
    _resource: ClassVar[str] = ""
    _requires: ClassVar[tuple[Any, ...]] = ()
    # False: learn the server at a method's first request, not before it runs (a handle whose methods
    # may need no request at all, e.g. waiting on a model that was installed already).
    _discover_first: ClassVar[bool] = True


def requires(*endpoints: Any) -> Callable[[F], F]:
    """Name the endpoints an operation needs (checked before it sends anything), under ``@operation``."""

    def mark(make_flow: F) -> F:
        make_flow.__dict__["_requires"] = (*make_flow.__dict__.get("_requires", ()), *endpoints)
        return make_flow

    return mark


class _Descriptor:
    def __init__(self, make_flow: Callable[..., Any]) -> None:
        self._make_flow = make_flow
        self._requires: tuple[Any, ...] = make_flow.__dict__.get("_requires", ())
        self.__doc__ = make_flow.__doc__
        self.__name__ = make_flow.__name__
        # What help() and IDEs show for the bound method: no ``self``, and no ``Task[...]`` return type.
        signature = inspect.signature(make_flow)
        self._signature = signature.replace(
            parameters=list(signature.parameters.values())[1:], return_annotation=inspect.Signature.empty
        )

    def _caller(self, owner: Twin) -> str:
        return f"{owner._resource}.{self.__name__}" if owner._resource else self.__name__

    def _dress(self, method: Callable[..., Any]) -> Callable[..., Any]:
        functools.update_wrapper(method, self._make_flow)
        method.__signature__ = self._signature  # type: ignore[attr-defined]
        return method


class operation(_Descriptor, Generic[P, T]):  # lower case: used as a decorator, like ``property``
    """Turn ``def name(self, ...) -> Flow[T]`` (or ``Task[T]``) into a sync method (``-> T``) or an async one."""

    def __init__(self, make_flow: Callable[Concatenate[Any, P], Task[T]]) -> None:
        super().__init__(make_flow)

    def flow(self, owner: Any, *args: P.args, **kwargs: P.kwargs) -> Task[T]:
        """The method's flow, to ``yield from`` inside another method's flow (``Class.method.flow(self)``)."""
        flow: Task[T] = self._make_flow(owner, *args, **kwargs)
        return flow

    @overload
    def __get__(self, owner: None, owner_type: type[Any]) -> Self: ...
    @overload
    def __get__(self, owner: AsyncTwin, owner_type: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...
    @overload
    def __get__(self, owner: SyncTwin, owner_type: type[Any]) -> Callable[P, T]: ...
    def __get__(self, owner: Any, owner_type: type[Any]) -> Any:
        if owner is None:
            return self
        make_flow, caller = self._make_flow, self._caller(owner)
        needs = (*owner._requires, *self._requires)
        discover = owner._discover_first
        core = owner._core
        if isinstance(core, AsyncDriver):
            async_core = core

            async def run_async(*args: Any, **kwargs: Any) -> T:
                flow = make_flow(owner, *args, **kwargs)
                return await async_core.run(flow, caller=caller, requires=needs, discover=discover)

            return self._dress(run_async)
        sync_core: SyncDriver = core

        def run_sync(*args: Any, **kwargs: Any) -> T:
            flow = make_flow(owner, *args, **kwargs)
            result: T = sync_core.run(flow, caller=caller, requires=needs, discover=discover)
            return result

        return self._dress(run_sync)


class iteration(_Descriptor, Generic[P, T]):
    """Turn ``def name(self, ...) -> Task[None]`` that emits values of type ``T`` into a generator method (sync
    twin) or an async generator method (async twin)."""

    def __init__(self, make_flow: Callable[Concatenate[Any, P], Task[None]]) -> None:
        super().__init__(make_flow)

    @overload
    def __get__(self, owner: None, owner_type: type[Any]) -> Self: ...
    @overload
    def __get__(self, owner: AsyncTwin, owner_type: type[Any]) -> Callable[P, AsyncIterator[T]]: ...
    @overload
    def __get__(self, owner: SyncTwin, owner_type: type[Any]) -> Callable[P, Iterator[T]]: ...
    def __get__(self, owner: Any, owner_type: type[Any]) -> Any:
        if owner is None:
            return self
        make_flow, caller = self._make_flow, self._caller(owner)
        core = owner._core
        if isinstance(core, AsyncDriver):
            async_core = core

            def iterate_async(*args: Any, **kwargs: Any) -> AsyncIterator[T]:
                return async_core.iterate(make_flow(owner, *args, **kwargs), caller=caller)

            return self._dress(iterate_async)
        sync_core: SyncDriver = core

        def iterate_sync(*args: Any, **kwargs: Any) -> Iterator[T]:
            return sync_core.iterate(make_flow(owner, *args, **kwargs), caller=caller)

        return self._dress(iterate_sync)


class SyncTwin(Twin):
    """A twin whose methods block (``_core`` is a ``SyncCore``, or a ``SyncDriver`` for one that sends no
    request)."""

    _core: SyncDriver


class AsyncTwin(Twin):
    """A twin whose methods are awaited (``_core`` is an ``AsyncCore``, or an ``AsyncDriver``)."""

    _core: AsyncDriver
