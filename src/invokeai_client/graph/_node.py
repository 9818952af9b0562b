"""The base of every generated node class: inputs checked as they are given, outputs as typed handles.

A generated class (``invokeai_api.v6_14.nodes.NoiseInvocation``) declares its node type, its input field
table ([`field`][invokeai_client.graph.field], the same [`FieldTemplate`][invokeai_client.templates.FieldTemplate] records GUI workflows are
checked with) and its outputs; its ``__init__`` only forwards its keyword arguments here. Values are checked
by the same field kinds as ``Workflow.set``; an [`Output`][invokeai_client.graph.Output] given to an input becomes an edge, checked by
the GUI's connection rules.
"""

from __future__ import annotations

import contextvars
from collections.abc import Mapping
from typing import Any, ClassVar, NoReturn, Protocol

from ..errors import EdgeTypeError, NodeInputError
from ..templates import (
    CONNECTION,
    Cardinality,
    Constraints,
    FieldTemplate,
    ValueContext,
    ValueRuleError,
    kind_for,
)
from ..workflows import json_copy
from ._connect import connectable, describe_type
from ._handles import Output

__all__ = ["Node", "field", "fields"]


class _Joinable(Protocol):
    def add(self, *nodes: Node) -> None: ...


#: The graph nodes join when they are made inside ``with Graph():``.
ACTIVE_GRAPH: contextvars.ContextVar[_Joinable | None] = contextvars.ContextVar(
    "invokeai_graph", default=None
)
_CONTEXT = ValueContext()
_CARDINALITIES = {c.value: c for c in Cardinality}


def field(
    name: str,
    type_name: str | None,
    *,
    input: str = "any",
    cardinality: str = "SINGLE",
    internal: bool = False,
    required: bool = False,
    options: tuple[Any, ...] | None = None,
    model_base: tuple[str, ...] | None = None,
    model_type: tuple[str, ...] | None = None,
    **constraints: Any,
) -> FieldTemplate:
    """One input's template, as a generated node class declares it (no title or description: those are in
    the class's docstring)."""
    return FieldTemplate(
        name=name,
        title=name,
        description="",
        field_kind="internal" if internal else "input",
        input=input,
        type_name=type_name,
        cardinality=_CARDINALITIES[cardinality],
        required=required,
        options=options,
        constraints=Constraints(**constraints) if constraints else Constraints(),
        ui_model_base=model_base,
        ui_model_type=model_type,
    )


def fields(*templates: FieldTemplate) -> dict[str, FieldTemplate]:
    """The input table of a node class, by name, in declaration order."""
    return {template.name: template for template in templates}


class Node:
    """A node of a graph written in Python; subclasses are generated, one per invocation type.

    Attributes:
        id: the node id (given, or ``"<type>:<n>"`` when it joins a graph).
        label: the node's title in the GUI ("" for the template's).
        is_intermediate: whether its images are intermediate (all nodes but ``save_image`` by default, as
            in the GUI).
        use_cache: whether the server may reuse a cached result.
        values: input name -> the value stored (the JSON a GUI workflow would hold).
        links: input name -> the outputs that feed it (one, except for a collect node's ``item``).
    """

    TYPE: ClassVar[str] = ""
    VERSION: ClassVar[str] = "1.0.0"
    NODE_PACK: ClassVar[str] = "invokeai"
    #: The server version the class was generated from (its templates check a graph offline).
    SERVER_VERSION: ClassVar[str] = ""
    INPUTS: ClassVar[Mapping[str, FieldTemplate]] = {}
    #: output name -> (type name, cardinality)
    OUTPUTS: ClassVar[Mapping[str, tuple[str, str]]] = {}

    __slots__ = ("id", "is_intermediate", "label", "links", "use_cache", "values")

    def __init__(
        self, id: str | None, label: str, is_intermediate: bool, use_cache: bool, /, **inputs: Any
    ) -> None:
        """Check and store the inputs given (``None`` leaves an input empty); join the active graph."""
        self.id: str = id or ""
        self.label = label
        self.is_intermediate = is_intermediate
        self.use_cache = use_cache
        self.values: dict[str, Any] = {}
        self.links: dict[str, list[Output[Any]]] = {}
        for name, value in inputs.items():
            if value is not None:
                self.set(name, value)
        graph = ACTIVE_GRAPH.get()
        if graph is not None:
            graph.add(self)

    def set(self, name: str, value: Any) -> None:
        """Give an input a value, an [`Output`][invokeai_client.graph.Output] (an edge), several outputs (a collect node's ``item``),
        or ``None`` (empty it).

        Raises:
            NodeInputError: the node type has no such input, or the value breaks its rules.
            EdgeTypeError: the output's type cannot feed this input.
        """
        template = self.INPUTS.get(name)
        if template is None:
            inputs = ", ".join(self.INPUTS) or "none"
            self._refuse(name, value, f"{self.TYPE} has no input {name!r} (inputs: {inputs})")
        self.values.pop(name, None)
        self.links.pop(name, None)
        if value is None:
            return
        if isinstance(value, Output):
            self.links[name] = [self._connect(template, value)]
        elif template.type_name == "CollectionItemField" and isinstance(value, list | tuple) and value:
            self.links[name] = [self._connect(template, item) for item in value]
        elif template.input == "connection":
            self._refuse(name, value, "takes a connection only: pass another node's output")
        else:
            self.values[name] = self._coerce(template, value)

    def set_raw(self, name: str, value: Any) -> None:
        """Store JSON for an input without checking it (what a GUI export holds on a connection-only
        input, or a type the SDK has no rules for).

        Raises:
            NodeInputError: the node type has no such input.
        """
        if name not in self.INPUTS:
            self._refuse(name, value, f"{self.TYPE} has no input {name!r}")
        self.links.pop(name, None)
        self.values[name] = json_copy(value)

    def output(self, name: str) -> Output[Any]:
        """The output of that name (the typed properties of the class return the same thing).

        Raises:
            KeyError: the node type has no such output.
        """
        if name not in self.OUTPUTS:
            raise KeyError(f"{self.TYPE} has no output {name!r} (outputs: {', '.join(self.OUTPUTS)})")
        return Output(self, name)

    def _coerce(self, template: FieldTemplate, value: Any) -> Any:
        kind = kind_for(template)
        if kind is CONNECTION:  # a type without a kind (a bounding box, a collection of any): raw JSON
            return json_copy(value)
        try:
            return kind.coerce(value, template, _CONTEXT)
        except ValueRuleError as exc:
            self._refuse(template.name, value, exc.rule)

    def _connect(self, template: FieldTemplate, source: Any) -> Output[Any]:
        if not isinstance(source, Output):
            self._refuse(template.name, source, "takes outputs of other nodes only")
        target_type = (template.type_name or "AnyField", template.cardinality.value)
        source_type = source.node.OUTPUTS[source.field]
        if not connectable(source_type, target_type):
            raise EdgeTypeError(
                source=f"{source.node.id or source.node.TYPE}.{source.field}",
                source_type=describe_type(*source_type),
                target=f"{self.id or self.TYPE}.{template.name}",
                target_type=describe_type(*target_type),
            )
        return source

    def _refuse(self, name: str, value: Any, rule: str) -> NoReturn:
        raise NodeInputError(
            node_type=self.TYPE, node_id=self.id or "(new)", field=name, value=value, rule=rule
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id or '(not in a graph)'}>"
