"""What every resource shares: the twin base classes, and parsing responses into facade types.

An API method is written once, as a function returning a *flow* (see ``_core``); ``@operation`` (from
``_twins``) makes it a blocking method on a sync resource and a coroutine method on an async one, so the
twins cannot drift apart. Arguments are checked when the method is called, before the flow sends anything.

A method runs only if the connected server offers what it needs: the endpoints named by ``@requires``
(and by its resource's ``_requires``) are checked before its first request, and every other request is
checked as it is built; either way a missing one is an ``UnsupportedByServerError`` naming the method.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from .._core import AsyncCore, ServerState, SyncCore
from .._steps import Flow, Request
from .._twins import AsyncTwin, SyncTwin, Twin, iteration, operation, requires
from ..errors import APIResponseValidationError
from ._api import Endpoint, ServerApi

__all__ = [
    "AsyncResource",
    "Operations",
    "SyncResource",
    "call",
    "call_as",
    "call_no_result",
    "iteration",
    "operation",
    "parse",
    "parse_as",
    "requires",
]

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


class Operations(Twin):
    """Base of the resource classes that define ``@operation`` methods: what a flow may read from its resource.

    ``_resource`` names the resource in errors (``"boards"``: ``client.boards``); ``_requires`` lists
    endpoints every method of the resource needs (a server without them has none of its methods).
    """

    _requires: ClassVar[tuple[Endpoint, ...]] = ()
    _core: SyncCore | AsyncCore

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


class SyncResource(SyncTwin, Operations):
    def __init__(self, core: SyncCore) -> None:
        self._core: SyncCore = core


class AsyncResource(AsyncTwin, Operations):
    def __init__(self, core: AsyncCore) -> None:
        self._core: AsyncCore = core


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
