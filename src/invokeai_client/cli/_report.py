"""What ``invokeai-client run`` prints once the batch has ended: a plain table or JSON (pure, no I/O)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..outputs import OutputImage, SavedImage
from ..types.queue import FieldValue, QueueItem

_HEADERS = ("item", "status", "node", "image", "sweep values")


def _value_text(value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("image_name"), str):
        return str(value["image_name"])
    return value if isinstance(value, str) else json.dumps(value)


def _sweep_text(values: Sequence[FieldValue] | None) -> str:
    return " ".join(f"{v.node_path}.{v.field_name}={_value_text(v.value)}" for v in values or ()) or "-"


def _shown_path(path: Path) -> str:
    relative = os.path.relpath(path)
    return relative if not relative.startswith("..") else str(path)


def _error_text(item: QueueItem) -> str:
    if item.status == "failed":
        return f"{item.error_type or 'error'}: {' '.join((item.error_message or '').split())}"
    return item.status


def items_json(
    items: Sequence[QueueItem], outputs: Sequence[OutputImage], saved: Sequence[SavedImage]
) -> dict[str, Any]:
    """``{"items": [{item_id, status, field_values, outputs: [{node_id, …, path}]}]}``; ``path`` is set
    for saved images, else None (intermediate images are listed, not saved)."""
    paths = {record.image.image_name: str(record.path) for record in saved}
    return {
        "items": [
            {
                "item_id": item.item_id,
                "status": item.status,
                "field_values": [value.model_dump() for value in item.field_values or ()],
                "outputs": [
                    {
                        "node_id": image.source_node_id,
                        "node_type": image.node_type,
                        "field": image.output_field,
                        "image_name": image.image_name,
                        "path": paths.get(image.image_name),
                        "width": image.width,
                        "height": image.height,
                        "is_intermediate": image.is_intermediate,
                        "board_id": image.board_id,
                    }
                    for image in outputs
                    if image.item_id == item.item_id
                ],
            }
            for item in items
        ]
    }


def table_rows(items: Sequence[QueueItem], saved: Sequence[SavedImage]) -> list[tuple[str, ...]]:
    """One row per saved image; an item without one gets a row with its error (or ``-``)."""
    rows: list[tuple[str, ...]] = []
    for item in items:
        sweep = _sweep_text(item.field_values)
        mine = [record for record in saved if record.image.item_id == item.item_id]
        for record in mine:
            node = f"{record.image.source_node_id} ({record.image.node_type})"
            rows.append((str(item.item_id), item.status, node, _shown_path(record.path), sweep))
        if item.status != "completed" or not mine:
            detail = _error_text(item) if item.status != "completed" else "no final image"
            rows.append((str(item.item_id), item.status, "-", detail, sweep))
    return rows


def render_table(rows: Sequence[Sequence[str]]) -> str:
    """The rows under a header, columns padded to their widest cell (the last column is not padded)."""
    table = [_HEADERS, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(_HEADERS) - 1)]
    return "\n".join(
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]).rstrip()
        for row in table
    )


def failure_summary(items: Sequence[QueueItem]) -> str | None:
    """One line naming the items that did not complete (the first failure's error), or None."""
    bad = [item for item in items if item.status != "completed"]
    if not bad:
        return None
    first = next((item for item in bad if item.status == "failed"), bad[0])
    return f"{len(bad)} of {len(items)} item(s) did not complete; item {first.item_id}: {_error_text(first)}"


def run_table_rows(records: Sequence[dict[str, Any]]) -> list[tuple[str, ...]]:
    """The table of a durable run's results (``Run.results()``): one row per saved image, one per session
    without one (its error or status)."""
    rows: list[tuple[str, ...]] = []
    for record in records:
        values = [*record["sweep"].items(), *record["values"].items()]
        shown = " ".join(f"{key}={_value_text(value)}" for key, value in values) or "-"
        item = str(record["item_id"]) if record["item_id"] is not None else "-"
        if record["path"] is not None:
            node = f"{record['node_id']} ({record['node_type']})"
            rows.append((item, record["status"], node, _shown_path(Path(record["path"])), shown))
        else:
            detail = record["error"] or ("no final image" if record["status"] == "completed" else "-")
            rows.append((item, record["status"], "-", " ".join(detail.split()), shown))
    return rows


def unsaved_summary(records: Sequence[dict[str, Any]]) -> str | None:
    """One line naming the images of completed items that could not be saved, or None."""
    unsaved = [r for r in records if r["status"] == "completed" and r.get("error") and r.get("image_name")]
    if not unsaved:
        return None
    first = unsaved[0]
    detail = " ".join(str(first["error"]).split())
    return f"{len(unsaved)} image(s) could not be saved; item {first['item_id']}: {first['image_name']!r}: {detail}"


def run_failure_summary(records: Sequence[dict[str, Any]]) -> str | None:
    """One line naming the sessions that did not complete (the first failure's error), or None."""
    sessions: dict[Any, dict[str, Any]] = {}
    for record in records:
        sessions.setdefault(record["session"], record)
    bad = [r for r in sessions.values() if r["status"] != "completed"]
    if not bad:
        return unsaved_summary(records)
    first = next((r for r in bad if r["status"] == "failed"), bad[0])
    where = f"item {first['item_id']}" if first["item_id"] is not None else f"row {first['row']}"
    detail = " ".join((first["error"] or first["status"]).split())
    return f"{len(bad)} of {len(sessions)} item(s) did not complete; {where}: {detail}"
