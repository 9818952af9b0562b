"""``client.models.install``: it subscribes to the event stream before the job starts and returns a waitable
handle ([`ModelInstall`][invokeai_client.installs.ModelInstall]). The requests are flows of ``_model_flows``."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from .._flows import Flow
from ..events._stream import subscribe_or_poll
from ..installs import AsyncModelInstall, ModelInstall, WaitMode
from ..installs._plan import INSTALL_EVENTS
from ..types.models import InstallJob, Model
from ._base import Operations, operation
from ._model_flows import cancel_flow, duplicate_flow, existing_flow, job_flow, start_flow

logger = logging.getLogger(__name__)
H = TypeVar("H", ModelInstall, AsyncModelInstall)

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


class ModelInstallOps:
    """``InstallOps`` over the models API (stateless: one instance serves every handle)."""

    def job(self, job_id: int) -> Flow[InstallJob]:
        return job_flow(job_id)

    def cancel(self, job_id: int) -> Flow[None]:
        return cancel_flow(job_id)

    def duplicate(self, job: InstallJob) -> Flow[Model | None]:
        return duplicate_flow(job)


MODEL_INSTALL_OPS = ModelInstallOps()


class Installs(Operations, Generic[H]):
    """``client.models.install``, written once; ``H`` is the install handle of the client's kind."""

    _handle_type: type[H]

    @operation
    def install(
        self,
        source: ModelSource,
        *,
        config: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        inplace: bool = False,
        wait: WaitMode = "events",
    ) -> Flow[H]:
        text = _source_text(source)
        core: Any = self._core  # a SyncCore for a ModelInstall, an AsyncCore for an AsyncModelInstall
        existing = yield from existing_flow(text)
        if existing is not None:
            logger.info("%s is installed already, as model %s", text, existing.key)
            return self._handle_type(core, MODEL_INSTALL_OPS, text, None, existing=existing)
        subscription: Any = None  # subscribed before the job starts: none of its events is missed
        if wait == "events":
            subscription = yield from subscribe_or_poll(
                self._core, fallback="the install will poll its job", events=INSTALL_EVENTS
            )
        try:
            job = yield from start_flow(text, config, access_token, inplace)
        except BaseException:
            if subscription is not None:
                subscription.close()
            raise
        return self._handle_type(core, MODEL_INSTALL_OPS, text, job, subscription=subscription)

    install.__doc__ = _INSTALL_DOC
