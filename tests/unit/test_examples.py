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


def test_the_contact_sheet_graph_is_generated_by_python() -> None:
    example = _example("graph_contact_sheet")
    graph = example.contact_sheet(["#ff0000", "#00ff00", "#0000ff", "#ffffff"], columns=2, radius=2)
    body = graph.to_batch()["batch"]["graph"]
    types = [node["type"] for node in body["nodes"].values()]
    assert types.count("blank_image") == 5  # the sheet and four tiles
    assert types.count("img_paste") == types.count("img_blur") == 4
    pastes = [node for node in body["nodes"].values() if node["type"] == "img_paste"]
    assert [(p["x"], p["y"]) for p in pastes] == [(8, 8), (80, 8), (8, 80), (80, 80)]
    sheet = body["nodes"]["blank_image:1"]
    assert (sheet["width"], sheet["height"]) == (2 * 72 + 8, 2 * 72 + 8)
    radius_edges = [e for e in body["edges"] if e["source"]["node_id"] == "float:1"]
    assert len(radius_edges) == 4  # one shared radius node feeds every blur (a float into a float)
    wf = graph.to_workflow_object()
    assert [(i.label, i.value) for i in wf.inputs] == [("Blur radius", 2.0)]


def test_the_sd15_graph_is_the_guis_text_to_image() -> None:
    example = _example("graph_sd15_text_to_image")
    model = _model("sd15-key", "tiny", "sd-1", "main")
    graph = example.text_to_image(model, "a red fox", width=64, height=64, steps=3, seed=7)
    wf = graph.to_workflow_object(TemplateSet.bundled("6.14.2"))
    assert [(i.label, i.value) for i in wf.inputs] == [("Prompt", "a red fox"), ("Seed", 7)]
    wf.set_sweep("Seed", [1, 2])
    body = wf.to_batch()
    nodes = body["batch"]["graph"]["nodes"]
    assert nodes["main_model_loader:1"]["model"]["key"] == "sd15-key"
    assert {n["type"] for n in nodes.values()} == {
        "main_model_loader", "compel", "noise", "denoise_latents", "l2i"
    }  # fmt: skip
    assert nodes["l2i:1"]["is_intermediate"] is False
    assert body["batch"]["data"] == [[{"node_path": "noise:1", "field_name": "seed", "items": [1, 2]}]]


def _refine_graph(**options: Any) -> Any:
    example = _example("sdxl_flux_refine")
    models = [
        _model("sdxl-key", "sdxl", "sdxl", "main"),
        _model("flux-key", "flux dev", "flux", "main"),
        _model("t5-key", "t5", "any", "t5_encoder"),
        _model("clip-key", "clip-l", "any", "clip_embed"),
        _model("ae-key", "flux vae", "flux", "vae"),
    ]
    return example, example.refine_graph(*models, "a lighthouse", **options)


def test_the_sdxl_flux_refine_graph_has_two_stages_on_their_boards() -> None:
    example, graph = _refine_graph(
        size=512, strength=0.25, seed=3, draft_board="drafts", final_board="finals"
    )
    wf = graph.to_workflow_object(TemplateSet.bundled("6.14.2"))
    assert [(i.label, i.value) for i in wf.inputs] == [("Prompt", "a lighthouse"), ("Seed", 3)]
    wf.set_sweep("Seed", [1, 2])
    body = wf.to_batch()
    nodes = body["batch"]["graph"]["nodes"]
    by_type = {node["type"]: node for node in nodes.values()}
    assert by_type["l2i"]["board"] == {"board_id": "drafts"}  # stage one's board
    assert by_type["flux_vae_decode"]["board"] == {"board_id": "finals"}  # stage two's
    assert by_type["flux_denoise"]["denoising_start"] == 0.75  # 1 - strength
    assert by_type["string_join"]["string_right"] == ", highly detailed, sharp focus"  # the prompt append
    edges = {(e["source"]["node_id"], e["source"]["field"], e["destination"]["node_id"], e["destination"]["field"])
             for e in body["batch"]["graph"]["edges"]}  # fmt: skip
    assert ("l2i:1", "image", "flux_vae_encode:1", "image") in edges  # the draft feeds the refine
    assert ("string_join:1", "value", "flux_text_encoder:1", "prompt") in edges
    assert ("integer:1", "value", "flux_denoise:1", "seed") in edges
    assert ("integer:1", "value", "noise:1", "seed") in edges
    assert body["batch"]["data"] == [[{"node_path": "integer:1", "field_name": "value", "items": [1, 2]}]]
    labels = {node.label for node in graph.nodes if not node.is_intermediate}
    assert labels == {example.DRAFT, example.FINAL}  # outputs are mapped over the stages by these


def test_the_copy_image_graph_loads_and_saves_again() -> None:
    example = _example("copy_image")
    body = example.copy_graph("cat.png", "board-1").to_batch()
    nodes = list(body["batch"]["graph"]["nodes"].values())
    assert [(node["type"], node.get("image"), node.get("board")) for node in nodes] == [
        ("image", {"image_name": "cat.png"}, None),
        ("save_image", None, {"board_id": "board-1"}),
    ]
    assert nodes[1]["use_cache"] is False  # a copy each time, never the cached first one
    assert "board" not in example.copy_graph("cat.png").to_batch()["batch"]["graph"]["nodes"]["save_image:1"]
