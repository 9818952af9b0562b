from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invocation_complete_event_invocation import InvocationCompleteEventInvocation
    from ..models.invocation_complete_event_result import InvocationCompleteEventResult


T = TypeVar("T", bound="InvocationCompleteEvent")


@_attrs_define
class InvocationCompleteEvent:
    """Event model for invocation_complete"""

    batch_id: str
    """ The ID of the queue batch """
    destination: None | str
    """ The destination of the queue item """
    invocation: InvocationCompleteEventInvocation
    """ The ID of the invocation """
    invocation_source_id: str
    """ The ID of the prepared invocation's source node """
    item_id: int
    """ The ID of the queue item """
    origin: None | str
    """ The origin of the queue item """
    queue_id: str
    """ The ID of the queue """
    result: InvocationCompleteEventResult
    """ The result of the invocation """
    session_id: str
    """ The ID of the session (aka graph execution state) """
    timestamp: int
    """ The timestamp of the event """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        destination: None | str
        destination = self.destination

        invocation = self.invocation.to_dict()

        invocation_source_id = self.invocation_source_id

        item_id = self.item_id

        origin: None | str
        origin = self.origin

        queue_id = self.queue_id

        result = self.result.to_dict()

        session_id = self.session_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "destination": destination,
                "invocation": invocation,
                "invocation_source_id": invocation_source_id,
                "item_id": item_id,
                "origin": origin,
                "queue_id": queue_id,
                "result": result,
                "session_id": session_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invocation_complete_event_invocation import InvocationCompleteEventInvocation  # noqa: PLC0415
        from ..models.invocation_complete_event_result import InvocationCompleteEventResult  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        invocation = InvocationCompleteEventInvocation.from_dict(d.pop("invocation"))

        invocation_source_id = d.pop("invocation_source_id")

        item_id = d.pop("item_id")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        queue_id = d.pop("queue_id")

        result = InvocationCompleteEventResult.from_dict(d.pop("result"))

        session_id = d.pop("session_id")

        timestamp = d.pop("timestamp")

        invocation_complete_event = cls(
            batch_id=batch_id,
            destination=destination,
            invocation=invocation,
            invocation_source_id=invocation_source_id,
            item_id=item_id,
            origin=origin,
            queue_id=queue_id,
            result=result,
            session_id=session_id,
            timestamp=timestamp,
        )

        invocation_complete_event.additional_properties = d
        return invocation_complete_event

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
