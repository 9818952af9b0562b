"""Logic once, I/O twice: methods written once as flows, run blocking on a sync twin, awaited on an async one.

A class of methods derives from `Twin` and writes each method as a function returning a flow
(``_flows``). ``@operation`` makes it a blocking method on a class whose ``_core`` is a sync driver, and a
coroutine method where it is an async one; ``@iteration`` does the same for a flow that hands out values
(a generator, or an async generator). So ``Job`` and ``AsyncJob``, ``BoardsResource`` and
``AsyncBoardsResource`` … share every line but their constructors, and a test compares their signatures.

Each method is a real function on its class (``BoardsResource.create``): ``inspect.signature``, ``help()``,
IPython and the reference read its parameters, its docstring and the return type a caller gets (``Board``;
an ``async def`` on the async twin), never the flow machinery's. Its flow, to ``yield from`` inside another
flow, is ``Class.method.flow(self, …)``: the one way a flow reuses another method.

Arguments are checked when the method is called, before the flow sends anything; the endpoints named by
``@requires`` (and the class's ``_requires``) are checked against the server before the first request.
"""

from __future__ import annotations

import functools
import inspect
import re
import types
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from ._flows import AsyncDriver, Flow, Iteration, SyncDriver

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

_FLOW_TYPE = re.compile(r"^(?:Flow|Iteration)\[(.*)\]$")


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


def user_return(annotation: Any) -> Any:
    """What a caller gets from a flow function annotated ``annotation``: ``Flow[Board]`` -> ``Board``
    (annotations are text here: the package uses postponed annotations)."""
    if not isinstance(annotation, str):
        return annotation
    found = _FLOW_TYPE.match(annotation.replace("builtins.", ""))
    return found.group(1) if found else annotation


class _Descriptor:
    """What ``operation`` and ``iteration`` share: the flow function, and the function each class gets."""

    _kind: ClassVar[str]  # "operation" or "iteration"

    def __init__(self, make_flow: Callable[..., Any]) -> None:
        self._make_flow = make_flow
        self._requires: tuple[Any, ...] = make_flow.__dict__.get("_requires", ())
        self.__doc__ = make_flow.__doc__
        self.__name__ = make_flow.__name__
        self.__wrapped__ = make_flow
        self._functions: dict[type, Callable[..., Any]] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self.__name__ = name

    def flow(self, owner: Any, *args: Any, **kwargs: Any) -> Any:
        """The method's flow, to ``yield from`` inside another method's flow (``Class.method.flow(self)``)."""
        return self._make_flow(owner, *args, **kwargs)

    def _caller(self, owner: Twin) -> str:
        return f"{owner._resource}.{self.__name__}" if owner._resource else self.__name__

    def function_for(self, cls: type) -> Callable[..., Any]:
        """The method as a real function of ``cls``: blocking on a sync twin, ``async`` on an async one, and
        deciding by the instance's driver on a class that is neither (a shared base)."""
        made = self._functions.get(cls)
        if made is None:
            made = self._functions[cls] = self._dress(self._make(cls), cls)
        return made

    def _make(self, cls: type) -> Callable[..., Any]:
        raise NotImplementedError

    def _returns(self, cls: type) -> Any:
        return _bound(user_return(inspect.signature(self._make_flow).return_annotation), cls)

    def _dress(self, function: Callable[..., Any], cls: type) -> Callable[..., Any]:
        functools.update_wrapper(function, self._make_flow)
        del function.__wrapped__  # type: ignore[attr-defined]  # the signature below is the one to show
        function.__qualname__ = f"{cls.__qualname__}.{self.__name__}"
        function.__doc__ = self.__doc__  # set on the descriptor after decorating, for some
        signature = inspect.signature(self._make_flow)
        returns = self._returns(cls)
        function.__signature__ = signature.replace(return_annotation=returns)  # type: ignore[attr-defined]
        function.__annotations__ = {**self._make_flow.__annotations__, "return": returns}
        function.flow = self.flow  # type: ignore[attr-defined]
        return function

    def __get__(self, owner: Any, owner_type: type[Any] | None = None) -> Any:
        function = self.function_for(owner_type if owner_type is not None else type(owner))
        return function if owner is None else types.MethodType(function, owner)


