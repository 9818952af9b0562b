"""Model management against the real server, with small but real model files the tests write themselves.

No download: every model is a safetensors file written by ``tests/model_files.py`` and installed from a local
path. What the server makes of each (InvokeAI 6.8.1): the embedding is ``sd-1``/``embedding``/
``embedding_file``, the LoRA ``sd-1``/``lora``/``lycoris``, the tiny ESRGAN ``any``/``spandrel_image_to_image``/
``checkpoint``, and it upscales an image on the CPU in a workflow.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from invokeai_client import (
    APIStatusError,
    AsyncInvokeAIClient,
    BadRequestError,
    InvokeAIClient,
    ModelInstallFailedError,
    ModelSourceError,
    NotFoundError,
    UnsupportedByServerError,
)
from invokeai_client.types import InstallProgress, Model

from ..conftest import Server
from ..model_files import write_embedding, write_esrgan, write_lora, write_not_a_model

WORKFLOW = Path(__file__).parent / "workflows" / "tiny_upscale.json"
WAIT = 120.0


@pytest.fixture
def tag() -> str:
    """A suffix that keeps this run's model names apart from any other's on the same server."""
    return uuid.uuid4().hex[:8]


@pytest.fixture
def cleanup(client: InvokeAIClient) -> Iterator[list[str]]:
    """Model keys to delete after the test, whatever happens."""
    keys: list[str] = []
    yield keys
    for key in keys:
        with contextlib.suppress(NotFoundError):
            client.models.delete(key)


def _source_keys(client: InvokeAIClient) -> dict[str | None, str]:
    return {model.source: model.key for model in client.models.list()}


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def test_install_follow_list_use_and_delete(
    client: InvokeAIClient, server: Server, tmp_path: Path, tag: str, cleanup: list[str]
) -> None:
    files = {
        "embedding": write_embedding(tmp_path / f"emb-{tag}.safetensors"),
        "lora": write_lora(tmp_path / f"lora-{tag}.safetensors"),
        "upscaler": write_esrgan(tmp_path / f"esrgan-{tag}.safetensors"),
    }
    sizes = {name: path.stat().st_size for name, path in files.items()}
    models: dict[str, Model] = {}
    for name, path in files.items():
        seen: list[InstallProgress] = []
        handle = client.models.install(path)
        assert handle.mode == "events"
        assert handle.job_id is not None
        model = handle.wait(timeout=WAIT, progress=seen.append)
        cleanup.append(model.key)
        models[name] = model
        assert not handle.already_installed
        assert handle.job is not None
        assert (handle.job.status, handle.job.bytes, handle.job.total_bytes) == (
            "completed",
            sizes[name],
            sizes[name],
        )
        assert seen[-1].status == "completed"
        assert seen[-1].fraction == 1.0
        assert model.source == path.as_posix()
        assert not path.exists()  # moved into the server's models folder
    kinds = {name: (m.base, m.type, m.format) for name, m in models.items()}
    assert kinds == {
        "embedding": ("sd-1", "embedding", "embedding_file"),
        "lora": ("sd-1", "lora", "lycoris"),
        "upscaler": ("any", "spandrel_image_to_image", "checkpoint"),
    }
    emb, lora, upscaler = models["embedding"], models["lora"], models["upscaler"]
    # The models folder's layout: by base and type in 6.8, one folder per model key in 6.14.
    folder = upscaler.key if server.at_least("6.14") else "any/spandrel_image_to_image"
    assert upscaler.path == f"{folder}/esrgan-{tag}.safetensors"
    assert emb.hash.startswith("blake3:")

    # --- find them ----------------------------------------------------------------------------------
    listed = {model.key for model in client.models.list()}
    assert {m.key for m in models.values()} <= listed
    assert [m.key for m in client.models.list(type="lora", name=lora.name)] == [lora.key]
    sd1 = {m.key for m in client.models.list(base="sd-1", format="embedding_file")}
    assert emb.key in sd1
    assert lora.key not in sd1
    assert upscaler.key in {m.key for m in client.models.list(base=["any", "sdxl"])}
    assert client.models.get(lora.key) == lora
    assert client.models.get_by_attrs(emb.name, "embedding", "sd-1").key == emb.key

    # --- installing again changes nothing -----------------------------------------------------------
    again = client.models.install(files["upscaler"])
    assert (again.already_installed, again.job_id, again.wait().key) == (True, None, upscaler.key)

    # --- use the upscaler in a workflow --------------------------------------------------------------
    wf = client.workflows.load(WORKFLOW)
    stale = {"key": "elsewhere", "hash": "blake3:other", "name": upscaler.name, "base": "any"}
    wf.set("Upscaler model", {**stale, "type": "spandrel_image_to_image"})
    (change,) = client.workflows.sync_models(wf)
    assert (change.strategy, change.new["key"]) == ("name", upscaler.key)
    wf.set("Upscaler model", upscaler.identifier())  # the same, straight from the record
    job = client.workflows.submit(wf)
    (item,) = job.wait(timeout=WAIT)
    assert item.status == "completed"
    (output,) = [image for image in job.outputs() if image.source_node_id == "upscale"]
    assert (output.width, output.height) == (24, 16)  # the 12x8 canvas, scaled by 2
    stats = client.models.cache_stats()
    assert stats is not None
    assert stats.misses >= 1
    client.models.empty_cache()
    client.images.delete(output.image_name)

    # --- metadata, image, relationships --------------------------------------------------------------
    updated = client.models.update(lora.key, {"description": "a tiny test LoRA", "trigger_phrases": ["tiny"]})
    assert updated.description == "a tiny test LoRA"
    assert updated.model_dump()["trigger_phrases"] == ["tiny"]
    client.models.set_image(lora.key, _png())
    preview = client.models.image(lora.key)
    assert preview[:4] == b"RIFF"
    assert preview[8:12] == b"WEBP"  # stored as a WebP thumbnail, whatever was sent
    client.models.delete_image(lora.key)
    with pytest.raises(NotFoundError):
        client.models.image(lora.key)
    client.models.add_relationship(lora.key, emb.key)
    assert client.models.related(lora.key) == [emb.key]
    assert client.models.related(emb.key) == [lora.key]
    assert lora.key in client.models.related_batch([emb.key])
    client.models.remove_relationship(emb.key, lora.key)
    assert client.models.related(lora.key) == []

    # --- jobs, then delete everything ------------------------------------------------------------------
    ours = {job.source.location: job for job in client.models.list_jobs()}
    assert all(ours[path.as_posix()].status == "completed" for path in files.values())
    first = ours[files["embedding"].as_posix()]
    assert client.models.get_job(first.id).status == "completed"
    for model in models.values():
        client.models.delete(model.key)
    assert not {m.key for m in models.values()} & {m.key for m in client.models.list()}
    with pytest.raises(NotFoundError):
        client.models.get(lora.key)
    with pytest.raises(NotFoundError):
        client.models.delete(lora.key)
    client.models.prune_jobs()
    assert first.id not in {job.id for job in client.models.list_jobs()}


def test_a_hugging_face_id_without_network_is_a_typed_error_and_leaves_nothing(
    client: InvokeAIClient,
) -> None:
    repo = f"invokeai-client-tests/no-such-repo-{uuid.uuid4().hex[:8]}"
    models_before = {m.key for m in client.models.list()}
    with pytest.raises(ModelSourceError) as info:
        client.models.install(repo)
    assert (info.value.kind, info.value.source) == ("hf", repo)
    assert info.value.status_code >= 500
    assert isinstance(info.value.__cause__, APIStatusError)
    assert {m.key for m in client.models.list()} == models_before
    assert repo not in {job.source.location for job in client.models.list_jobs()}


def test_an_unrecognisable_file_fails_with_the_servers_message(
    client: InvokeAIClient, server: Server, tmp_path: Path, tag: str, caplog: pytest.LogCaptureFixture
) -> None:
    junk = write_not_a_model(tmp_path / f"junk-{tag}.safetensors")
    handle = client.models.install(junk)
    if server.at_least("6.14"):  # 6.14 installs what it cannot identify, as type "unknown"
        model = handle.wait(timeout=WAIT)
        try:
            assert (model.type, model.identified) == ("unknown", False)
            assert "the server could not tell what it is" in caplog.text
        finally:
            client.models.delete(model.key)
        return
    with pytest.raises(ModelInstallFailedError) as info:
        handle.wait(timeout=WAIT)
    assert info.value.error_type == "InvalidModelConfigException"
    assert info.value.error_message == "Unable to determine model type"
    assert info.value.error_traceback
    assert handle.status == "error"
    with pytest.raises(ModelInstallFailedError):
        handle.raise_if_failed()
    assert junk.as_posix() not in _source_keys(client)
    assert junk.exists()  # a failed install leaves the file where it was


def test_a_path_that_does_not_exist(client: InvokeAIClient, invokeai_url: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model.safetensors"
    with pytest.raises(ModelSourceError, match="no such file or folder on the server") as info:
        client.models.install(missing)
    assert (info.value.kind, info.value.status_code) == ("path", 409)
    command = [sys.executable, "-m", "invokeai_client.cli", "models", "install", str(missing)]
    result = subprocess.run(
        [*command, "--url", invokeai_url], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"error: cannot install {missing.as_posix()!r}: there is no such file or folder on the server\n"
    )


def test_a_duplicate_from_another_path_yields_the_installed_model(
    client: InvokeAIClient, server: Server, tmp_path: Path, tag: str, cleanup: list[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_embedding(tmp_path / "a" / f"twin-{tag}.safetensors")
    model = client.models.install(first).wait(timeout=WAIT)
    cleanup.append(model.key)
    second = write_embedding(tmp_path / "b" / f"twin-{tag}.safetensors")
    handle = client.models.install(second, wait="poll")
    assert handle.job_id is not None  # another source: a job runs
    if server.at_least("6.14"):  # 6.14 installs the same file twice, as a second model
        twin = handle.wait(timeout=WAIT)
        cleanup.append(twin.key)
        assert (twin.key != model.key, twin.hash, handle.already_installed) == (True, model.hash, False)
        return
    assert handle.wait(timeout=WAIT).key == model.key  # 6.8 finds the twin
    assert handle.already_installed
    assert handle.job is not None
    assert handle.job.error_reason == "DuplicateModelException"


async def test_async_install_by_polling_and_events(
    aclient: AsyncInvokeAIClient, tmp_path: Path, tag: str
) -> None:
    for wait in ("poll", "events"):
        path = write_lora(tmp_path / f"alora-{wait}-{tag}.safetensors", rank=2)
        handle = await aclient.models.install(path, wait=wait)
        assert handle.mode == wait
        model = await handle.wait(timeout=WAIT)
        assert (model.type, model.base) == ("lora", "sd-1")
        assert (await handle.refresh()) is not None
        await aclient.models.delete(model.key)
        assert model.key not in {m.key for m in await aclient.models.list(type="lora")}


def test_maintenance_calls(client: InvokeAIClient, tmp_path: Path, tag: str, cleanup: list[str]) -> None:
    folder = tmp_path / "scan"
    folder.mkdir()
    loose = write_embedding(folder / f"loose-{tag}.safetensors")
    placed = write_lora(folder / f"placed-{tag}.safetensors")
    model = client.models.install(placed, inplace=True).wait(timeout=WAIT)
    cleanup.append(model.key)
    assert placed.exists()  # in place: not moved
    assert model.path == placed.as_posix()
    found = {Path(f.path).name: f.is_installed for f in client.models.scan_folder(folder.as_posix())}
    assert found == {loose.name: False, placed.name: True}
    with pytest.raises(BadRequestError):
        client.models.scan_folder((folder / "nothing-here").as_posix())
    with pytest.raises(BadRequestError, match=r"is not a main .*checkpoint model"):
        client.models.convert(model.key)
    with pytest.raises(NotFoundError):
        client.models.convert("no-such-key")
    with pytest.raises(APIStatusError):  # offline: 500; online: 400 (no such repo)
        client.models.hf_files(f"invokeai-client-tests/no-such-repo-{tag}")
    starters = client.models.starter_models()
    assert starters.starter_models
    assert all(s.source for s in starters.starter_models)
    client.models.delete(model.key)
    assert placed.exists()  # deleting an in-place model keeps its file


def test_hugging_face_login_status(client: InvokeAIClient) -> None:
    before = client.models.hf_status()
    assert before in ("valid", "invalid", "unknown")
    assert client.models.hf_login("hf_thisIsNotARealTokenForInvokeAIClientTests") != "valid"
    if before == "invalid":  # no token stored on the server's machine: logging out removes nothing
        assert client.models.hf_logout() == "invalid"


def test_cli_install_list_jobs_delete(
    invokeai_url: str, tmp_path: Path, tag: str, client: InvokeAIClient
) -> None:
    import json

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "invokeai_client.cli", "models", *args, "--url", invokeai_url]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    path = write_embedding(tmp_path / f"cli-{tag}.safetensors")
    installed = cli("install", str(path), "--wait", "--json", "--name", f"cli-emb-{tag}")
    assert installed.returncode == 0, installed.stderr
    model = json.loads(installed.stdout)
    assert (model["name"], model["type"]) == (f"cli-emb-{tag}", "embedding")
    again = cli("install", str(path), "--wait")
    assert again.stdout.startswith(f"already installed: {model['key']}\t")
    listed = cli("list", "--json", "--type", "embedding")
    assert model["key"] in {m["key"] for m in json.loads(listed.stdout)}
    assert path.as_posix() in cli("jobs").stdout
    assert cli("hf-status").stdout.strip() in ("valid", "invalid", "unknown")
    assert cli("delete", model["key"], "--yes").stdout == f"deleted {model['key']}\n"
    gone = cli("delete", model["key"], "--yes")
    assert gone.returncode == 1
    assert gone.stderr.startswith("error: DELETE ")
    assert "Traceback" not in gone.stderr
    assert model["key"] not in {m.key for m in client.models.list()}


def test_upkeep_of_6_14(
    client: InvokeAIClient, server: Server, tmp_path: Path, tag: str, cleanup: list[str]
) -> None:
    """By hash, missing files, orphaned files, bulk delete and re-identify, install job controls (6.14)."""
    if not server.at_least("6.14"):
        for attempt in (client.models.missing, lambda: client.models.get_by_hash("blake3:x")):
            with pytest.raises(UnsupportedByServerError) as info:
                attempt()
            assert info.value.supported_by == ["6.14.2"]
        return
    placed = write_lora(tmp_path / f"upkeep-{tag}.safetensors")
    lora = client.models.install(placed, inplace=True).wait(timeout=WAIT)
    copied = client.models.install(write_embedding(tmp_path / f"copied-{tag}.safetensors")).wait(timeout=WAIT)
    cleanup += [lora.key, copied.key]
    assert client.models.get_by_hash(lora.hash).key == lora.key
    with pytest.raises(NotFoundError):
        client.models.get_by_hash(lora.hash.removeprefix("blake3:"))  # the prefix is part of it
    assert client.models.reidentify(lora.key).key == lora.key
    again = client.models.reidentify_many([lora.key, "no-such-key"])
    assert again.succeeded == [lora.key]
    assert [failure.key for failure in again.failed] == ["no-such-key"]

    placed.unlink()  # an in-place model whose file is gone
    assert lora.key in {model.key for model in client.models.missing()}

    job = client.models.list_jobs()[-1]
    for control in (client.models.pause_job, client.models.resume_job, client.models.restart_failed_job):
        assert control(job.id).status == "completed"  # a finished local job stays as it is

    if server.root is not None:  # a file in the models folder that no record owns
        stray = server.root / "models" / f"orphan-{tag}"
        stray.mkdir(parents=True)
        write_embedding(stray / "left-behind.safetensors")
        (orphan,) = [o for o in client.models.orphaned() if o.path == stray.name]
        assert orphan.files == ["left-behind.safetensors"]
        deleted = client.models.delete_orphaned([orphan.path, "no-such-folder"])
        assert deleted.deleted == [orphan.path]
        assert "no-such-folder" in deleted.errors
        assert not stray.exists()

    result = client.models.delete_many([lora.key, copied.key, "no-such-key"])
    assert sorted(result.deleted) == sorted([lora.key, copied.key])
    assert [failure.key for failure in result.failed] == ["no-such-key"]
