from __future__ import annotations

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
