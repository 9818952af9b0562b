"""The fault tier: a real server of the version under test, of this tier's own (it is frozen, killed and
started again), with the test node pack in its ``nodes/`` folder, and the fault proxy in front of it.

Each test counts the items the server holds for its batch: exactly what was asked, whatever the faults.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient
from invokeai_client.types import BatchStatus
from invokeai_client.workflows import TemplateSet, Workflow

from ..conftest import Server
from ..live.conftest import tiny_models  # noqa: F401  (the pool test's models, on the live server only)
from ..live.gui_workflows import gui_node, gui_workflow
from .proxy import FaultProxy

PACK = Path(__file__).resolve().parents[1] / "node_pack" / "invokeai_client_test_nodes"
WORKFLOWS = Path(__file__).resolve().parents[1] / "live" / "workflows"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/faults/" in str(item.path):
            item.add_marker(pytest.mark.faults)


@dataclass
class OwnServer:
    """A server this tier may freeze (SIGSTOP), thaw, kill and start again, on the same port and root."""

    version: str
    url: str
    root: Path
    config: dict[str, str] | None = None  # invokeai.yaml settings it is started with (again)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def pid(self) -> int:
        from invokeai_server import read_pid

        pid = read_pid(self.root)
        assert pid is not None, "the server is not running"
        return pid

    def freeze(self) -> None:
        os.kill(self.pid(), signal.SIGSTOP)

    def thaw(self) -> None:
        os.kill(self.pid(), signal.SIGCONT)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Stop the server abruptly (by its PID); it answers nothing until :meth:`start`."""
        pid = self.pid()
        os.kill(pid, signal.SIGCONT)  # a frozen process cannot act on SIGTERM
        os.kill(pid, sig)
        deadline = time.monotonic() + 60
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        (self.root / "server.pid").unlink(missing_ok=True)

    def start(self) -> None:
        from invokeai_server import start

        url, _ = start(self.version, self.port, str(self.root), timeout=180.0, config=self.config)
        assert url == self.url, f"the server came back on {url}, not {self.url}"

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/api/v1/app/version", timeout=2):
                return True
        except OSError:
            return False

    def held(self, batch_id: str) -> BatchStatus:
        """The server's own count of the batch's items (asked directly, not through the proxy)."""
        with InvokeAIClient(self.url) as client:
            return client.queue.batch_status(batch_id)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (our child) counts as gone
        waited, _ = os.waitpid(pid, os.WNOHANG)
        return waited == 0
    except ChildProcessError:
        return True


@pytest.fixture(scope="session")
def own_server(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OwnServer]:
    from invokeai_server import free_port, start, stop_root

    root = tmp_path_factory.mktemp(f"faults-{server.version}")
    (root / "nodes").mkdir()
    shutil.copytree(PACK, root / "nodes" / PACK.name)
    url, _ = start(server.version, free_port(), str(root), timeout=180.0)
    own = OwnServer(server.version, url, root)
    try:
        yield own
    finally:
        stop_root(root)


@pytest.fixture
def faulty(own_server: OwnServer) -> Iterator[OwnServer]:
    """The tier's server, running and with an empty queue before and after the test."""
    _reset(own_server)
    yield own_server
    _reset(own_server)


def _reset(own: OwnServer) -> None:
    from invokeai_server import read_pid

    if read_pid(own.root) is not None:
        own.thaw()
    if not own.answers():
        own.kill()
        own.start()
    with InvokeAIClient(own.url) as client:
        client.queue.clear()
        client.queue.resume()


@pytest.fixture
def proxy(faulty: OwnServer) -> Iterator[FaultProxy]:
    fault_proxy = FaultProxy(faulty.url)
    yield fault_proxy
    fault_proxy.close()


def wait_workflow_document(templates: TemplateSet, seconds: float = 0.0) -> dict[str, Any]:
    """A workflow of one ``ict_wait`` node (the test pack's): each item takes ``seconds``; its input
    ``wait.value`` is what a sweep varies."""
    node = gui_node(templates, "wait", "ict_wait", {"seconds": seconds, "value": 0})
    return gui_workflow("wait", [node], [], [("wait", "seconds"), ("wait", "value")])


def wait_workflow(client: InvokeAIClient, seconds: float) -> Workflow:
    return client.workflows.load(wait_workflow_document(client.workflows.templates(), seconds))


def image_workflow(client: InvokeAIClient) -> Workflow:
    return client.workflows.load(WORKFLOWS / "blank_blur_save.json")


CAP = 10  # the capped servers' max_queue_size: pending items each server's queue takes at most


def _versions_under_test() -> list[str]:
    """The server versions of this test run: the given server's (``INVOKEAI_URL``), else those started."""
    from invokeai_server import server_versions

    given = os.environ.get("INVOKEAI_URL")
    if given:
        with urllib.request.urlopen(f"{given.rstrip('/')}/api/v1/app/version", timeout=10) as response:
            return [str(json.load(response)["version"])]
    chosen = [v.strip() for v in os.environ.get("INVOKEAI_TEST_VERSIONS", "").split(",") if v.strip()]
    return chosen or server_versions()


@pytest.fixture(scope="session")
def capped_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OwnServer, OwnServer]]:
    """Two servers whose queues take at most ``CAP`` pending items (``max_queue_size``), the test pack in
    their ``nodes/`` folders: the oldest and the newest version under test (a pool of two releases), or two
    of the one version. Started once for the session: the queue-limit tests use each, the soak both."""
    from invokeai_server import free_port, start, stop_root

    versions = _versions_under_test()
    started: list[OwnServer] = []
    try:
        for name, version in (("a", versions[0]), ("b", versions[-1])):
            root = tmp_path_factory.mktemp(f"capped-{name}-{version}")
            (root / "nodes").mkdir()
            shutil.copytree(PACK, root / "nodes" / PACK.name)
            config = {"max_queue_size": str(CAP)}
            url, _ = start(version, free_port(), str(root), timeout=180.0, config=config)
            started.append(OwnServer(version, url, root, config))
        yield started[0], started[1]
    finally:
        for own in started:
            stop_root(own.root)


@pytest.fixture
def capped(capped_pair: tuple[OwnServer, OwnServer]) -> Iterator[tuple[OwnServer, OwnServer]]:
    """The capped servers, running and with empty queues before and after the test."""
    for own in capped_pair:
        _reset(own)
    yield capped_pair
    for own in capped_pair:
        _reset(own)
