"""Unit tests of the canonical form written by codegen/openapi_doc.py."""

from __future__ import annotations

import json

import openapi_doc


def test_set_like_lists_are_sorted_and_others_kept() -> None:
    doc = {
        "components": {
            "schemas": {
                "S": {
                    "required": ["b", "a"],
                    "enum": ["z", 2, "a", 1],
                    "properties": {
                        "required": {"type": "boolean"},
                        "x": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    },
                }
            }
        },
        "paths": {"/p": {"get": {"tags": ["z", "a"], "parameters": [{"name": "b"}, {"name": "a"}]}}},
    }
    canonical = json.loads(openapi_doc.dumps(doc))
    schema = canonical["components"]["schemas"]["S"]
    assert schema["required"] == ["a", "b"]
    assert schema["enum"] == [1, 2, "a", "z"]
    assert schema["properties"]["required"] == {"type": "boolean"}  # a property *named* required
    assert schema["properties"]["x"]["anyOf"] == [{"type": "string"}, {"type": "null"}]
    assert canonical["paths"]["/p"]["get"]["tags"] == ["z", "a"]
    assert [p["name"] for p in canonical["paths"]["/p"]["get"]["parameters"]] == ["b", "a"]


def test_dumps_is_stable_and_ends_with_newline() -> None:
    a = {"b": 1, "a": {"required": ["y", "x"], "é": "ü"}}
    b = {"a": {"é": "ü", "required": ["x", "y"]}, "b": 1}
    assert openapi_doc.dumps(a) == openapi_doc.dumps(b)
    assert openapi_doc.dumps(a).endswith("}\n")
    assert "é" in openapi_doc.dumps(a)
