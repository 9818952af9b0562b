"""Rows: one session per row of a CSV / JSON Lines file or of Python mappings, as one zip group of batch data;
every cell checked first, errors naming the row and the column; items joined back to their rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import RowError
from invokeai_client.outputs import OutputImage, SavedImage, manifest_records
from invokeai_client.types import QueueItem
from invokeai_client.workflows import TemplateSet, Workflow, read_rows

WORKFLOW = Path(__file__).resolve().parents[2] / "live" / "workflows" / "blank_blur_save.json"


@pytest.fixture
def workflow() -> Workflow:
    return Workflow.load(WORKFLOW, TemplateSet.bundled())


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_rows_become_one_zip_group(workflow: Workflow, tmp_path: Path) -> None:
    path = write(tmp_path, "rows.csv", "\ufeffWidth,blur.radius\n16,0.5\n24,1.5\n32,2\n")
    table = workflow.set_rows(read_rows(path), source=str(path))
    assert (table.columns, table.keys, table.numbers) == (
        ("Width", "blur.radius"),
        ("canvas.width", "blur.radius"),
        (1, 2, 3),
    )
    assert workflow.batch_data() == [
        [
            {"node_path": "canvas", "field_name": "width", "items": [16, 24, 32]},
            {"node_path": "blur", "field_name": "radius", "items": [0.5, 1.5, 2.0]},
        ]
    ]
    workflow.set_sweep("Height", [8, 16])
    assert workflow.session_count(runs=2) == 12  # rows x sweep x runs
    assert workflow.to_batch(runs=2)["batch"]["runs"] == 2


def test_json_lines_and_python_rows_give_the_same_batch(workflow: Workflow, tmp_path: Path) -> None:
    path = write(tmp_path, "rows.jsonl", '{"0": 16, "3": 0.5}\n\n{"0": "24", "3": 1.5}\n')
    workflow.set_rows(read_rows(path))
    from_file = workflow.batch_data()

    def generated() -> Iterator[dict[str, Any]]:  # any iterable works: a generator, DataFrame records
        yield {"Width": 16, "Blur radius": 0.5}
        yield {"Width": 24, "Blur radius": 1.5}

    other = Workflow.load(WORKFLOW, TemplateSet.bundled())
    other.set_rows(generated())
    assert other.batch_data() == from_file
    other.clear_rows()
    assert other.batch_data() == []
    assert other.rows is None


@pytest.mark.parametrize(
    ("text", "row", "column", "rule"),
    [
        ("Width\n16\nwide\n", 2, "Width", "canvas.width: "),
        ("Width\n16\n\n", None, None, ""),  # a blank last line is no row: fine
        ("Width,Nope\n16,1\n", None, "Nope", "no index, key or label matches"),
        ("Blur radius\n1\n-1\n", 2, "Blur radius", "blur.radius: must be"),
        ("Width,Height\n16,16,99\n", 1, None, "more cells than the header"),
        ("Output board\nnone\n", None, "Output board", "cannot vary per row"),
        ("Width,Width\n16,16\n", None, "Width", "the header names this column twice"),
        ("Width,canvas.width\n16,16\n", None, None, "two columns name the same input"),
        ("Width,\n16,1\n", None, None, "a name for every column"),
        ("Width,Height\n16,\n", 1, "Height", "is empty"),
    ],
)
def test_a_bad_row_names_the_row_and_the_column(
    workflow: Workflow, tmp_path: Path, text: str, row: int | None, column: str | None, rule: str
) -> None:
    path = write(tmp_path, "rows.csv", text)
    if not rule:
        workflow.set_rows(read_rows(path), source=str(path))
        return
    with pytest.raises(RowError) as info:
        workflow.set_rows(read_rows(path), source=str(path))
    assert (info.value.row, info.value.column, info.value.source) == (row, column, str(path))
    assert rule in info.value.rule
    assert str(info.value).startswith(str(path))
    assert workflow.rows is None  # nothing kept
    assert workflow.batch_data() == []


def test_rows_that_do_not_match_the_first_are_refused(workflow: Workflow) -> None:
    with pytest.raises(RowError, match="row 2, column 'Height': is not a column of the first row"):
        workflow.set_rows([{"Width": 16}, {"Width": 24, "Height": 8}])
    with pytest.raises(RowError, match="row 2, column 'Height': the row has no value for it"):
        workflow.set_rows([{"Width": 16, "Height": 8}, {"Width": 24}])
    with pytest.raises(RowError, match="row 1: a row must be a mapping, not list"):
        workflow.set_rows([[16]])  # type: ignore[list-item]
    with pytest.raises(RowError, match="there are no rows"):
        workflow.set_rows([])


def test_a_swept_input_cannot_also_be_a_column(workflow: Workflow) -> None:
    workflow.set_sweep("Width", [8, 16])
    with pytest.raises(RowError, match=r"canvas\.width is also swept"):
        workflow.set_rows([{"Width": 24}])


@pytest.mark.parametrize(
    ("path_text", "rule"),
    [
        ("rows.jsonl", "line 1 is not JSON"),
        ("rows.txt", "rows are read from .csv or .jsonl files"),
    ],
)
def test_a_rows_file_that_cannot_be_read_says_why(tmp_path: Path, path_text: str, rule: str) -> None:
    path = write(tmp_path, path_text, "{not json\n")
    with pytest.raises(RowError, match=rule):
        read_rows(path)
    with pytest.raises(RowError, match="has no rows"):
        read_rows(write(tmp_path, "empty.csv", "Width\n"))
    with pytest.raises(RowError, match="line 2 is not a JSON object"):
        read_rows(write(tmp_path, "list.jsonl", '{"Width": 8}\n[1]\n'))


def _item(item_id: int, width: int, height: int, status: str = "completed", **extra: Any) -> QueueItem:
    return QueueItem.model_validate(
        {
            "item_id": item_id,
            "status": status,
            "batch_id": "b",
            "queue_id": "default",
            "session_id": f"s{item_id}",
            "priority": 0,
            "created_at": "2026-12-01 10:00:00.000",
            "updated_at": "2026-12-01 10:00:00.000",
            "session": {"id": f"s{item_id}", "graph": {"nodes": {}, "edges": []}},
            "field_values": [
                {"node_path": "canvas", "field_name": "width", "value": width},
                {"node_path": "canvas", "field_name": "height", "value": height},
            ],
            **extra,
        }
    )


def _saved(item_id: int, tmp_path: Path) -> SavedImage:
    image = OutputImage(
        source_node_id="save",
        prepared_node_id="save-1",
        node_type="save_image",
        output_field="image",
        image_name=f"{item_id}.png",
        item_id=item_id,
    )
    return SavedImage(image=image, path=tmp_path / f"{item_id}.png")


def test_items_join_back_to_their_rows_in_the_manifest(workflow: Workflow, tmp_path: Path) -> None:
    """Identical rows (1 and 3) and runs get their numbers in turn; a failed item has a line with its error."""
    workflow.set_rows([{"Width": 16}, {"Width": 24}, {"Width": 16}])
    items = [
        _item(11, 16, 8),
        _item(12, 24, 8, status="failed", error_type="ValueError", error_message="bad"),
        _item(13, 16, 8),
    ]
    records = manifest_records(items, [_saved(11, tmp_path), _saved(13, tmp_path)], workflow)
    assert [(r["row"], r["values"], r["sweep"], r["status"], r["image_name"]) for r in records] == [
        (1, {"Width": 16}, {"canvas.height": 8}, "completed", "11.png"),
        (2, {"Width": 24}, {"canvas.height": 8}, "failed", None),
        (3, {"Width": 16}, {"canvas.height": 8}, "completed", "13.png"),
    ]
    assert records[1]["error"] == "ValueError: bad"
    assert records[0]["path"] == str(tmp_path / "11.png")
    json.dumps(records)  # one JSON line each
    assert manifest_records(items, [], None)[0]["row"] is None  # without rows: no row numbers
