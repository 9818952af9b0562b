"""The cores: a driver (``_flows``) that also sends HTTP requests, one per client.

Before the first request a core learns its server once (the ``discover`` flow its client gave it: the
version, and from it which operations the server offers); ``with_options`` copies share what it learnt.
``SyncCore`` and ``AsyncCore`` are the only places that send requests; what they do alike (learning the
server, building a request, following a refreshed login token, the check before a method runs) is written
once in ``_CoreBase``, and each adds only the httpx calls of its kind.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx

from ._flows import AsyncDriver, Call, Driver, Flow, Request, RequestSpec, SaveTo, SyncDriver, blocking
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

T = TypeVar("T")


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


class _CoreBase(Driver):
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

    async def _server(self) -> ServerApi:
        """What this client knows of its server, learnt on first use."""
        api = self.state.api
        if api is None:
            api = self._learnt(await self._drive(self.state.discover(self.state.check_version), None))
        return api

    async def _run(self, flow: Flow[T], caller: str | None, requires: Sequence[Any], discover: bool) -> T:
        with closing(flow):
            if discover:
                api = await self._server()
                if requires and caller is not None:
                    api.require(requires, caller=caller)
            return await self._drive(flow, caller)

    async def _request(self, request: Request, caller: str | None) -> Any:
        if isinstance(request, Call) and self.state.api is None:  # a flow run with discover=False
            await self._server()
        return await self._send(request, caller)

    async def _send(self, request: Request, caller: str | None) -> httpx.Response:
        raise NotImplementedError


def _bind(
    verify: Callable[[Path, str], None] | None, response: httpx.Response
) -> Callable[[Path], None] | None:
    if verify is None:
        return None
    check, url = verify, str(response.request.url)
    return lambda path: check(path, url)


class SyncCore(_CoreBase, SyncDriver):
    """Sends flows' requests with a blocking httpx client."""

    def __init__(self, options: ClientOptions, http: httpx.Client | None, state: ServerState) -> None:
        self.options = options
        self.state = state
        self.owns_http = http is None
        self.http = http if http is not None else new_sync_http(options)

    def run(
        self, flow: Flow[T], *, caller: str | None = None, requires: Sequence[Any] = (), discover: bool = True
    ) -> T:
        """Drive ``flow`` to its result; ``caller`` names the SDK method in errors, ``requires`` lists the
        endpoints it needs (checked against the server before the flow sends anything). ``discover=False``:
        learn the server only when the flow sends its first request (a flow that may need none)."""
        return blocking(self._run(flow, caller, requires, discover))

    def server(self) -> ServerApi:
        """What this client knows of its server, learnt on first use."""
        return blocking(self._server())

    def iterate(self, flow: Flow[None], *, caller: str | None = None) -> Iterator[Any]:
        """Drive a flow that hands out values, once the server is known."""
        with closing(flow):
            self.server()
            yield from super().iterate(flow, caller=caller)

    async def _send(self, request: Request, caller: str | None) -> httpx.Response:
        return self.send(request, caller=caller)

    async def _save(self, step: SaveTo, caller: str | None) -> Path:
        from ._image_io import CHUNK_SIZE, atomic_file  # here: files (and zipfile) only when downloading

        with (
            self.stream(step.request, caller=caller) as response,
            atomic_file(step.target, _bind(step.verify, response), replace=step.replace) as handle,
        ):
            for chunk in response.iter_bytes(CHUNK_SIZE):
                handle.write(chunk)
        return step.target

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


class AsyncCore(_CoreBase, AsyncDriver):
    """Sends flows' requests with an asyncio httpx client; the twin of ``SyncCore``."""

    def __init__(self, options: ClientOptions, http: httpx.AsyncClient | None, state: ServerState) -> None:
        self.options = options
        self.state = state
        self.owns_http = http is None
        self.http = http if http is not None else new_async_http(options)

    async def run(
        self, flow: Flow[T], *, caller: str | None = None, requires: Sequence[Any] = (), discover: bool = True
    ) -> T:
        """The twin of ``SyncCore.run``."""
        return await self._run(flow, caller, requires, discover)

    async def server(self) -> ServerApi:
        """What this client knows of its server, learnt on first use."""
        return await self._server()

    async def iterate(self, flow: Flow[None], *, caller: str | None = None) -> AsyncIterator[Any]:
        """The twin of ``SyncCore.iterate``."""
        with closing(flow):
            await self.server()
            async for value in super().iterate(flow, caller=caller):
                yield value

    async def _send(self, request: Request, caller: str | None) -> httpx.Response:
        return await self.send(request, caller=caller)

    async def _save(self, step: SaveTo, caller: str | None) -> Path:
        from ._image_io import CHUNK_SIZE, atomic_file

        async with self.stream(step.request, caller=caller) as response:
            with atomic_file(step.target, _bind(step.verify, response), replace=step.replace) as handle:
                async for chunk in response.aiter_bytes(CHUNK_SIZE):
                    handle.write(chunk)
        return step.target

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
