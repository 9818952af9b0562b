"""Setting values through the Workflow: immediate checks, typed errors, the CLI helper."""

from __future__ import annotations

import pytest
from _wf_builders import FIXTURES, MODEL_SD1, MODEL_SDXL, text_to_image

from invokeai_client.workflows import (
    InputConnectedError,
    InputValueError,
    TemplateSet,
    Workflow,
    WorkflowError,
)

E = FIXTURES / "every_element.json"


@pytest.fixture
def wf(templates: TemplateSet) -> Workflow:
    return Workflow.load(E, templates)


def test_set_each_kind_and_see_it_in_graph_and_workflow(wf: Workflow) -> None:
    wf.set("Positive Prompt", "a castle")
    wf.set("noise:f4Bv4UWa22.width", 768)
    wf.set("CFG Scale", [7, 5.5])
    wf.set("Scheduler", "euler_a")
    wf.set("blank:Bb1Nn2Mm3Q.color", "#102030")
    wf.set("math:Ww4Ee5Rr6T.operation", "SUB")
    wf.set("flag:Yy7Uu8Ii9O.value", False)
    wf.set("t5:Tt1Yy2Uu3I.t5_max_seq_len", 256)
    wf.set("strings:Gg4Hh5Jj6K.collection", ("x", "y", "z"))
    wf.set("img:Ii7Oo8Pp9A.image", "new.png")
    wf.set("collage:Cc1Vv2Bb3N.collection", ["c.png"])
    wf.set("Model", {**MODEL_SDXL, "key": "other"})
    record = wf.input("noise:f4Bv4UWa22.width")
    assert record.value == 768
    assert record.index == 3
    body = wf.to_batch(check_required=False)
    nodes = body["batch"]["graph"]["nodes"]
    assert nodes["positive_prompt:kjUMdcg0zO"]["value"] == "a castle"
    assert nodes["noise:f4Bv4UWa22"]["width"] == 768
    assert nodes["denoise:Pp0Oo9Ii8U"]["cfg_scale"] == [7, 5.5]
    assert nodes["denoise:Pp0Oo9Ii8U"]["scheduler"] == "euler_a"
    assert nodes["blank:Bb1Nn2Mm3Q"]["color"] == {"r": 16, "g": 32, "b": 48, "a": 255}
    assert nodes["t5:Tt1Yy2Uu3I"]["t5_max_seq_len"] == 256
    assert nodes["strings:Gg4Hh5Jj6K"]["collection"] == ["x", "y", "z"]
    assert nodes["img:Ii7Oo8Pp9A"]["image"] == {"image_name": "new.png"}
    assert nodes["model_loader:Ab12Cd34Ef"]["model"]["key"] == "other"
    embedded = {n["id"]: n for n in body["batch"]["workflow"]["nodes"]}
    assert embedded["noise:f4Bv4UWa22"]["data"]["inputs"]["width"]["value"] == 768


def test_bad_values_raise_a_typed_error_naming_everything(wf: Workflow) -> None:
    with pytest.raises(InputValueError) as info:
        wf.set(3, 1001)
    error = info.value
    assert (error.index, error.label, error.key, error.value) == (3, "Width", "noise:f4Bv4UWa22.width", 1001)
    assert error.rule == "must be a multiple of 8"
    assert (
        str(error)
        == "input #3 'Width' (noise:f4Bv4UWa22.width): value 1001 rejected: must be a multiple of 8"
    )
    assert isinstance(error, WorkflowError)
    assert isinstance(error, ValueError)
    assert wf.input(3).value == 1024  # unchanged


@pytest.mark.parametrize(
    ("ref", "value", "rule"),
    [
        ("Width", "1024", "must be an integer, not str"),
        ("Width", True, "must be an integer, not bool"),
        ("Width", 0, "must be > 0"),
        ("Steps", 2.5, "must be an integer"),
        ("Seed", 2**32, "must be <= 4294967295"),
        ("CFG Scale", "7", "must be a number"),
        ("Scheduler", "best", "must be one of"),
        ("Positive Prompt", 42, "must be a string, not int"),
        ("Model", {**MODEL_SD1}, r"base must be one of \['sdxl'\]"),
        ("T5 Max Seq Len", "512", r"must be one of \[256, 512\]"),
        ("Color", (0, 0, 300), "within 0-255"),
        ("img:Ii7Oo8Pp9A.image", "", "must not be empty"),
        ("Model", None, "a value is required"),
    ],
)
def test_rules(wf: Workflow, ref: str, value: object, rule: str) -> None:
    with pytest.raises(InputValueError, match=rule):
        wf.set(ref, value)


