"""What every resource shares: the ``operation`` descriptor, and parsing responses into facade types.

An API method is written once, as a function returning a *flow* (see ``_core``). ``@operation`` makes
it a blocking method on a sync resource and a coroutine method on an async one, so the twins cannot
drift apart. Arguments are checked when the method is called, before the flow sends anything.

A method runs only if the connected server offers what it needs: the endpoints named by ``@requires``
(and by its resource's ``_requires``) are checked before its first request, and every other request is
checked as it is built; either way a missing one is an ``UnsupportedByServerError`` naming the method.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from .._core import AsyncCore, Flow, Request, ServerState, SyncCore
from .._errors import APIResponseValidationError
from ._api import Endpoint, ServerApi

P = ParamSpec("P")
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
F = TypeVar("F", bound=Callable[..., Any])


class Operations:
    """Base of the classes that define ``@operation`` methods: what a flow may read from its resource.

    ``_resource`` names the resource in errors (``"boards"``: ``client.boards``); ``_requires`` lists
    endpoints every method of the resource needs (a server without them has none of its methods).
    """

    _core: SyncCore | AsyncCore
    _resource: ClassVar[str] = ""
    _requires: ClassVar[tuple[Endpoint, ...]] = ()

    @property
    def _state(self) -> ServerState:
        return self._core.state

    @property
    def _api(self) -> ServerApi:
        """The connected server's description; known inside a flow (the core learns it before driving)."""
        api = self._core.state.api
        if not isinstance(api, ServerApi):
            raise RuntimeError("the server is not known yet: read self._api inside a flow")
        return api


def requires(*endpoints: Endpoint) -> Callable[[F], F]:
    """Name the endpoints an operation needs (checked before it sends anything), under ``@operation``."""

    def mark(make_flow: F) -> F:
        make_flow.__dict__["_requires"] = (*make_flow.__dict__.get("_requires", ()), *endpoints)
        return make_flow

    return mark


class SyncResource(Operations):
    def __init__(self, core: SyncCore) -> None:
        self._core: SyncCore = core


class AsyncResource(Operations):
    def __init__(self, core: AsyncCore) -> None:
        self._core: AsyncCore = core


class operation(Generic[P, T]):  # lower case: used as a decorator, like ``property``
    """Turn ``def name(self, ...) -> Flow[T]`` into a sync method (``-> T``) or an async one."""

    def __init__(self, make_flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        self._make_flow = make_flow
        self._requires: tuple[Endpoint, ...] = make_flow.__dict__.get("_requires", ())
        self.__doc__ = make_flow.__doc__
        self.__name__ = make_flow.__name__
        # What help() and IDEs show for the bound method: no ``self``, and no ``Flow[...]`` return type.
        signature = inspect.signature(make_flow)
        self._signature = signature.replace(
            parameters=list(signature.parameters.values())[1:], return_annotation=inspect.Signature.empty
        )

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, resource: AsyncResource, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...
    @overload
    def __get__(self, resource: SyncResource, owner: type[Any]) -> Callable[P, T]: ...
    def __get__(self, resource: Any, owner: type[Any]) -> Any:
        if resource is None:
            return self
        make_flow = self._make_flow
        caller = f"{resource._resource}.{self.__name__}" if resource._resource else self.__name__
        needs = (*resource._requires, *self._requires)
        if isinstance(resource, AsyncResource):
            async_core = resource._core

            async def run_async(*args: Any, **kwargs: Any) -> T:
                flow = make_flow(resource, *args, **kwargs)
                return await async_core.run(flow, caller=caller, requires=needs)

            return self._dress(run_async)
        sync_core: SyncCore = resource._core

        def run_sync(*args: Any, **kwargs: Any) -> T:
            return sync_core.run(make_flow(resource, *args, **kwargs), caller=caller, requires=needs)

        return self._dress(run_sync)

    def _dress(self, method: Callable[..., Any]) -> Callable[..., Any]:
        functools.update_wrapper(method, self._make_flow)
        method.__signature__ = self._signature  # type: ignore[attr-defined]
        return method


def call(spec: Request, result: type[M]) -> Flow[M]:
    """The flow of one request whose JSON answer is a ``result``."""
    return parse(result, (yield spec))


def call_as(spec: Request, result: Any) -> Flow[Any]:
    """The flow of one request whose JSON answer validates as ``result`` (``list[str]``, an enum …)."""
    return parse_as(result, (yield spec))


def call_no_result(spec: Request) -> Flow[None]:
    """The flow of one request whose answer carries nothing the caller needs."""
    yield spec


def parse(model: type[M], response: httpx.Response) -> M:
    """Validate a JSON response body into a facade model (one pass, in pydantic-core)."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise _invalid(response, exc) from exc


def parse_as(kind: Any, response: httpx.Response) -> Any:
    """Validate a JSON response body against any type (``list[Board]``, ``dict[str, str]`` …)."""
    try:
        return _adapter(kind).validate_json(response.content)
    except ValidationError as exc:
        raise _invalid(response, exc) from exc


@functools.cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def _invalid(response: httpx.Response, exc: ValidationError) -> APIResponseValidationError:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return APIResponseValidationError(
        method=response.request.method,
        url=str(response.request.url),
        status_code=response.status_code,
        reason=f"{where}: {first['msg']} ({exc.error_count()} error(s))",
    )
