"""Unit tests of codegen/preprocess.py on small hand-written documents (plus one pass on the real one)."""

from __future__ import annotations

import copy
import json
from typing import Any

import preprocess as pp
import pytest
import versions

REAL_SPECS = [doc.path for doc in versions.documents()]  # the committed documents generated/ is built from
BINARY = {"type": "string", "format": "binary"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}, **extra}


def doc_with(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def model_config(kind: str, n_consts: int = 1) -> dict[str, Any]:
    props = {"key": {"type": "string"}, "type": {"const": kind, "type": "string"}}
    for i in range(n_consts - 1):
        props[f"c{i}"] = {"const": "x", "type": "string"}
    return {"type": "object", "properties": props, "title": f"Title of {kind}"}


def models_list_doc(members: list[str]) -> dict[str, Any]:
    schemas = {name: model_config(name.lower()) for name in members}
    schemas["ModelsList"] = {
        "type": "object",
        "properties": {"models": {"type": "array", "items": {"oneOf": [ref(m) for m in members]}}},
    }
    return doc_with(schemas=schemas)


# --- 1. operationIds ---------------------------------------------------------------------------------


def test_fastapi_operation_ids_are_cleaned() -> None:
    doc = doc_with(
        {
            "/api/v1/model_relationships/": {
                "post": op("add_model_relationship_api_v1_model_relationships__post"),
                "delete": op("remove_model_relationship_api_v1_model_relationships__delete"),
            },
            "/api/v1/app/version": {"get": op("app_version")},
        }
    )
    notes: list[str] = []
    pp.fix_operation_ids(doc, notes)
    ids = [o["operationId"] for _, _, o in pp.operations(doc)]
    assert ids == ["add_model_relationship", "remove_model_relationship", "app_version"]
    assert len(notes) == 2


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        ({"/a": {"get": op("same")}, "/b": {"get": op("same")}}, "used by"),
        ({"/a": {"get": op("Weird-Id")}}, "not a clean"),
        ({"/a": {"get": op("list_things_api_v2_other_get")}}, "not a clean"),
    ],
)
def test_bad_operation_ids_are_errors(paths: dict[str, Any], message: str) -> None:
    with pytest.raises(pp.PreprocessError, match=message):
        pp.fix_operation_ids(doc_with(paths), [])


# --- 2. path parameters ------------------------------------------------------------------------------


def test_undeclared_path_parameter_is_added() -> None:
    declared = {"in": "path", "name": "workflow_id", "required": True, "schema": {"type": "string"}}
    doc = doc_with(
        {
            "/w/i/{workflow_id}": {"get": op("get_w", parameters=[declared]), "patch": op("update_w")},
            "/x/{x_id}": {"parameters": [{**declared, "name": "x_id"}], "get": op("get_x")},
        }
    )
    notes: list[str] = []
    pp.add_missing_path_parameters(doc, notes)
    added = doc["paths"]["/w/i/{workflow_id}"]["patch"]["parameters"]
    assert added == [
        {
            "in": "path",
            "name": "workflow_id",
            "required": True,
            "schema": {"title": "Workflow Id", "type": "string"},
        }
    ]
    assert doc["paths"]["/w/i/{workflow_id}"]["get"]["parameters"] == [declared]
    assert "parameters" not in doc["paths"]["/x/{x_id}"]["get"]  # declared on the path item
    assert notes == ["path parameter 'workflow_id' added to PATCH /w/i/{workflow_id}"]


# --- 3. file responses -------------------------------------------------------------------------------


def test_binary_media_types_get_a_binary_schema() -> None:
    responses = {
        "200": {"description": "png", "content": {"image/png": {}}},
        "404": {"description": "missing"},
        "422": {
            "description": "bad",
            "content": {"application/json": {"schema": ref("HTTPValidationError")}},
        },
    }
    doc = doc_with(
        {
            "/full": {"get": op("full", responses=copy.deepcopy(responses))},
            "/zip": {
                "get": op("zip", responses={"200": {"description": "z", "content": {"application/zip": {}}}})
            },
        }
    )
    pp.fix_file_responses(doc, [], misdocumented={}, text_only={})
    full = doc["paths"]["/full"]["get"]["responses"]
    assert full["200"]["content"] == {"image/png": {"schema": BINARY}}
    assert full["422"] == responses["422"]
    assert full["404"] == responses["404"]
    assert doc["paths"]["/zip"]["get"]["responses"]["200"]["content"] == {
        "application/zip": {"schema": BINARY}
    }