def test_connected_inputs_cannot_be_set(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    with pytest.raises(InputConnectedError, match=r"input 'Prompt' \(pos_cond.prompt\) is connected") as info:
        wf.set("pos_cond.prompt", "x")
    assert (info.value.index, info.value.key) == (None, "pos_cond.prompt")
    wf2 = Workflow.load(E, templates)
    with pytest.raises(InputConnectedError, match="#9"):
        wf2.set(9, "x")
    with pytest.raises(InputConnectedError):
        wf2.set_raw(9, {"latents_name": "x"})


def test_connection_only_fields_are_read_only_but_set_raw_works(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    with pytest.raises(InputValueError, match="connection-only"):
        wf.set("denoise.latents", {"latents_name": "l"})
    wf.set_raw("denoise.latents", {"latents_name": "l"})
    assert wf.to_graph()["nodes"]["denoise"]["latents"] == {"latents_name": "l"}
    with pytest.raises(InputValueError, match="not JSON data"):
        wf.set_raw("denoise.latents", object())


def test_none_removes_an_optional_value(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    wf.set("Steps", None)
    assert wf.input("Steps").value is None
    assert "steps" not in wf.to_graph()["nodes"]["denoise"]  # the server default applies


def test_update_is_all_or_nothing(templates: TemplateSet) -> None:
    wf = Workflow.load(text_to_image(), templates)
    with pytest.raises(InputValueError, match="Height"):
        wf.update({"Width": 512, "Height": 513})
    assert wf.input("Width").value == 1024
    records = wf.update({"Width": 512, 4: 768})
    assert [r.value for r in records] == [512, 768]


def test_the_forms_own_limits_are_enforced(wf: Workflow) -> None:
    """A form's minimum, maximum and dropdown options are the author's; the GUI holds values to them."""
    before = wf.input("noise:f4Bv4UWa22.width").value
    with pytest.raises(InputValueError, match="above the form's maximum 2048"):
        wf.set("noise:f4Bv4UWa22.width", 4096)
    with pytest.raises(InputValueError, match="dropdown options"):
        wf.set("style:Q1w2E3r4T5.value", "sketch")
    assert wf.input("noise:f4Bv4UWa22.width").value == before
    wf.set("noise:f4Bv4UWa22.width", 2048)


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        ("CFG Scale", "7.5", 7.5),
        ("CFG Scale", "[3, 4.5]", [3, 4.5]),
        ("Width", "640", 640),
        ("flag:Yy7Uu8Ii9O.value", "false", False),
        ("T5 Max Seq Len", "256", 256),
        ("Color", "#ffffff", "#ffffff"),
        ("Strings", "a,b", ["a", "b"]),
        ("Model", '{"key": "k", "hash": "h", "name": "n", "base": "sdxl", "type": "main"}', None),
    ],
)
def test_parse_value_then_set(wf: Workflow, ref: str, text: str, expected: object) -> None:
    if ref == "Strings":
        ref = "strings:Gg4Hh5Jj6K.collection"
    value = wf.parse_value(ref, text)
    if expected is not None:
        assert value == expected
    wf.set(ref, value)


def test_parse_value_errors_name_the_input(wf: Workflow) -> None:
    with pytest.raises(InputValueError, match=r"#3 'Width'.*'wide' is not an integer"):
        wf.parse_value(3, "wide")


def test_copy_is_independent(wf: Workflow) -> None:
    wf.set_sweep("Seed", [1, 2])
    other = wf.copy()
    other.set("Width", 512)
    assert wf.input("Width").value == 1024
    assert other.session_count() == 2
