"""The MCP layer's pure half: tool names, input schemas from typed form inputs, argument checks, and the
``mcp`` command's refusals before it starts (the live tests drive it with the official client)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from invokeai_client.cli import main
from invokeai_client.mcp import input_schema, tool_name, tool_specs
from invokeai_client.mcp._calls import ToolError, _decode_data_uri, _pick_model
from invokeai_client.mcp._schema import property_names
from invokeai_client.types import Model
from invokeai_client.workflows import TemplateSet, Workflow

REPO = Path(__file__).resolve().parents[2]
BLANK = REPO / "tests/live/workflows/blank_blur_save.json"
SDXL = REPO / "examples/workflows/sdxl-text-to-image.json"


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return TemplateSet.bundled()


def test_tool_names_are_mcp_valid_stable_and_unique() -> None:
    assert tool_name("SDXL text to image") == "sdxl_text_to_image"
    assert tool_name("  Blank, blur & save!! ") == "blank_blur_save"
    assert tool_name("日本語") == "workflow"
    assert tool_name("x" * 200) == "x" * 64
    assert tool_name("Upscale", ["upscale", "upscale_2"]) == "upscale_3"
    assert tool_name("y" * 80, ["y" * 64]) == "y" * 62 + "_2"


def test_the_schema_follows_the_template_and_the_form(templates: TemplateSet) -> None:
    schema = input_schema(Workflow.load(BLANK, templates).inputs, max_count=3)
    props = schema["properties"]
    assert props["Width"] == {
        "type": "integer",
        "minimum": 8,
        "maximum": 256,
        "title": "Width",
        "description": "The width of the image",
        "default": 64,
    }  # fmt: skip  (the form's min/max: what Workflow.set holds to)
    assert props["Fill colour"]["pattern"].startswith("^#?")
    assert props["Fill colour"]["default"] == "#2878c8ff"
    assert props["Output board"]["default"] == "auto"
    assert props["count"] == {
        "type": "integer", "minimum": 1, "maximum": 3, "default": 1,
        "description": props["count"]["description"],
    }  # fmt: skip
    assert schema["additionalProperties"] is False
    assert "required" not in schema


def test_models_schedulers_and_lists(templates: TemplateSet) -> None:
    wf = Workflow.load(SDXL, templates)
    props = input_schema(wf.inputs, max_count=4)["properties"]
    assert props["Model"]["type"] == "string"
    assert "bases sdxl; types main" in props["Model"]["description"]
    assert props["Model"]["default"] == wf.input("Model").value["name"]
    scheduler = templates["denoise_latents"].inputs["scheduler"]
    assert props["Scheduler"]["enum"] == list(scheduler.options or ())
    assert (props["Width"]["exclusiveMinimum"], props["Width"]["multipleOf"]) == (0, 8)
    number, many = props["CFG scale"]["anyOf"]
    assert number["type"] == "number"
    assert (many["type"], many["items"]) == ("array", number)


def test_a_required_input_without_a_value_is_required(templates: TemplateSet) -> None:
    wf = Workflow.load(REPO / "examples/workflows/resize-blur-save.json", templates)
    schema = input_schema(wf.inputs, max_count=1)
    assert schema["required"] == ["Input image"]
    assert "default" not in schema["properties"]["Input image"]


def _with_labels(labels: list[str]) -> dict[str, object]:
    document = json.loads(BLANK.read_text())
    for node in document["nodes"]:
        if node["data"].get("type") == "blank_image":
            node["data"]["inputs"]["width"]["label"] = labels[0]
            node["data"]["inputs"]["height"]["label"] = labels[1]
    return document


def test_shared_labels_go_by_key_and_a_count_label_renames_the_count(templates: TemplateSet) -> None:
    twins = Workflow.load(_with_labels(["Size", "Size"]), templates)
    assert {"canvas.width", "canvas.height", "Fill colour"} <= set(property_names(twins.inputs))
    counted = Workflow.load(_with_labels(["count", "Height"]), templates)
    (spec,) = tool_specs([counted], max_count=2)
    assert spec.count == "count_"
    assert spec.split({"count": 8, "count_": 2}) == ({"count": 8}, 2)


def test_arguments_are_split_and_checked(templates: TemplateSet) -> None:
    blank = Workflow.load(BLANK, templates)
    first, second = tool_specs([blank, copy.copy(blank)], max_count=2, reserved=["blank_blur_save_2"])
    assert (first.name, second.name) == ("blank_blur_save", "blank_blur_save_3")
    assert first.split({"Width": 16}) == ({"Width": 16}, 1)
    with pytest.raises(ValueError, match=r"unknown argument\(s\) 'Depth'; this tool takes 'Width'"):
        first.split({"Depth": 1})
    for bad in (0, 3, True, 1.5):
        with pytest.raises(ValueError, match="'count' must be an integer 1-2"):
            first.split({"count": bad})


def test_data_uris_are_checked_before_any_request() -> None:
    upload = _decode_data_uri("data:image/png;base64,aGVsbG8=", "input 'Image'")
    assert (upload.data, upload.mime_type) == (b"hello", "image/png")
    for text, rule in (
        ("data:text/plain;base64,aGVsbG8=", "must read data:image"),
        ("data:image/png;base64,@@", "does not decode"),
        ("data:image/png;base64,", "holds no bytes"),
    ):
        with pytest.raises(ToolError, match=rule):
            _decode_data_uri(text, "input 'Image'")


def test_models_are_picked_by_key_then_name_within_what_fits(templates: TemplateSet) -> None:
    record = Workflow.load(SDXL, templates).input("Model")

    def model(key: str, name: str, base: str = "sdxl") -> Model:
        return Model(key=key, name=name, base=base, type="main", hash="h")

    models = [model("k1", "one"), model("k2", "two"), model("k3", "two"), model("k4", "one-sd", base="sd-1")]
    assert _pick_model(models, record, "k2", "Model").key == "k2"
    assert _pick_model(models, record, "one", "Model").key == "k1"
    with pytest.raises(ToolError, match=r"2 installed models are named 'two'; give a key \(k2, k3\)"):
        _pick_model(models, record, "two", "Model")
    with pytest.raises(ToolError, match=r"installed that fit: one, two, two\)") as info:
        _pick_model(models, record, "one-sd", "Model")  # an SD-1 model does not fit an SDXL input
    assert "one-sd" in str(info.value)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ([], "give --workflow FILE"),
        (["--library", "--http", "9", "--host", "0.0.0.0"], "loopback address only"),
        (["--workflow", str(BLANK), "--tag", "x"], "--tag filters --library"),
    ],
)
def test_the_command_refuses_bad_options_in_one_line(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mcp", *args]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert err.count("\n") == 1


def test_without_the_extra_the_command_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [
        n for n in sys.modules if n == "mcp" or n.startswith(("mcp.", "invokeai_client.mcp._server"))
    ]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "mcp", None)  # what an install without the extra imports
    assert main(["mcp", "--workflow", str(BLANK)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "error: invokeai-client mcp needs the mcp extra: pip install 'invokeai-client[mcp]'"
    )
    assert err.count("\n") == 1
