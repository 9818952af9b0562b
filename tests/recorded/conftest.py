"""The recorded tier: vcrpy cassettes recorded from real servers of every supported version, replayed offline.

Each test runs once per server version (``recorded_version``), with the cassettes of that version:
``cassettes/<version>/<module>/<test>.yaml``. Replay is the default (pytest-recording's
``--record-mode=none``): a request with no recorded match fails the test. ``make record`` re-records every
cassette against freshly started servers, one per version. Recorded requests are scrubbed: the server
address becomes ``http://invokeai.test`` and volatile or secret headers are dropped, so cassette diffs
show only what changed in the API.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from invokeai_server import running_server, server_versions

PLACEHOLDER_URL = "http://invokeai.test"
DROPPED_RESPONSE_HEADERS = {"date", "server", "set-cookie"}
FIXED_BOUNDARY = "vcr-multipart-boundary"
_BOUNDARY = re.compile(r"boundary=([0-9A-Za-z'()+_,./:=?-]+)")
CASSETTES = Path(__file__).resolve().parent / "cassettes"


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


@pytest.fixture(params=server_versions())
def recorded_version(request: pytest.FixtureRequest) -> str:
    """The server version whose cassettes a test replays (or records)."""
    return str(request.param)


@pytest.fixture
def vcr_cassette_dir(request: pytest.FixtureRequest, recorded_version: str) -> str:
    module = request.node.module.__name__.rsplit(".", 1)[-1]
    return str(CASSETTES / recorded_version / module)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    return str(request.node.originalname)  # one cassette per test and version folder, no param suffix


def _recording(config: pytest.Config) -> bool:
    return config.getoption("--record-mode") not in (None, "none")


@pytest.fixture(scope="session")
def recording_servers(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """While recording: one real server per version, started before any cassette opens (so their start is
    not recorded) and stopped by PID at the end. Empty in replay."""
    with contextlib.ExitStack() as stack:
        servers: dict[str, str] = {}
        if _recording(request.config):
            for version in server_versions():
                servers[version] = stack.enter_context(running_server(version=version, use_env=False))
        yield servers


@pytest.fixture
def server_url(
    request: pytest.FixtureRequest, recorded_version: str, recording_servers: dict[str, str]
) -> str:
    """The live server of ``recorded_version`` while recording; in replay, an address never contacted."""
    if not _recording(request.config):
        return PLACEHOLDER_URL
    return recording_servers[recorded_version]
