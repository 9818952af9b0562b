"""Which of one server's queue items stand for which of a run's sessions (pure: no I/O).

A batch's items are joined to its sessions by their batch values (``value_key``), not by enqueue order;
sessions with the same values (runs) are interchangeable and taken in turn. The tracker also tells which
sessions no item holds any more: those of a batch whose every item has been followed to its end without
matching them (an item deleted before it was matched), and those the queue never took (a batch it cut
short at its ``max_queue_size``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..types.queue import ItemOutcome
from ._plan import value_key

__all__ = ["ItemTracker"]


@dataclass
class ItemTracker:
    """The items one worker follows, and the sessions still waiting for theirs."""

    outstanding: dict[int, str] = field(default_factory=dict)  # item id -> batch id, until it is ended
    item_pos: dict[int, int] = field(default_factory=dict)  # item id -> session, once joined
    unjoined: dict[str, dict[str, deque[int]]] = field(default_factory=dict)  # batch -> value key -> sessions

    def track(
        self,
        batch_id: str,
        item_ids: Iterable[int],
        sessions: Mapping[int, tuple[str, int | None]],
    ) -> None:
        """Follow a batch's items; ``sessions``: position -> (value key, the item it is joined to, if any)."""
        known = {item_id: pos for pos, (_, item_id) in sessions.items() if item_id is not None}
        waiting: dict[str, deque[int]] = {}
        for pos, (key, item_id) in sessions.items():
            if item_id is None:
                waiting.setdefault(key, deque()).append(pos)
        self.unjoined[batch_id] = waiting
        for item_id in item_ids:
            if item_id in known:
                self.item_pos[item_id] = known[item_id]
                self.outstanding[item_id] = batch_id
            elif waiting:
                self.outstanding[item_id] = batch_id

    def is_tracked(self, batch_id: str) -> bool:
        return batch_id in self.unjoined

    def position(self, item_id: int, item: ItemOutcome | None, pairs: list[tuple[int, int]]) -> int | None:
        """The session of an item, joining it (added to ``pairs``) if it was not yet; ``None``: no session
        matches it."""
        if item_id in self.item_pos:
            return self.item_pos[item_id]
        if item is None:
            return None
        waiting = self.unjoined.get(item.batch_id, {}).get(value_key(item.field_values or []))
        if not waiting:
            return None
        pos = waiting.popleft()
        self.item_pos[item_id] = pos
        pairs.append((pos, item_id))
        return pos

    def join_landed(
        self, batch_id: str, items: Sequence[ItemOutcome]
    ) -> tuple[list[tuple[int, int]], list[int]]:
        """A batch the queue took only part of: join the items that landed; the sessions none took."""
        pairs: list[tuple[int, int]] = []
        for item in items:
            self.position(item.item_id, item, pairs)
        left = [pos for waiting in self.unjoined.pop(batch_id, {}).values() for pos in waiting]
        return pairs, left

    def ended(self, item_id: int) -> None:
        self.outstanding.pop(item_id, None)

    def unheld(self) -> list[int]:
        """Sessions of batches whose every item has been followed to its end without matching them: no item
        on the server holds them (their batches are forgotten)."""
        following = set(self.outstanding.values())
        done = [batch_id for batch_id in self.unjoined if batch_id not in following]
        return [
            pos for batch_id in done for waiting in self.unjoined.pop(batch_id).values() for pos in waiting
        ]

    def followed(self) -> set[int]:
        """Every session an item stands for, or that waits for one of a batch it follows."""
        waiting = {pos for batch in self.unjoined.values() for queue in batch.values() for pos in queue}
        return set(self.item_pos.values()) | waiting

    def oldest(self, count: int) -> list[int]:
        """The ``count`` oldest outstanding items."""
        return sorted(self.outstanding)[:count]

    def clear(self) -> None:
        self.outstanding.clear()
        self.unjoined.clear()
        self.item_pos.clear()
