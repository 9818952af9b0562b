"""InvokeAI's own model workflows run for real, on tiny random-weight models the test run builds and installs
(``tiny_models``): loading, conditioning, denoising with previews, decoding, saving, output mapping.

The images are coloured noise; every other part of the path is what a user with real models gets. Runs stay at
64 x 64 and a few steps (the server runs torch on one thread), and every job has a fresh seed or prompt so
the invocation cache cannot answer it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PIL import Image as PILImage

from invokeai_client import InputValueError, InvokeAIClient, PreflightError
from invokeai_client.types import (
    Event,
    InvocationProgressEvent,
    ModelLoadCompleteEvent,
    ModelLoadStartedEvent,
)
from invokeai_client.workflows import Workflow

from .conftest import TinyModels
from .gui_workflows import gui_edge, gui_node, gui_workflow

SD15 = "Text to Image - SD1.5"
SDXL = "Text to Image - SDXL"
LORA = "Text to Image - SD1.5, LoRA"
SIZE = 64
STEPS = 4


def default_workflow(client: InvokeAIClient, name: str) -> Workflow:
    """One of the workflows the server ships, loaded from its library with its templates."""
    record = next(w for w in client.workflows.list(categories=["default"]) if w.name == name)
    return client.workflows.load_saved(record.workflow_id)


def node_id(workflow: Workflow, node_type: str) -> str:
    (found,) = [n["id"] for n in workflow.definition.invocation_nodes() if n["data"]["type"] == node_type]
    return str(found)


def small(workflow: Workflow, *, steps: int = STEPS) -> Workflow:
    """64 x 64 and a few steps; a unique prompt keeps the invocation cache out of the run."""
    noise = node_id(workflow, "noise")
    workflow.set(f"{noise}.width", SIZE)
    workflow.set(f"{noise}.height", SIZE)
    workflow.set(f"{node_id(workflow, 'denoise_latents')}.steps", steps)
    return workflow


def test_the_default_sd15_workflow_runs_with_previews_and_its_image_is_saved(
    client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path
) -> None:
    workflow = small(default_workflow(client, SD15))
    workflow.set(f"{node_id(workflow, 'main_model_loader')}.model", tiny_models.sd1)
    workflow.set(1, f"a cat {uuid.uuid4()}")  # the positive prompt (the second exposed field)
    events: list[Event] = []
    shown: list[str] = []
    with (
        client.events.subscribe(events=[ModelLoadStartedEvent, ModelLoadCompleteEvent]) as loads,
        client.workflows.submit(workflow) as job,
    ):
        (item,) = job.wait(
            timeout=600, on_event=events.append, on_progress=lambda p: shown.append(p.describe())
        )
        saved = job.download(tmp_path)
        model_loads = loads.drain()
    assert item.status == "completed"
    (image,) = saved
    assert image.image.source_node_id == node_id(workflow, "l2i")  # mapped to the latents-to-image node
    with PILImage.open(image.path) as picture:
        assert picture.size == (SIZE, SIZE)
    previews = [e for e in events if isinstance(e, InvocationProgressEvent) and e.image is not None]
    assert len(previews) >= STEPS  # one per denoising step (and the start)
    first = previews[0]
    assert first.image is not None
    assert (first.image.width, first.image.height) == (SIZE, SIZE)  # the size of the image it previews …
    assert first.image.to_pil().size == (SIZE // 8, SIZE // 8)  # … sent at latent size
    assert f"item 1/1: denoise_latents - Denoising (step {STEPS}/{STEPS})" in shown  # what the bar shows
    assert {type(e) for e in model_loads} == {ModelLoadStartedEvent, ModelLoadCompleteEvent}
    assert {e.config.get("key") for e in model_loads if isinstance(e, ModelLoadCompleteEvent)} >= {
        tiny_models.sd1.key
    }


def test_the_default_sdxl_workflow_runs_with_its_own_vae(
    client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path
) -> None:
    workflow = small(default_workflow(client, SDXL))
    workflow.set(f"{node_id(workflow, 'sdxl_model_loader')}.model", tiny_models.sdxl)
    workflow.set(f"{node_id(workflow, 'vae_loader')}.vae_model", tiny_models.sdxl_vae)
    for prompt_node in [
        n["id"] for n in workflow.definition.invocation_nodes() if n["data"]["type"] == "string"
    ]:
        workflow.set(f"{prompt_node}.value", f"watercolor {uuid.uuid4()}")
    with client.workflows.submit(workflow) as job:
        (item,) = job.wait(timeout=600)
        (image,) = job.download(tmp_path)
    assert item.status == "completed"
    assert image.image.source_node_id == node_id(workflow, "l2i")
    with PILImage.open(image.path) as picture:
        assert picture.size == (SIZE, SIZE)


def test_a_seed_sweep_makes_one_image_per_seed(client: InvokeAIClient, tiny_models: TinyModels) -> None:
    """The default workflow draws its seed with a ``rand_int`` node; pinning its bounds per session
    (``low = s``, ``high = s + 1``, zipped) sweeps the seed the way the GUI's batch would."""
    workflow = small(default_workflow(client, SD15), steps=2)
    workflow.set(f"{node_id(workflow, 'main_model_loader')}.model", tiny_models.sd1)
    seeds = [int(uuid.uuid4().int % 2**31) for _ in range(3)]
    rand = node_id(workflow, "rand_int")
    workflow.set_sweep(f"{rand}.low", seeds)
    workflow.set_sweep(f"{rand}.high", [s + 1 for s in seeds])
    workflow.zip(f"{rand}.low", f"{rand}.high")
    with client.workflows.submit(workflow) as job:
        items = job.wait(timeout=900)
        outputs = job.outputs()
    assert [i.status for i in items] == ["completed"] * 3
    used = sorted(i.session["graph"]["nodes"][rand]["low"] for i in items if i.session)
    assert used == sorted(seeds)
    assert len({o.image_name for o in outputs}) == 3


