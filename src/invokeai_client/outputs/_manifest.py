"""The results manifest of a run (``results.jsonl``): one record per saved image, joined to its row (no I/O).

Each record holds the row's number and values (when the job ran rows), the item's other batch values (its
sweep values), the item's id and status, the source node, the image's name and the file it was saved to.
An item that saved nothing (failed, canceled, or a workflow without image outputs) gets one record with its
status and, for a failure, the server's error, so every row appears at least once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from ..types.queue import QueueItem
from ._mapping import OutputImage
from ._saved import SavedImage

__all__ = ["RowSource", "manifest_records"]


class RowSource(Protocol):
    """What the manifest needs of a workflow: its rows (``Workflow`` is one)."""

    @property
    def rows(self) -> Any: ...

    def row_of(self, field_values: Any, seen: dict[str, int] | None = None) -> int | None:
        """The number of the row a queue item ran, from its batch values (see ``Workflow.row_of``)."""
        ...


def manifest_records(
    items: Sequence[QueueItem],
    saved: Sequence[SavedImage],
    workflow: RowSource | None = None,
    *,
    unsaved: Mapping[str, Exception] | None = None,
    outputs: Sequence[OutputImage] = (),
) -> list[dict[str, Any]]:
    """The manifest's records, in enqueue order (items by id, then their images in saved order).

    ``unsaved`` (image name -> error) adds a record, with its error and no path, for each output image in
    ``outputs`` that could not be saved.
    """
    table = workflow.rows if workflow is not None else None
    row_keys = set(table.keys) if table is not None else set()
    by_item: dict[int, list[SavedImage]] = {}
    for record in saved:
        if record.image.item_id is not None:
            by_item.setdefault(record.image.item_id, []).append(record)
    failed_by_item: dict[int, list[tuple[OutputImage, Exception]]] = {}
    for image in outputs:
        why = (unsaved or {}).get(image.image_name)
        if why is not None and image.item_id is not None and image.is_final:
            failed_by_item.setdefault(image.item_id, []).append((image, why))
    seen: dict[str, int] = {}
    position = {number: i for i, number in enumerate(table.numbers)} if table is not None else {}
    records: list[dict[str, Any]] = []
    for item in sorted(items, key=lambda i: i.item_id):
        values = item.field_values or []
        row = workflow.row_of(values, seen) if workflow is not None and table is not None else None
        base: dict[str, Any] = {
            "row": row,
            "values": table.cells(position[row]) if table is not None and row is not None else {},
            "sweep": {
                f"{v.node_path}.{v.field_name}": v.value
                for v in values
                if f"{v.node_path}.{v.field_name}" not in row_keys
            },
            "item_id": item.item_id,
            "status": str(getattr(item.status, "value", item.status)),
        }
        images = by_item.get(item.item_id, [])
        for record in images:
            records.append(
                {
                    **base,
                    "node_id": record.image.source_node_id,
                    "image_name": record.image.image_name,
                    "path": str(record.path),
                    "error": None,
                }
            )
        failed = failed_by_item.get(item.item_id, [])
        for image, problem in failed:
            records.append(
                {**base, "node_id": image.source_node_id, "image_name": image.image_name, "path": None,
                 "error": str(problem)}
            )  # fmt: skip
        if not images and not failed:
            error = None
            if item.error_type or item.error_message:
                error = f"{item.error_type or 'error'}: {item.error_message or ''}".strip()
            records.append({**base, "node_id": None, "image_name": None, "path": None, "error": error})
    return records
