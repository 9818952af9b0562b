"""The recorded tier: vcrpy cassettes recorded from the real server, replayed offline.

Replay is the default (pytest-recording's ``--record-mode=none``): a request with no recorded match
fails the test. ``make record`` re-records every cassette against a freshly started server. Recorded
requests are scrubbed: the server address becomes ``http://invokeai.test`` and volatile or secret
headers are dropped, so cassette diffs show only what changed in the API.
"""

from __future__ import annotations

from typing import Any

import pytest

PLACEHOLDER_URL = "http://invokeai.test"
DROPPED_RESPONSE_HEADERS = {"date", "server", "set-cookie"}


def _scrub_request(request: Any) -> Any:
    path = request.uri.split("/", 3)[3] if request.uri.count("/") >= 3 else ""
    request.uri = f"{PLACEHOLDER_URL}/{path}"
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
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """The live server while recording; in replay, an address that is never contacted."""
    if request.config.getoption("--record-mode") in (None, "none"):
        return PLACEHOLDER_URL
    return str(request.getfixturevalue("invokeai_url"))
