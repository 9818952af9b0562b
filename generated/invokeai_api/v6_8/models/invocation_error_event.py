from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invocation_error_event_invocation import InvocationErrorEventInvocation


T = TypeVar("T", bound="InvocationErrorEvent")


@_attrs_define
class InvocationErrorEvent:
    """Event model for invocation_error"""

    batch_id: str
    """ The ID of the queue batch """
    destination: None | str
    """ The destination of the queue item """
    error_message: str
    """ The error message """
    error_traceback: str
    """ The error traceback """
    error_type: str
    """ The error type """
    invocation: InvocationErrorEventInvocation
    """ The ID of the invocation """
    invocation_source_id: str
    """ The ID of the prepared invocation's source node """
    item_id: int
    """ The ID of the queue item """
    origin: None | str
    """ The origin of the queue item """
    project_id: None | str
    """ The ID of the user who created the invocation """
    queue_id: str
    """ The ID of the queue """
    session_id: str
    """ The ID of the session (aka graph execution state) """
    timestamp: int
    """ The timestamp of the event """
    user_id: None | str
    """ The ID of the user who created the invocation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        destination: None | str
        destination = self.destination

        error_message = self.error_message

        error_traceback = self.error_traceback

        error_type = self.error_type

        invocation = self.invocation.to_dict()

        invocation_source_id = self.invocation_source_id

        item_id = self.item_id

        origin: None | str
        origin = self.origin

        project_id: None | str
        project_id = self.project_id

        queue_id = self.queue_id

        session_id = self.session_id

        timestamp = self.timestamp

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "destination": destination,
                "error_message": error_message,
                "error_traceback": error_traceback,
                "error_type": error_type,
                "invocation": invocation,
                "invocation_source_id": invocation_source_id,
                "item_id": item_id,
                "origin": origin,
                "project_id": project_id,
                "queue_id": queue_id,
                "session_id": session_id,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invocation_error_event_invocation import InvocationErrorEventInvocation  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        error_message = d.pop("error_message")

        error_traceback = d.pop("error_traceback")

        error_type = d.pop("error_type")

        invocation = InvocationErrorEventInvocation.from_dict(d.pop("invocation"))

        invocation_source_id = d.pop("invocation_source_id")

        item_id = d.pop("item_id")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        queue_id = d.pop("queue_id")

        session_id = d.pop("session_id")

        timestamp = d.pop("timestamp")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        invocation_error_event = cls(
            batch_id=batch_id,
            destination=destination,
            error_message=error_message,
            error_traceback=error_traceback,
            error_type=error_type,
            invocation=invocation,
            invocation_source_id=invocation_source_id,
            item_id=item_id,
            origin=origin,
            project_id=project_id,
            queue_id=queue_id,
            session_id=session_id,
            timestamp=timestamp,
            user_id=user_id,
        )

        invocation_error_event.additional_properties = d
        return invocation_error_event

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
