from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_call_compatibility_reason import (
    WorkflowCallCompatibilityReason,
    check_workflow_call_compatibility_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCallCompatibility")


@_attrs_define
class WorkflowCallCompatibility:
    is_callable: bool
    """ Whether the workflow can currently be executed by call_saved_workflow. """
    reason: WorkflowCallCompatibilityReason
    message: None | str | Unset = UNSET
    """ Human-readable compatibility detail when unavailable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_callable = self.is_callable

        reason: str = self.reason

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_callable": is_callable,
                "reason": reason,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_callable = d.pop("is_callable")

        reason = check_workflow_call_compatibility_reason(d.pop("reason"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        workflow_call_compatibility = cls(
            is_callable=is_callable,
            reason=reason,
            message=message,
        )

        workflow_call_compatibility.additional_properties = d
        return workflow_call_compatibility

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
