"""The recorded tier: vcrpy cassettes recorded from the real server, replayed offline.

Replay is the default (pytest-recording's ``--record-mode=none``): a request with no recorded match
fails the test. ``make record`` re-records every cassette against a freshly started server. Recorded
requests are scrubbed: the server address becomes ``http://invokeai.test`` and volatile or secret
headers are dropped, so cassette diffs show only what changed in the API.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

PLACEHOLDER_URL = "http://invokeai.test"
DROPPED_RESPONSE_HEADERS = {"date", "server", "set-cookie"}
FIXED_BOUNDARY = "vcr-multipart-boundary"
_BOUNDARY = re.compile(r"boundary=([0-9A-Za-z'()+_,./:=?-]+)")


def _scrub_request(request: Any) -> Any:
    path = request.uri.split("/", 3)[3] if request.uri.count("/") >= 3 else ""
    request.uri = f"{PLACEHOLDER_URL}/{path}"
    return request


def _fix_multipart_boundary(request: Any) -> Any:
    """Uploads: httpx draws a random multipart boundary; a fixed one lets recorded bodies match."""
    content_type = request.headers.get("Content-Type") or request.headers.get("content-type") or ""
    found = _BOUNDARY.search(content_type)
    if found and isinstance(request.body, bytes):
        request.body = request.body.replace(found.group(1).encode(), FIXED_BOUNDARY.encode())
        for key in [k for k in request.headers if k.lower() == "content-type"]:
            request.headers[key] = content_type.replace(found.group(1), FIXED_BOUNDARY)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        key: value
        for key, value in response["headers"].items()
        if key.lower() not in DROPPED_RESPONSE_HEADERS
    }
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": ["authorization", "user-agent", "cookie", "host"],
        "match_on": ["method", "path", "query", "body"],  # not host/port: the recording server's port varies
        "before_record_request": [_scrub_request, _fix_multipart_boundary],
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """The live server while recording; in replay, an address that is never contacted."""
    if request.config.getoption("--record-mode") in (None, "none"):
        return PLACEHOLDER_URL
    return str(request.getfixturevalue("invokeai_url"))
