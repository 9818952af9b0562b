"""Model management against a scripted server: the requests sent, and how answers become results or errors
(what a real server cannot be made to show on demand: a lost duplicate, a 424, a job that runs for a while)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from invokeai_client import (
    AsyncInvokeAIClient,
    InvokeAIClient,
    ModelInstallCanceledError,
    ModelInstallFailedError,
    ModelSourceError,
    NotFoundError,
)
from invokeai_client.cli import main
from invokeai_client.installs import AsyncModelInstall, ModelInstall
from invokeai_client.resources._model_installs import MODEL_INSTALL_OPS

from .scripted_server import VERSION, Reply, ScriptedServer

MODEL = {
    "key": "k-lora",
    "hash": "blake3:1",
    "name": "tiny-lora",
    "base": "sd-1",
    "type": "lora",
    "format": "lycoris",
    "path": "sd-1/lora/tiny-lora.safetensors",
    "source": "/data/tiny-lora.safetensors",
    "source_type": "path",
}
SOURCE = {"path": "/data/new.safetensors", "inplace": False, "type": "local"}


def install_job(status: str, **fields: Any) -> dict[str, Any]:
    return {"id": 3, "status": status, "source": SOURCE, "local_path": SOURCE["path"], **fields}


def query(path: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(path).query)


def test_install_is_idempotent_by_source(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, {"models": [MODEL]}))
    with InvokeAIClient(scripted.url) as client:
        handle = client.models.install("/data/tiny-lora.safetensors", wait="poll")
        assert handle.already_installed
        assert handle.wait().key == "k-lora"
    assert [s.method for s in scripted.seen] == ["GET", "GET"]  # no install request


def test_install_polls_the_job_to_its_model(scripted: ScriptedServer) -> None:
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),  # the install jobs before it (to recognise its own if the answer were lost)
        Reply(201, install_job("waiting")),
        Reply(200, install_job("running", bytes=10, total_bytes=10)),
        Reply(200, install_job("completed", bytes=10, total_bytes=10, config_out=MODEL)),
    )
    seen: list[str] = []
    with InvokeAIClient(scripted.url) as client:
        handle = client.models.install(
            "/data/new.safetensors", config={"name": "tiny-lora"}, inplace=True, wait="poll"
        )
        assert (handle.job_id, handle.status, handle.mode) == (3, "waiting", "poll")
        model = handle.wait(timeout=30, progress=lambda p: seen.append(p.status))
    assert model.key == "k-lora"
    assert handle.model == model
    assert not handle.already_installed
    assert seen == ["waiting", "running", "completed"]
    post = scripted.seen[3]
    assert (post.method, json.loads(post.body)) == ("POST", {"name": "tiny-lora"})
    assert query(post.path) == {"source": ["/data/new.safetensors"], "inplace": ["true"]}


def test_a_failed_job_raises_with_the_servers_error(scripted: ScriptedServer) -> None:
    failed = install_job(
        "error", error_reason="InvalidModelConfigException", error="Unable to determine model type"
    )
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(201, install_job("waiting")),
        Reply(200, failed),
    )
    with InvokeAIClient(scripted.url) as client:
        handle = client.models.install("/data/new.safetensors", wait="poll")
        with pytest.raises(ModelInstallFailedError) as info:
            handle.wait(timeout=30)
        assert info.value.error_type == "InvalidModelConfigException"
        assert info.value.error_message == "Unable to determine model type"
        with pytest.raises(ModelInstallFailedError):
            handle.raise_if_failed()


def test_cancel_ends_the_wait_with_a_typed_error(scripted: ScriptedServer) -> None:
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(201, install_job("downloading", total_bytes=100)),
        Reply(201, None),
        Reply(200, install_job("cancelled")),
    )
    with InvokeAIClient(scripted.url) as client:
        handle = client.models.install("https://example.com/x.safetensors", wait="poll")
        handle.cancel()
        with pytest.raises(ModelInstallCanceledError) as info:
            handle.wait(timeout=30)
    assert info.value.job_id == 3
    assert [(s.method, urlsplit(s.path).path) for s in scripted.seen[4:]] == [
        ("DELETE", "/api/v2/models/install/3"),
        ("GET", "/api/v2/models/install/3"),
    ]


def test_a_duplicate_job_yields_the_installed_model(scripted: ScriptedServer) -> None:
    duplicate = install_job(
        "error",
        error_reason="DuplicateModelException",
        error="A model named tiny-lora.safetensors is already installed at /root/models/sd-1/lora/tiny-lora.safetensors",
    )
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(201, install_job("running")),
        Reply(200, duplicate),
        Reply(200, {"models": [MODEL]}),
    )
    with InvokeAIClient(scripted.url) as client:
        handle = client.models.install("/data/new.safetensors", wait="poll")
        assert handle.wait(timeout=30).key == "k-lora"
        assert handle.already_installed
        handle.raise_if_failed()  # resolved: not a failure


def test_a_refused_source_is_a_model_source_error_sent_once(scripted: ScriptedServer) -> None:
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(500, b"Internal Server Error"),
        Reply(200, []),
    )
    with InvokeAIClient(scripted.url) as client, pytest.raises(ModelSourceError) as info:
        client.models.install("owner/repo", access_token="hf_x", wait="poll")
    assert (info.value.kind, info.value.status_code, info.value.source) == ("hf", 500, "owner/repo")
    # never retried: after the 500 the jobs are read once, and none of this source is new
    assert [s.method for s in scripted.seen] == ["GET", "GET", "GET", "POST", "GET"]
    assert query(scripted.seen[3].path)["access_token"] == ["hf_x"]


async def test_async_install_and_a_missing_path(scripted: ScriptedServer) -> None:
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(201, install_job("waiting")),
        Reply(200, install_job("completed", config_out=MODEL)),
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(409, {"detail": "Unsupported model source: '/no/such'"}),
    )
    async with AsyncInvokeAIClient(scripted.url) as client:
        handle = await client.models.install("/data/new.safetensors", wait="poll")
        assert isinstance(handle, AsyncModelInstall)
        assert (await handle.wait(timeout=30)).key == "k-lora"
        with pytest.raises(ModelSourceError, match="no such file or folder on the server"):
            await client.models.install("/no/such", wait="poll")


def test_records_requests_and_error_statuses(scripted: ScriptedServer) -> None:
    changes = {"description": "d", "default_settings": {"weight": 0.5}}
    scripted.script(
        VERSION,
        Reply(200, {"models": [MODEL]}),
        Reply(200, {**MODEL, "description": "d"}),
        Reply(415, {"detail": "No job with id 9 known"}),
        Reply(424, {"detail": "unknown model"}),
        Reply(200, None),
    )
    with InvokeAIClient(scripted.url) as client:
        assert [m.key for m in client.models.list(base=["sd-1", "sdxl"], type="lora")] == ["k-lora"]
        assert client.models.update("k-lora", changes).description == "d"
        with pytest.raises(NotFoundError):
            client.models.cancel_job(9)
        with pytest.raises(NotFoundError):
            client.models.convert("nope")
        assert client.models.cache_stats() is None
    listed, patched = scripted.seen[1], scripted.seen[2]
    assert query(listed.path) == {"base_models": ["sd-1", "sdxl"], "model_type": ["lora"]}
    assert json.loads(patched.body) == changes  # sent as given: the LoRA weight is kept


def test_hf_login_logout_and_status(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, "valid"), Reply(200, "invalid"), Reply(200, "unknown"))
    with InvokeAIClient(scripted.url) as client:
        assert client.models.hf_login("hf_token") == "valid"
        assert client.models.hf_logout() == "invalid"
        assert client.models.hf_status() == "unknown"
    assert json.loads(scripted.seen[1].body) == {"token": "hf_token"}
    assert [(s.method, urlsplit(s.path).path) for s in scripted.seen[1:]] == [
        ("POST", "/api/v2/models/hf_login"),
        ("DELETE", "/api/v2/models/hf_login"),
        ("GET", "/api/v2/models/hf_login"),
    ]


def test_cli_models_commands(scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]) -> None:
    jobs = [install_job("error", error_reason="InvalidModelConfigException", error="Unable to determine")]
    scripted.script(
        VERSION,
        Reply(200, {"models": [MODEL]}),
        VERSION,
        Reply(200, jobs),
        VERSION,
        Reply(204, b""),
        VERSION,
        Reply(200, "invalid"),
    )
    assert main(["models", "list", "--url", scripted.url]) == 0
    assert main(["models", "jobs", "--url", scripted.url]) == 0
    assert main(["models", "delete", "k-lora", "--url", scripted.url, "--yes"]) == 0
    assert main(["models", "hf-status", "--url", scripted.url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "k-lora\ttiny-lora\tsd-1/lora/lycoris",
        "3\terror\t-\t/data/new.safetensors\tInvalidModelConfigException: Unable to determine",
        "deleted k-lora",
        "invalid",
    ]


def test_cli_install_of_a_missing_path_is_one_line(scripted: ScriptedServer) -> None:
    scripted.script(
        VERSION,
        Reply(200, {"models": []}),
        Reply(200, []),
        Reply(409, {"detail": "Unsupported model source: '/no/such'"}),
    )
    command = [sys.executable, "-m", "invokeai_client.cli", "models", "install", "/no/such.safetensors"]
    result = subprocess.run(
        [*command, "--url", scripted.url], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stderr == (
        "error: cannot install '/no/such.safetensors': there is no such file or folder on the server\n"
    )


def test_cli_hf_login_that_fails_exits_non_zero(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, "invalid"))
    command = [sys.executable, "-m", "invokeai_client.cli", "models", "hf-login", "--url", scripted.url]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"HF_TOKEN": "hf_bad", "PATH": ""},
    )
    assert (result.returncode, result.stdout) == (1, "invalid\n")
    assert result.stderr == "error: the server did not accept the token (status: invalid)\n"


def _methods(obj: object) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(getattr(obj, name))
        for name in dir(obj)
        if not name.startswith("_") and callable(getattr(obj, name))
    }


def test_sync_and_async_twins_match() -> None:
    sync, asynchronous = InvokeAIClient("http://127.0.0.1:1"), AsyncInvokeAIClient("http://127.0.0.1:1")
    sync_methods, async_methods = _methods(sync.models), _methods(asynchronous.models)
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():  # install returns the handle of its kind
        assert signature.parameters == async_methods[name].parameters, name
    for name in async_methods:
        assert inspect.iscoroutinefunction(getattr(asynchronous.models, name)), name
    sync_handle = ModelInstall(sync._core, MODEL_INSTALL_OPS, "/m.safetensors", None, existing=None)
    async_handle = AsyncModelInstall(
        asynchronous._core, MODEL_INSTALL_OPS, "/m.safetensors", None, existing=None
    )
    handles = _methods(sync_handle), _methods(async_handle)
    assert handles[0].keys() == handles[1].keys()
    for name in ("refresh", "wait", "cancel"):
        assert inspect.iscoroutinefunction(getattr(async_handle, name))
        assert handles[0][name].parameters.keys() == handles[1][name].parameters.keys()
    sync.close()
