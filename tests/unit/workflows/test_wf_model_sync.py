"""Model sync (spec 7): key, hash, name+base+type; opt-in rules; all-or-nothing with one error."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _wf_builders import MODEL_SDXL, node, text_to_image, workflow

from invokeai_client.workflows import (
    ModelReference,
    ModelResolutionError,
    TemplateSet,
    Workflow,
    find_model_references,
)


def record(
    key: str, name: str, base: str = "sdxl", model_type: str = "main", model_hash: str = ""
) -> dict[str, Any]:
    return {
        "key": key,
        "hash": model_hash or f"blake3:{key}",
        "name": name,
        "base": base,
        "type": model_type,
        "format": "checkpoint",
        "path": f"/models/{name}",
    }


@pytest.fixture
def wf(templates: TemplateSet) -> Workflow:
    return Workflow.load(text_to_image(), templates)


def test_match_by_key_refreshes_the_other_fields(wf: Workflow) -> None:
    installed = [record("sdxl-key-1", "Juggernaut XL v9", model_hash="blake3:new")]
    changes = wf.sync_models(installed)
    assert [c.to_dict() for c in changes] == [
        {
            "node_id": "loader",
            "field": "model",
            "position": None,
            "strategy": "key",
            "old": MODEL_SDXL,
            "new": {
                "key": "sdxl-key-1",
                "hash": "blake3:new",
                "name": "Juggernaut XL v9",
                "base": "sdxl",
                "type": "main",
            },
        }
    ]
    assert changes[0].changed
    assert wf.input("Model").value["name"] == "Juggernaut XL v9"


def test_match_by_hash_then_by_name(wf: Workflow) -> None:
    by_hash = [record("other-key", "Renamed", model_hash="blake3:aaaa"), record("x", "Juggernaut XL")]
    assert wf.copy().sync_models(by_hash)[0].strategy == "hash"
    by_name = [record("k2", "Juggernaut XL"), record("k3", "Juggernaut XL", base="sd-1")]
    change = wf.sync_models(by_name)[0]
    assert change.strategy == "name"
    assert change.new["key"] == "k2"
    embedded = wf.to_batch()["batch"]
    assert embedded["graph"]["nodes"]["loader"]["model"]["key"] == "k2"
    assert embedded["workflow"]["nodes"][0]["data"]["inputs"]["model"]["value"]["key"] == "k2"


def test_hash_ties_prefer_the_same_name(wf: Workflow, caplog: pytest.LogCaptureFixture) -> None:
    twins = [
        record("b", "Zeta", model_hash="blake3:aaaa"),
        record("a", "Juggernaut XL", model_hash="blake3:aaaa"),
    ]
    assert wf.copy().sync_models(twins)[0].new["key"] == "a"
    others = [record("b", "Zeta", model_hash="blake3:aaaa"), record("c", "Alpha", model_hash="blake3:aaaa")]
    assert wf.sync_models(others)[0].new["key"] == "c"  # first by name, with a warning
    assert "first by name" in caplog.text


def test_key_of_another_type_does_not_match(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    installed = [record("sdxl-key-1", "Juggernaut XL", model_type="lora"), record("k9", "Juggernaut XL")]
    assert wf.sync_models(installed)[0].new["key"] == "k9"


def test_random_hashes_are_ignored(templates: TemplateSet) -> None:
    doc = text_to_image()
    doc["nodes"][0]["data"]["inputs"]["model"]["value"]["hash"] = "random:123"
    wf = Workflow.load(doc, templates)
    with pytest.raises(ModelResolutionError):
        wf.sync_models([record("k", "Something", model_hash="random:123")])


def test_unresolved_references_are_all_listed_and_nothing_changes(templates: TemplateSet) -> None:
    lora = {"key": "lora-1", "hash": "blake3:cc", "name": "Detail", "base": "sd-1", "type": "lora"}
    sd1 = {"key": "sd1-old", "hash": "blake3:dd", "name": "Dreamshaper", "base": "sd-1", "type": "main"}
    nodes = [
        node("loader", "main_model_loader", {"model": sd1}),
        node("lora", "lora_loader", {"lora": lora, "weight": 0.5}),
        node("sdxl", "sdxl_model_loader", {"model": MODEL_SDXL}),
    ]
    doc = workflow(nodes)
    wf = Workflow.load(doc, templates)
    before = copy.deepcopy(wf.to_dict())
    installed = [record("sdxl-key-1", "Juggernaut XL"), record("m1", "Other SD1", base="sd-1")]
    with pytest.raises(ModelResolutionError) as info:
        wf.sync_models(installed)
    unresolved = info.value.unresolved
    assert [(u["node_id"], u["field"]) for u in unresolved] == [("loader", "model"), ("lora", "lora")]
    assert unresolved[0]["candidates"] == ["Other SD1 (sd-1)"]
    assert unresolved[0]["old"]["name"] == "Dreamshaper"
    assert unresolved[1]["candidates"] == []
    assert "'Dreamshaper' base='sd-1' type='main'" in str(info.value)
    assert wf.to_dict() == before  # the sdxl loader, which did resolve, was not changed either


def test_ambiguous_names_are_not_guessed(wf: Workflow) -> None:
    installed = [record("k1", "Juggernaut XL"), record("k2", "Juggernaut XL")]
    with pytest.raises(ModelResolutionError, match="2 installed models share this name"):
        wf.sync_models(installed)


def test_opt_in_rules(wf: Workflow) -> None:
    installed = [record("k1", "juggernaut xl"), record("k2", "Something Else")]
    with pytest.raises(ModelResolutionError):
        wf.copy().sync_models(installed)
    assert wf.copy().sync_models(installed, case_insensitive=True)[0].strategy == "case_insensitive_name"
    mapped = wf.copy().sync_models(installed, mapping={"Juggernaut XL": "k2"})[0]
    assert (mapped.strategy, mapped.new["key"]) == ("mapping", "k2")
    assert wf.copy().sync_models(installed, mapping={"sdxl-key-1": "k1"})[0].new["key"] == "k1"
    with pytest.raises(ModelResolutionError, match="not installed"):
        wf.copy().sync_models(installed, mapping={"sdxl-key-1": "nope"})

    seen: list[tuple[ModelReference, list[Any]]] = []

    def pick(ref: ModelReference, candidates: list[Any]) -> str:
        seen.append((ref, candidates))
        return "k2"

    chosen = wf.sync_models(installed, resolver=pick)[0]
    assert (chosen.strategy, chosen.new["key"]) == ("resolver", "k2")
    assert seen[0][0].where == "loader.model"
    assert len(seen[0][1]) == 2


def test_field_base_and_type_are_enforced(templates: TemplateSet) -> None:
    sd1 = {"key": "k", "hash": "blake3:h", "name": "Dreamshaper", "base": "sd-1", "type": "main"}
    wf = Workflow.load(workflow([node("sdxl", "sdxl_model_loader", {"model": sd1})]), templates)
    with pytest.raises(ModelResolutionError):
        wf.sync_models(
            [record("k", "Dreamshaper", base="sd-1")]
        )  # the key exists, but sdxl_model_loader wants sdxl
    with pytest.raises(ModelResolutionError, match="does not accept"):
        wf.sync_models([record("k", "Dreamshaper", base="sd-1")], mapping={"k": "k"})


def test_list_values_and_submodel_types(templates: TemplateSet) -> None:
    vae = {
        "key": "v-old",
        "hash": "blake3:vv",
        "name": "VAE",
        "base": "sdxl",
        "type": "vae",
        "submodel_type": "vae",
    }
    nodes = [node("meta", "core_metadata", {"vae": vae})]
    wf = Workflow.load(workflow(nodes), templates)
    refs = find_model_references(wf.definition, templates)
    assert [(r.node_id, r.field) for r in refs] == [("meta", "vae")]
    change = wf.sync_models([record("v-new", "VAE", model_type="vae", model_hash="blake3:vv")])[0]
    assert change.new["submodel_type"] == "vae"
    assert change.new["key"] == "v-new"


def test_schema_less_mode_finds_identifiers_by_shape() -> None:
    sd1 = {"key": "old", "hash": "blake3:h1", "name": "A", "base": "sd-1", "type": "main"}
    doc = workflow([node("n", "main_model_loader", {"model": sd1}, extra_inputs={"models": [sd1, "x"]})])
    wf = Workflow.load(doc)
    changes = wf.sync_models([record("new", "A", base="sd-1", model_hash="blake3:h1")])
    assert [(c.field, c.position) for c in changes] == [("model", None), ("models", 0)]
    assert wf.to_dict()["nodes"][0]["data"]["inputs"]["models"]["value"][0]["key"] == "new"
    assert wf.to_dict()["nodes"][0]["data"]["inputs"]["models"]["value"][1] == "x"


def test_absent_model_values_are_not_references(templates: TemplateSet) -> None:
    wf = Workflow.load(workflow([node("n", "main_model_loader")]), templates)
    assert wf.sync_models([]) == []
