"""Queue items as their events tell them (pure, no I/O): what lets ``as_completed`` hand out a completed item
the moment its completion event arrives, instead of asking a server that answers no REST request while it
runs the next item (~0.35 s late per item).

An item is built only when its events are known to be whole: its ``queue_item_status_changed`` says
``completed`` (the server sends it after every node's ``invocation_complete``, on the same connection), and
the event stream did not reconnect since the item started. Its batch values are the ones the client sent
for its place in the batch: the server makes a batch's items in the order of its expansion (runs, then
the product of the zip groups, first group outermost), one insert, so the n-th smallest item id is the
n-th session of the expansion (the live tier checks this against the server's own ``field_values``). Its session holds what output mapping reads: the submitted graph, the
prepared nodes, their results and the mapping between them. Anything else (a failed or canceled item, a
gap) is read over REST, as before. Records are dropped as soon as their item is handed out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..types.events import Event, InvocationCompleteEvent, InvocationStartedEvent, QueueItemStatusChangedEvent
from ..types.queue import QueueItem

__all__ = ["EventItems"]


@dataclass
class _Record:
    drops: int  # the stream's reconnects when the item started
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)  # prepared id -> prepared node
    sources: dict[str, str] = field(default_factory=dict)  # prepared id -> source id
    results: dict[str, dict[str, Any]] = field(default_factory=dict)  # prepared id -> output
    status: QueueItemStatusChangedEvent | None = None


class EventItems:
    """The events of a batch's items, folded into queue items once each completes (see the module)."""

    def __init__(
        self,
        *,
        graph: Mapping[str, Any],
        data: Sequence[Sequence[Mapping[str, Any]]],
        item_ids: Sequence[int],
        priority: int,
    ) -> None:
        self._graph = dict(graph)
        self._groups = [list(group) for group in data if group]
        self._positions = {item_id: n for n, item_id in enumerate(sorted(item_ids))}
        self._priority = priority
        self._records: dict[int, _Record] = {}

    def note(self, event: Event, drops: int) -> None:
        """Fold in one event of the batch; ``drops``: the stream's reconnects so far."""
        item_id = getattr(event, "item_id", None)
        if not isinstance(item_id, int):
            return
        record = self._records.get(item_id)
        if isinstance(event, QueueItemStatusChangedEvent) and event.status == "in_progress":
            self._records[item_id] = _Record(drops)
            return
        if record is None:
            return
        if isinstance(event, InvocationStartedEvent | InvocationCompleteEvent):
            prepared = str(event.invocation.get("id", ""))
            record.nodes[prepared] = dict(event.invocation)
            record.sources[prepared] = event.invocation_source_id
            if isinstance(event, InvocationCompleteEvent):
                record.results[prepared] = dict(event.result)
        elif isinstance(event, QueueItemStatusChangedEvent):
            record.status = event

    def take(self, item_id: int, drops: int) -> QueueItem | None:
        """The completed item as its events tell it, or ``None`` (then it is read over REST); its record is
        dropped either way."""
        record = self._records.pop(item_id, None)
        if record is None or record.drops != drops or record.status is None:
            return None
        status = record.status
        if status.status != "completed":
            return None
        values = self._field_values(item_id)
        if values is None:
            return None
        by_source: dict[str, list[str]] = {}
        for prepared, source in record.sources.items():
            by_source.setdefault(source, []).append(prepared)
        session = {
            "id": status.session_id,
            "graph": self._graph,
            "execution_graph": {"nodes": record.nodes},
            "results": record.results,
            "prepared_source_mapping": record.sources,
            "source_prepared_mapping": by_source,
        }
        return QueueItem.model_validate(
            {
                "item_id": item_id,
                "queue_id": status.queue_id,
                "batch_id": status.batch_id,
                "session_id": status.session_id,
                "status": status.status,
                "priority": self._priority,
                "created_at": status.created_at,
                "updated_at": status.updated_at,
                "started_at": status.started_at,
                "completed_at": status.completed_at,
                "origin": status.origin,
                "destination": status.destination,
                "field_values": values,
                "session": session,
            }
        )

    def _field_values(self, item_id: int) -> list[dict[str, Any]] | None:
        """The batch values of the item's place in the batch; ``None`` for an item not of the enqueue (an
        item re-run after a restart)."""
        position = self._positions.get(item_id)
        if position is None:
            return None
        sizes = [len(group[0]["items"]) for group in self._groups]
        index = position % math.prod(sizes) if sizes else 0
        picks: list[int] = []
        for size in reversed(sizes):  # the last group varies fastest
            index, pick = divmod(index, size)
            picks.append(pick)
        picks.reverse()
        return [
            {"node_path": d["node_path"], "field_name": d["field_name"], "value": d["items"][pick]}
            for group, pick in zip(self._groups, picks, strict=True)
            for d in group
        ]
