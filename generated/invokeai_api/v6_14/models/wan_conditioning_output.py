from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.wan_conditioning_field import WanConditioningField


T = TypeVar("T", bound="WanConditioningOutput")


@_attrs_define
class WanConditioningOutput:
    """Base class for nodes that output a Wan 2.2 text conditioning tensor."""

    conditioning: WanConditioningField
    """ A Wan 2.2 conditioning tensor primitive value.

    Wan conditioning is the UMT5-XXL hidden state for the prompt plus an attention
    mask marking valid (non-padding) tokens. """
    type_: Literal["wan_conditioning_output"] = "wan_conditioning_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditioning = self.conditioning.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditioning": conditioning,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_conditioning_field import WanConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        conditioning = WanConditioningField.from_dict(d.pop("conditioning"))

        type_ = cast(Literal["wan_conditioning_output"], d.pop("type"))
        if type_ != "wan_conditioning_output":
            raise ValueError(f"type must match const 'wan_conditioning_output', got '{type_}'")

        wan_conditioning_output = cls(
            conditioning=conditioning,
            type_=type_,
        )

        wan_conditioning_output.additional_properties = d
        return wan_conditioning_output

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
