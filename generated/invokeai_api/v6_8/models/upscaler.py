from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Upscaler")


@_attrs_define
class Upscaler:
    upscaling_method: str
    """ Name of upscaling method """
    upscaling_models: list[str]
    """ List of upscaling models for this method """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upscaling_method = self.upscaling_method

        upscaling_models = self.upscaling_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upscaling_method": upscaling_method,
                "upscaling_models": upscaling_models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upscaling_method = d.pop("upscaling_method")

        upscaling_models = cast(list[str], d.pop("upscaling_models"))

        upscaler = cls(
            upscaling_method=upscaling_method,
            upscaling_models=upscaling_models,
        )

        upscaler.additional_properties = d
        return upscaler

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
