"""Logic once, I/O twice: API operations are written once as generator *flows*, driven here.

A flow yields the request it wants sent and receives the successful ``httpx.Response``; error statuses and
transport failures are thrown into the flow as typed errors, so a flow can react to them (or let them
propagate). A request is either a plain spec (``{"method", "url", …}``) or a :class:`Call` of a generated
operation by name, which is built here with the generated package that matches the connected server (see
``resources._api``). A flow may also yield the other steps of ``_effects`` (sleep, wait for an event, let
callbacks settle, hand out a value): that is how waiting on a job is written once for both twins.
``SyncCore`` and ``AsyncCore`` are the only places that perform I/O.

Before the first request a core learns its server once (the ``discover`` flow its client gave it: the
version, and from it which operations the server offers); ``with_options`` copies share what it learnt.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, closing, contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeVar

import httpx

from ._effects import EFFECTS, Effect, Emit, NextEvent, Settle, Sleep
from ._http import (
    IDEMPOTENT,
    REQUEST_TIMEOUT,
    ClientOptions,
    build_request,
    checked,
    connection_error,
    new_async_http,
    new_sync_http,
)
from .errors import APIError, EventStreamError

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

    def with_headers(self, headers: Mapping[str, str]) -> Call:
        return replace(self, headers={**self.headers, **headers})

    def sent_once(self) -> Call:
        return replace(self, once=True)

    def as_read(self) -> Call:
        """This request marked safe to resend (it changes nothing on the server)."""
        return replace(self, idempotent=True)

    def within(self, seconds: float | None) -> Call:
        """This request bounded to ``seconds`` (``None``: the client's own timeout)."""
        return replace(self, timeout=seconds)


Request = RequestSpec | Call
Flow = Generator[Request, httpx.Response, T]
"""A flow of HTTP requests: it receives each successful response."""
Step = Request | Effect
Task = Generator[Step, Any, T]
"""A flow that may also sleep, wait for events, let callbacks settle or hand out values (``_effects``)."""


class ServerApi(Protocol):
    """What a core needs from the description of its server (``resources._api.ServerApi``)."""

    @property
    def version(self) -> str: ...

    @property
    def assumed(self) -> bool:
        """True when the version was not read but assumed (``check_version=False``)."""
        ...

    def build(self, call: Call, *, caller: str | None) -> RequestSpec:
        """The request spec of ``call`` for this server (raises ``UnsupportedByServerError``)."""
        ...

    def require(self, endpoints: Sequence[Any], *, caller: str) -> None:
        """Raise ``UnsupportedByServerError`` unless the server offers every endpoint."""
        ...


Discover = Callable[[bool], Flow[ServerApi]]


@dataclass(slots=True)
class ServerState:
    """What one client learns about its server; shared by ``with_options`` copies.

    ``discover(check_version)`` is the flow that learns it (given by the client): it reads the version and
    refuses an unsupported one when ``check_version`` is true, and assumes the newest known server without
    asking when it is false.
    """

    discover: Discover
    check_version: bool = True
    api: ServerApi | None = None
    version: str | None = None  # the version the server reported, once read
    cache: dict[str, Any] = field(default_factory=dict)  # per-server data, e.g. invocation templates
    # The token a login got (multi-user servers), sent when the client was given none; it follows the
    # server's sliding window (a newer one comes back in X-Refreshed-Token after each change).
    login_token: str | None = field(default=None, repr=False)


def advance(flow: Generator[Any, Any, Any], outcome: Any) -> Any:
    """Hand a flow the outcome of its last step (an exception is thrown in); returns its next step (or raises
    StopIteration)."""
    if isinstance(outcome, BaseException):
        return flow.throw(outcome)
    return flow.send(outcome)


def _event_outcome(error: BaseException) -> BaseException:
    return error  # TimeoutError / EventStreamError: thrown into the flow


class _CoreBase:
    options: ClientOptions
    state: ServerState

    def _spec(self, request: Request, caller: str | None) -> RequestSpec:
        if isinstance(request, Call):
            api = self.state.api
            if api is None:  # only the discover flow runs before the api is known, and it sends specs
                raise RuntimeError(f"{request.endpoint} sent before the server was discovered")
            spec = api.build(request, caller=caller)
            if request.idempotent:
                spec[IDEMPOTENT] = True
            if request.timeout is not None:
                spec[REQUEST_TIMEOUT] = request.timeout
            return spec
        return request

    def _learnt(self, api: ServerApi) -> ServerApi:
        self.state.api = api
        return api

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, request: Request, caller: str | None
    ) -> httpx.Request:
        return build_request(http, self.options, self._spec(request, caller), self.state.login_token)

    def _adopt_refreshed_token(self, response: httpx.Response) -> None:
        """Keep the login token current: 6.14 sends a newer one after each change made with it (and after a
        password change, only the newer one works)."""
        refreshed = response.headers.get("x-refreshed-token")
        login_token = self.state.login_token
        if (
            refreshed
            and login_token
            and not self.options.token
            and response.request.headers.get("authorization") == f"Bearer {login_token}"
        ):
            self.state.login_token = refreshed


