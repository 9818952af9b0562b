"""A job's progress, folded from its events and REST status: pure, no I/O, shared by ``Job`` and ``AsyncJob``.

`track` takes in one update and returns a new [`JobProgress`][invokeai_client.jobs.JobProgress] (the old one is unchanged, so a
callback may keep the snapshots it gets):

- an event of the batch's subscription: ``queue_item_status_changed`` moves the item counts (from its
  ``batch_status``) and the running item; ``invocation_started`` / ``_progress`` / ``_complete`` /
  ``_error`` move the running node. Events of an item that has already ended are ignored (the server
  sends ``invocation_error`` after the item's ``failed`` status).
- a REST [`BatchStatus`][invokeai_client.types.BatchStatus] (polling has no per-node events: progress then moves per finished item).
- the final items (``list[QueueItem]``), which settle the counts.

Counts never go down, so a late (stale) update cannot move the bar backwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..types.events import (
    Event,
    InvocationCompleteEvent,
    InvocationErrorEvent,
    InvocationProgressEvent,
    InvocationStartedEvent,
    ProgressImage,
    QueueItemStatusChangedEvent,
)
from ..types.queue import FINAL_STATUSES, BatchStatus, QueueItem

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

__all__ = ["ItemRun", "JobProgress", "NodeProgress", "node_labels", "nodes_per_item", "start", "track"]

_InvocationEvent = (
    InvocationStartedEvent | InvocationProgressEvent | InvocationCompleteEvent | InvocationErrorEvent
)
_ITERATING_TYPES = frozenset({"iterate"})  # below these, a node runs once per collection item
_RUNNING_MAX = 0.99  # a running item never counts as a whole one: 100 % means every item ended


@dataclass(frozen=True, slots=True)
class NodeProgress:
    """The node a queue item is running (or ran last).

    Attributes:
        item_id: the queue item.
        source_node_id: the node's id in the submitted graph (the workflow's node id).
        prepared_node_id: the id of this execution of the node.
        node_type: e.g. ``"img_blur"``.
        label: the node's label in the workflow, else its type.
        message: the server's last progress message (``"Saving image"``, ``"Denoising"`` …), or None.
        percentage: the node's own progress, 0-1, when the server reports one.
        image: the latest preview the server sent for this node (denoising nodes send one per step),
            still encoded; `preview_image` decodes it.
        steps: the node's ``steps`` input (a denoising node's step count), when it has one.
        finished: the node completed (or failed).
    """

    item_id: int
    source_node_id: str
    prepared_node_id: str
    node_type: str
    label: str
    message: str | None = None
    percentage: float | None = None
    image: ProgressImage | None = None
    steps: int | None = None
    finished: bool = False

    @property
    def step(self) -> int | None:
        """The denoising steps done, from the server's percentage and the node's step count, or None."""
        if self.steps is None or self.percentage is None:
            return None
        return min(round(self.percentage * self.steps), self.steps)

    def preview_image(self) -> PILImage | None:
        """The preview as a PIL image (decoded now, on request), or None. Needs Pillow (``images`` extra).

        The picture is the server's own: a denoising preview comes at *latent* size (1/8 of the output:
        8 x 8 for a 64 x 64 image), while ``image.width`` / ``image.height`` report the size of the image it
        previews. It is returned as sent, not scaled: ``preview.resize((node.image.width,
        node.image.height))`` shows it at output size.

        Raises:
            MissingDependencyError: Pillow is not installed.
        """
        return None if self.image is None else self.image.to_pil()


@dataclass(frozen=True, slots=True)
class ItemRun:
    """One item in progress, as its events tell: the node it runs (or ran last), and how many of its node
    executions completed."""

    node: NodeProgress | None = None
    nodes_done: int = 0


@dataclass(frozen=True, slots=True)
class JobProgress:
    """Where a job stands. Item counts come from the server; the running item and node from events.

    Attributes:
        batch_id: the job's batch.
        item_ids: the batch's queue items, in enqueue order.
        completed, failed, canceled: how many items ended so.
        item_id: the item that ran a node last, when events tell (None when polling, or between items).
        node: the node that item runs (or ran last), when events tell.
        nodes_done: how many node executions of that item completed.
        running: every item in progress, as events tell: a server with several generation devices
            (InvokeAI 6.14 runs one session per GPU) runs several at once, their events interleaved.
        nodes_per_item: how many node executions one item makes, when the graph tells (no ``iterate``).
        labels: the workflow's node labels, by node id.
        ended: the items known to have ended.
    """

    batch_id: str
    item_ids: tuple[int, ...]
    completed: int = 0
    failed: int = 0
    canceled: int = 0
    item_id: int | None = None
    node: NodeProgress | None = None
    nodes_done: int = 0
    nodes_per_item: int | None = None
    labels: Mapping[str, str] = field(default_factory=dict, repr=False, hash=False)
    ended: frozenset[int] = field(default=frozenset(), repr=False, compare=False)
    running: Mapping[int, ItemRun] = field(default_factory=dict, repr=False, hash=False, compare=False)

    @property
    def total(self) -> int:
        """How many items the batch has."""
        return len(self.item_ids)

    @property
    def done(self) -> int:
        """How many items ended (completed, failed or canceled)."""
        return self.completed + self.failed + self.canceled

    @property
    def finished(self) -> bool:
        """True once every item ended."""
        return self.done >= self.total

    @property
    def position(self) -> int | None:
        """The running item's 1-based position in the batch, or None."""
        if self.item_id is None or self.item_id not in self.item_ids:
            return None
        return self.item_ids.index(self.item_id) + 1

    @property
    def preview(self) -> ProgressImage | None:
        """The running node's latest preview image (still encoded), or None."""
        return None if self.node is None else self.node.image

    @property
    def fraction(self) -> float:
        """The share of the work done, 0-1: ended items, plus the running item's nodes when known."""
        if self.total == 0 or self.finished:
            return 1.0
        running = 0.0
        if self.nodes_per_item:
            runs = self.running or (
                {self.item_id: ItemRun(self.node, self.nodes_done)} if self.item_id else {}
            )
            for run in runs.values():
                node = run.node
                partial = (node.percentage or 0.0) if node is not None and not node.finished else 0.0
                running += min((run.nodes_done + partial) / self.nodes_per_item, _RUNNING_MAX)
        return min((self.done + running) / self.total, 1.0)

    @property
    def percent(self) -> float:
        """`fraction` in percent."""
        return round(self.fraction * 100.0, 1)

    def describe(self) -> str:
        """One line for a progress display, e.g. ``"item 2/6: Blur (img_blur) - Saving image"``."""
        ended = f"{self.done}/{self.total} items"
        if self.failed or self.canceled:
            ended += f" ({self.failed} failed, {self.canceled} canceled)"
        position = self.position
        if self.finished or position is None:
            return ended
        text = f"item {position}/{self.total}"
        if len(self.running) > 1:
            text += f" (+{len(self.running) - 1} running)"
        node = self.node
        if node is not None:
            text += (
                f": {node.label}" if node.label == node.node_type else f": {node.label} ({node.node_type})"
            )
            if node.message and not node.finished:
                text += f" - {node.message}"
                if node.step is not None:
                    text += f" (step {node.step}/{node.steps})"
        return text