def _bound(annotation: Any, cls: type) -> Any:
    """``annotation`` with the type variables ``cls`` binds put in (``J`` -> ``Job`` on a class that derives
    from ``_Submits[Job]``), so a method shows what that class's callers get."""
    if not isinstance(annotation, str):
        return annotation
    bound: dict[str, str] = {}
    for klass in cls.__mro__:
        for base in getattr(klass, "__orig_bases__", ()):
            origin, arguments = getattr(base, "__origin__", None), getattr(base, "__args__", ())
            for parameter, argument in zip(getattr(origin, "__parameters__", ()), arguments, strict=False):
                name = argument if isinstance(argument, str) else getattr(argument, "__name__", None)
                if name and not isinstance(argument, TypeVar):
                    bound.setdefault(parameter.__name__, name)
    if not bound:
        return annotation
    return re.sub(r"\b[A-Za-z_]\w*\b", lambda m: bound.get(m.group(0), m.group(0)), annotation)


def _is_async(cls: type) -> bool | None:
    if issubclass(cls, AsyncTwin):
        return True
    if issubclass(cls, SyncTwin):
        return False
    return None


class operation(_Descriptor, Generic[P, T]):  # lower case: used as a decorator, like ``property``
    """Turn ``def name(self, ...) -> Flow[T]`` into a sync method (``-> T``) or an async one."""

    _kind = "operation"

    def __init__(self, make_flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        super().__init__(make_flow)

    if TYPE_CHECKING:  # the types a checker sees; at run time each class gets the function made below

        def flow(self, owner: Any, *args: P.args, **kwargs: P.kwargs) -> Flow[T]: ...

        @overload
        def __get__(self, owner: None, owner_type: type[Any] | None = None) -> Self: ...
        @overload
        def __get__(
            self, owner: AsyncTwin, owner_type: type[Any] | None = None
        ) -> Callable[P, Coroutine[Any, Any, T]]: ...
        @overload
        def __get__(self, owner: SyncTwin, owner_type: type[Any] | None = None) -> Callable[P, T]: ...
        def __get__(self, owner: Any, owner_type: type[Any] | None = None) -> Any: ...

    def _make(self, cls: type) -> Callable[..., Any]:
        make_flow, descriptor = self._make_flow, self

        def run(twin: Any, flow: Any) -> Any:
            needs = (*twin._requires, *descriptor._requires)
            return twin._core.run(
                flow, caller=descriptor._caller(twin), requires=needs, discover=twin._discover_first
            )

        if _is_async(cls):

            async def method_async(twin: Any, *args: Any, **kwargs: Any) -> Any:
                return await run(twin, make_flow(twin, *args, **kwargs))

            return method_async

        def method(twin: Any, *args: Any, **kwargs: Any) -> Any:
            return run(twin, make_flow(twin, *args, **kwargs))  # a coroutine on an async driver

        return method


class iteration(_Descriptor, Generic[P, T]):
    """Turn ``def name(self, ...) -> Iteration[T]`` (a flow that emits ``T`` values) into a generator method
    (sync twin) or an async generator method (async twin)."""

    _kind = "iteration"

    def __init__(self, make_flow: Callable[Concatenate[Any, P], Iteration[T]]) -> None:
        super().__init__(make_flow)

    if TYPE_CHECKING:

        @overload
        def __get__(self, owner: None, owner_type: type[Any] | None = None) -> Self: ...
        @overload
        def __get__(
            self, owner: AsyncTwin, owner_type: type[Any] | None = None
        ) -> Callable[P, AsyncIterator[T]]: ...
        @overload
        def __get__(
            self, owner: SyncTwin, owner_type: type[Any] | None = None
        ) -> Callable[P, Iterator[T]]: ...
        def __get__(self, owner: Any, owner_type: type[Any] | None = None) -> Any: ...

    def _returns(self, cls: type) -> Any:
        item = _bound(user_return(inspect.signature(self._make_flow).return_annotation), cls)
        return f"AsyncIterator[{item}]" if _is_async(cls) else f"Iterator[{item}]"

    def _make(self, cls: type) -> Callable[..., Any]:
        make_flow, descriptor = self._make_flow, self

        if _is_async(cls):

            async def iterate_async(twin: Any, *args: Any, **kwargs: Any) -> Any:
                flow = make_flow(twin, *args, **kwargs)
                async for value in twin._core.iterate(flow, caller=descriptor._caller(twin)):
                    yield value

            return iterate_async

        def iterate(twin: Any, *args: Any, **kwargs: Any) -> Any:
            return twin._core.iterate(make_flow(twin, *args, **kwargs), caller=descriptor._caller(twin))

        return iterate


class SyncTwin(Twin):
    """A twin whose methods block (``_core`` is a ``SyncCore``, or a ``SyncDriver`` for one that sends no
    request)."""

    _core: SyncDriver


class AsyncTwin(Twin):
    """A twin whose methods are awaited (``_core`` is an ``AsyncCore``, or an ``AsyncDriver``)."""

    _core: AsyncDriver
