from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_identifier import FieldIdentifier


T = TypeVar("T", bound="ValidationRunData")


@_attrs_define
class ValidationRunData:
    input_fields: list[FieldIdentifier]
    """ The input fields for the published workflow """
    output_fields: list[FieldIdentifier]
    """ The output fields for the published workflow """
    workflow_id: str
    """ The id of the workflow being published. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_fields = []
        for input_fields_item_data in self.input_fields:
            input_fields_item = input_fields_item_data.to_dict()
            input_fields.append(input_fields_item)

        output_fields = []
        for output_fields_item_data in self.output_fields:
            output_fields_item = output_fields_item_data.to_dict()
            output_fields.append(output_fields_item)

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_fields": input_fields,
                "output_fields": output_fields,
                "workflow_id": workflow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_identifier import FieldIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        input_fields = []
        _input_fields = d.pop("input_fields")
        for input_fields_item_data in _input_fields:
            input_fields_item = FieldIdentifier.from_dict(input_fields_item_data)

            input_fields.append(input_fields_item)

        output_fields = []
        _output_fields = d.pop("output_fields")
        for output_fields_item_data in _output_fields:
            output_fields_item = FieldIdentifier.from_dict(output_fields_item_data)

            output_fields.append(output_fields_item)

        workflow_id = d.pop("workflow_id")

        validation_run_data = cls(
            input_fields=input_fields,
            output_fields=output_fields,
            workflow_id=workflow_id,
        )

        validation_run_data.additional_properties = d
        return validation_run_data

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
