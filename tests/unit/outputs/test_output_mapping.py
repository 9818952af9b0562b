"""Output mapping (spec section 5) on sessions and events recorded from a real InvokeAI 6.8.1 server.

The fixtures are written by ``record_fixtures.py`` (see its docstring); never edit them by hand.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import OutputMappingError
from invokeai_client.outputs import (
    PASS_THROUGH_TYPES,
    OutputImage,
    image_output_fields,
    map_invocation_complete,
    map_outputs,
    map_queue_item,
)
from invokeai_client.types import FieldValue, QueueItem
from invokeai_client.workflows import TemplateSet

HERE = Path(__file__).resolve().parent
OPENAPI = HERE.parents[2] / "openapi" / "invokeai-6.8.1.json"


@functools.cache
def templates() -> TemplateSet:
    return TemplateSet.from_openapi(json.loads(OPENAPI.read_text(encoding="utf-8")), version="6.8.1")


def items(name: str) -> list[dict[str, Any]]:
    document = json.loads((HERE / "fixtures" / f"{name}.json").read_text(encoding="utf-8"))
    assert document["server"] == "6.8.1"
    return list(document["items"])


def events(name: str) -> list[dict[str, Any]]:
    return list(json.loads((HERE / "fixtures" / f"{name}.events.json").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class FormInput:
    kind: str
    index: int | None
    node_id: str


def result_name(session: dict[str, Any], source: str, field: str = "image", nth: int = 0) -> str:
    prepared = session["source_prepared_mapping"][source][nth]
    return str(session["results"][prepared][field]["image_name"])


def key(record: OutputImage) -> tuple[str, str, str, int | None]:
    return record.source_node_id, record.output_field, record.image_name, record.position


# --- templates decide which outputs hold images -----------------------------------------------------


def test_image_fields_come_from_the_templates() -> None:
    t = templates()
    assert image_output_fields(t, "blank_image") == ("image",)
    assert image_output_fields(t, "face_off") == ("image", "mask")
    assert image_output_fields(t, "create_gradient_mask") == ("expanded_mask_area",)
    assert image_output_fields(t, "image_collection") == ("collection",)
    assert image_output_fields(t, "image_generator") == ("images",)
    assert image_output_fields(t, "collect") == ()  # CollectionField, not ImageField
    assert image_output_fields(t, "no_such_node") is None
    assert {"image", "load_image"} == PASS_THROUGH_TYPES


# --- multi-output nodes, boards, intermediate vs final, pass-through ---------------------------------


def test_multi_output_session() -> None:
    (item,) = items("multi_output")
    session = item["session"]
    board = session["graph"]["nodes"]["blank"]["board"]["board_id"]
    records = map_queue_item(QueueItem.model_validate(item), templates())

    by_source: dict[str, list[OutputImage]] = {}
    for record in records:
        by_source.setdefault(record.source_node_id, []).append(record)
    # Groups in executed_history order; the pass-through ``image`` node ("input") is left out.
    history = [s for s in session["executed_history"] if s != "input"]
    assert list(by_source) == history
    assert {s: [r.output_field for r in rs] for s, rs in by_source.items()} == {
        "blank": ["image"],
        "blur": ["image"],
        "face_mask": ["image", "mask"],
        "face_off": ["image", "mask"],
        "gradient": ["expanded_mask_area"],
        "save": ["image"],
        "resize": ["image"],
    }
    for record in records:
        assert record.image_name == result_name(session, record.source_node_id, record.output_field)
        assert record.prepared_node_id == session["source_prepared_mapping"][record.source_node_id][0]
        assert record.node_type == session["graph"]["nodes"][record.source_node_id]["type"]
        assert record.session_id == session["id"]
        assert record.field_values == ()
        assert record.form_index is None
        assert record.position is None

    blank, blur, save = by_source["blank"][0], by_source["blur"][0], by_source["save"][0]
    assert (blank.board_id, blank.is_intermediate, blank.is_final) == (board, False, True)
    assert (save.board_id, save.is_intermediate) == (board, False)
    assert (blur.board_id, blur.is_intermediate, blur.is_final) == (None, True, False)
    assert all(r.board_id is None for r in by_source["face_off"] + by_source["resize"])
    assert (blank.width, blank.height) == (40, 24)
    assert [(r.width, r.height) for r in by_source["face_mask"]] == [(40, 24), (40, 24)]
    assert (by_source["resize"][0].width, by_source["resize"][0].height) == (16, 16)
    gradient = by_source["gradient"][0]  # gradient_mask_output carries no size
    assert (gradient.width, gradient.height) == (None, None)
    assert sum(r.is_final for r in records) == len(records) - 1


def test_pass_through_nodes_on_request() -> None:
    (item,) = items("multi_output")
    session = item["session"]
    records = map_outputs(session, templates(), include_pass_through=True)
    passed = [r for r in records if r.source_node_id == "input"]
    assert [(r.node_type, r.image_name) for r in passed] == [
        ("image", session["graph"]["nodes"]["input"]["image"]["image_name"])
    ]
    assert len(records) == len(map_outputs(session, templates())) + 1


def test_form_board_inputs_set_form_index() -> None:
    (item,) = items("multi_output")
    form = [
        FormInput("board", 3, "save"),
        FormInput("board", 7, "blank"),
        FormInput("string", 1, "resize"),
        FormInput("board", 9, "not-in-graph"),
    ]
    records = map_outputs(item["session"], templates(), form_inputs=form)
    assert {r.source_node_id: r.form_index for r in records} == {
        "blank": 7,
        "blur": None,
        "face_mask": None,
        "face_off": None,
        "gradient": None,
        "save": 3,
        "resize": None,
    }


# --- iterate / collect: several prepared ids per source, list outputs, sweep values -------------------


@pytest.mark.parametrize(("nth", "stop", "widths"), [(0, 48, [16, 32]), (1, 64, [16, 32, 48])])
def test_iterate_collect(nth: int, stop: int, widths: list[int]) -> None:
    item = items("iterate_collect")[nth]
    session = item["session"]
    board = session["graph"]["nodes"]["blur"]["board"]["board_id"]
    records = map_queue_item(QueueItem.model_validate(item), templates())

    assert [r.source_node_id for r in records] == ["blank"] * len(widths) + ["blur"] * len(widths)
    blanks, blurs = records[: len(widths)], records[len(widths) :]
    assert [r.prepared_node_id for r in blanks] == [
        p for p in session["results"] if session["prepared_source_mapping"][p] == "blank"
    ]
    assert len({r.prepared_node_id for r in blanks}) == len(widths)
    assert sorted(r.width for r in blanks if r.width is not None) == widths
    assert all(r.is_intermediate and r.board_id is None for r in blanks)
    assert all(r.board_id == board and r.is_final for r in blurs)
    expected_values = (FieldValue(node_path="range", field_name="stop", value=stop),)
    assert all(r.field_values == expected_values for r in records)
    # Every image appears once: image_collection only re-lists the blanks' images.
    assert len({r.image_name for r in records}) == len(records)


def test_list_outputs_map_one_record_per_element() -> None:
    item = items("iterate_collect")[1]
    session = item["session"]
    records = map_outputs(session, templates(), include_pass_through=True)
    listed = [r for r in records if r.source_node_id == "images"]
    (prepared,) = session["source_prepared_mapping"]["images"]
    collection = session["results"][prepared]["collection"]
    assert [(r.output_field, r.position, r.image_name) for r in listed] == [
        ("collection", i, entry["image_name"]) for i, entry in enumerate(collection)
    ]
    assert all(r.width is None and r.height is None for r in listed)
    blank_names = {r.image_name for r in records if r.source_node_id == "blank"}
    assert {r.image_name for r in listed} == blank_names


# --- failed and canceled items keep their partial results ------------------------------------------


def test_failed_item_maps_partial_results() -> None:
    (item,) = items("failed")
    assert item["status"] == "failed"
    assert item["error_type"] == "ImageRecordNotFoundException"
    session = item["session"]
    records = map_queue_item(QueueItem.model_validate(item), templates())
    assert [key(r) for r in records] == [
        ("blank", "image", result_name(session, "blank"), None),
        ("blur", "image", result_name(session, "blur"), None),
    ]
    assert session["errors"]  # the failing node has an error and no result


def test_canceled_item_maps_partial_results() -> None:
    (item,) = items("canceled")
    assert item["status"] == "canceled"
    session = item["session"]
    records = map_queue_item(QueueItem.model_validate(item), templates())
    assert 1 <= len(records) < 13
    assert [r.source_node_id for r in records] == session["executed_history"][: len(records)]


def test_sources_missing_from_history_follow_in_result_order() -> None:
    (item,) = items("multi_output")
    session = copy.deepcopy(item["session"])
    session["executed_history"] = ["resize"]
    records = map_outputs(session, templates())
    expected = ["resize"] + [
        session["prepared_source_mapping"][p]
        for p in session["results"]
        if session["prepared_source_mapping"][p] not in ("resize", "input")
    ]
    assert list(dict.fromkeys(r.source_node_id for r in records)) == expected


# --- live mapping: invocation_complete events -------------------------------------------------------


@pytest.mark.parametrize("name", ["multi_output", "iterate_collect", "failed", "canceled"])
def test_events_map_like_the_session(name: str) -> None:
    by_item = {it["item_id"]: it for it in items(name)}
    recorded = events(name)
    assert recorded
    for item_id, item in by_item.items():
        from_events = [
            record
            for event in recorded
            if event["item_id"] == item_id
            for record in map_invocation_complete(event, templates(), field_values=item["field_values"])
        ]
        from_session = map_queue_item(QueueItem.model_validate(item), templates())
        assert sorted(from_events, key=key) == sorted(from_session, key=key)


def test_event_of_a_pass_through_node_maps_to_nothing() -> None:
    (event,) = [e for e in events("multi_output") if e["invocation"]["type"] == "image"]
    assert map_invocation_complete(event, templates()) == []
    (record,) = map_invocation_complete(event, templates(), include_pass_through=True)
    assert record.image_name == event["result"]["image"]["image_name"]


def test_event_form_index_and_board() -> None:
    (event,) = [e for e in events("multi_output") if e["invocation_source_id"] == "save"]
    (record,) = map_invocation_complete(event, templates(), form_inputs=[FormInput("board", 2, "save")])
    assert record.form_index == 2
    assert record.board_id == event["invocation"]["board"]["board_id"]
    assert record.prepared_node_id == event["invocation"]["id"]
    assert record.session_id == event["session_id"]


# --- robustness -------------------------------------------------------------------------------------


def test_node_type_without_template_falls_back_to_value_shape(caplog: pytest.LogCaptureFixture) -> None:
    (item,) = items("failed")
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    schemas = {k: v for k, v in document["components"]["schemas"].items() if k != "BlankImageInvocation"}
    partial = TemplateSet(schemas)
    with caplog.at_level(logging.WARNING, logger="invokeai_client.outputs"):
        records = map_outputs(item["session"], partial)
    assert [r.source_node_id for r in records] == ["blank", "blur"]
    assert "blank_image" in caplog.text


def test_board_none_in_a_graph_means_uncategorized() -> None:
    (item,) = items("multi_output")
    session = copy.deepcopy(item["session"])
    session["graph"]["nodes"]["blank"]["board"] = {"board_id": "none"}
    (blank,) = [r for r in map_outputs(session, templates()) if r.source_node_id == "blank"]
    assert blank.board_id is None


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda s: s.pop("results"), "results"),
        (lambda s: s.pop("graph"), "graph"),
        (lambda s: s["prepared_source_mapping"].clear(), "prepared_source_mapping"),
        (lambda s: s["graph"]["nodes"].pop("blank"), "graph lacks"),
    ],
)
def test_malformed_sessions_raise(mutate: Any, message: str) -> None:
    (item,) = items("failed")
    session = copy.deepcopy(item["session"])
    mutate(session)
    with pytest.raises(OutputMappingError, match=message):
        map_outputs(session, templates())


def test_malformed_event_raises() -> None:
    event = copy.deepcopy(events("failed")[0])
    del event["invocation_source_id"]
    with pytest.raises(OutputMappingError):
        map_invocation_complete(event, templates())
    assert isinstance(OutputMappingError("x"), ValueError)


def test_records_are_frozen_and_serialisable() -> None:
    (item,) = items("iterate_collect")[:1]
    record = map_queue_item(QueueItem.model_validate(item), templates())[0]
    with pytest.raises(ValueError, match="frozen"):
        record.image_name = "x"  # type: ignore[misc]
    assert OutputImage.model_validate_json(record.model_dump_json()) == record
