"""Learning the server once: is this InvokeAI, of a version this SDK speaks, and what does it offer?"""

from __future__ import annotations

import logging

from .._flows import Flow, RequestSpec
from .._generated import package_for_minor, packages, parse_version
from .._http import decode_json
from .._version import SUPPORTED_SERVER_MAJORS
from ..errors import (
    APIStatusError,
    InternalServerError,
    NotInvokeAIServerError,
    UnexpectedContentTypeError,
    UnsupportedServerVersionError,
)
from . import _api

logger = logging.getLogger(__name__)

VERSION_SPEC: RequestSpec = {"method": "get", "url": "/api/v1/app/version"}
# The document is large (~3 MB in 6.14) and is answered 200, which 6.14's gzip bug spares: compressed.
OPENAPI_SPEC: RequestSpec = {"method": "get", "url": "/openapi.json", "headers": {"Accept-Encoding": "gzip"}}


def version_flow() -> Flow[tuple[str, str]]:
    """Read ``GET /api/v1/app/version``: the version, and the server's base URL (for messages).

    Raises:
        NotInvokeAIServerError: the URL answers, but not with an InvokeAI version document.
    """
    try:
        response = yield VERSION_SPEC
    except InternalServerError:
        raise
    except APIStatusError as exc:  # 404 & co.: something else lives at this address
        raise NotInvokeAIServerError(
            method=exc.method, url=exc.url, reason=f"status {exc.status_code}"
        ) from exc
    except UnexpectedContentTypeError as exc:  # a web page where the version should be
        raise NotInvokeAIServerError(method=exc.method, url=exc.url, reason=exc.reason) from exc
    body = decode_json(response)
    version = body.get("version") if isinstance(body, dict) else None
    if not isinstance(version, str):
        raise NotInvokeAIServerError(
            method=response.request.method,
            url=str(response.request.url),
            reason="the version endpoint did not answer with a JSON object holding 'version'",
        )
    url = response.request.url
    base_url = str(url.copy_with(path=url.path.removesuffix(str(VERSION_SPEC["url"])) or "/", query=None))
    return version, base_url.rstrip("/")


def discover_flow(check_version: bool) -> Flow[_api.ServerApi]:
    """What the server is and offers (see ``_api``): one request for a version this SDK has a package
    for, two (the version, then ``/openapi.json``) for any other 6.x version. Without ``check_version``
    nothing is asked: the newest version this SDK knows is assumed.

    Raises:
        NotInvokeAIServerError: the URL answers, but not as InvokeAI.
        UnsupportedServerVersionError: the major version is not supported.
    """
    if not check_version:
        newest, version = list(packages().items())[-1]
        return _api.ServerApi.for_package(newest, version=version, url="", assumed=True)
    version, base_url = yield from version_flow()
    return (yield from describe_flow(version, base_url))


def describe_flow(version: str, base_url: str) -> Flow[_api.ServerApi]:
    """The `ServerApi` of a server of ``version`` (its document read if need be)."""
    major = parse_version(version)[:1]
    if not major or major[0] not in SUPPORTED_SERVER_MAJORS:
        supported = ", ".join(f"{m}.x" for m in SUPPORTED_SERVER_MAJORS)
        raise UnsupportedServerVersionError(version=version, supported=supported, url=base_url)
    package = package_for_minor(version)
    if package is not None:
        return _api.ServerApi.for_package(package, version=version, url=base_url)
    response = yield OPENAPI_SPEC
    document = decode_json(response)
    if not isinstance(document, dict):
        raise NotInvokeAIServerError(
            method="GET", url=str(response.request.url), reason="/openapi.json is not a JSON document"
        )
    api = _api.ServerApi.from_document(_api.operations_in_document(document), version=version, url=base_url)
    logger.warning(
        "InvokeAI %s at %s: this SDK was generated from InvokeAI %s; using the operations the server's "
        "own /openapi.json lists (%d of them known), built with the nearest version's code",
        version,
        base_url,
        ", ".join(packages().values()),
        len(api.offered),
    )
    return api
