from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LLMTaskCompleteEvent")


@_attrs_define
class LLMTaskCompleteEvent:
    """Event model for llm_task_complete"""

    task_id: str
    """ Client-supplied task ID correlating events to a single request """
    timestamp: int
    """ The timestamp of the event """
    user_id: str = "system"
    """ ID of the user who initiated the task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        timestamp = d.pop("timestamp")

        user_id = d.pop("user_id")

        llm_task_complete_event = cls(
            task_id=task_id,
            timestamp=timestamp,
            user_id=user_id,
        )

        llm_task_complete_event.additional_properties = d
        return llm_task_complete_event

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
