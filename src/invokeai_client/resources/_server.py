"""The one-time server check: is this an InvokeAI server, and of a major version we speak?"""

from __future__ import annotations

import logging

from invokeai_api.api.app import app_version

from .._core import Flow
from .._errors import (
    APIStatusError,
    InternalServerError,
    NotInvokeAIServerError,
    UnsupportedServerVersionError,
)
from .._http import decode_json
from .._version import GENERATED_FROM_SERVER, SUPPORTED_SERVER_MAJORS

logger = logging.getLogger("invokeai_client")


def server_version_flow() -> Flow[str]:
    """Read ``GET /api/v1/app/version`` and check it.

    Raises:
        NotInvokeAIServerError: the URL answers, but not with an InvokeAI version document.
        UnsupportedServerVersionError: the major version is not supported.
    """
    try:
        response = yield app_version._get_kwargs()
    except InternalServerError:
        raise
    except APIStatusError as exc:  # 404 & co.: something else lives at this address
        raise NotInvokeAIServerError(
            method=exc.method, url=exc.url, reason=f"status {exc.status_code}"
        ) from exc
    body = decode_json(response)
    version = body.get("version") if isinstance(body, dict) else None
    if not isinstance(version, str):
        raise NotInvokeAIServerError(
            method=response.request.method,
            url=str(response.request.url),
            reason="the version endpoint did not answer with a JSON object holding 'version'",
        )
    check_supported(version, base_url=str(response.request.url.copy_with(path="/", query=None)).rstrip("/"))
    return version


def check_supported(version: str, *, base_url: str) -> None:
    """Refuse an unsupported major version; log a minor mismatch (unknown fields are kept, not lost)."""
    major = version.partition(".")[0]
    if not major.isdigit() or int(major) not in SUPPORTED_SERVER_MAJORS:
        supported = ", ".join(f"{m}.x" for m in SUPPORTED_SERVER_MAJORS)
        raise UnsupportedServerVersionError(version=version, supported=supported, url=base_url)
    if version.split(".")[:2] != GENERATED_FROM_SERVER.split(".")[:2]:
        logger.warning(
            "InvokeAI server at %s is %s; this client was generated from %s. Fields unknown to it are kept "
            "as extra data; regenerate the client to type them.",
            base_url,
            version,
            GENERATED_FROM_SERVER,
        )
