"""Fixtures shared by the test tiers: the real InvokeAI servers of the live tier.

Every server version this SDK is generated for (one document per version in ``openapi/``) is a parameter
of the session fixture ``invokeai_url``: each live test runs once per version, against a server started
by ``scripts/invokeai_server.running_server`` (a fresh root, a free 127.0.0.1 port) and stopped by its PID
when the tests of that version are done; pytest runs the tests of one version before starting the next.
``INVOKEAI_URL`` points the tests at one running server instead (its version is read from it);
``INVOKEAI_TEST_VERSIONS=6.14.2`` (comma-separated) narrows the versions started.
"""

from __future__ import annotations

import json
import os
import re
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from invokeai_server import ROOTS, running_server, server_versions  # noqa: E402

GIVEN_URL = "given"  # the parameter when INVOKEAI_URL names the server


def _targets() -> list[str]:
    if os.environ.get("INVOKEAI_URL"):
        return [GIVEN_URL]
    chosen = os.environ.get("INVOKEAI_TEST_VERSIONS", "")
    return [v.strip() for v in chosen.split(",") if v.strip()] or server_versions()


@pytest.fixture(scope="session", params=_targets())
def invokeai_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == GIVEN_URL:
        yield os.environ["INVOKEAI_URL"].rstrip("/")
        return
    with running_server(version=request.param) as url:
        yield url


@dataclass(frozen=True)
class Server:
    """The server under test: its URL and version, for expectations that differ by version, and its root
    folder when the tests started it (or ``$INVOKEAI_ROOT`` names it): tests that put files where the
    server reads them need it."""

    url: str
    version: str
    root: Path | None

    @property
    def minor(self) -> tuple[int, int]:
        major, minor = re.findall(r"\d+", self.version)[:2]
        return int(major), int(minor)

    def at_least(self, version: str) -> bool:
        """Whether the server is this minor version or newer (``at_least("6.14")``)."""
        major, minor = (int(part) for part in version.split(".")[:2])
        return self.minor >= (major, minor)


@pytest.fixture(scope="session")
def server(invokeai_url: str) -> Server:
    with urllib.request.urlopen(f"{invokeai_url}/api/v1/app/version", timeout=10) as response:
        version = str(json.load(response)["version"])
    given_root = os.environ.get("INVOKEAI_ROOT")
    return Server(
        invokeai_url, version, ROOTS.get(invokeai_url) or (Path(given_root) if given_root else None)
    )
