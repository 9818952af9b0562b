"""Invocation templates from the OpenAPI document (spec 3.1, 3.2, 5.3)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from _wf_builders import openapi_document

from invokeai_client.templates._schema import build_field_template, resolve_field_type, start_case
from invokeai_client.workflows import Cardinality, Constraints, TemplateError, TemplateSet

S, C, SOC = Cardinality.SINGLE, Cardinality.COLLECTION, Cardinality.SINGLE_OR_COLLECTION
REF_IMAGE = {"$ref": "#/components/schemas/ImageField"}
NULL = {"type": "null"}


@pytest.mark.parametrize(
    ("prop", "expected"),
    [
        ({"type": "string", "enum": ["a"], "ui_type": "SchedulerField"}, ("SchedulerField", S)),
        ({"ui_type": "CollectionField", "type": "array", "items": {}}, ("CollectionField", C)),
        (REF_IMAGE, ("ImageField", S)),
        ({"const": "x", "type": "string"}, ("EnumField", S)),
        ({"allOf": [{"$ref": "#/components/schemas/ColorField"}]}, ("ColorField", S)),
        ({"anyOf": [REF_IMAGE, NULL]}, ("ImageField", S)),
        ({"anyOf": [{"type": "integer"}, NULL]}, ("IntegerField", S)),
        (
            {"anyOf": [{"type": "number"}, {"type": "array", "items": {"type": "number"}}]},
            ("FloatField", SOC),
        ),
        ({"anyOf": [{"type": "array", "items": REF_IMAGE}, REF_IMAGE, NULL]}, ("ImageField", SOC)),
        (
            {"anyOf": [{"anyOf": [{"type": "array", "items": REF_IMAGE}, REF_IMAGE]}, NULL]},
            ("ImageField", SOC),
        ),
        ({"anyOf": [{"type": "integer"}, {"type": "string"}]}, (None, S)),
        ({"anyOf": [{}, NULL]}, (None, S)),
        ({"enum": ["a", "b"], "type": "string"}, ("EnumField", S)),
        ({"type": "array", "items": REF_IMAGE}, ("ImageField", C)),
        ({"type": "array", "items": {"type": "string"}}, ("StringField", C)),
        ({"type": "array", "items": {}}, (None, C)),
        ({"type": "integer"}, ("IntegerField", S)),
        ({"type": "number"}, ("FloatField", S)),
        ({"type": "string"}, ("StringField", S)),
        ({"type": "boolean"}, ("BooleanField", S)),
    ],
)
def test_resolve_field_type(prop: dict[str, Any], expected: tuple[str | None, Cardinality]) -> None:
    assert resolve_field_type(prop) == expected


def test_constraints_come_from_the_property_its_branches_and_raw_keys() -> None:
    prop = {
        "anyOf": [{"type": "number"}, {"type": "array", "items": {"type": "number"}, "minItems": 1}],
        "ge": -1,
        "le": 2,
    }
    field = build_field_template("control_weight", prop)
    assert field.constraints == Constraints(minimum=-1, maximum=2, min_items=1)
    branch = build_field_template("x", {"anyOf": [{"type": "integer", "minimum": 0, "multipleOf": 8}, NULL]})
    assert branch.constraints.to_dict() == {"minimum": 0, "multipleOf": 8}
    raw = build_field_template("y", {"type": "number", "gt": 0, "lt": 1})
    assert raw.constraints.to_dict() == {"exclusiveMinimum": 0, "exclusiveMaximum": 1}


def test_enum_options_keep_their_json_type(templates: TemplateSet) -> None:
    field = templates["flux_text_encoder"].inputs["t5_max_seq_len"]
    assert field.type_name == "EnumField"
    assert field.options is not None
    assert set(field.options) == {256, 512}
    assert all(isinstance(o, int) for o in field.options)
    operation = templates["float_math"].inputs["operation"]
    assert operation.choice_labels is not None
    assert operation.choice_labels["ADD"] == "Add A+B"


def test_real_document_fields(templates: TemplateSet) -> None:
    denoise = templates["denoise_latents"]
    assert denoise.inputs["scheduler"].type_name == "SchedulerField"
    assert denoise.inputs["scheduler"].options is not None
    assert len(denoise.inputs["scheduler"].options) == 30
    assert denoise.inputs["cfg_scale"].cardinality is SOC
    assert denoise.inputs["steps"].constraints.exclusive_minimum == 0
    assert denoise.inputs["unet"].required
    assert denoise.inputs["unet"].input == "connection"
    assert not denoise.inputs["noise"].required  # orig_default present
    for skipped in ("id", "type", "use_cache", "is_intermediate"):
        assert skipped not in denoise.inputs
    assert "collection" not in templates["collect"].inputs
    assert "index" not in templates["iterate"].inputs
    control = templates["flux_controlnet"].inputs["control_weight"]
    assert (control.constraints.minimum, control.constraints.maximum) == (-1, 2)
    loader = templates["sdxl_model_loader"].inputs["model"]
    assert loader.ui_model_base == ("sdxl",)
    assert loader.ui_model_type == ("main",)
    assert loader.required
    assert denoise.output_type == "LatentsOutput"
    assert "latents" in denoise.outputs


def test_collect_has_a_collection_input_where_the_gui_shows_one() -> None:
    """6.8's GUI hides collect.collection (ui_hidden); 6.14's shows it as a connection (a collection to
    append to), and its default workflows wire it."""
    assert "collection" not in TemplateSet.bundled("6.8.1")["collect"].inputs
    collection = TemplateSet.bundled("6.14.2")["collect"].inputs["collection"]
    assert (collection.input, collection.type_name) == ("connection", "CollectionField")


def test_titles_fall_back_to_start_case_of_the_name(templates: TemplateSet) -> None:
    assert templates["main_model_loader"].inputs["model"].title == "Model"  # no schema title
    assert templates["denoise_latents"].inputs["cfg_scale"].title == "CFG Scale"  # schema title
    assert start_case("cfg_scale") == "Cfg Scale"
    assert start_case("latents_a") == "Latents A"
    assert start_case("clipEmbedModel") == "Clip Embed Model"


def test_board_capable_and_image_producing_types(templates: TemplateSet) -> None:
    board = templates.board_capable_types()
    assert len(board) == 70
    assert {"save_image", "l2i", "flux_vae_decode", "hed_edge_detection", "img_resize", "esrgan"} <= board
    assert "flux_vae_encode" not in board
    images = templates.image_producing_types()
    assert {"image", "save_image", "image_collection", "face_off", "face_mask_detection"} <= images
    assert "noise" not in images
    assert templates["save_image"].board_capable
    assert templates["l2i"].image_producing


def test_templates_are_built_lazily_and_cached() -> None:
    start = time.perf_counter()
    fresh = TemplateSet.from_openapi(openapi_document())
    elapsed = time.perf_counter() - start
    assert elapsed < 0.05  # only indexes the schemas
    assert len(fresh) == 211
    assert "l2i" in fresh
    assert "nope" not in fresh
    assert fresh.get("l2i") is fresh.get("l2i")
    assert fresh.get("nope") is None
    with pytest.raises(KeyError):
        fresh["nope"]


def test_model_enums_are_read(templates: TemplateSet) -> None:
    bases = templates.enum_values("BaseModelType")
    assert bases is not None
    assert "sdxl" in bases
    assert templates.enum_values("NotASchema") is None


def test_documents_without_invocations_are_refused() -> None:
    with pytest.raises(TemplateError, match=r"components\.schemas"):
        TemplateSet.from_openapi({"openapi": "3.1.0"})
    with pytest.raises(TemplateError, match="no invocation schemas"):
        TemplateSet.from_openapi({"components": {"schemas": {"A": {"type": "object"}}}})


def test_custom_node_types_are_read_from_the_document() -> None:
    document = {
        "components": {
            "schemas": {
                "MyInvocation": {
                    "class": "invocation",
                    "version": "1.2.0",
                    "title": "My Node",
                    "output": {"$ref": "#/components/schemas/MyOutput"},
                    "properties": {
                        "type": {"const": "my_node", "default": "my_node", "field_kind": "node_attribute"},
                        "strength": {
                            "type": "number",
                            "field_kind": "input",
                            "input": "any",
                            "maximum": 1,
                            "orig_required": False,
                            "orig_default": 0.5,
                            "default": 0.5,
                        },
                    },
                },
                "MyOutput": {
                    "class": "output",
                    "properties": {"image": {**REF_IMAGE, "field_kind": "output"}},
                },
            }
        }
    }
    custom = TemplateSet.from_openapi(document)
    template = custom["my_node"]
    assert template.version == "1.2.0"
    assert template.title == "My Node"
    assert template.inputs["strength"].constraints.maximum == 1
    assert template.image_producing
    assert not template.board_capable


def test_bundled_templates_for_offline_use() -> None:
    newest = TemplateSet.bundled()
    assert newest.is_bundled
    assert newest.version == "6.14.2"
    assert "img_blur" in newest
    assert TemplateSet.bundled("6.8.1").version == "6.8.1"
    assert TemplateSet.bundled("6.8") is TemplateSet.bundled("6.8.0")  # one per minor version, made once
    with pytest.raises(
        TemplateError, match=r"no templates bundled for InvokeAI 6\.11 \(bundled: 6\.8\.1, 6\.14\.2\)"
    ):
        TemplateSet.bundled("6.11.0")
