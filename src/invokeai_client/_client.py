"""``InvokeAIClient`` and ``AsyncInvokeAIClient``: the entry points, with resources as attributes.

Written once like every twin (``_twins``): the methods are flows, and each resource attribute is a
`_Resource` that makes, on first use, the resource class of the client's kind.
"""

from __future__ import annotations

import importlib
import os
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import httpx

from ._constants import DEFAULT_BASE_URL
from ._core import AsyncCore, ServerApi, ServerState, SyncCore
from ._flows import Flow, Perform
from ._http import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    KEEP,
    ClientOptions,
    TimeoutLike,
    as_timeout,
    check_retries,
    normalize_base_url,
)
from ._redact import remember as remember_secret
from ._twins import AsyncTwin, SyncTwin, Twin, operation
from .resources._server import discover_flow, version_flow

if TYPE_CHECKING:
    from .events import AsyncEventStream, EventStream
    from .resources.app import AppResource, AsyncAppResource
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.boards import AsyncBoardsResource, BoardsResource
    from .resources.custom_nodes import AsyncCustomNodesResource, CustomNodesResource
    from .resources.images import AsyncImagesResource, ImagesResource
    from .resources.models import AsyncModelsResource, ModelsResource
    from .resources.queue import AsyncQueueResource, QueueResource
    from .resources.videos import AsyncVideosResource, VideosResource
    from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource

S = TypeVar("S")
A = TypeVar("A")


def _options(
    base_url: str | None, token: str | None, timeout: TimeoutLike, max_retries: int
) -> ClientOptions:
    token = token if token is not None else os.environ.get("INVOKEAI_TOKEN") or None
    remember_secret(token)  # never written to a log, by us or the libraries below
    return ClientOptions(
        base_url=normalize_base_url(base_url or os.environ.get("INVOKEAI_URL") or DEFAULT_BASE_URL),
        token=token,
        timeout=as_timeout(timeout),
        max_retries=check_retries(max_retries),
    )


def _state(check_version: bool) -> ServerState:
    return ServerState(discover=discover_flow, check_version=check_version)


class _Resource(Generic[S, A]):
    """A client attribute made on first use: ``S`` on an ``InvokeAIClient``, ``A`` on an async one (the
    resource module is imported then, so ``import invokeai_client`` stays fast)."""

    def __init__(self, module: str, sync_name: str, doc: str) -> None:
        self._module, self._sync_name, self.__doc__ = module, sync_name, doc

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: AsyncInvokeAIClient, owner: type) -> A: ...
    @overload
    def __get__(self, client: InvokeAIClient, owner: type) -> S: ...
    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
        asynchronous = isinstance(client._core, AsyncCore)
        module = importlib.import_module(self._module, __package__)
        value = getattr(module, f"Async{self._sync_name}" if asynchronous else self._sync_name)(client._core)
        client.__dict__[self._name] = value  # cached: the next lookup finds it on the instance
        return value


def _stream(core: SyncCore | AsyncCore) -> Any:
    from .events._stream import stream_of

    return stream_of(core)