def test_a_lora_changes_the_image(client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path) -> None:
    """The same seed and prompt with the LoRA at weight 0 and at weight 1: the LoRA's keys match the tiny
    UNet and text encoder, so the two images differ."""
    workflow = small(default_workflow(client, LORA), steps=2)
    workflow.set(f"{node_id(workflow, 'main_model_loader')}.model", tiny_models.sd1)
    lora = node_id(workflow, "lora_loader")
    workflow.set(f"{lora}.lora", tiny_models.sd1_lora)
    rand = node_id(workflow, "rand_int")
    seed = int(uuid.uuid4().int % 2**31)
    workflow.set(f"{rand}.low", seed)
    workflow.set(f"{rand}.high", seed + 1)
    workflow.set_sweep(f"{lora}.weight", [0.0, 1.0])
    with client.workflows.submit(workflow) as job:
        items = job.wait(timeout=900)
        saved = job.download(tmp_path)
    assert [i.status for i in items] == ["completed"] * 2
    without, with_lora = (PILImage.open(s.path).tobytes() for s in saved)
    assert without != with_lora


def test_the_cli_runs_the_default_workflow_into_a_folder(
    invokeai_url: str, client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path
) -> None:
    workflow = small(default_workflow(client, SD15), steps=2)
    exported = tmp_path / "sd15.json"
    exported.write_text(json.dumps(workflow.to_dict()))
    loader = node_id(workflow, "main_model_loader")
    result = _cli(
        "run",
        str(exported),
        "--url",
        invokeai_url,
        "--set",
        f"{loader}.model={json.dumps(tiny_models.sd1.model_dump(mode='json'))}",
        "--set",
        f"1=cli {uuid.uuid4()}",
        "--out",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0, result.stderr
    (png,) = (tmp_path / "out").glob("*.png")
    with PILImage.open(png) as picture:
        assert picture.size == (SIZE, SIZE)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "invokeai_client.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def test_a_model_that_is_not_installed_is_reported_before_any_enqueue(
    client: InvokeAIClient, tiny_models: TinyModels
) -> None:
    """Exported on another machine: a key and hash this server does not have (and no model of that name)."""
    workflow = small(default_workflow(client, SD15))
    loader = node_id(workflow, "main_model_loader")
    foreign = {
        **tiny_models.sd1.model_dump(mode="json"),
        "key": "elsewhere",
        "hash": "blake3:0",
        "name": "not-here",
    }
    workflow.set(f"{loader}.model", foreign)
    report = client.workflows.preflight(workflow)
    assert [issue.code for issue in report.errors] == ["model_not_installed"]
    with pytest.raises(PreflightError) as info:
        report.raise_for_errors()
    assert loader in str(info.value)


