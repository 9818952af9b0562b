from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.graph import Graph
    from ..models.graph_execution_state_errors import GraphExecutionStateErrors
    from ..models.graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping
    from ..models.graph_execution_state_results import GraphExecutionStateResults
    from ..models.graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping


T = TypeVar("T", bound="GraphExecutionState")


@_attrs_define
class GraphExecutionState:
    """Tracks the state of a graph execution"""

    errors: GraphExecutionStateErrors
    """ Errors raised when executing nodes """
    executed: list[str]
    """ The set of node ids that have been executed """
    executed_history: list[str]
    """ The list of node ids that have been executed, in order of execution """
    execution_graph: Graph
    graph: Graph
    id: str
    """ The id of the execution state """
    prepared_source_mapping: GraphExecutionStatePreparedSourceMapping
    """ The map of prepared nodes to original graph nodes """
    results: GraphExecutionStateResults
    """ The results of node executions """
    source_prepared_mapping: GraphExecutionStateSourcePreparedMapping
    """ The map of original graph nodes to prepared nodes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        executed = self.executed

        executed_history = self.executed_history

        execution_graph = self.execution_graph.to_dict()

        graph = self.graph.to_dict()

        id = self.id

        prepared_source_mapping = self.prepared_source_mapping.to_dict()

        results = self.results.to_dict()

        source_prepared_mapping = self.source_prepared_mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "executed": executed,
                "executed_history": executed_history,
                "execution_graph": execution_graph,
                "graph": graph,
                "id": id,
                "prepared_source_mapping": prepared_source_mapping,
                "results": results,
                "source_prepared_mapping": source_prepared_mapping,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph import Graph  # noqa: PLC0415
        from ..models.graph_execution_state_errors import GraphExecutionStateErrors  # noqa: PLC0415
        from ..models.graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping  # noqa: PLC0415
        from ..models.graph_execution_state_results import GraphExecutionStateResults  # noqa: PLC0415
        from ..models.graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping  # noqa: PLC0415

        d = dict(src_dict)
        errors = GraphExecutionStateErrors.from_dict(d.pop("errors"))

        executed = cast(list[str], d.pop("executed"))

        executed_history = cast(list[str], d.pop("executed_history"))

        execution_graph = Graph.from_dict(d.pop("execution_graph"))

        graph = Graph.from_dict(d.pop("graph"))

        id = d.pop("id")

        prepared_source_mapping = GraphExecutionStatePreparedSourceMapping.from_dict(d.pop("prepared_source_mapping"))

        results = GraphExecutionStateResults.from_dict(d.pop("results"))

        source_prepared_mapping = GraphExecutionStateSourcePreparedMapping.from_dict(d.pop("source_prepared_mapping"))

        graph_execution_state = cls(
            errors=errors,
            executed=executed,
            executed_history=executed_history,
            execution_graph=execution_graph,
            graph=graph,
            id=id,
            prepared_source_mapping=prepared_source_mapping,
            results=results,
            source_prepared_mapping=source_prepared_mapping,
        )

        graph_execution_state.additional_properties = d
        return graph_execution_state

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