class _Clients(Twin):
    """What both clients have, written once."""

    _core: SyncCore | AsyncCore
    _discover_first = False  # close() asks the server nothing; server_version() learns it itself

    app: _Resource[AppResource, AsyncAppResource] = _Resource(
        ".resources.app",
        "AppResource",
        "Version, dependencies, configuration, invocation cache and log level.",
    )
    auth: _Resource[AuthResource, AsyncAuthResource] = _Resource(
        ".resources.auth", "AuthResource", "Logins and users of a multi-user server (InvokeAI 6.14)."
    )
    boards: _Resource[BoardsResource, AsyncBoardsResource] = _Resource(
        ".resources.boards",
        "BoardsResource",
        "Boards: list, get, create, update, delete; uncategorized; a board's images, added and moved.",
    )
    custom_nodes: _Resource[CustomNodesResource, AsyncCustomNodesResource] = _Resource(
        ".resources.custom_nodes",
        "CustomNodesResource",
        "Custom node packs: list, install, uninstall, reload (InvokeAI 6.14).",
    )
    images: _Resource[ImagesResource, AsyncImagesResource] = _Resource(
        ".resources.images",
        "ImagesResource",
        "Images: upload, list, star, delete, metadata, and downloads (bytes, PIL, files, zip).",
    )
    models: _Resource[ModelsResource, AsyncModelsResource] = _Resource(
        ".resources.models",
        "ModelsResource",
        "Models: list, install (and follow the job), update, convert, delete; Hugging Face login; cache.",
    )
    queue: _Resource[QueueResource, AsyncQueueResource] = _Resource(
        ".resources.queue",
        "QueueResource",
        "The session queue: enqueue, items, counts, cancel, delete, retry, prune, clear, pause, resume.",
    )
    videos: _Resource[VideosResource, AsyncVideosResource] = _Resource(
        ".resources.videos",
        "VideosResource",
        "Videos by name: upload, list, get, download, star, delete (6.14).",
    )
    workflows: _Resource[WorkflowsResource, AsyncWorkflowsResource] = _Resource(
        ".resources.workflows",
        "WorkflowsResource",
        "Workflows: load with the server's templates, the workflow library, enqueue.",
    )

    @property
    def base_url(self) -> str:
        """The server's base URL."""
        return self._core.options.base_url

    @operation
    def server_version(self) -> Flow[str]:
        """The server's version, read once (``GET /api/v1/app/version``) and then remembered.

        Raises:
            NotInvokeAIServerError: the base URL does not answer as an InvokeAI server.
            UnsupportedServerVersionError: the server's major version is not supported.
            APIError: the request failed.
        """
        api: ServerApi = yield Perform(self._core.server)
        if api.assumed:  # check_version=False: not read yet
            version: str = (yield from version_flow())[0]
            return version
        return api.version

    def with_options(
        self,
        *,
        timeout: TimeoutLike | Any = KEEP,
        max_retries: int | None = None,
        token: str | Any | None = KEEP,
    ) -> Self:
        """A copy with other per-request settings, sharing this client's connection pool and server state."""
        copy = object.__new__(type(self))
        core = self._core
        options = core.options.copy_with(timeout=timeout, max_retries=max_retries, token=token)
        copy._core = type(core)(options, core.http, core.state)  # type: ignore[arg-type]
        return copy

    @operation
    def close(self) -> Flow[None]:
        """Close the event stream, and the connection pool unless the caller gave it or this is a copy."""
        from .events._stream import _StreamMethods, opened_stream

        stream = opened_stream(self._core)
        if stream is not None:
            yield from _StreamMethods.close.flow(stream)
        if self._core.owns_http:
            yield Perform(self._core.close)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base_url!r})"


class InvokeAIClient(_Clients, SyncTwin):
    """A blocking client for one InvokeAI server.

    Args:
        base_url: the server, e.g. ``http://127.0.0.1:9090``. Default: ``$INVOKEAI_URL``, else that address.
        token: a bearer token sent with every request (default ``$INVOKEAI_TOKEN``).
        timeout: seconds (or an ``httpx.Timeout``) per request; ``None`` waits for ever.
            Default 30 s, and 5 s to connect.
        max_retries: retries of idempotent requests on connection errors, 408, 429 and 502-504. Default 2.
        check_version: read the server version before the first request (it decides which operations
            the server offers) and refuse an unsupported major. ``False``: ask nothing and assume the newest
            InvokeAI version this SDK was generated from.
        http_client: an ``httpx.Client`` to send with (its own transport: proxies, certificates, limits).
            Every request names ``base_url`` in full and carries this client's timeout, token and retry
            policy; the retries are done by the transport the SDK makes (``httpx_retries.RetryTransport``),
            so a client given here retries only if its transport is one.

    Raises:
        ConfigurationError: a setting is not valid.
    """

    _core: SyncCore

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        check_version: bool = True,
        http_client: httpx.Client | None = None,
    ) -> None:
        options = _options(base_url, token, timeout, max_retries)
        self._core = SyncCore(options, http_client, _state(check_version))

    @property
    def events(self) -> EventStream:
        """The server's Socket.IO events, typed: one connection, opened on first use, shared by copies."""
        stream: EventStream = _stream(self._core)
        return stream

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncInvokeAIClient(_Clients, AsyncTwin):
    """The asyncio twin of `InvokeAIClient`: the same arguments (``http_client`` an
    ``httpx.AsyncClient``), resources and methods, awaited."""

    _core: AsyncCore

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        check_version: bool = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = _options(base_url, token, timeout, max_retries)
        self._core = AsyncCore(options, http_client, _state(check_version))

    @property
    def events(self) -> AsyncEventStream:
        """The server's Socket.IO events, typed: one connection, opened on first use, shared by copies."""
        stream: AsyncEventStream = _stream(self._core)
        return stream

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()