def test_a_model_of_the_wrong_base_is_refused_where_it_is_set(
    client: InvokeAIClient, tiny_models: TinyModels
) -> None:
    workflow = default_workflow(client, SD15)
    key = f"{node_id(workflow, 'main_model_loader')}.model"
    with pytest.raises(InputValueError) as info:
        workflow.set(key, tiny_models.sdxl)  # an SDXL model in the SD-1 loader
    assert info.value.key == key
    assert "base must be one of" in info.value.rule
    workflow.set_raw(
        key, tiny_models.sdxl.model_dump(mode="json")
    )  # stored in the file so: refused at build time
    with pytest.raises(InputValueError):
        workflow.to_batch()


def test_sync_models_repoints_another_machines_references(
    client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path
) -> None:
    """The same name, base and type under another key and hash (another machine's install): sync_models
    points the reference at the installed model, and the workflow runs."""
    workflow = small(default_workflow(client, SD15), steps=2)
    loader = node_id(workflow, "main_model_loader")
    workflow.set(
        f"{loader}.model",
        {**tiny_models.sd1.model_dump(mode="json"), "key": "other-machine", "hash": "blake3:1"},
    )
    workflow.set(1, f"synced {uuid.uuid4()}")
    changes = workflow.sync_models([m.model_dump(mode="json") for m in client.models.list()])
    assert [(c.node_id, c.new["key"]) for c in changes] == [(loader, tiny_models.sd1.key)]
    with client.workflows.submit(workflow) as job:
        assert job.wait(timeout=600)[0].status == "completed"


def test_image_to_image_starts_from_an_uploaded_picture(
    client: InvokeAIClient, tiny_models: TinyModels, tmp_path: Path
) -> None:
    """A GUI-format workflow made from the server's templates: the uploaded picture is encoded (``i2l``),
    half-denoised from there, and decoded."""
    templates = client.workflows.templates()
    nodes = [
        gui_node(templates, "model", "main_model_loader"),
        gui_node(templates, "positive", "compel", {"prompt": f"a watercolor {uuid.uuid4()}"}),
        gui_node(templates, "negative", "compel", {"prompt": ""}),
        gui_node(templates, "picture", "image"),
        gui_node(templates, "encode", "i2l"),
        gui_node(templates, "noise", "noise", {"seed": 7, "width": SIZE, "height": SIZE}),
        gui_node(
            templates,
            "denoise",
            "denoise_latents",
            {
                "steps": STEPS,
                "cfg_scale": 7.5,
                "denoising_start": 0.5,
                "denoising_end": 1.0,
                "scheduler": "euler",
            },
        ),
        gui_node(templates, "decode", "l2i"),
    ]
    nodes[-1]["data"]["isIntermediate"] = False
    edges = [
        gui_edge("model", "clip", "positive", "clip"),
        gui_edge("model", "clip", "negative", "clip"),
        gui_edge("model", "vae", "encode", "vae"),
        gui_edge("model", "unet", "denoise", "unet"),
        gui_edge("model", "vae", "decode", "vae"),
        gui_edge("picture", "image", "encode", "image"),
        gui_edge("encode", "latents", "denoise", "latents"),
        gui_edge("noise", "noise", "denoise", "noise"),
        gui_edge("positive", "conditioning", "denoise", "positive_conditioning"),
        gui_edge("negative", "conditioning", "denoise", "negative_conditioning"),
        gui_edge("denoise", "latents", "decode", "latents"),
    ]
    document = gui_workflow("img2img", nodes, edges, [("model", "model"), ("picture", "image")])
    workflow = client.workflows.load(document)
    workflow.set("model.model", tiny_models.sd1)
    start = PILImage.new("RGB", (SIZE, SIZE), (200, 40, 40))
    uploaded = client.images.upload(start)
    try:
        workflow.set("picture.image", uploaded.image_name)
        with client.workflows.submit(workflow) as job:
            (item,) = job.wait(timeout=600)
            (image,) = job.download(tmp_path)
    finally:
        client.images.delete(uploaded.image_name)
    assert item.status == "completed"
    assert image.image.source_node_id == "decode"
    with PILImage.open(image.path) as picture:
        assert picture.size == (SIZE, SIZE)
