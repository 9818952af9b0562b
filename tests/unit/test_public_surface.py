"""The public surface: a sorted, complete ``__all__``, and sync/async twins that match."""

from __future__ import annotations

import importlib
import inspect
import types

import pytest

import invokeai_client
import invokeai_client.errors
import invokeai_client.types
from invokeai_client import AsyncInvokeAIClient, InvokeAIClient


def test_all_is_sorted_and_complete() -> None:
    """``invokeai_client.__all__`` is its own names and then the error tree's (``errors.__all__``)."""
    for module in (invokeai_client, invokeai_client.errors, invokeai_client.types):
        assert len(set(module.__all__)) == len(module.__all__)
        public = {name for name in vars(module) if not name.startswith("_") and name[0].isupper()}
        assert public <= set(module.__all__), public - set(module.__all__)
    for names in (invokeai_client.errors.__all__, invokeai_client.types.__all__):
        assert names == sorted(names)
    own = invokeai_client.__all__[: -len(invokeai_client.errors.__all__)]
    assert own == sorted(own, key=lambda name: (not name.isupper(), not name[0].isupper(), name))  # as ruff
    assert invokeai_client.__all__[len(own) :] == invokeai_client.errors.__all__


LAZY = {"InvokeAIClient", "AsyncInvokeAIClient", "Run", "AsyncRun"}  # the root's names loaded when first used


def _packages() -> list[str]:
    import pkgutil

    return ["invokeai_client"] + [
        info.name
        for info in pkgutil.walk_packages(invokeai_client.__path__, "invokeai_client.")
        if info.ispkg
    ]


@pytest.mark.parametrize("name", _packages())
def test_every_packages_all_is_exactly_its_public_names(name: str) -> None:
    """As httpx checks its own: what a package shows (``dir``, ``help``, an IDE) is what it exports, no
    helper it imported for itself (a ``Path``, ``annotations``) and nothing exported that it lacks."""
    module = importlib.import_module(name)
    shown = {
        n for n, v in vars(module).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)
    }
    exported = set(module.__all__)
    assert len(exported) == len(module.__all__)
    shown |= {"__version__"} & set(vars(module))
    assert shown - exported == set()
    assert exported - shown - (LAZY if name == "invokeai_client" else set()) == set()
    for lazy in LAZY & exported:
        assert getattr(module, lazy).__name__ == lazy


def _methods(obj: object) -> dict[str, str]:
    """Each public method's signature as text, with ``Async`` taken out of type names: a twin's returns an
    ``AsyncJob`` where the other's returns a ``Job``, and may take callbacks that return awaitables."""
    return {
        name: str(inspect.signature(getattr(obj, name))).replace("Async", "").replace("Awaitable", "")
        for name in dir(obj)
        if not name.startswith("_") and callable(getattr(obj, name))
    }


def test_sync_and_async_clients_are_twins() -> None:
    sync, asynchronous = InvokeAIClient("http://127.0.0.1:1"), AsyncInvokeAIClient("http://127.0.0.1:1")
    resources = ["app", "auth", "boards", "custom_nodes", "images", "models", "queue", "videos", "workflows"]
    assert _methods(sync).keys() == _methods(asynchronous).keys()
    for name in resources:
        sync_methods = _methods(getattr(sync, name))
        async_methods = _methods(getattr(asynchronous, name))
        assert sync_methods == async_methods, name
        for method in async_methods:
            assert inspect.iscoroutinefunction(getattr(getattr(asynchronous, name), method)), method
    sync.close()


def test_job_and_async_job_are_twins() -> None:
    from invokeai_client.jobs import AsyncJob, Job
    from invokeai_client.resources._queue_ops import QUEUE_OPS
    from invokeai_client.types import EnqueueResult

    result = EnqueueResult(
        queue_id="default", enqueued=1, requested=1, batch={"batch_id": "b"}, priority=0, item_ids=[1]
    )
    client, async_client = InvokeAIClient("http://127.0.0.1:1"), AsyncInvokeAIClient("http://127.0.0.1:1")
    sync = Job(result, client._core, QUEUE_OPS, None)
    asynchronous = AsyncJob(result, async_client._core, QUEUE_OPS, None)
    assert _methods(sync) == _methods(asynchronous)
    assert {"wait", "as_completed", "status", "items", "cancel", "cancel_item", "download"} <= _methods(
        sync
    ).keys()
    for name in ("wait", "status", "items", "cancel", "cancel_item", "download"):
        assert inspect.iscoroutinefunction(getattr(asynchronous, name)), name
    assert hasattr(asynchronous.as_completed(timeout=1), "__anext__")
    assert hasattr(sync.as_completed(timeout=1), "__next__")
    client.close()


def test_generated_package_is_only_imported_by_the_resource_layer() -> None:
    import subprocess
    import sys

    code = "import invokeai_client, sys; c = invokeai_client.InvokeAIClient('http://127.0.0.1:1'); "
    code += "print(any(m.startswith('invokeai_api') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_bare_import_loads_no_run_graph_or_node_machinery() -> None:
    """``Run``, ``AsyncRun`` and the graph builder are loaded when first used (they cost ~200 ms), and the
    node classes only when ``invokeai_client.nodes`` is imported."""
    import subprocess
    import sys

    code = (
        "import sys, invokeai_client\n"
        "heavy = ('invokeai_client.runs', 'invokeai_client.graph', 'invokeai_client.nodes', 'invokeai_client.outputs')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
        "print(invokeai_client.Run.__module__, invokeai_client.AsyncRun.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "invokeai_client.runs._run AsyncRun"]


def test_only_the_connected_versions_generated_code_is_imported() -> None:
    """A 6.14 server: requests are built with ``invokeai_api.v6_14``; ``v6_8`` is never imported."""
    import subprocess
    import sys

    code = """
import sys
from tests.unit.scripted_server import Reply, ScriptedServer
import invokeai_client
with ScriptedServer() as server:
    server.script(Reply(body={"version": "6.14.2"}), Reply(200, []))
    with invokeai_client.InvokeAIClient(server.url) as client:
        client.boards.list()
print(sorted({m.split(".")[1] for m in sys.modules if m.startswith("invokeai_api.")}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['v6_14']"
