from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/live/" in str(item.path):
            item.add_marker(pytest.mark.live)


@pytest.fixture
def client(invokeai_url: str) -> Iterator[InvokeAIClient]:
    with InvokeAIClient(invokeai_url) as client:
        yield client


@pytest.fixture
async def aclient(invokeai_url: str) -> AsyncIterator[AsyncInvokeAIClient]:
    async with AsyncInvokeAIClient(invokeai_url) as client:
        yield client


@pytest.fixture
def destination(client: InvokeAIClient) -> Iterator[str]:
    """This test's queue destination; its items are deleted after (before ``paused`` resumes, if both)."""
    name = f"test-{uuid.uuid4().hex[:8]}"
    yield name
    client.queue.delete_by_destination(name)
