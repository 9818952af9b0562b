from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upscaler import Upscaler


T = TypeVar("T", bound="AppConfig")


@_attrs_define
class AppConfig:
    """App Config Response"""

    infill_methods: list[str]
    """ List of available infill methods """
    nsfw_methods: list[str]
    """ List of NSFW checking methods """
    upscaling_methods: list[Upscaler]
    """ List of upscaling methods """
    watermarking_methods: list[str]
    """ List of invisible watermark methods """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infill_methods = self.infill_methods

        nsfw_methods = self.nsfw_methods

        upscaling_methods = []
        for upscaling_methods_item_data in self.upscaling_methods:
            upscaling_methods_item = upscaling_methods_item_data.to_dict()
            upscaling_methods.append(upscaling_methods_item)

        watermarking_methods = self.watermarking_methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "infill_methods": infill_methods,
                "nsfw_methods": nsfw_methods,
                "upscaling_methods": upscaling_methods,
                "watermarking_methods": watermarking_methods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upscaler import Upscaler  # noqa: PLC0415

        d = dict(src_dict)
        infill_methods = cast(list[str], d.pop("infill_methods"))

        nsfw_methods = cast(list[str], d.pop("nsfw_methods"))

        upscaling_methods = []
        _upscaling_methods = d.pop("upscaling_methods")
        for upscaling_methods_item_data in _upscaling_methods:
            upscaling_methods_item = Upscaler.from_dict(upscaling_methods_item_data)

            upscaling_methods.append(upscaling_methods_item)

        watermarking_methods = cast(list[str], d.pop("watermarking_methods"))

        app_config = cls(
            infill_methods=infill_methods,
            nsfw_methods=nsfw_methods,
            upscaling_methods=upscaling_methods,
            watermarking_methods=watermarking_methods,
        )

        app_config.additional_properties = d
        return app_config

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
