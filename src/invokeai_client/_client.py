"""``InvokeAIClient`` and ``AsyncInvokeAIClient``: the entry points, with resources as attributes."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._core import AsyncCore, ServerState, SyncCore
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
from .resources._server import discover_flow, version_flow

if TYPE_CHECKING:
    from ._events import AsyncEventStream, EventStream
    from .resources.app import AppResource, AsyncAppResource
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.boards import AsyncBoardsResource, BoardsResource
    from .resources.custom_nodes import AsyncCustomNodesResource, CustomNodesResource
    from .resources.images import AsyncImagesResource, ImagesResource
    from .resources.models import AsyncModelsResource, ModelsResource
    from .resources.queue import AsyncQueueResource, QueueResource
    from .resources.videos import AsyncVideosResource, VideosResource
    from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource

DEFAULT_BASE_URL = "http://127.0.0.1:9090"


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


class InvokeAIClient:
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
        http_client: an ``httpx.Client`` to use (its base URL and timeouts are overridden per request).

    Raises:
        ConfigurationError: a setting is not valid.
    """

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
        state = ServerState(discover=discover_flow, check_version=check_version)
        self._core = SyncCore(options, http_client, state)

    @property
    def base_url(self) -> str:
        return self._core.options.base_url

    def server_version(self) -> str:
        """The server's version, read once (``GET /api/v1/app/version``) and then remembered.

        Raises:
            NotInvokeAIServerError: the base URL does not answer as an InvokeAI server.
            UnsupportedServerVersionError: the server's major version is not supported.
            APIError: the request failed.
        """
        api = self._core.server()
        if api.assumed:  # check_version=False: not read yet
            return self._core.run(version_flow())[0]
        return api.version

    def with_options(
        self,
        *,
        timeout: TimeoutLike | Any = KEEP,
        max_retries: int | None = None,
        token: str | Any | None = KEEP,
    ) -> InvokeAIClient:
        """A copy with other per-request settings, sharing this client's connection pool and server state."""
        copy = object.__new__(InvokeAIClient)
        options = self._core.options.copy_with(timeout=timeout, max_retries=max_retries, token=token)
        copy._core = SyncCore(options, self._core.http, self._core.state)
        return copy

    @cached_property
    def app(self) -> AppResource:
        """Version, dependencies, configuration, invocation cache and log level."""
        from .resources.app import AppResource

        return AppResource(self._core)

    @cached_property
    def auth(self) -> AuthResource:
        """Logins and users of a multi-user server (InvokeAI 6.14)."""
        from .resources.auth import AuthResource

        return AuthResource(self._core)

    @cached_property
    def custom_nodes(self) -> CustomNodesResource:
        """Custom node packs: list, install, uninstall, reload (InvokeAI 6.14)."""
        from .resources.custom_nodes import CustomNodesResource

        return CustomNodesResource(self._core)

    @cached_property
    def boards(self) -> BoardsResource:
        """Boards: list, get, create, update, delete; uncategorized; a board's images, added and moved."""
        from .resources.boards import BoardsResource

        return BoardsResource(self._core)

    @cached_property
    def images(self) -> ImagesResource:
        """Images: upload, list, star, delete, metadata, and downloads (bytes, PIL, files, zip)."""
        from .resources.images import ImagesResource

        return ImagesResource(self._core)

    @cached_property
    def models(self) -> ModelsResource:
        """Models: list, install (and follow the job), update, convert, delete; Hugging Face login; cache."""
        from .resources.models import ModelsResource

        return ModelsResource(self._core)

    @cached_property
    def queue(self) -> QueueResource:
        """The session queue: enqueue, items, counts, cancel, delete, retry, prune, clear, pause, resume."""
        from .resources.queue import QueueResource

        return QueueResource(self._core)

    @cached_property
    def videos(self) -> VideosResource:
        """Videos by name: upload, list, get, download, star, delete (InvokeAI 6.14)."""
        from .resources.videos import VideosResource

        return VideosResource(self._core)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """Workflows: load with the server's templates, the workflow library, enqueue."""
        from .resources.workflows import WorkflowsResource

        return WorkflowsResource(self._core)

    @cached_property
    def events(self) -> EventStream:
        """The server's Socket.IO events, typed: one connection, opened on first use, shared by copies."""
        from ._events import sync_stream

        return sync_stream(self._core)

    def close(self) -> None:
        """Close the event stream, and the connection pool unless the caller gave it or this is a copy."""
        from ._events import close_sync_stream

        close_sync_stream(self._core)
        if self._core.owns_http:
            self._core.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"InvokeAIClient({self.base_url!r})"