def test_misdocumented_and_text_only_responses() -> None:
    doc = doc_with(
        {
            "/thumb": {"get": op("thumb", responses=json_response({}))},
            "/export": {
                "get": op(
                    "export",
                    responses={
                        "200": {"description": "csv", "content": {"application/json": {}, "text/csv": {}}}
                    },
                )
            },
        }
    )
    pp.fix_file_responses(
        doc, [], misdocumented={("get", "/thumb"): "image/png"}, text_only={("get", "/export"): "text/csv"}
    )
    assert doc["paths"]["/thumb"]["get"]["responses"]["200"]["content"] == {"image/png": {"schema": BINARY}}
    assert doc["paths"]["/export"]["get"]["responses"]["200"]["content"] == {
        "text/csv": {"schema": {"type": "string"}}
    }


def test_missing_misdocumented_operation_is_an_error() -> None:
    with pytest.raises(pp.PreprocessError, match="GET /gone"):
        pp.fix_file_responses(doc_with({}), [], misdocumented={("get", "/gone"): "image/png"}, text_only={})


def test_upload_fields_written_with_content_media_type_become_binary() -> None:
    field = {"type": "string", "contentMediaType": "application/octet-stream", "title": "File"}
    inline = {"properties": {"file": dict(field), "metadata": {"type": "string"}}, "type": "object"}
    doc = doc_with(
        paths={
            "/up": {"post": op("up", requestBody={"content": {"multipart/form-data": {"schema": inline}}})}
        },
        schemas={
            "Body_up": {"type": "object", "properties": {"image": {"anyOf": [dict(field), {"type": "null"}]}}}
        },
    )
    notes: list[str] = []
    pp.fix_upload_fields(doc, notes)
    body = doc["paths"]["/up"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert body["properties"]["file"]["format"] == "binary"
    assert "format" not in body["properties"]["metadata"]
    assert doc["components"]["schemas"]["Body_up"]["properties"]["image"]["anyOf"][0]["format"] == "binary"
    assert len(notes) == 2


# --- 4. mixed enums ----------------------------------------------------------------------------------


def test_mixed_enum_is_split_by_type() -> None:
    prop = {
        "title": "Attention Slice Size",
        "enum": [1, 2, "auto", "max"],
        "default": "auto",
        "type": "string",
    }
    doc = doc_with(
        schemas={"Config": {"type": "object", "properties": {"size": prop, "flag": {"enum": [True, 1]}}}}
    )
    notes: list[str] = []
    pp.split_mixed_enums(doc, notes)
    props = doc["components"]["schemas"]["Config"]["properties"]
    assert props["size"] == {
        "title": "Attention Slice Size",
        "default": "auto",
        "anyOf": [{"type": "integer", "enum": [1, 2]}, {"type": "string", "enum": ["auto", "max"]}],
    }
    assert props["flag"]["anyOf"] == [{"type": "boolean", "enum": [True]}, {"type": "integer", "enum": [1]}]
    assert len(notes) == 2


def test_single_type_enum_is_left_alone() -> None:
    doc = doc_with(schemas={"Color": {"type": "string", "enum": ["red", "blue"]}})
    before = copy.deepcopy(doc)
    pp.split_mixed_enums(doc, [])
    assert doc == before


# --- 5. open enums -----------------------------------------------------------------------------------


def test_open_enum_becomes_a_documented_string() -> None:
    doc = doc_with(
        schemas={"BaseModelType": {"type": "string", "enum": ["sd-1", "sdxl"], "description": "Base."}}
    )
    notes: list[str] = []
    pp.open_enums(doc, notes, names=("BaseModelType", "NotThere"))
    assert doc["components"]["schemas"]["BaseModelType"] == {
        "type": "string",
        "title": "BaseModelType",
        "description": 'Base. Known values: "sd-1", "sdxl".',
    }
    assert notes[1] == "open enum NotThere: not in this document, skipped"


def test_open_enum_that_is_not_a_string_enum_is_an_error() -> None:
    doc = doc_with(schemas={"BaseModelType": {"type": "object"}})
    with pytest.raises(pp.PreprocessError):
        pp.open_enums(doc, [], names=("BaseModelType",))


# --- 6. opaque unions --------------------------------------------------------------------------------


def test_big_union_becomes_opaque_and_small_one_stays() -> None:
    doc = models_list_doc(["AConfig", "BConfig"])
    nodes = [ref(f"Node{i}") for i in range(4)]
    doc["components"]["schemas"]["Graph"] = {
        "type": "object",
        "properties": {
            "nodes": {"type": "object", "additionalProperties": {"oneOf": nodes, "description": "A node"}},
            "small": {"anyOf": nodes[:3]},
        },
    }
    notes: list[str] = []
    pp.make_unions_opaque(doc, notes, max_members=3)
    props = doc["components"]["schemas"]["Graph"]["properties"]
    assert props["nodes"]["additionalProperties"] == {
        "type": "object",
        "additionalProperties": True,
        "description": "A node",
    }
    assert props["small"] == {"anyOf": nodes[:3]}
    assert (
        "/components/schemas/Graph/properties/nodes/additionalProperties: 4-member union -> opaque object"
        in notes
    )


def test_model_config_unions_become_opaque_wherever_they_are() -> None:
    doc = models_list_doc(["AConfig", "BConfig", "CConfig"])
    doc["paths"]["/m/{key}"] = {
        "get": op("get_m", responses=json_response({"oneOf": [ref("BConfig"), ref("AConfig")]}))
    }
    doc["components"]["schemas"]["Other"] = {"anyOf": [ref("AConfig"), ref("Unrelated")]}
    notes: list[str] = []
    pp.make_unions_opaque(doc, notes)
    items = doc["components"]["schemas"]["ModelsList"]["properties"]["models"]["items"]
    assert items == {"type": "object", "additionalProperties": True}
    schema = doc["paths"]["/m/{key}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"type": "object", "additionalProperties": True}
    assert doc["components"]["schemas"]["Other"] == {"anyOf": [ref("AConfig"), ref("Unrelated")]}
    assert len(notes) == 2


def test_missing_model_config_anchor_is_an_error() -> None:
    with pytest.raises(pp.PreprocessError, match="anchor"):
        pp.make_unions_opaque(doc_with(), [])


# --- 7. union member order ---------------------------------------------------------------------------


def test_members_with_more_consts_come_first_and_ties_keep_order() -> None:
    doc = doc_with(
        schemas={
            "Loose": {"type": "object", "properties": {"format": {"enum": ["a", "b"]}}},
            "Strict": {"type": "object", "properties": {"format": {"const": "b"}, "type": {"const": "main"}}},
            "OneEnum": {"type": "object", "properties": {"format": {"enum": ["a"]}}},
            "Plain1": {"type": "object", "properties": {"x": {"type": "string"}}},
            "Plain2": {"type": "object"},
        }
    )
    inline = {"type": "object", "properties": {"kind": {"const": "inline"}}}
    union = [
        ref("Loose"),
        {"type": "null"},
        ref("Plain1"),
        inline,
        ref("OneEnum"),
        ref("Plain2"),
        ref("Strict"),
    ]
    doc["components"]["schemas"]["Holder"] = {"type": "object", "properties": {"value": {"anyOf": union}}}
    notes: list[str] = []
    pp.order_union_members(doc, notes)
    ordered = doc["components"]["schemas"]["Holder"]["properties"]["value"]["anyOf"]
    assert ordered == [
        ref("Strict"),
        inline,
        ref("OneEnum"),
        ref("Loose"),
        {"type": "null"},
        ref("Plain1"),
        ref("Plain2"),
    ]
    assert len(notes) == 1


def test_already_ordered_union_is_untouched() -> None:
    doc = doc_with(
        schemas={"S": {"type": "object", "properties": {"t": {"const": 1}}}, "U": {"oneOf": [ref("S"), {}]}}
    )
    notes: list[str] = []
    pp.order_union_members(doc, notes)
    assert doc["components"]["schemas"]["U"] == {"oneOf": [ref("S"), {}]}
    assert notes == []


# --- 8. titles ---------------------------------------------------------------------------------------


def test_component_titles_are_the_keys() -> None:
    doc = doc_with(
        schemas={"AddInvocation": {"title": "Add Integers"}, "Same": {"title": "Same"}, "NoTitle": {}}
    )
    notes: list[str] = []
    pp.set_component_titles(doc, notes)
    assert {k: v["title"] for k, v in doc["components"]["schemas"].items()} == {
        "AddInvocation": "AddInvocation",
        "Same": "Same",
        "NoTitle": "NoTitle",
    }
    assert notes == ["title set to the component key on 2 schemas"]


# --- the whole function ------------------------------------------------------------------------------


def small_document() -> dict[str, Any]:
    doc = models_list_doc(["AConfig", "BConfig"])
    doc["paths"] = {
        "/api/v1/images/i/{image_name}/full": {
            "get": op("get_image_full", responses={"200": {"content": {"image/png": {}}}})
        },
        "/api/v1/workflows/i/{workflow_id}/thumbnail": {
            "get": op("get_workflow_thumbnail", responses=json_response({}))
        },
        "/api/v2/models/i/{key}/image": {"get": op("get_model_image", responses=json_response({}))},
        "/api/v1/style_presets/i/{style_preset_id}/image": {
            "get": op("get_style_preset_image", responses=json_response({}))
        },
        "/api/v1/style_presets/export": {"get": op("export_style_presets", responses=json_response({}))},
    }
    return doc


def test_preprocess_is_pure_and_deterministic() -> None:
    doc = small_document()
    before = json.dumps(doc, sort_keys=True)
    first, second = pp.preprocess(doc), pp.preprocess(doc)
    assert json.dumps(doc, sort_keys=True) == before  # input untouched
    assert json.dumps(first.document, sort_keys=True) == json.dumps(second.document, sort_keys=True)
    assert first.notes == second.notes
    assert first.document["components"]["schemas"]["AConfig"]["title"] == "AConfig"


@pytest.mark.parametrize("real_spec", REAL_SPECS, ids=lambda path: path.name)
def test_real_document(real_spec: Any) -> None:
    doc = json.loads(real_spec.read_text(encoding="utf-8"))
    result = pp.preprocess(doc).document
    ops = list(pp.operations(result))
    assert len(ops) == len(list(pp.operations(doc)))  # nothing dropped (131 in 6.8.1, 191 in 6.14.2)
    assert all(o["operationId"].isidentifier() and "_api_v" not in o["operationId"] for _, _, o in ops)
    patch = result["paths"]["/api/v1/workflows/i/{workflow_id}"]["patch"]
    assert [p["name"] for p in patch["parameters"] if p["in"] == "path"] == ["workflow_id"]
    for path in ("/api/v1/images/i/{image_name}/full", "/api/v1/workflows/i/{workflow_id}/thumbnail"):
        (content,) = result["paths"][path]["get"]["responses"]["200"]["content"].values()
        assert content["schema"] == BINARY
    schemas = result["components"]["schemas"]
    assert all(s.get("title") == key for key, s in schemas.items())
    assert "anyOf" in schemas["InvokeAIAppConfig"]["properties"]["attention_slice_size"]
    assert schemas["Graph"]["properties"]["nodes"]["additionalProperties"]["type"] == "object"
    assert schemas["ModelsList"]["properties"]["models"]["items"]["additionalProperties"] is True

    def unions(node: Any) -> list[int]:
        if isinstance(node, dict):
            own = [len(node[k]) for k in ("anyOf", "oneOf") if isinstance(node.get(k), list)]
            return own + [n for value in node.values() for n in unions(value)]
        if isinstance(node, list):
            return [n for value in node for n in unions(value)]
        return []

    assert max(unions(result)) <= pp.MAX_UNION_MEMBERS
    upload = result["components"]["schemas"]["Body_upload_image"]["properties"]["file"]
    assert upload["format"] == "binary"  # 6.14 writes contentMediaType; the generator needs this
