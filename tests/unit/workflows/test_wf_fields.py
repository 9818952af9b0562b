"""Field kinds: checks and conversion for every kind of spec 3.3, and command-line parsing."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from invokeai_client.templates._kind import ABSENT, ValueRuleError
from invokeai_client.templates._schemaless import infer_field_template
from invokeai_client.workflows import (
    SCHEDULER_NAMES,
    Cardinality,
    Constraints,
    FieldKind,
    FieldTemplate,
    TemplateSet,
    ValueContext,
    kind_for,
    register_field_kind,
)


def field(
    type_name: str | None,
    cardinality: Cardinality = Cardinality.SINGLE,
    *,
    constraints: Constraints | None = None,
    options: tuple[Any, ...] | None = None,
    required: bool = False,
    input: str = "any",
    **extra: Any,
) -> FieldTemplate:
    return FieldTemplate(
        name="f",
        title="F",
        description="",
        field_kind="input",
        input=input,
        type_name=type_name,
        cardinality=cardinality,
        required=required,
        constraints=constraints or Constraints(),
        options=options,
        **extra,
    )


CTX = ValueContext(
    model_bases=frozenset({"sd-1", "sdxl", "flux", "any"}), model_types=frozenset({"main", "lora", "vae"})
)


def coerce(template: FieldTemplate, value: Any) -> Any:
    return kind_for(template).coerce(value, template, CTX)


def rejects(template: FieldTemplate, value: Any, rule: str) -> None:
    with pytest.raises(ValueRuleError, match=rule):
        coerce(template, value)


def test_string() -> None:
    f = field("StringField", constraints=Constraints(min_length=2, max_length=4))
    assert coerce(f, "abc") == "abc"
    rejects(f, 5, "must be a string, not int")
    rejects(f, "a", "at least 2 characters")
    rejects(f, "abcde", "at most 4 characters")


def test_integer() -> None:
    f = field("IntegerField", constraints=Constraints(exclusive_minimum=0, multiple_of=8, maximum=4096))
    assert coerce(f, 1024) == 1024
    rejects(f, True, "must be an integer, not bool")
    rejects(f, 1024.0, "must be an integer, not float")
    rejects(f, "1024", "must be an integer, not str")
    rejects(f, 0, "must be > 0")
    rejects(f, 1020, "multiple of 8")
    rejects(f, 8192, "must be <= 4096")
    seed = field("IntegerField", constraints=Constraints(minimum=0, maximum=2**32 - 1))
    rejects(seed, -1, "must be >= 0")
    rejects(seed, 2**32, "must be <= 4294967295")


def test_float_accepts_ints_and_checks_ranges() -> None:
    f = field("FloatField", constraints=Constraints(minimum=0, exclusive_maximum=1))
    assert coerce(f, 0.5) == 0.5
    assert coerce(f, 0) == 0
    assert isinstance(coerce(f, 0), int)
    rejects(f, True, "must be a number, not bool")
    rejects(f, "0.5", "must be a number, not str")
    rejects(f, 1, "must be < 1")
    rejects(f, -0.1, "must be >= 0")
    rejects(f, math.nan, "finite")
    stepped = field("FloatField", constraints=Constraints(multiple_of=0.1))
    assert coerce(stepped, 0.3) == 0.3
    rejects(stepped, 0.35, "multiple of 0.1")


def test_boolean() -> None:
    f = field("BooleanField")
    assert coerce(f, False) is False
    rejects(f, 1, "must be true or false")


def test_enum_keeps_json_types() -> None:
    f = field("EnumField", options=(256, 512))
    assert coerce(f, 512) == 512
    rejects(f, "512", r"must be one of \[256, 512\]")
    rejects(f, 512.0, "must be one of")
    rejects(f, True, "must be one of")
    strings = field("EnumField", options=("ADD", "SUB"))
    rejects(strings, "add", "must be one of")


def test_scheduler_uses_template_options_or_the_server_list() -> None:
    assert len(SCHEDULER_NAMES) == 30
    f = field("SchedulerField")
    assert coerce(f, "dpmpp_3m_k") == "dpmpp_3m_k"
    rejects(f, "fancy", "must be one of")
    narrowed = field("SchedulerField", options=("euler",))
    rejects(narrowed, "ddim", "must be one of")


@dataclass
class ImageDTO:
    image_name: str


def test_image() -> None:
    f = field("ImageField")
    assert coerce(f, "x.png") == {"image_name": "x.png"}
    assert coerce(f, {"image_name": "y.png", "extra": 1}) == {"image_name": "y.png"}
    assert coerce(f, ImageDTO("z.png")) == {"image_name": "z.png"}
    rejects(f, "", "must not be empty")
    rejects(f, {"name": "x"}, "image name")
    rejects(f, Path("/tmp/x.png"), "upload the file first")


def test_board() -> None:
    f = field("BoardField")
    assert coerce(f, "auto") == "auto"
    assert coerce(f, None) == "none"
    assert coerce(f, "none") == "none"
    assert coerce(f, "b-1") == {"board_id": "b-1"}
    assert coerce(f, {"board_id": "b-2"}) == {"board_id": "b-2"}
    assert coerce(f, {"board_id": "none"}) == "none"

    @dataclass
    class Board:
        board_id: str

    assert coerce(f, Board("b-3")) == {"board_id": "b-3"}
    rejects(f, "", "must not be empty")
    rejects(f, 3, "board id")


def test_model() -> None:
    f = field("ModelIdentifierField", ui_model_base=("sdxl",), ui_model_type=("main",))
    model = {"key": "k", "hash": "blake3:x", "name": "n", "base": "sdxl", "type": "main", "format": "ckpt"}
    assert coerce(f, model) == {"key": "k", "hash": "blake3:x", "name": "n", "base": "sdxl", "type": "main"}
    assert coerce(f, {**model, "submodel_type": "unet"})["submodel_type"] == "unet"
    rejects(f, {**model, "key": ""}, "'key' is ''")
    rejects(f, {**model, "base": "sd-1"}, r"base must be one of \['sdxl'\]")
    rejects(f, {**model, "type": "lora"}, r"type must be one of \['main'\]")
    rejects(f, {**model, "base": "sd-9"}, "not a base model type of this server")
    rejects(f, {**model, "type": "gadget"}, "not a model type of this server")
    rejects(f, "k", "model identifier")

    @dataclass
    class Record:
        key: str
        hash: str
        name: str
        base: str
        type: str

    assert coerce(f, Record("k", "h", "n", "sdxl", "main"))["key"] == "k"


def test_color() -> None:
    f = field("ColorField")
    assert coerce(f, (1, 2, 3)) == {"r": 1, "g": 2, "b": 3, "a": 255}
    assert coerce(f, [1, 2, 3, 4]) == {"r": 1, "g": 2, "b": 3, "a": 4}
    assert coerce(f, {"r": 1, "g": 2, "b": 3}) == {"r": 1, "g": 2, "b": 3, "a": 255}
    assert coerce(f, "#ff8000") == {"r": 255, "g": 128, "b": 0, "a": 255}
    assert coerce(f, "ff800080") == {"r": 255, "g": 128, "b": 0, "a": 128}
    rejects(f, (256, 0, 0), "within 0-255")
    rejects(f, (1.5, 0, 0), "must be an integer 0-255")
    rejects(f, "#fff", "hex")
    rejects(f, {"r": 1, "g": 2}, "keys r, g, b")
    rejects(f, 7, r"\(r, g, b\[, a\]\)")


def test_collections() -> None:
    f = field(
        "IntegerField", Cardinality.COLLECTION, constraints=Constraints(min_items=1, max_items=3, minimum=0)
    )
    assert coerce(f, [1, 2]) == [1, 2]
    assert coerce(f, (1,)) == [1]
    rejects(f, [], "at least 1 item")
    rejects(f, [1, 2, 3, 4], "at most 3 item")
    rejects(f, [1, -1], r"item \[1\] must be >= 0")
    rejects(f, [1, None], r"item \[1\] must not be null")
    rejects(f, 1, "must be a list")
    rejects(f, "12", "must be a list")
    images = field("ImageField", Cardinality.COLLECTION)
    assert coerce(images, ["a.png", {"image_name": "b.png"}]) == [
        {"image_name": "a.png"},
        {"image_name": "b.png"},
    ]
    assert kind_for(images).name == "image"
    assert kind_for(images).cardinality is Cardinality.COLLECTION
    assert not kind_for(images).sweepable


def test_single_or_collection() -> None:
    f = field("FloatField", Cardinality.SINGLE_OR_COLLECTION, constraints=Constraints(minimum=0))
    assert coerce(f, 7.5) == 7.5
    assert coerce(f, [7.5, 3]) == [7.5, 3]
    rejects(f, -1, "must be >= 0")
    rejects(f, [1, -1], r"item \[1\]")
    assert kind_for(f).sweepable
    llava = field("ImageField", Cardinality.SINGLE_OR_COLLECTION, constraints=Constraints(max_length=3))
    rejects(llava, ["a", "b", "c", "d"], "at most 3 item")
    assert coerce(llava, "a") == {"image_name": "a"}


def test_connection_only_and_unknown_types_are_read_only() -> None:
    for template in (
        field("LatentsField"),
        field(None),
        field("IntegerField", input="connection"),
        field("FloatGeneratorField"),
    ):
        kind = kind_for(template)
        assert kind.name == "connection"
        assert not kind.settable
        with pytest.raises(ValueRuleError, match="connection-only"):
            kind.coerce(1, template, CTX)


def test_none_clears_optional_values_and_is_refused_for_required_ones() -> None:
    assert coerce(field("IntegerField"), None) is ABSENT
    rejects(field("ImageField", required=True), None, "a value is required")


@pytest.mark.parametrize(
    ("template", "text", "expected"),
    [
        (field("StringField"), "7", "7"),
        (field("IntegerField"), " 42 ", 42),
        (field("FloatField"), "7.5", 7.5),
        (field("BooleanField"), "true", True),
        (field("BooleanField"), "No", False),
        (field("EnumField", options=(256, 512)), "512", 512),
        (field("EnumField", options=("ADD", "SUB")), "ADD", "ADD"),
        (field("SchedulerField"), "euler", "euler"),
        (field("ImageField"), "x.png", "x.png"),
        (field("BoardField"), "none", "none"),
        (field("ModelIdentifierField"), '{"key": "k"}', {"key": "k"}),
        (field("ColorField"), "#112233", "#112233"),
        (field("ColorField"), "1,2,3", (1, 2, 3)),
        (field("ColorField"), "[1, 2, 3, 4]", [1, 2, 3, 4]),
        (field("IntegerField", Cardinality.COLLECTION), "1,2,3", [1, 2, 3]),
        (field("StringField", Cardinality.COLLECTION), '["a,b", "c"]', ["a,b", "c"]),
        (field("FloatField", Cardinality.SINGLE_OR_COLLECTION), "[1.5, 2]", [1.5, 2]),
        (field("FloatField", Cardinality.SINGLE_OR_COLLECTION), "2.5", 2.5),
    ],
)
def test_parse_text(template: FieldTemplate, text: str, expected: Any) -> None:
    assert kind_for(template).parse_text(text, template) == expected


@pytest.mark.parametrize(
    ("template", "text"),
    [
        (field("IntegerField"), "7.5"),
        (field("FloatField"), "seven"),
        (field("BooleanField"), "maybe"),
        (field("ModelIdentifierField"), "{not json"),
    ],
)
def test_parse_text_errors(template: FieldTemplate, text: str) -> None:
    with pytest.raises(ValueRuleError):
        kind_for(template).parse_text(text, template)


def test_soft_settings_warnings() -> None:
    integer = kind_for(field("IntegerField"))
    assert integer.soft_warnings(5, {"min": 10, "max": 20}) == ["5 is below the form's minimum 10"]
    string = kind_for(field("StringField"))
    settings = {"component": "dropdown", "options": [{"label": "A", "value": "a"}]}
    assert string.soft_warnings("b", settings)
    assert not string.soft_warnings("a", settings)


def test_registry_is_keyed_by_type_and_extensible(templates: TemplateSet) -> None:
    class Upper(FieldKind):
        name = "upper"
        sweepable = True

        def coerce_item(self, value: Any, field: FieldTemplate, ctx: ValueContext) -> Any:
            if not isinstance(value, str) or value != value.upper():
                raise ValueRuleError("must be upper case")
            return value

    register_field_kind("ShoutField", Upper())
    try:
        template = field("ShoutField")
        assert kind_for(template).name == "upper"
        assert kind_for(field("ShoutField", Cardinality.COLLECTION)).coerce(["A"], template, CTX) == ["A"]
    finally:
        from invokeai_client.templates import _registry as _fields

        del _fields._REGISTRY["ShoutField"]
    assert kind_for(field("ShoutField")).name == "connection"
    assert ValueContext.from_templates(templates).model_bases is not None


def test_inferred_templates_for_schema_less_mode() -> None:
    assert infer_field_template("image", {"image_name": "a"}).type_name == "ImageField"
    assert infer_field_template("board", "auto").type_name == "BoardField"
    assert infer_field_template("board", {"board_id": "b"}).type_name == "BoardField"
    model = {"key": "k", "hash": "h", "name": "n", "base": "b", "type": "t"}
    assert infer_field_template("model", model).type_name == "ModelIdentifierField"
    assert infer_field_template("c", {"r": 1, "g": 1, "b": 1, "a": 1}).type_name == "ColorField"
    assert infer_field_template("x", 1).type_name == "FloatField"  # numbers are floats unless known
    assert infer_field_template("x", True).type_name == "BooleanField"
    listed = infer_field_template("x", ["a"])
    assert (listed.type_name, listed.cardinality) == ("StringField", Cardinality.COLLECTION)
    assert kind_for(infer_field_template("latents", None)).name == "connection"