class AsyncInvokeAIClient:
    """The asyncio twin of :class:`InvokeAIClient`: the same arguments, resources and methods, awaited."""

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
        state = ServerState(discover=discover_flow, check_version=check_version)
        self._core = AsyncCore(options, http_client, state)

    @property
    def base_url(self) -> str:
        return self._core.options.base_url

    async def server_version(self) -> str:
        """The server's version, read once (``GET /api/v1/app/version``) and then remembered."""
        api = await self._core.server()
        if api.assumed:
            return (await self._core.run(version_flow()))[0]
        return api.version

    def with_options(
        self,
        *,
        timeout: TimeoutLike | Any = KEEP,
        max_retries: int | None = None,
        token: str | Any | None = KEEP,
    ) -> AsyncInvokeAIClient:
        """A copy with other per-request settings, sharing this client's connection pool and server state."""
        copy = object.__new__(AsyncInvokeAIClient)
        options = self._core.options.copy_with(timeout=timeout, max_retries=max_retries, token=token)
        copy._core = AsyncCore(options, self._core.http, self._core.state)
        return copy

    @cached_property
    def app(self) -> AsyncAppResource:
        """Version, dependencies, configuration, invocation cache and log level."""
        from .resources.app import AsyncAppResource

        return AsyncAppResource(self._core)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Logins and users of a multi-user server (InvokeAI 6.14)."""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self._core)

    @cached_property
    def custom_nodes(self) -> AsyncCustomNodesResource:
        """Custom node packs: list, install, uninstall, reload (InvokeAI 6.14)."""
        from .resources.custom_nodes import AsyncCustomNodesResource

        return AsyncCustomNodesResource(self._core)

    @cached_property
    def boards(self) -> AsyncBoardsResource:
        """Boards: list, get, create, update, delete; uncategorized; a board's images, added and moved."""
        from .resources.boards import AsyncBoardsResource

        return AsyncBoardsResource(self._core)

    @cached_property
    def images(self) -> AsyncImagesResource:
        """Images: upload, list, star, delete, metadata, and downloads (bytes, PIL, files, zip)."""
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self._core)

    @cached_property
    def models(self) -> AsyncModelsResource:
        """Models: list, install (and follow the job), update, convert, delete; Hugging Face login; cache."""
        from .resources.models import AsyncModelsResource

        return AsyncModelsResource(self._core)

    @cached_property
    def queue(self) -> AsyncQueueResource:
        """The session queue: enqueue, items, counts, cancel, delete, retry, prune, clear, pause, resume."""
        from .resources.queue import AsyncQueueResource

        return AsyncQueueResource(self._core)

    @cached_property
    def videos(self) -> AsyncVideosResource:
        """Videos by name: upload, list, get, download, star, delete (InvokeAI 6.14)."""
        from .resources.videos import AsyncVideosResource

        return AsyncVideosResource(self._core)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """Workflows: load with the server's templates, the workflow library, enqueue."""
        from .resources.workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._core)

    @cached_property
    def events(self) -> AsyncEventStream:
        """The server's Socket.IO events, typed: one connection, opened on first use, shared by copies."""
        from ._events import async_stream

        return async_stream(self._core)

    async def close(self) -> None:
        """Close the event stream, and the connection pool unless the caller gave it or this is a copy."""
        from ._events import close_async_stream

        await close_async_stream(self._core)
        if self._core.owns_http:
            await self._core.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncInvokeAIClient({self.base_url!r})"
