"""Fixtures shared by the test tiers: the real InvokeAI server of the live tier.

The server is started once per test session by ``scripts/invokeai_server.running_server`` (a fresh
root, a free 127.0.0.1 port) and stopped by its PID at the end; ``INVOKEAI_URL`` points the tests at a
running server instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from invokeai_server import running_server


@pytest.fixture(scope="session")
def invokeai_url() -> Iterator[str]:
    with running_server() as url:
        yield url
