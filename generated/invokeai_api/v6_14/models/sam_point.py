from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sam_point_label import SAMPointLabel, check_sam_point_label

T = TypeVar("T", bound="SAMPoint")


@_attrs_define
class SAMPoint:
    label: SAMPointLabel
    x: int
    """ The x-coordinate of the point """
    y: int
    """ The y-coordinate of the point """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: int = self.label

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = check_sam_point_label(d.pop("label"))

        x = d.pop("x")

        y = d.pop("y")

        sam_point = cls(
            label=label,
            x=x,
            y=y,
        )

        sam_point.additional_properties = d
        return sam_point

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
