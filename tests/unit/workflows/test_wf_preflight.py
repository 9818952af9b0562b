"""The pre-flight check: every problem reported together, including the cache pitfall (spec 8.4)."""

from __future__ import annotations

import json

import pytest
from _wf_builders import MODEL_SDXL, edge, node, text_to_image, workflow

from invokeai_client.workflows import PreflightError, TemplateSet, Workflow


def codes(report: object) -> list[tuple[str, str]]:
    return [(i.severity, i.code) for i in report.issues]  # type: ignore[attr-defined]


def test_a_clean_workflow(templates: TemplateSet) -> None:
    nodes = [node("a", "integer", {"value": 1}), node("r", "rand_int", {"low": 0, "high": 10})]
    report = Workflow.load(workflow(nodes), templates).preflight()
    assert report.ok
    assert report.issues == ()
    assert report.sessions == 1
    report.raise_for_errors()
    json.dumps(report.to_dict())


def test_everything_is_reported_together(templates: TemplateSet) -> None:
    bad_width = node("noise", "noise", {"width": 1001, "height": 512, "seed": 1})
    loader = node("loader", "sdxl_model_loader")
    ghost = {
        "id": "g",
        "type": "invocation",
        "data": {"id": "g", "type": "canny_image_processor", "inputs": {}},
    }
    old = node("img", "image", {"image": {"image_name": "x.png"}}, version="0.1.0", extra_inputs={"gone": 1})
    wf = Workflow.load(workflow([bad_width, loader, ghost, old]), templates)
    report = wf.preflight(models=[])
    found = codes(report)
    assert ("error", "invalid_value") in found
    assert ("error", "missing_input") in found
    assert ("error", "unknown_node_type") in found
    assert ("warning", "template_drift") in found  # 0.x -> 1.x is a major change
    assert ("info", "unknown_input") in found
    assert not report.ok
    assert [i.severity for i in report.issues] == sorted(
        (i.severity for i in report.issues), key=["error", "warning", "info"].index
    )
    invalid = next(i for i in report.issues if i.code == "invalid_value")
    assert (invalid.node_id, invalid.field) == ("noise", "width")
    assert "multiple of 8" in invalid.message
    with pytest.raises(PreflightError, match="pre-flight check failed with 3 error"):
        report.raise_for_errors()


def test_missing_inputs_point_at_form_indices(templates: TemplateSet) -> None:
    doc = text_to_image()
    del doc["nodes"][0]["data"]["inputs"]["model"]["value"]
    report = Workflow.load(doc, templates).preflight()
    missing = [i for i in report.errors if i.code == "missing_input"]
    assert [(i.index, i.node_id, i.field) for i in missing] == [(0, "loader", "model")]
    assert "input #0" in missing[0].message


def test_models_not_installed_and_remapped(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    report = wf.preflight(models=[])
    assert ("error", "model_not_installed") in codes(report)
    installed = [{**MODEL_SDXL, "key": "elsewhere"}]
    report = wf.preflight(models=installed)
    assert report.ok
    assert ("warning", "model_remapped") in codes(report)
    assert wf.input("Model").value["key"] == "sdxl-key-1"  # preflight changes nothing
    assert wf.preflight().ok  # models are only checked when given


def test_cache_pitfall(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)  # fixed seed, l2i cached
    once = wf.preflight()
    assert ("info", "cache") in codes(once)
    assert once.cache_nodes == ("l2i",)
    repeated = wf.preflight(runs=3)
    assert ("warning", "cache") in codes(repeated)
    assert repeated.sessions == 3
    wf.set_sweep("noise.seed", [1, 2])
    swept = wf.preflight()
    assert ("info", "cache") in codes(swept)  # the sweep varies the sessions within the batch
    assert swept.sessions == 2
    assert wf.disable_output_cache() == ["l2i"]
    assert wf.to_graph()["nodes"]["l2i"]["use_cache"] is False
    assert "cache" not in [code for _, code in codes(wf.preflight(runs=3))]


def test_sessions_that_never_reach_the_output_are_flagged(templates: TemplateSet) -> None:
    nodes = [
        node("blank", "blank_image", {"width": 64, "height": 64}, is_intermediate=False),
        node("other", "integer", {"value": 1}),
    ]
    wf = Workflow.load(workflow(nodes), templates)
    wf.set_sweep("other.value", [1, 2, 3])
    report = wf.preflight()
    assert ("warning", "cache") in codes(report)
    assert "blank" in next(i.message for i in report.issues if i.code == "cache")


def test_an_uncached_node_upstream_avoids_the_pitfall(templates: TemplateSet) -> None:
    nodes = [
        node("rand", "rand_int", {"low": 0, "high": 100}),
        node("noise", "noise", {"width": 64, "height": 64}),
        node("blank", "blank_image", {"width": 64, "height": 64}),
    ]
    edges = [edge("rand", "value", "noise", "seed"), edge("rand", "value", "blank", "width")]
    report = Workflow.load(workflow(nodes, edges), templates).preflight(runs=5)
    assert "cache" not in [code for _, code in codes(report)]
    assert report.sessions == 5


def test_batch_data_errors_are_reported_not_raised(templates: TemplateSet) -> None:
    nodes = [node("ints", "integer_batch", {"integers": [1, 2]})]
    report = Workflow.load(workflow(nodes), templates).preflight()
    assert ("error", "batch_data") in codes(report)
    assert report.sessions is None


def test_form_warnings_are_infos(templates: TemplateSet) -> None:
    from _wf_builders import Form

    form = Form()
    form.field("f", "gone", "value")
    report = Workflow.load(
        workflow([node("a", "integer", {"value": 1})], form=form.build()), templates
    ).preflight()
    assert ("info", "form") in codes(report)