def nodes_per_item(graph: Mapping[str, Any] | None) -> int | None:
    """How many node executions one session of ``graph`` makes; None when not known in advance."""
    nodes = graph.get("nodes") if isinstance(graph, Mapping) else None
    if not isinstance(nodes, Mapping) or not nodes:
        return None
    types = {node.get("type") for node in nodes.values() if isinstance(node, Mapping)}
    return None if types & _ITERATING_TYPES else len(nodes)


def node_labels(nodes: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """The non-empty labels of a GUI workflow's nodes (``workflow["nodes"]``), by node id."""
    labels: dict[str, str] = {}
    for node in nodes:
        data = node.get("data")
        if isinstance(data, Mapping) and isinstance(data.get("id"), str) and data.get("label"):
            labels[data["id"]] = str(data["label"])
    return labels


def start(
    batch_id: str,
    item_ids: Sequence[int],
    *,
    graph: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> JobProgress:
    """The progress of a batch nothing is known of yet."""
    return JobProgress(
        batch_id=batch_id,
        item_ids=tuple(sorted(item_ids)),
        nodes_per_item=nodes_per_item(graph),
        labels=dict(labels or {}),
    )


def track(state: JobProgress, update: Event | BatchStatus | Sequence[QueueItem]) -> JobProgress:
    """The progress after an event, a REST batch status, or the final items (see the module docstring)."""
    if isinstance(update, BatchStatus):
        return _counts(state, update) if update.batch_id == state.batch_id else state
    if isinstance(update, Event):
        if getattr(update, "batch_id", None) != state.batch_id:
            return state
        if isinstance(update, QueueItemStatusChangedEvent):
            return _status_changed(state, update)
        if isinstance(update, _InvocationEvent) and update.item_id not in state.ended:
            return _invocation(state, update)
        return state
    return _items(state, update)


def _counts(state: JobProgress, counts: BatchStatus) -> JobProgress:
    return replace(
        state,
        completed=max(state.completed, counts.completed),
        failed=max(state.failed, counts.failed),
        canceled=max(state.canceled, counts.canceled),
    )


def _status_changed(state: JobProgress, event: QueueItemStatusChangedEvent) -> JobProgress:
    state = _counts(state, event.batch_status)
    if event.status in FINAL_STATUSES:
        return _without(replace(state, ended=state.ended | {event.item_id}), {event.item_id})
    if event.status == "in_progress" and event.item_id not in state.ended:
        return _with_run(state, event.item_id, ItemRun())
    return state


def _with_run(state: JobProgress, item_id: int, run: ItemRun) -> JobProgress:
    """``item_id`` as the item that moved last, with ``run`` (the others in progress keep theirs)."""
    running = {k: v for k, v in state.running.items() if k != item_id}
    running[item_id] = run
    return replace(state, running=running, item_id=item_id, node=run.node, nodes_done=run.nodes_done)


def _without(state: JobProgress, ended: set[int]) -> JobProgress:
    """The state once these items ended: the latest other item in progress is shown, if there is one."""
    running = {k: v for k, v in state.running.items() if k not in ended}
    if state.item_id not in ended:
        return replace(state, running=running)
    if running:
        latest = next(reversed(running))
        run = running[latest]
        return replace(state, running=running, item_id=latest, node=run.node, nodes_done=run.nodes_done)
    return replace(state, running=running, item_id=None, node=None, nodes_done=0)


def _invocation(state: JobProgress, event: _InvocationEvent) -> JobProgress:
    run = state.running.get(event.item_id) or ItemRun()
    state = _with_run(state, event.item_id, run)
    prepared_id = str(event.invocation.get("id", ""))
    node = state.node
    if isinstance(event, InvocationStartedEvent) or node is None or node.prepared_node_id != prepared_id:
        node_type = str(event.invocation.get("type", "?"))
        steps = event.invocation.get("steps")  # the prepared node's own inputs come with each event
        node = NodeProgress(
            item_id=event.item_id,
            source_node_id=event.invocation_source_id,
            prepared_node_id=prepared_id,
            node_type=node_type,
            label=state.labels.get(event.invocation_source_id) or node_type,
            steps=steps if isinstance(steps, int) and not isinstance(steps, bool) and steps > 0 else None,
        )
    done = state.nodes_done
    if isinstance(event, InvocationProgressEvent):
        image = event.image if event.image is not None else node.image
        node = replace(node, message=event.message, percentage=event.percentage, image=image)
    elif isinstance(event, InvocationCompleteEvent):
        node, done = replace(node, finished=True), done + 1
    elif isinstance(event, InvocationErrorEvent):
        node = replace(node, finished=True)
    return _with_run(state, event.item_id, ItemRun(node, done))


def _items(state: JobProgress, items: Sequence[QueueItem]) -> JobProgress:
    ours = [item for item in items if item.item_id in state.item_ids]
    statuses = [item.status for item in ours]
    ended = state.ended | {item.item_id for item in ours if item.is_final}
    state = replace(
        state,
        completed=max(state.completed, statuses.count("completed")),
        failed=max(state.failed, statuses.count("failed")),
        canceled=max(state.canceled, statuses.count("canceled")),
        ended=ended,
    )
    return _without(state, set(ended))
