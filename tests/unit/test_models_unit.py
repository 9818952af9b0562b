"""Model management, pure parts: the facade's model types, sources, the install wait plan, duplicates,
the progress bar, and the tests' own safetensors writer."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient, ModelInstallFailedError
from invokeai_client.installs import InstallProgressBar
from invokeai_client.installs._plan import InstallWaitPlan, duplicate_of, progress_of, same_path
from invokeai_client.installs._progress import describe, progress_callback
from invokeai_client.resources._model_flows import source_error, source_forms, source_kind
from invokeai_client.resources._model_installs import MODEL_INSTALL_OPS
from invokeai_client.types import InstallJob, InstallProgress, Model, ModelIdentifier
from invokeai_client.types.events import (
    ModelInstallCompleteEvent,
    ModelInstallDownloadProgressEvent,
    ModelInstallErrorEvent,
    ModelInstallStartedEvent,
    QueueClearedEvent,
)
from invokeai_client.workflows import Workflow

from .. import model_files
from ..model_files import esrgan_shapes, read_header, write_embedding, write_esrgan, write_lora

RECORD = {
    "key": "k1",
    "hash": "blake3:abc",
    "name": "tiny",
    "base": "sd-1",
    "type": "embedding",
    "format": "embedding_file",
    "path": "sd-1/embedding/tiny.safetensors",
    "source": "/tmp/tiny.safetensors",
    "source_type": "path",
    "file_size": 6224,
    "submodels": None,
}


def job(status: str = "waiting", **fields: Any) -> InstallJob:
    data: dict[str, Any] = {
        "id": 7,
        "status": status,
        "source": {"path": "/m/x.safetensors", "inplace": False, "type": "local"},
        "local_path": "/m/x.safetensors",
        **fields,
    }
    return InstallJob.model_validate(data)


# --- types ------------------------------------------------------------------------------------------


def test_a_model_of_a_future_server_keeps_its_unknown_taxonomy_and_fields() -> None:
    future = {**RECORD, "base": "z-image", "type": "qwen_image_edit", "format": "gguf_q9", "variant": "v9"}
    model = Model.model_validate(future)
    assert (model.base, model.type, model.format) == ("z-image", "qwen_image_edit", "gguf_q9")
    assert model.model_dump()["variant"] == "v9"
    minimal = Model.model_validate({"key": "k", "name": "n", "base": "b", "type": "t"})
    assert (minimal.hash, minimal.format, minimal.path) == ("", None, None)


def test_identifier_is_what_a_workflow_model_field_takes() -> None:
    model = Model.model_validate(RECORD)
    ident = model.identifier()
    assert ident == ModelIdentifier(key="k1", hash="blake3:abc", name="tiny", base="sd-1", type="embedding")
    assert ident.to_dict() == {
        "key": "k1",
        "hash": "blake3:abc",
        "name": "tiny",
        "base": "sd-1",
        "type": "embedding",
    }
    assert model.identifier("vae").to_dict()["submodel_type"] == "vae"


def test_identifier_sets_a_model_input_of_a_workflow() -> None:
    from invokeai_client.workflows import TemplateSet

    definition = json.loads((Path(__file__).parents[1] / "live/workflows/tiny_upscale.json").read_text())
    wf = Workflow.load(definition, TemplateSet.bundled())
    upscaler = Model.model_validate({**RECORD, "base": "any", "type": "spandrel_image_to_image"})
    wf.set("Upscaler model", upscaler.identifier())
    node = wf.to_batch()["batch"]["graph"]["nodes"]["upscale"]
    assert node["image_to_image_model"] == upscaler.identifier().to_dict()
    with pytest.raises(ValueError, match="type must be one of"):
        wf.set("Upscaler model", Model.model_validate(RECORD).identifier())  # an embedding: wrong type


def test_install_job_model_and_progress_fraction() -> None:
    done = job("completed", config_out=RECORD, bytes=10, total_bytes=10)
    assert done.is_final
    assert done.model is not None
    assert done.model.key == "k1"
    assert job("running").model is None
    assert (
        InstallProgress(job_id=1, source="s", status="downloading", bytes=5, total_bytes=20).fraction == 0.25
    )
    assert InstallProgress(job_id=1, source="s", status="downloading").fraction is None
    assert InstallProgress(job_id=1, source="s", status="completed").fraction == 1.0


# --- sources ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("/models/x.safetensors", "path"),
        ("./x.safetensors", "path"),
        ("~/x.safetensors", "path"),
        ("C:\\models\\x.safetensors", "path"),
        ("just-a-name", "path"),
        ("stabilityai/sd-vae-ft-mse", "hf"),
        ("owner/repo:fp16", "hf"),
        ("owner/repo::sub/folder", "hf"),
        ("https://example.com/x.safetensors", "url"),
        ("HTTP://example.com/x", "url"),
    ],
)
def test_source_kind(source: str, kind: str) -> None:
    assert source_kind(source) == kind


def test_source_forms_match_how_the_server_records_a_path() -> None:
    assert "/m/x.safetensors" in source_forms("/m//x.safetensors")
    assert "/m/folder" in source_forms('"/m/folder/"')
    assert source_forms("owner/repo") == {"owner/repo"}


def _status(code: int, detail: Any) -> Any:
    from invokeai_client.errors._api import status_error_class

    return status_error_class(code)(method="POST", url="u", status_code=code, detail=detail, body=None)


def test_refused_sources_become_model_source_errors() -> None:
    missing = source_error("/no/such.safetensors", _status(409, "Unsupported model source: '/no/such'"))
    assert "no such file or folder on the server" in str(missing)
    assert (missing.kind, missing.status_code) == ("path", 409)  # type: ignore[union-attr]
    offline = source_error("owner/repo", _status(500, "Internal Server Error"))
    assert "could not look the repo up on Hugging Face" in str(offline)
    unknown = source_error("word", _status(409, "Unsupported model source: 'word'"))
    assert "neither a file or folder" not in str(unknown)  # a bare word looks like a path
    other = _status(500, "boom")
    assert source_error("/a/path", other) is other  # not a source problem: left as it is


# --- the wait plan ----------------------------------------------------------------------------------


def _event(cls: type[Any], job_id: int = 7, **fields: Any) -> Any:
    source = {"path": "/m/x.safetensors", "inplace": False, "type": "local"}
    return cls.model_validate({"timestamp": 1, "id": job_id, "source": source, **fields})


def test_events_bring_progress_and_the_end_is_confirmed_over_rest() -> None:
    plan = InstallWaitPlan(job("waiting"), "events")
    assert plan.next_step(0).kind == "event"
    assert not plan.on_event(_event(ModelInstallStartedEvent, job_id=99))  # another job's
    assert not plan.on_event(QueueClearedEvent(queue_id="default", timestamp=1))
    part = {"source": "https://h/x", "local_path": "/tmp/x", "bytes": 5, "total_bytes": 20}
    progress = _event(
        ModelInstallDownloadProgressEvent, local_path="/tmp", bytes=5, total_bytes=20, parts=[part]
    )
    assert plan.on_event(progress)
    assert (plan.progress.status, plan.progress.fraction) == ("downloading", 0.25)
    assert plan.progress.parts[0].download_path == "/tmp/x"
    assert not plan.on_event(_event(ModelInstallCompleteEvent, key="k1", total_bytes=20))
    assert plan.next_step(0).kind == "check"  # the end is reported from REST, once
    assert plan.on_job(job("completed", config_out=RECORD, bytes=20, total_bytes=20))
    assert plan.done
    assert plan.next_step(0).kind == "fetch"


def test_silence_checks_rest_and_polling_backs_off_to_five_seconds() -> None:
    plan = InstallWaitPlan(job("running"), "events")
    plan.on_silence()
    assert plan.next_step(0).kind == "check"
    assert not plan.on_job(job("running"))
    assert plan.next_step(0).kind == "event"
    poll = InstallWaitPlan(job("running"), "poll")
    delays = [poll.next_step(0).seconds for _ in range(8)]
    assert delays[0] == 0.5
    assert delays == sorted(delays)
    assert delays[-1] == 5.0


def test_deadline_and_an_error_event() -> None:
    plan = InstallWaitPlan(job("running"), "events", deadline=10.0)
    assert plan.next_step(9.0).seconds == 1.0
    assert plan.next_step(10.0).kind == "timeout"
    plan.on_event(_event(ModelInstallErrorEvent, error_type="InvalidModelConfigException", error="nope"))
    assert plan.ended
    assert not plan.done  # until the record says so


def test_a_final_job_needs_no_wait() -> None:
    assert InstallWaitPlan(job("error", error="x"), "events").next_step(0).kind == "fetch"
    assert progress_of(job("running", bytes=3, total_bytes=4)).fraction == 0.75


# --- duplicates -------------------------------------------------------------------------------------


def test_duplicate_messages_of_the_server_name_the_installed_model() -> None:
    moved = duplicate_of(
        "A model named x.safetensors is already installed at /root/models/sd-1/lora/x.safetensors"
    )
    assert moved is not None
    assert moved.path == "/root/models/sd-1/lora/x.safetensors"
    in_place = duplicate_of("A model with path '/data/x.safetensors' is already installed")
    assert in_place is not None
    assert in_place.path == "/data/x.safetensors"
    named = duplicate_of("A model with name='x', type='lora', base='sd-1' is already installed")
    assert named is not None
    assert (named.name, named.type, named.base) == ("x", "lora", "sd-1")
    assert duplicate_of("A model with key 'k' is already installed") is None
    assert duplicate_of(None) is None


def test_same_path_compares_relative_records_with_absolute_paths() -> None:
    assert same_path("sd-1/lora/x.safetensors", "/root/models/sd-1/lora/x.safetensors")
    assert same_path("/data/x.safetensors", "/data/x.safetensors")
    assert not same_path("sd-1/lora/x.safetensors", "/root/models/sd-1/lora/ax.safetensors")
    assert not same_path(None, "/data/x")


def test_failed_error_carries_the_servers_error() -> None:
    failed = job("error", error_reason="InvalidModelConfigException", error="Unable to determine model type")
    error = ModelInstallFailedError(failed)
    assert (error.error_type, error.error_message, error.job_id) == (
        "InvalidModelConfigException",
        "Unable to determine model type",
        7,
    )
    assert "Unable to determine model type" in str(error)


# --- the progress bar -------------------------------------------------------------------------------


def test_the_install_bar_shows_bytes_and_ends_with_the_install() -> None:
    from rich.console import Console

    out = io.StringIO()
    bar = InstallProgressBar(console=Console(file=out, width=100, force_terminal=False))
    bar(InstallProgress(job_id=1, source="/m/x", status="waiting"))  # size not known yet
    bar(InstallProgress(job_id=1, source="/m/x", status="downloading", bytes=512, total_bytes=2048))
    bar(InstallProgress(job_id=1, source="/m/x", status="completed", bytes=2048, total_bytes=2048))
    text = out.getvalue()
    assert "2.0/2.0 kB" in text
    assert "completed  /m/x" in text
    assert bar._bar._task is None  # ended with the install
    assert describe(InstallProgress(job_id=1, source="s", status="waiting")) == "waiting  s"
    assert progress_callback(False) is None
    assert isinstance(progress_callback(True), InstallProgressBar)
    assert progress_callback(print) is print


def test_an_already_installed_handle_is_done() -> None:
    from invokeai_client.installs import ModelInstall

    with InvokeAIClient("http://127.0.0.1:1") as client:
        handle = ModelInstall(
            client._core, MODEL_INSTALL_OPS, "/m/x", None, existing=Model.model_validate(RECORD)
        )
        assert (handle.done, handle.already_installed, handle.job_id, handle.status) == (
            True,
            True,
            None,
            "completed",
        )
        assert handle.wait().key == "k1"  # no request
        assert handle.progress.fraction == 1.0
        handle.raise_if_failed()


# --- the tests' safetensors writer ------------------------------------------------------------------


def test_safetensors_files_are_well_formed(tmp_path: Path) -> None:
    for path in (
        write_embedding(tmp_path / "e.safetensors"),
        write_lora(tmp_path / "l.safetensors"),
        write_esrgan(tmp_path / "s.safetensors"),
    ):
        header = read_header(path)
        end = 0
        for entry in header.values():
            assert isinstance(entry, dict)
            start, stop = entry["data_offsets"]
            assert start == end
            assert stop - start == 4 * math.prod(entry["shape"])
            end = stop
        header_length = int.from_bytes(path.read_bytes()[:8], "little")
        assert header_length % 8 == 0
        assert path.stat().st_size == 8 + header_length + end
    assert read_header(tmp_path / "e.safetensors")["emb_params"] == {
        "dtype": "F32",
        "shape": [2, 768],
        "data_offsets": [0, 2 * 768 * 4],
    }


def test_esrgan_shapes_follow_the_rrdb_layout() -> None:
    shapes = esrgan_shapes(scale=4)
    assert shapes["model.0.weight"] == (4, 3, 3, 3)
    assert shapes["model.1.sub.0.RDB3.conv5.0.weight"] == (4, 132, 3, 3)
    assert [k for k in shapes if not k.startswith(("model.0.", "model.1."))] == [
        f"model.{i}.{kind}" for i in (3, 6, 8, 10) for kind in ("weight", "bias")
    ]
    assert shapes["model.10.weight"] == (3, 4, 3, 3)
    assert sum(math.prod(s) for s in esrgan_shapes().values()) == 195_031  # the same model spandrel builds
    assert model_files.__doc__ is not None
