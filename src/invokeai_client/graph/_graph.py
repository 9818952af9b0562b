"""A graph written in Python: the nodes made inside ``with Graph():`` (or added), the inputs it exposes in a
form, and its conversions: to a GUI workflow document, to a [`Workflow`][invokeai_client.workflows.Workflow]
(which every run path takes), and to the ``enqueue_batch`` body."""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from ..errors import WorkflowError
from ..templates import TemplateSet
from ..workflows import Workflow, load_definition
from ._export import export_workflow
from ._node import ACTIVE_GRAPH, Node

__all__ = ["Exposed", "Graph", "schema_for_server"]


@dataclass(frozen=True, slots=True)
class Exposed:
    """An input shown in the workflow's form (and so settable by label, index or key like a GUI form's)."""

    node: Node
    field: str
    label: str = ""


class Graph:
    """The nodes of one workflow, written in Python.

    Example::

        from invokeai_client.graph import Graph
        from invokeai_client import nodes as n

        with Graph("blur") as g:
            blank = n.BlankImageInvocation(width=64, height=64, color="#3366ff")
            blur = n.ImageBlurInvocation(image=blank.image, radius=4)
            n.SaveImageInvocation(image=blur.image)
        g.expose(blur, "radius", label="Radius")
        job = client.workflows.submit(g, sweep={"Radius": [2, 8]})
    """

    __slots__ = ("_counts", "_exposed", "_nodes", "_token", "name")

    def __init__(self, name: str = "") -> None:
        """An empty graph; nodes made inside ``with graph:`` join it.

        Args:
            name: the workflow's name when exported.
        """
        self.name = name
        self._nodes: dict[str, Node] = {}
        self._counts: dict[str, int] = {}
        self._exposed: list[Exposed] = []
        self._token: list[contextvars.Token[Any]] = []

    def __enter__(self) -> Graph:
        self._token.append(ACTIVE_GRAPH.set(self))
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        ACTIVE_GRAPH.reset(self._token.pop())

    # ------------------------------------------------------------------------------------------ nodes

    def add(self, *nodes: Node) -> None:
        """Add nodes (made outside ``with graph:``); a node without an id gets ``"<type>:<n>"``.

        Raises:
            WorkflowError: another node of the graph has the same id.
        """
        for node in nodes:
            if not node.id:
                count = self._counts.get(node.TYPE, 0)
                while True:
                    count += 1
                    candidate = f"{node.TYPE}:{count}"
                    if candidate not in self._nodes:
                        break
                self._counts[node.TYPE] = count
                node.id = candidate
            held = self._nodes.get(node.id)
            if held is node:
                continue
            if held is not None:
                raise WorkflowError(f"graph {self.name!r}: two nodes have the id {node.id!r}")
            self._nodes[node.id] = node

    @property
    def nodes(self) -> list[Node]:
        """Every node, the ones only reached through an edge included, in the order they joined."""
        return list(self._closure())

    def __len__(self) -> int:
        return len(self._nodes)

    def __iter__(self) -> Iterator[Node]:
        return iter(self.nodes)

    def __getitem__(self, node_id: str) -> Node:
        return self._nodes[node_id]

    def _closure(self) -> Iterable[Node]:
        """The graph's nodes and, added on the way, any node that feeds one of them."""
        pending = list(self._nodes.values())
        while pending:
            node = pending.pop()
            for source in (link for links in node.links.values() for link in links):
                if self._nodes.get(source.node.id) is not source.node:
                    self.add(source.node)
                    pending.append(source.node)
        return self._nodes.values()

    # ------------------------------------------------------------------------------------------- form

    def expose(self, node: Node, field: str, *, label: str = "") -> None:
        """Show an input in the exported workflow's form (in call order); its label names it for ``--set``.

        Raises:
            KeyError: the node has no such input.
        """
        if field not in node.INPUTS:
            raise KeyError(f"{node.TYPE} has no input {field!r}")
        self.add(node)
        self._exposed.append(Exposed(node, field, label))

    @property
    def exposed(self) -> list[Exposed]:
        """The inputs of the form, in order."""
        return list(self._exposed)

    # ------------------------------------------------------------------------------------ conversions

    def to_workflow(
        self,
        *,
        name: str | None = None,
        form: Sequence[tuple[Node, str] | tuple[Node, str, str] | Exposed] | None = None,
        schema_version: str | None = None,
        description: str = "",
        author: str = "",
    ) -> dict[str, Any]:
        """The graph as a GUI workflow document, which the workflow editor opens and the library stores.

        Nodes are laid out left to right by depth; the form lists ``form`` (default: the inputs given to
        `expose`).

        Args:
            name: the workflow's name (default: the graph's).
            form: the inputs to show, as ``(node, field[, label])`` or [`Exposed`][invokeai_client.graph.Exposed].
            schema_version: ``"3.0.0"`` or ``"4.0.0"``; default: 4.0.0 for nodes generated from a 6.13 or
                newer server, else 3.0.0 (6.8 accepts nothing newer).
            description: the workflow's description.
            author: the workflow's author.

        Returns:
            The document (a new dict).
        """
        exposed = [_exposed(item) for item in form] if form is not None else self._exposed
        nodes = list(self._closure())
        return export_workflow(
            nodes,
            exposed=[(item.node.id, item.field, item.label) for item in exposed],
            name=self.name if name is None else name,
            schema_version=schema_version or _schema_for(nodes),
            description=description,
            author=author,
        )

    def to_workflow_object(self, templates: TemplateSet | None = None) -> Workflow:
        """The graph as a [`Workflow`][invokeai_client.workflows.Workflow] (inputs by label, sweeps, rows, preflight, ``to_batch``).

        Args:
            templates: the target server's templates; default: those bundled for the server version the
                node classes were generated from.
        """
        document = self.to_workflow()
        if templates is None:
            templates = TemplateSet.bundled(_server_version(self._nodes.values()))
        return Workflow(load_definition(document), templates)

    def to_batch(self, templates: TemplateSet | None = None, **options: Any) -> dict[str, Any]:
        """The ``enqueue_batch`` body of the graph, as ``Workflow.to_batch(**options)`` builds it."""
        return self.to_workflow_object(templates).to_batch(**options)

    def __repr__(self) -> str:
        return f"<Graph {self.name!r}: {len(self._nodes)} nodes>"


def _exposed(item: tuple[Node, str] | tuple[Node, str, str] | Exposed) -> Exposed:
    if isinstance(item, Exposed):
        return item
    if len(item) == 3:
        return Exposed(item[0], item[1], item[2])
    return Exposed(item[0], item[1])


def _server_version(nodes: Iterable[Node]) -> str | None:
    versions = {node.SERVER_VERSION for node in nodes if node.SERVER_VERSION}
    return max(versions, key=_version_key) if versions else None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:3] if part.isdigit())


def _schema_for(nodes: Iterable[Node]) -> str:
    return schema_for_server(_server_version(nodes))


def schema_for_server(version: str | None) -> str:
    """The workflow schema a server's GUI reads: 4.0.0 from InvokeAI 6.13 on, 3.0.0 before (or unknown)."""
    return "4.0.0" if version is not None and _version_key(version)[:2] >= (6, 13) else "3.0.0"
