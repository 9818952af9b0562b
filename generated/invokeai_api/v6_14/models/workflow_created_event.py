from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowCreatedEvent")


@_attrs_define
class WorkflowCreatedEvent:
    """Event model for workflow_created"""

    is_public: bool
    """ Whether the workflow is shared with all users """
    timestamp: int
    """ The timestamp of the event """
    user_id: str
    """ The owner of the workflow """
    workflow_id: str
    """ The ID of the workflow """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_public = self.is_public

        timestamp = self.timestamp

        user_id = self.user_id

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_public": is_public,
                "timestamp": timestamp,
                "user_id": user_id,
                "workflow_id": workflow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_public = d.pop("is_public")

        timestamp = d.pop("timestamp")

        user_id = d.pop("user_id")

        workflow_id = d.pop("workflow_id")

        workflow_created_event = cls(
            is_public=is_public,
            timestamp=timestamp,
            user_id=user_id,
            workflow_id=workflow_id,
        )

        workflow_created_event.additional_properties = d
        return workflow_created_event

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
