"""Small builders for workflow documents shaped like GUI exports (the project's own test workflows)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from invokeai_client.workflows import TemplateSet

REPO_ROOT = Path(__file__).resolve().parents[3]
OPENAPI_PATH = REPO_ROOT / "openapi" / "invokeai-6.8.1.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@functools.cache
def openapi_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(OPENAPI_PATH.read_text(encoding="utf-8"))
    return document


@functools.cache
def templates() -> TemplateSet:
    return TemplateSet.from_openapi(openapi_document(), version="6.8.1")


def node(
    node_id: str,
    node_type: str,
    values: dict[str, Any] | None = None,
    *,
    labels: dict[str, str] | None = None,
    descriptions: dict[str, str] | None = None,
    label: str = "",
    use_cache: bool | None = None,
    is_intermediate: bool = True,
    extra_inputs: dict[str, Any] | None = None,
    version: str | None = None,
) -> dict[str, Any]:
    """An invocation node with an instance input for every template input; values only where given."""
    template = templates()[node_type]
    inputs: dict[str, Any] = {}
    for name in template.inputs:
        entry: dict[str, Any] = {
            "name": name,
            "label": (labels or {}).get(name, ""),
            "description": (descriptions or {}).get(name, ""),
        }
        if values and name in values:
            entry["value"] = values[name]
        inputs[name] = entry
    for name, value in (extra_inputs or {}).items():
        inputs[name] = {"name": name, "label": "", "description": "", "value": value}
    return {
        "id": node_id,
        "type": "invocation",
        "position": {"x": 0, "y": 0},
        "data": {
            "id": node_id,
            "type": node_type,
            "version": version or template.version,
            "nodePack": "invokeai",
            "label": label,
            "notes": "",
            "isOpen": True,
            "isIntermediate": is_intermediate,
            "useCache": template.use_cache if use_cache is None else use_cache,
            "inputs": inputs,
        },
    }


def notes(node_id: str, text: str = "free text") -> dict[str, Any]:
    return {
        "id": node_id,
        "type": "notes",
        "position": {"x": 0, "y": 0},
        "data": {"id": node_id, "type": "notes", "label": "Notes", "isOpen": True, "notes": text},
    }


def edge(source: str, source_handle: str, target: str, target_handle: str) -> dict[str, Any]:
    return {
        "id": f"reactflow__edge-{source}{source_handle}-{target}{target_handle}",
        "type": "default",
        "source": source,
        "sourceHandle": source_handle,
        "target": target,
        "targetHandle": target_handle,
    }


def collapsed(source: str, target: str) -> dict[str, Any]:
    return {"id": f"collapsed-{source}-{target}", "type": "collapsed", "source": source, "target": target}


def workflow(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]] | None = None,
    *,
    form: dict[str, Any] | None = None,
    exposed: list[tuple[str, str]] | None = None,
    version: str = "3.0.0",
    name: str = "test workflow",
    **extra: Any,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "name": name,
        "author": "tests",
        "description": "",
        "version": "1.0",
        "contact": "",
        "tags": "test, unit",
        "notes": "",
        "exposedFields": [{"nodeId": n, "fieldName": f} for n, f in exposed or []],
        "meta": {"version": version, "category": "user"},
        "nodes": nodes,
        "edges": edges or [],
    }
    if form is not None:
        doc["form"] = form
    doc.update(extra)
    return doc


class Form:
    """Builds ``form.elements`` with consistent parent/child links."""

    def __init__(self, root_id: str = "container-root1") -> None:
        self.root_id = root_id
        self.elements: dict[str, Any] = {
            root_id: {"id": root_id, "type": "container", "data": {"layout": "column", "children": []}}
        }

    def _add(self, element: dict[str, Any], parent: str | None) -> str:
        parent_id = parent or self.root_id
        element["parentId"] = parent_id
        self.elements[element["id"]] = element
        self.elements[parent_id]["data"]["children"].append(element["id"])
        return str(element["id"])

    def container(self, element_id: str, parent: str | None = None, layout: str = "row") -> str:
        return self._add(
            {"id": element_id, "type": "container", "data": {"layout": layout, "children": []}}, parent
        )

    def field(
        self,
        element_id: str,
        node_id: str,
        field_name: str,
        parent: str | None = None,
        *,
        settings: dict[str, Any] | None = None,
        show_description: bool = True,
    ) -> str:
        data: dict[str, Any] = {
            "fieldIdentifier": {"nodeId": node_id, "fieldName": field_name},
            "showDescription": show_description,
        }
        if settings is not None:
            data["settings"] = settings
        return self._add({"id": element_id, "type": "node-field", "data": data}, parent)

    def heading(self, element_id: str, parent: str | None = None, content: str = "Heading") -> str:
        return self._add({"id": element_id, "type": "heading", "data": {"content": content}}, parent)

    def text(self, element_id: str, parent: str | None = None, content: str = "Some text") -> str:
        return self._add({"id": element_id, "type": "text", "data": {"content": content}}, parent)

    def divider(self, element_id: str, parent: str | None = None) -> str:
        return self._add({"id": element_id, "type": "divider"}, parent)

    def build(self) -> dict[str, Any]:
        return {"elements": self.elements, "rootElementId": self.root_id}


MODEL_SDXL = {
    "key": "sdxl-key-1",
    "hash": "blake3:aaaa",
    "name": "Juggernaut XL",
    "base": "sdxl",
    "type": "main",
}
MODEL_SD1 = {
    "key": "sd1-key-1",
    "hash": "blake3:bbbb",
    "name": "Dreamshaper 8",
    "base": "sd-1",
    "type": "main",
}


def text_to_image() -> dict[str, Any]:
    """An SDXL text-to-image workflow: loader, prompts, noise, denoise, decode, save; a form over it."""
    nodes = [
        node("loader", "sdxl_model_loader", {"model": MODEL_SDXL}),
        node("pos", "string", {"value": "a red fox"}, labels={"value": "Positive Prompt"}, label="Positive"),
        node("neg", "string", {"value": ""}, labels={"value": "Negative Prompt"}, label="Negative"),
        node("pos_cond", "sdxl_compel_prompt", {"style": ""}),
        node("neg_cond", "sdxl_compel_prompt", {"style": ""}),
        node("noise", "noise", {"width": 1024, "height": 1024, "seed": 42, "use_cpu": True}),
        node(
            "denoise",
            "denoise_latents",
            {"steps": 30, "cfg_scale": 7.5, "scheduler": "euler", "denoising_start": 0, "denoising_end": 1},
        ),
        node("l2i", "l2i", {"fp32": False, "tiled": False}, is_intermediate=False),
        notes("note1"),
    ]
    edges = [
        edge("pos", "value", "pos_cond", "prompt"),
        edge("neg", "value", "neg_cond", "prompt"),
        edge("loader", "clip", "pos_cond", "clip"),
        edge("loader", "clip2", "pos_cond", "clip2"),
        edge("loader", "clip", "neg_cond", "clip"),
        edge("loader", "clip2", "neg_cond", "clip2"),
        edge("loader", "unet", "denoise", "unet"),
        edge("pos_cond", "conditioning", "denoise", "positive_conditioning"),
        edge("neg_cond", "conditioning", "denoise", "negative_conditioning"),
        edge("noise", "noise", "denoise", "noise"),
        edge("denoise", "latents", "l2i", "latents"),
        edge("loader", "vae", "l2i", "vae"),
        collapsed("pos", "pos_cond"),
    ]
    form = Form()
    form.field("f-model", "loader", "model")
    form.field("f-pos", "pos", "value", settings={"type": "string-field-config", "component": "textarea"})
    form.field("f-neg", "neg", "value")
    row = form.container("c-size", layout="row")
    form.field("f-width", "noise", "width", row)
    form.field("f-height", "noise", "height", row)
    form.field("f-steps", "denoise", "steps")
    form.field("f-cfg", "denoise", "cfg_scale")
    form.field("f-sched", "denoise", "scheduler")
    form.field("f-board", "l2i", "board")
    return workflow(nodes, edges, form=form.build(), name="sdxl text to image")