class SyncCore(_CoreBase):
    """Sends flows' requests with a blocking httpx client."""

    def __init__(self, options: ClientOptions, http: httpx.Client | None, state: ServerState) -> None:
        self.options = options
        self.state = state
        self.owns_http = http is None
        self.http = http if http is not None else new_sync_http(options)

    def run(self, flow: Task[T], *, caller: str | None = None, requires: Sequence[Any] = ()) -> T:
        """Drive ``flow`` to its result; ``caller`` names the SDK method in errors, ``requires`` lists the
        endpoints it needs (checked against the server before the flow sends anything)."""
        with closing(flow):
            api = self.server()
            if requires and caller is not None:
                api.require(requires, caller=caller)
            return self._drive(flow, caller)

    def server(self) -> ServerApi:
        """What this client knows of its server, learnt on first use."""
        api = self.state.api
        if api is None:
            api = self._learnt(self._drive(self.state.discover(self.state.check_version), None))
        return api

    def _drive(self, flow: Task[T], caller: str | None) -> T:
        with closing(flow):
            try:
                step = next(flow)
                while True:
                    if isinstance(step, Emit):
                        raise TypeError("a flow that emits values is driven with iterate(), not run()")
                    step = advance(flow, self._outcome(step, caller))
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]

    def iterate(self, flow: Task[None], *, caller: str | None = None) -> Iterator[Any]:
        """Drive a flow that hands out values (:class:`Emit`): a generator of those values."""
        with closing(flow):
            self.server()
            try:
                step = next(flow)
                while True:
                    if isinstance(step, Emit):
                        yield step.value
                        step = flow.send(None)
                    else:
                        step = advance(flow, self._outcome(step, caller))
            except StopIteration:
                return

    def _outcome(self, step: Step, caller: str | None) -> Any:
        if isinstance(step, EFFECTS):
            return self._effect(step)
        try:
            return self.send(step, caller=caller)
        except APIError as exc:
            return exc

    def _effect(self, effect: Effect) -> Any:
        if isinstance(effect, Sleep):
            time.sleep(max(effect.seconds, 0.0))
            return None
        if isinstance(effect, NextEvent):
            try:
                return effect.source.get(timeout=effect.timeout)
            except (TimeoutError, EventStreamError) as exc:
                return _event_outcome(exc)
        return None  # Settle: a sync wait's callbacks have returned already

    def send(self, request: Request, *, caller: str | None = None) -> httpx.Response:
        """Send one request; raise the typed error for a transport failure or an error status."""
        built = self._build(self.http, request, caller)
        try:
            response = self.http.send(built)
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        self._adopt_refreshed_token(response)
        return checked(response)

    @contextmanager
    def stream(self, request: Request, *, caller: str | None = None) -> Iterator[httpx.Response]:
        """Send one request and hand over its response before the body is read (for downloads).

        The same typed errors as ``send``: an error status is raised (its body read first), and a
        transport failure while the caller reads the body becomes ``APIConnectionError``.
        """
        self.server()
        built = self._build(self.http, request, caller)
        try:
            response = self.http.send(built, stream=True)
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        try:
            if response.status_code >= 400:
                response.read()
            yield checked(response)
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        finally:
            response.close()

    def close(self) -> None:
        self.http.close()


class AsyncCore(_CoreBase):
    """Sends flows' requests with an asyncio httpx client; the twin of ``SyncCore``."""

    def __init__(self, options: ClientOptions, http: httpx.AsyncClient | None, state: ServerState) -> None:
        self.options = options
        self.state = state
        self.owns_http = http is None
        self.http = http if http is not None else new_async_http(options)

    async def run(self, flow: Task[T], *, caller: str | None = None, requires: Sequence[Any] = ()) -> T:
        """The twin of ``SyncCore.run``."""
        with closing(flow):
            api = await self.server()
            if requires and caller is not None:
                api.require(requires, caller=caller)
            return await self._drive(flow, caller)

    async def server(self) -> ServerApi:
        """What this client knows of its server, learnt on first use."""
        api = self.state.api
        if api is None:
            api = self._learnt(await self._drive(self.state.discover(self.state.check_version), None))
        return api

    async def _drive(self, flow: Task[T], caller: str | None) -> T:
        with closing(flow):
            try:
                step = next(flow)
                while True:
                    if isinstance(step, Emit):
                        raise TypeError("a flow that emits values is driven with iterate(), not run()")
                    step = advance(flow, await self._outcome(step, caller))
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]

    async def iterate(self, flow: Task[None], *, caller: str | None = None) -> AsyncIterator[Any]:
        """The twin of ``SyncCore.iterate``: an async generator of the values the flow hands out."""
        with closing(flow):
            await self.server()
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

    async def _outcome(self, step: Step, caller: str | None) -> Any:
        if isinstance(step, EFFECTS):
            return await self._effect(step)
        try:
            return await self.send(step, caller=caller)
        except APIError as exc:
            return exc

    async def _effect(self, effect: Effect) -> Any:
        if isinstance(effect, Sleep):
            await asyncio.sleep(max(effect.seconds, 0.0))
            return None
        if isinstance(effect, NextEvent):
            try:
                return await effect.source.get(timeout=effect.timeout)
            except (TimeoutError, EventStreamError) as exc:
                return _event_outcome(exc)
        if isinstance(effect, Settle):
            for result in effect.results:
                if inspect.isawaitable(result):
                    await result
        return None

    async def send(self, request: Request, *, caller: str | None = None) -> httpx.Response:
        """Send one request; raise the typed error for a transport failure or an error status."""
        built = self._build(self.http, request, caller)
        try:
            response = await self.http.send(built)
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        self._adopt_refreshed_token(response)
        return checked(response)

    @asynccontextmanager
    async def stream(self, request: Request, *, caller: str | None = None) -> AsyncIterator[httpx.Response]:
        """The twin of ``SyncCore.stream``."""
        await self.server()
        built = self._build(self.http, request, caller)
        try:
            response = await self.http.send(built, stream=True)
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        try:
            if response.status_code >= 400:
                await response.aread()
            yield checked(response)
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        finally:
            await response.aclose()

    async def close(self) -> None:
        await self.http.aclose()
