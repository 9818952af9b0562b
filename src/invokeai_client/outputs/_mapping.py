"""Map a session's results (or a live ``invocation_complete`` event) to the images it produced.

Pure functions over the JSON the server returns (spec section 5); no I/O. Which output fields hold
images comes from the invocation templates (``ImageField`` or a list of them), not from a list of node
types, so custom nodes are covered when the templates are the server's own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict

from ..errors import OutputMappingError
from ..types.boards import UNCATEGORIZED
from ..types.queue import FieldValue
from ..workflows import TemplateSet

__all__ = [
    "PASS_THROUGH_TYPES",
    "FormInputLike",
    "OutputImage",
    "image_output_fields",
    "map_invocation_complete",
    "map_outputs",
    "map_queue_item",
]

logger = logging.getLogger(__name__)

PASS_THROUGH_TYPES: frozenset[str] = frozenset({"image", "load_image"})
"""Node types whose result echoes an input image; the GUI skips the same two."""


class FormInputLike(Protocol):
    """What the mapping reads from a form input ([`invokeai_client.workflows.WorkflowInput`][invokeai_client.workflows.WorkflowInput] has it)."""

    @property
    def kind(self) -> str: ...
    @property
    def index(self) -> int | None: ...
    @property
    def node_id(self) -> str: ...


if TYPE_CHECKING:
    from ..workflows import WorkflowInput

    def _workflow_inputs_fit(value: WorkflowInput) -> FormInputLike:  # checked by mypy only
        return value


class OutputImage(BaseModel):
    """One image a node produced in a session.

    Attributes:
        source_node_id: the node's id in the submitted graph (the workflow's node id).
        prepared_node_id: the id of the node's execution (one per iteration below an ``iterate``); the
            ImageDTO's ``node_id``.
        node_type: the node type (``"l2i"``, ``"save_image"`` …).
        output_field: the output field holding the image (``"image"``, ``"mask"``, ``"collection"`` …).
        image_name: the image's name on the server.
        position: the index within a list output (``collection``, ``images``), else ``None``.
        width, height: the size the output reports, for single-image outputs that carry one, else ``None``.
        board_id: the node's board, or ``None`` for uncategorized. The server may fail to attach an image
            to a board without failing the node; the ImageDTO is authoritative.
        is_intermediate: the node's ``is_intermediate`` (intermediate images are saved but hidden).
        form_index: the index of the workflow form's board input for this node, else ``None``.
        field_values: the batch-data values the queue item ran with (its sweep values).
        session_id: the session's id, when known.
        item_id: the queue item's id, when known ([`map_queue_item`][invokeai_client.outputs.map_queue_item], [`map_invocation_complete`][invokeai_client.outputs.map_invocation_complete]).
    """

    model_config = ConfigDict(frozen=True)

    source_node_id: str
    prepared_node_id: str
    node_type: str
    output_field: str
    image_name: str
    position: int | None = None
    width: int | None = None
    height: int | None = None
    board_id: str | None = None
    is_intermediate: bool = False
    form_index: int | None = None
    field_values: tuple[FieldValue, ...] = ()
    session_id: str | None = None
    item_id: int | None = None

    @property
    def is_final(self) -> bool:
        """``True`` for a gallery image (not intermediate)."""
        return not self.is_intermediate

    @property
    def sweep_values(self) -> dict[str, Any]:
        """`field_values` by input key (``"node_id.field"``), e.g. ``{"blur.radius": 2.0}``."""
        return {f"{value.node_path}.{value.field_name}": value.value for value in self.field_values}


def image_output_fields(templates: TemplateSet, node_type: str) -> tuple[str, ...] | None:
    """The output fields of a node type that hold an image or a list of images.

    Args:
        templates: the server's invocation templates.
        node_type: a node type.

    Returns:
        The field names (empty when the node produces no image), or ``None`` when there is no template.
    """
    template = templates.get(node_type)
    if template is None:
        return None
    return tuple(name for name, field in template.outputs.items() if field.type_name == "ImageField")


def map_outputs(
    session: Mapping[str, Any],
    templates: TemplateSet,
    *,
    field_values: Sequence[FieldValue | Mapping[str, Any]] | None = None,
    form_inputs: Iterable[FormInputLike] | None = None,
    include_pass_through: bool = False,
    item_id: int | None = None,
) -> list[OutputImage]:
    """The images a session produced, grouped by source node in ``executed_history`` order.

    Every entry of ``results`` is read, so the partial results of failed and canceled items are mapped
    too. Within a group, records keep ``results`` order (completion order, one per iteration).

    Args:
        session: a queue item's ``session`` (``graph``, ``results``, ``prepared_source_mapping`` …).
        templates: the invocation templates of the server that ran it.
        field_values: the queue item's ``field_values``, copied onto every record.
        form_inputs: the workflow's form inputs; a ``board`` input sets ``form_index`` on its node's records.
        include_pass_through: also report images a node merely passes on: the ``image``/``load_image``
            nodes, and outputs that repeat one of the node's own input images (``image_collection``,
            ``show_image`` …). By default each image is credited to the node that made it.
        item_id: the queue item's id, copied onto every record.

    Returns:
        The records, one per image and output field.

    Raises:
        OutputMappingError: the session does not have the documented shape.
    """
    results = _mapping(session, "results")
    prepared_to_source = _mapping(session, "prepared_source_mapping")
    graph_nodes = _mapping(_mapping(session, "graph"), "nodes")
    execution = session.get("execution_graph")
    prepared_nodes: Mapping[str, Any] = execution.get("nodes") or {} if isinstance(execution, Mapping) else {}
    context = _Context(templates, field_values, form_inputs, include_pass_through, session.get("id"), item_id)
    groups: dict[str, list[OutputImage]] = {}
    for prepared_id, output in results.items():
        source_id = prepared_to_source.get(prepared_id)
        if not isinstance(source_id, str):
            raise OutputMappingError(f"result {prepared_id!r} has no entry in prepared_source_mapping")
        source_node = graph_nodes.get(source_id)
        if not isinstance(source_node, Mapping):
            raise OutputMappingError(
                f"result {prepared_id!r} comes from {source_id!r}, which the graph lacks"
            )
        prepared_node = prepared_nodes.get(prepared_id)
        records = context.records(
            source_id=source_id,
            prepared_id=prepared_id,
            node=source_node,
            prepared_node=prepared_node if isinstance(prepared_node, Mapping) else None,
            output=output,
        )
        groups.setdefault(source_id, []).extend(records)
    return [record for source_id in _group_order(session, groups) for record in groups[source_id]]


class ItemLike(Protocol):
    """What the mapping reads of a queue item (``QueueItem`` is one)."""

    @property
    def item_id(self) -> int: ...

    @property
    def session(self) -> Mapping[str, Any]: ...

    @property
    def field_values(self) -> Sequence[FieldValue] | None: ...


def map_queue_item(
    item: ItemLike,
    templates: TemplateSet,
    *,
    form_inputs: Iterable[FormInputLike] | None = None,
    include_pass_through: bool = False,
) -> list[OutputImage]:
    """[`map_outputs`][invokeai_client.outputs.map_outputs] for a queue item, with its ``field_values``. Works for any status.

    Raises:
        OutputMappingError: the item's session does not have the documented shape.
    """
    return map_outputs(
        item.session,
        templates,
        field_values=item.field_values,
        form_inputs=form_inputs,
        include_pass_through=include_pass_through,
        item_id=item.item_id,
    )


def map_invocation_complete(
    event: Mapping[str, Any],
    templates: TemplateSet,
    *,
    field_values: Sequence[FieldValue | Mapping[str, Any]] | None = None,
    form_inputs: Iterable[FormInputLike] | None = None,
    include_pass_through: bool = False,
) -> list[OutputImage]:
    """The images one ``invocation_complete`` event reports, by the rules of [`map_outputs`][invokeai_client.outputs.map_outputs].

    The event's ``invocation`` is the prepared node (with its board and ``is_intermediate``), so no
    graph is needed.

    Args:
        event: the event payload (``invocation``, ``invocation_source_id``, ``result``, ``session_id``).
        templates: the invocation templates of the server.
        field_values: the queue item's ``field_values``, when known (events do not carry them).
        form_inputs: the workflow's form inputs.
        include_pass_through: as for [`map_outputs`][invokeai_client.outputs.map_outputs].

    Returns:
        The records, in output-field order.

    Raises:
        OutputMappingError: the payload lacks ``invocation``, ``invocation_source_id`` or ``result``.
    """
    invocation = _mapping(event, "invocation")
    source_id = event.get("invocation_source_id")
    prepared_id = invocation.get("id")
    if not isinstance(source_id, str) or not isinstance(prepared_id, str):
        raise OutputMappingError("the event has no invocation_source_id or invocation.id")
    item_id = event.get("item_id")
    context = _Context(
        templates,
        field_values,
        form_inputs,
        include_pass_through,
        event.get("session_id"),
        item_id if isinstance(item_id, int) else None,
    )
    return context.records(
        source_id=source_id,
        prepared_id=prepared_id,
        node=invocation,
        prepared_node=invocation,
        output=_mapping(event, "result"),
    )


class _Context:
    """The per-call settings of a mapping, and the per-node rules (which nodes, which fields, intermediates or not)."""

    def __init__(
        self,
        templates: TemplateSet,
        field_values: Sequence[FieldValue | Mapping[str, Any]] | None,
        form_inputs: Iterable[FormInputLike] | None,
        include_pass_through: bool,
        session_id: Any,
        item_id: int | None = None,
    ) -> None:
        self.templates = templates
        self.field_values = tuple(FieldValue.model_validate(v) for v in field_values or ())
        self.form_index: dict[str, int | None] = {}
        for form_input in form_inputs or ():
            if form_input.kind == "board":
                self.form_index.setdefault(form_input.node_id, form_input.index)
        self.include_pass_through = include_pass_through
        self.session_id = session_id if isinstance(session_id, str) else None
        self.item_id = item_id

    def records(
        self,
        *,
        source_id: str,
        prepared_id: str,
        node: Mapping[str, Any],
        prepared_node: Mapping[str, Any] | None,
        output: Any,
    ) -> list[OutputImage]:
        node_type = node.get("type")
        if not isinstance(node_type, str):
            raise OutputMappingError(f"node {source_id!r} has no type")
        if not isinstance(output, Mapping):
            raise OutputMappingError(f"the result of {prepared_id!r} ({node_type}) is not an object")
        if node_type in PASS_THROUGH_TYPES and not self.include_pass_through:
            return []
        echoed = set() if self.include_pass_through else _input_image_names(prepared_node)
        width, height = output.get("width"), output.get("height")
        sized = isinstance(width, int) and isinstance(height, int)
        records = []
        for field, position, image_name in self._images(node_type, output):
            if image_name in echoed:
                continue
            records.append(
                OutputImage(
                    source_node_id=source_id,
                    prepared_node_id=prepared_id,
                    node_type=node_type,
                    output_field=field,
                    image_name=image_name,
                    position=position,
                    width=width if sized and position is None else None,
                    height=height if sized and position is None else None,
                    board_id=_board_id(node),
                    is_intermediate=node.get("is_intermediate") is True,
                    form_index=self.form_index.get(source_id),
                    field_values=self.field_values,
                    session_id=self.session_id,
                    item_id=self.item_id,
                )
            )
        return records

    def _images(self, node_type: str, output: Mapping[str, Any]) -> Iterator[tuple[str, int | None, str]]:
        fields = image_output_fields(self.templates, node_type)
        if fields is None:
            # Explicit fallback: without a template, recognise images by their shape.
            logger.warning("no template for node type %r: finding its images by value shape", node_type)
            fields = tuple(name for name, value in output.items() if _holds_images(value))
        for field in fields:
            value = output.get(field)
            if isinstance(value, list):
                for position, entry in enumerate(value):
                    name = _image_name(entry)
                    if name is not None:
                        yield field, position, name
            else:
                name = _image_name(value)
                if name is not None:
                    yield field, None, name


def _mapping(container: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = container.get(key)
    if not isinstance(value, Mapping):
        raise OutputMappingError(f"expected an object under {key!r}, got {type(value).__name__}")
    return value


def _image_name(value: Any) -> str | None:
    if isinstance(value, Mapping):
        name = value.get("image_name")
        if isinstance(name, str) and name:
            return name
    return None


def _holds_images(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value) and all(_image_name(entry) is not None for entry in value)
    return _image_name(value) is not None


def _input_image_names(prepared_node: Mapping[str, Any] | None) -> set[str]:
    """Image names among a prepared node's inputs (filled in by the server before it ran)."""
    names: set[str] = set()
    for value in (prepared_node or {}).values():
        for entry in value if isinstance(value, list) else (value,):
            name = _image_name(entry)
            if name is not None:
                names.add(name)
    return names


def _board_id(node: Mapping[str, Any]) -> str | None:
    board = node.get("board")
    board_id = board.get("board_id") if isinstance(board, Mapping) else None
    if not isinstance(board_id, str) or not board_id or board_id == UNCATEGORIZED:
        return None
    return board_id


def _group_order(session: Mapping[str, Any], groups: Mapping[str, list[OutputImage]]) -> list[str]:
    """Sources in ``executed_history`` order; those not (fully) executed follow, in result order."""
    history = session.get("executed_history")
    ordered = [s for s in dict.fromkeys(history) if s in groups] if isinstance(history, list) else []
    seen = set(ordered)
    return ordered + [source_id for source_id in groups if source_id not in seen]
