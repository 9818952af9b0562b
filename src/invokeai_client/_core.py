"""Logic once, I/O twice: API operations are written once as generator *flows*, driven here.

A flow yields the request it wants sent (a generated endpoint's ``_get_kwargs()`` dict) and receives
the successful ``httpx.Response``; error statuses and transport failures are thrown into the flow as
typed errors, so a flow can react to them (or let them propagate). ``SyncCore`` and ``AsyncCore`` are
the only places that perform HTTP I/O.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Generator, Iterator
from contextlib import asynccontextmanager, closing, contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from ._errors import APIError
from ._http import ClientOptions, build_request, connection_error, new_async_http, new_sync_http, status_error

logger = logging.getLogger("invokeai_client")

T = TypeVar("T")
RequestSpec = dict[str, Any]
Flow = Generator[RequestSpec, httpx.Response, T]


@dataclass(slots=True)
class ServerState:
    """What one client learns about its server; shared by ``with_options`` copies."""

    version: str | None = None
    check_version: bool = True
    cache: dict[str, Any] = field(default_factory=dict)  # per-server data, e.g. invocation templates


def _server_version_flow() -> Flow[str]:
    from .resources._server import server_version_flow  # the resource layer owns generated calls

    return server_version_flow()


def advance(flow: Flow[Any], outcome: httpx.Response | APIError) -> RequestSpec:
    """Hand a flow the outcome of its last request; returns its next request (or raises StopIteration)."""
    if isinstance(outcome, APIError):
        return flow.throw(outcome)
    return flow.send(outcome)


def checked(response: httpx.Response) -> httpx.Response:
    error = status_error(response)
    if error is not None:
        raise error
    return response


class SyncCore:
    """Sends flows' requests with a blocking httpx client."""

    def __init__(self, options: ClientOptions, http: httpx.Client | None, state: ServerState) -> None:
        self.options = options
        self.state = state
        self.owns_http = http is None
        self.http = http if http is not None else new_sync_http(options)

    def run(self, flow: Flow[T]) -> T:
        if self.state.check_version and self.state.version is None:
            self.server_version()
        return self._drive(flow)

    def server_version(self) -> str:
        if self.state.version is None:
            self.state.version = self._drive(_server_version_flow())
        return self.state.version

    def _drive(self, flow: Flow[T]) -> T:
        with closing(flow):
            try:
                spec = next(flow)
                while True:
                    spec = advance(flow, self._outcome(spec))
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]

    def _outcome(self, spec: RequestSpec) -> httpx.Response | APIError:
        try:
            return self.send(spec)
        except APIError as exc:
            return exc

    def send(self, spec: RequestSpec) -> httpx.Response:
        """Send one request; raise the typed error for a transport failure or an error status."""
        request = build_request(self.http, self.options, spec)
        try:
            response = self.http.send(request)
        except httpx.HTTPError as exc:
            raise connection_error(exc, request) from exc
        return checked(response)

    @contextmanager
    def stream(self, spec: RequestSpec) -> Iterator[httpx.Response]:
        """Send one request and hand over its response before the body is read (for downloads).

        The same typed errors as ``send``: an error status is raised (its body read first), and a
        transport failure while the caller reads the body becomes ``APIConnectionError``.
        """
        if self.state.check_version and self.state.version is None:
            self.server_version()
        request = build_request(self.http, self.options, spec)
        try:
            response = self.http.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise connection_error(exc, request) from exc
        try:
            if response.status_code >= 400:
                response.read()
            yield checked(response)
        except httpx.HTTPError as exc:
            raise connection_error(exc, request) from exc
        finally:
            response.close()

    def close(self) -> None:
        self.http.close()


class AsyncCore:
    """Sends flows' requests with an asyncio httpx client; the twin of ``SyncCore``."""

    def __init__(self, options: ClientOptions, http: httpx.AsyncClient | None, state: ServerState) -> None:
        self.options = options
        self.state = state
        self.owns_http = http is None
        self.http = http if http is not None else new_async_http(options)

    async def run(self, flow: Flow[T]) -> T:
        if self.state.check_version and self.state.version is None:
            await self.server_version()
        return await self._drive(flow)

    async def server_version(self) -> str:
        if self.state.version is None:
            self.state.version = await self._drive(_server_version_flow())
        return self.state.version

    async def _drive(self, flow: Flow[T]) -> T:
        with closing(flow):
            try:
                spec = next(flow)
                while True:
                    spec = advance(flow, await self._outcome(spec))
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]

    async def _outcome(self, spec: RequestSpec) -> httpx.Response | APIError:
        try:
            return await self.send(spec)
        except APIError as exc:
            return exc

    async def send(self, spec: RequestSpec) -> httpx.Response:
        """Send one request; raise the typed error for a transport failure or an error status."""
        request = build_request(self.http, self.options, spec)
        try:
            response = await self.http.send(request)
        except httpx.HTTPError as exc:
            raise connection_error(exc, request) from exc
        return checked(response)

    @asynccontextmanager
    async def stream(self, spec: RequestSpec) -> AsyncIterator[httpx.Response]:
        """The twin of ``SyncCore.stream``."""
        if self.state.check_version and self.state.version is None:
            await self.server_version()
        request = build_request(self.http, self.options, spec)
        try:
            response = await self.http.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise connection_error(exc, request) from exc
        try:
            if response.status_code >= 400:
                await response.aread()
            yield checked(response)
        except httpx.HTTPError as exc:
            raise connection_error(exc, request) from exc
        finally:
            await response.aclose()

    async def close(self) -> None:
        await self.http.aclose()
