from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_queue_item_status import SessionQueueItemStatus, check_session_queue_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_execution_state import GraphExecutionState
    from ..models.node_field_value import NodeFieldValue
    from ..models.workflow_without_id import WorkflowWithoutID


T = TypeVar("T", bound="SessionQueueItem")


@_attrs_define
class SessionQueueItem:
    """Session queue item without the full graph. Used for serialization."""

    batch_id: str
    """ The ID of the batch associated with this queue item """
    created_at: datetime.datetime | str
    """ When this queue item was created """
    item_id: int
    """ The identifier of the session queue item """
    queue_id: str
    """ The id of the queue with which this item is associated """
    session: GraphExecutionState
    """ Tracks the state of a graph execution """
    session_id: str
    """ The ID of the session associated with this queue item. The session doesn't exist in graph_executions until
    the queue item is executed. """
    updated_at: datetime.datetime | str
    """ When this queue item was updated """
    priority: int = 0
    """ The priority of this queue item """
    status: SessionQueueItemStatus = "pending"
    """ The status of this queue item """
    completed_at: datetime.datetime | None | str | Unset = UNSET
    """ When this queue item was completed """
    credits_: float | None | Unset = UNSET
    """ The total credits used for this queue item """
    destination: None | str | Unset = UNSET
    """ The origin of this queue item. This data is used by the frontend to determine how to handle results """
    error_message: None | str | Unset = UNSET
    """ The error message if this queue item errored """
    error_traceback: None | str | Unset = UNSET
    """ The error traceback if this queue item errored """
    error_type: None | str | Unset = UNSET
    """ The error type if this queue item errored """
    field_values: list[NodeFieldValue] | None | Unset = UNSET
    """ The field values that were used for this queue item """
    is_api_validation_run: bool | Unset = False
    """ Whether this queue item is an API validation run. """
    origin: None | str | Unset = UNSET
    """ The origin of this queue item. This data is used by the frontend to determine how to handle results. """
    published_workflow_id: None | str | Unset = UNSET
    """ The ID of the published workflow associated with this queue item """
    retried_from_item_id: int | None | Unset = UNSET
    """ The item_id of the queue item that this item was retried from """
    started_at: datetime.datetime | None | str | Unset = UNSET
    """ When this queue item was started """
    workflow: None | Unset | WorkflowWithoutID = UNSET
    """ The workflow associated with this queue item """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_without_id import WorkflowWithoutID  # noqa: PLC0415

        batch_id = self.batch_id

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        item_id = self.item_id

        priority = self.priority

        queue_id = self.queue_id

        session = self.session.to_dict()

        session_id = self.session_id

        status: str = self.status

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        credits_: float | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = self.credits_

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        error_traceback: None | str | Unset
        if isinstance(self.error_traceback, Unset):
            error_traceback = UNSET
        else:
            error_traceback = self.error_traceback

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        field_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_values, Unset):
            field_values = UNSET
        elif isinstance(self.field_values, list):
            field_values = []
            for field_values_type_0_item_data in self.field_values:
                field_values_type_0_item = field_values_type_0_item_data.to_dict()
                field_values.append(field_values_type_0_item)

        else:
            field_values = self.field_values

        is_api_validation_run = self.is_api_validation_run

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        published_workflow_id: None | str | Unset
        if isinstance(self.published_workflow_id, Unset):
            published_workflow_id = UNSET
        else:
            published_workflow_id = self.published_workflow_id

        retried_from_item_id: int | None | Unset
        if isinstance(self.retried_from_item_id, Unset):
            retried_from_item_id = UNSET
        else:
            retried_from_item_id = self.retried_from_item_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, WorkflowWithoutID):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "created_at": created_at,
                "item_id": item_id,
                "priority": priority,
                "queue_id": queue_id,
                "session": session,
                "session_id": session_id,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if destination is not UNSET:
            field_dict["destination"] = destination
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_traceback is not UNSET:
            field_dict["error_traceback"] = error_traceback
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if field_values is not UNSET:
            field_dict["field_values"] = field_values
        if is_api_validation_run is not UNSET:
            field_dict["is_api_validation_run"] = is_api_validation_run
        if origin is not UNSET:
            field_dict["origin"] = origin
        if published_workflow_id is not UNSET:
            field_dict["published_workflow_id"] = published_workflow_id
        if retried_from_item_id is not UNSET:
            field_dict["retried_from_item_id"] = retried_from_item_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_execution_state import GraphExecutionState  # noqa: PLC0415
        from ..models.node_field_value import NodeFieldValue  # noqa: PLC0415
        from ..models.workflow_without_id import WorkflowWithoutID  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_created_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        item_id = d.pop("item_id")

        priority = d.pop("priority")

        queue_id = d.pop("queue_id")

        session = GraphExecutionState.from_dict(d.pop("session"))

        session_id = d.pop("session_id")

        status = check_session_queue_item_status(d.pop("status"))

        def _parse_updated_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_credits_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        def _parse_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_error_traceback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_traceback = _parse_error_traceback(d.pop("error_traceback", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_field_values(data: object) -> list[NodeFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                field_values_type_0 = []
                _field_values_type_0 = data
                for field_values_type_0_item_data in _field_values_type_0:
                    field_values_type_0_item = NodeFieldValue.from_dict(field_values_type_0_item_data)

                    field_values_type_0.append(field_values_type_0_item)

                return field_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NodeFieldValue] | None | Unset, data)

        field_values = _parse_field_values(d.pop("field_values", UNSET))

        is_api_validation_run = d.pop("is_api_validation_run", UNSET)

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_published_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_workflow_id = _parse_published_workflow_id(d.pop("published_workflow_id", UNSET))

        def _parse_retried_from_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retried_from_item_id = _parse_retried_from_item_id(d.pop("retried_from_item_id", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_workflow(data: object) -> None | Unset | WorkflowWithoutID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_0 = WorkflowWithoutID.from_dict(data)

                return workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowWithoutID, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        session_queue_item = cls(
            batch_id=batch_id,
            created_at=created_at,
            item_id=item_id,
            priority=priority,
            queue_id=queue_id,
            session=session,
            session_id=session_id,
            status=status,
            updated_at=updated_at,
            completed_at=completed_at,
            credits_=credits_,
            destination=destination,
            error_message=error_message,
            error_traceback=error_traceback,
            error_type=error_type,
            field_values=field_values,
            is_api_validation_run=is_api_validation_run,
            origin=origin,
            published_workflow_id=published_workflow_id,
            retried_from_item_id=retried_from_item_id,
            started_at=started_at,
            workflow=workflow,
        )

        session_queue_item.additional_properties = d
        return session_queue_item

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
