from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_return_value_field import WorkflowReturnValueField


T = TypeVar("T", bound="WorkflowReturnValueOutput")


@_attrs_define
class WorkflowReturnValueOutput:
    """A named workflow return value."""

    value: WorkflowReturnValueField
    """ One named workflow return value. """
    type_: Literal["workflow_return_value_output"] = "workflow_return_value_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_return_value_field import WorkflowReturnValueField  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["workflow_return_value_output"], d.pop("type"))
        if type_ != "workflow_return_value_output":
            raise ValueError(f"type must match const 'workflow_return_value_output', got '{type_}'")

        value = WorkflowReturnValueField.from_dict(d.pop("value"))

        workflow_return_value_output = cls(
            type_=type_,
            value=value,
        )

        workflow_return_value_output.additional_properties = d
        return workflow_return_value_output

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
