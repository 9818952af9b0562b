"""The model-needing examples cannot run here (no weights), so their graph building is tested offline,
with the bundled 6.8.1 templates; a live test checks the server accepts what they build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from invokeai_client import ModelResolutionError
from invokeai_client.workflows import TemplateSet, Workflow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _model(key: str, name: str, base: str, type_: str) -> dict[str, Any]:
    """A model record as ``GET /api/v2/models/`` lists it (the fields model sync reads)."""
    return {
        "key": key,
        "hash": f"blake3:{key}",
        "name": name,
        "base": base,
        "type": type_,
        "format": "diffusers",
    }


def test_sdxl_text_to_image_graph() -> None:
    example = _example("sdxl_text_to_image")
    wf = example.prepare(Workflow.load(example.WORKFLOW, TemplateSet.bundled()), "a red fox", steps=12)
    changes = wf.sync_models([_model("k-sdxl", "stable-diffusion-xl-base-1.0", "sdxl", "main")])
    assert [(c.strategy, c.new["key"]) for c in changes] == [("name", "k-sdxl")]
    body = wf.to_batch(runs=3)
    graph = body["batch"]["graph"]
    assert body["batch"]["runs"] == 3
    assert graph["nodes"]["positive"]["prompt"] == "a red fox"
    assert graph["nodes"]["denoise"]["steps"] == 12
    assert graph["nodes"]["model"]["model"]["key"] == "k-sdxl"
    assert "seed" not in graph["nodes"]["noise"]  # fed by rand_int: a new seed every run
    assert graph["nodes"]["decode"]["is_intermediate"] is False
    assert {(e["source"]["node_id"], e["destination"]["node_id"]) for e in graph["edges"]} >= {
        ("model", "positive"),
        ("positive", "denoise"),
        ("noise", "denoise"),
        ("denoise", "decode"),
    }


def test_flux_image_to_image_graph_with_a_strength_sweep() -> None:
    example = _example("flux_image_to_image")
    wf = Workflow.load(example.WORKFLOW, TemplateSet.bundled())
    example.prepare(wf, "uploaded.png", "in watercolour", strengths=[0.3, 0.6])
    installed = [
        _model("k-flux", "FLUX Schnell (Quantized)", "flux", "main"),
        _model("k-t5", "t5_bnb_int8_quantized_encoder", "any", "t5_encoder"),
        _model("k-clip", "clip-vit-large-patch14", "any", "clip_embed"),
        _model("k-vae", "FLUX.1-schnell_ae", "flux", "vae"),
    ]
    assert len(wf.sync_models(installed)) == 4
    body = wf.to_batch()
    nodes = body["batch"]["graph"]["nodes"]
    assert nodes["source"]["image"] == {"image_name": "uploaded.png"}
    assert nodes["prompt"]["prompt"] == "in watercolour"
    assert {
        nodes["model"][f]["key"] for f in ("model", "t5_encoder_model", "clip_embed_model", "vae_model")
    } == {
        "k-flux",
        "k-t5",
        "k-clip",
        "k-vae",
    }
    assert body["batch"]["data"] == [
        [{"node_path": "denoise", "field_name": "denoising_start", "items": [0.7, 0.4]}]
    ]
    assert wf.session_count() == 2


def test_flux_example_reports_every_missing_model_at_once() -> None:
    example = _example("flux_image_to_image")
    wf = example.prepare(Workflow.load(example.WORKFLOW, TemplateSet.bundled()), "x.png", "p")
    with pytest.raises(ModelResolutionError) as info:
        wf.sync_models([_model("k-flux", "FLUX Schnell (Quantized)", "flux", "main")])
    message = str(info.value)
    assert all(
        name in message
        for name in ("t5_bnb_int8_quantized_encoder", "clip-vit-large-patch14", "FLUX.1-schnell_ae")
    )
    assert wf.input("Model").value["key"] == "example-flux-schnell"  # nothing changed
