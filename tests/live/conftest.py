from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from invokeai_server import cache_dir, install, venv_bin

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_client.types import Model

from ..conftest import Server
from ..tiny_models import TinyModelFiles, build


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


@pytest.fixture
def paused(client: InvokeAIClient) -> Iterator[None]:
    """Hold new items pending while the test runs (the queue resumes after, whatever happened)."""
    client.queue.pause()
    try:
        yield
    finally:
        client.queue.resume()


@dataclass(frozen=True)
class TinyModels:
    """The tiny random-weight models installed into the server under test (``tests/tiny_models``)."""

    sd1: Model
    sdxl: Model
    sdxl_vae: Model
    sd1_lora: Model
    files: TinyModelFiles


def _builder_python(version: str) -> Path:
    """The server venv's Python, which has torch, diffusers and transformers: the server's own stack
    builds the files it will read."""
    python = venv_bin(version, "python")
    if not python.exists():
        install(version)
    return python


@pytest.fixture(scope="session")
def tiny_models(server: Server) -> TinyModels:
    """Tiny SD-1 and SDXL pipelines, an SDXL VAE and an SD-1 LoRA, built once (cached by recipe) and
    installed in place through the SDK's own ``models.install`` (idempotent: a second session finds them)."""
    files = build(_builder_python(server.version), cache_dir())
    with InvokeAIClient(server.url) as client:

        def install_model(path: Path, name: str) -> Model:
            handle = client.models.install(path, inplace=True, config={"name": name})
            return handle.wait(timeout=600)

        return TinyModels(
            sd1=install_model(files.sd1, "tiny-sd1"),
            sdxl=install_model(files.sdxl, "tiny-sdxl"),
            sdxl_vae=install_model(files.sdxl_vae, "tiny-vae-sdxl"),
            sd1_lora=install_model(files.sd1_lora, "tiny-sd1-lora"),
            files=files,
        )
