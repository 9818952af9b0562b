"""``client.models.install``, written per twin: it subscribes to the event stream before the job starts and
returns a waitable handle (:class:`~invokeai_client.installs.ModelInstall`). The flows it runs are shared
(``_model_flows``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._core import AsyncCore, SyncCore
from ..errors import EventStreamError
from ..installs import AsyncModelInstall, ModelInstall, WaitMode
from ..installs._plan import INSTALL_EVENTS
from ._model_flows import existing_flow, start_flow

if TYPE_CHECKING:
    from .._events import AsyncSubscription, Subscription

logger = logging.getLogger(__name__)

ModelSource = str | os.PathLike[str]
"""A local path on the server, a Hugging Face repo id (``owner/name[:variant[:subfolder]]``) or a URL."""


def _source_text(source: ModelSource) -> str:
    """The source string to send: a ``Path`` is made absolute (the server resolves relative paths against
    its own working folder); strings are sent as given."""
    if isinstance(source, str):
        return source
    return Path(source).expanduser().absolute().as_posix()


_INSTALL_DOC = """Install a model; returns a handle to follow the job and ``wait`` for the model.

        Idempotent: when a model installed from the same source exists, the handle is done at once and
        ``already_installed`` (no job is started); a job that ends with the server's "already installed"
        error also yields the model it names.

        Args:
            source: a path *on the server* (a file or a diffusers folder), a Hugging Face repo id
                (``owner/name``, ``owner/name:fp16``, ``owner/name::subfolder``) or an http(s) URL. A
                ``Path`` is made absolute, for a server on this machine; strings are sent as given.
            config: record fields that override what the server's probe finds (``name``,
                ``description``, ``base``, ``type``, ``prediction_type`` …).
            access_token: a token for a URL or Hugging Face repo that needs one.
            inplace: register a local model where it is, instead of moving it into the models folder.
            wait: ``"events"`` (Socket.IO, subscribed before the job starts) or ``"poll"`` (REST only).

        Raises:
            ModelSourceError: the server refused the source (no such path on the server, an unreachable
                Hugging Face repo …); no job was created and nothing was installed.
            APIError: a request failed. The install request is sent once, never retried.
        """


class SyncInstalls:
    """The blocking ``install``."""

    _core: SyncCore

    def install(
        self,
        source: ModelSource,
        *,
        config: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        inplace: bool = False,
        wait: WaitMode = "events",
    ) -> ModelInstall:
        text = _source_text(source)
        existing = self._core.run(existing_flow(text))
        if existing is not None:
            logger.info("%s is installed already, as model %s", text, existing.key)
            return ModelInstall(self._core, text, None, existing=existing)
        subscription = self._subscribe() if wait == "events" else None
        try:
            job = self._core.run(start_flow(text, config, access_token, inplace))
        except BaseException:
            if subscription is not None:
                subscription.close()
            raise
        return ModelInstall(self._core, text, job, subscription=subscription)

    install.__doc__ = _INSTALL_DOC

    def _subscribe(self) -> Subscription | None:
        from .._events import sync_stream

        try:
            return sync_stream(self._core).subscribe(events=INSTALL_EVENTS)
        except EventStreamError as exc:
            logger.warning("no event stream (%s); the install will poll its job", exc)
            return None


class AsyncInstalls:
    """The asyncio ``install``."""

    _core: AsyncCore

    async def install(
        self,
        source: ModelSource,
        *,
        config: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        inplace: bool = False,
        wait: WaitMode = "events",
    ) -> AsyncModelInstall:
        text = _source_text(source)
        existing = await self._core.run(existing_flow(text))
        if existing is not None:
            logger.info("%s is installed already, as model %s", text, existing.key)
            return AsyncModelInstall(self._core, text, None, existing=existing)
        subscription = await self._subscribe() if wait == "events" else None
        try:
            job = await self._core.run(start_flow(text, config, access_token, inplace))
        except BaseException:
            if subscription is not None:
                subscription.close()
            raise
        return AsyncModelInstall(self._core, text, job, subscription=subscription)

    install.__doc__ = _INSTALL_DOC

    async def _subscribe(self) -> AsyncSubscription | None:
        from .._events import async_stream

        try:
            return await async_stream(self._core).subscribe(events=INSTALL_EVENTS)
        except EventStreamError as exc:
            logger.warning("no event stream (%s); the install will poll its job", exc)
            return None
