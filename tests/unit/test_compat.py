"""The upgrade report (``invokeai-client compat``), the facade's method -> operation map, and the endpoint
names the facade uses (every one exists in a generated package, and is used by some method)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from invokeai_client.compat import affected_methods, compare, render_markdown
from invokeai_client.compat._methods import method_endpoints
from invokeai_client.resources import _endpoints
from invokeai_client.resources._api import Endpoint, operation_table, packages

REPO = Path(__file__).resolve().parents[2]


def document(paths: dict[str, object], schemas: dict[str, object]) -> dict[str, object]:
    return {"paths": paths, "components": {"schemas": schemas}}


def node(node_type: str, **fields: object) -> dict[str, object]:
    return {"class": "invocation", "properties": {"type": {"default": node_type}, **fields}}


def test_the_report_finds_what_changed() -> None:
    old = document(
        {
            "/a": {"get": {"operationId": "a", "parameters": [{"in": "query", "name": "x"}]}},
            "/gone": {"delete": {}},
        },
        {
            "AddInvocation": node("add", a={"type": "integer", "maximum": 10}),
            "OldInvocation": node("old"),
            "ThingEvent": {
                "properties": {"timestamp": {}, "status": {"enum": ["a"]}},
                "required": ["timestamp"],
            },
            "BaseModelType": {"enum": ["sd-1", "imagen3"]},
        },
    )
    new = document(
        {
            "/a": {
                "get": {"operationId": "a", "parameters": [{"in": "query", "name": "y", "required": True}]}
            },
            "/b": {"post": {}},
        },
        {
            "AddInvocation": node("add", a={"type": "integer", "maximum": 20}, b={"type": "integer"}),
            "ThingEvent": {
                "properties": {"timestamp": {}, "status": {"enum": ["a", "waiting"]}, "user_id": {}},
                "required": ["timestamp", "user_id"],
            },
            "NewEvent": {"properties": {"timestamp": {}}},
            "BaseModelType": {"enum": ["sd-1", "flux2"]},
        },
    )
    report = compare(old, new, old_name="1", new_name="2")
    assert (report.operations.added, report.operations.removed) == (["POST /b"], ["DELETE /gone"])
    assert report.operations.changed["GET /a"] == [
        "parameter query x removed",
        "parameter query y added (required)",
    ]
    assert (report.nodes.removed, report.nodes.changed["add"]) == (
        ["old"],
        ["input b added", "input a: maximum 10 -> 20"],
    )
    assert report.events.added == ["new"]
    assert report.events.changed["thing"] == [
        "field user_id added (required)",
        "field status values: +['waiting'] -[]",
    ]
    assert report.taxonomy.changed["BaseModelType"] == ["+flux2", "-imagen3"]
    assert "## InvokeAI 1 → 2" in render_markdown(report)


def test_the_6_8_to_6_14_report_names_the_methods_it_touches() -> None:
    old, new = (
        json.loads((REPO / "openapi" / f"invokeai-{v}.json").read_text()) for v in ("6.8.1", "6.14.2")
    )
    affected = affected_methods(compare(old, new))
    assert affected["app.config"] == ["GET /api/v1/app/config removed"]
    assert "parameter query is_private removed" in affected["boards.create"][0]
    assert "workflows.list" in affected
    assert "queue.enqueue_batch" not in affected  # unchanged


def test_the_report_in_the_docs_is_current() -> None:
    check = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "compat_report.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_every_public_resource_method_is_mapped_and_every_endpoint_used() -> None:
    table = method_endpoints()
    assert len(table) > 100
    assert {e.key for e in table["boards.add_videos"]} >= {
        "videos.add_video_to_board",
        "videos.remove_video_from_board",
    }
    declared = {value for value in vars(_endpoints).values() if isinstance(value, Endpoint)}
    used = set().union(*table.values())
    assert declared - used == set(), "endpoints no method uses"


def test_every_endpoint_the_facade_names_exists_in_a_generated_package() -> None:
    declared = [value for value in vars(_endpoints).values() if isinstance(value, Endpoint)]
    for endpoint in declared:
        found = [operation_table(p)[endpoint.key] for p in packages() if endpoint.key in operation_table(p)]
        assert found, f"{endpoint.key} is in no generated package"
        if endpoint.path is not None:
            assert endpoint.path in {path for _, path in found}, endpoint
