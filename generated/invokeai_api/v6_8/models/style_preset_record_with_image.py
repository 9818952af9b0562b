from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_type import PresetType, check_preset_type

if TYPE_CHECKING:
    from ..models.preset_data import PresetData


T = TypeVar("T", bound="StylePresetRecordWithImage")


@_attrs_define
class StylePresetRecordWithImage:
    id: str
    """ The style preset ID. """
    image: None | str
    """ The path for image """
    name: str
    """ The name of the style preset. """
    preset_data: PresetData
    type_: PresetType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        image: None | str
        image = self.image

        name = self.name

        preset_data = self.preset_data.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "image": image,
                "name": name,
                "preset_data": preset_data,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_data import PresetData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        name = d.pop("name")

        preset_data = PresetData.from_dict(d.pop("preset_data"))

        type_ = check_preset_type(d.pop("type"))

        style_preset_record_with_image = cls(
            id=id,
            image=image,
            name=name,
            preset_data=preset_data,
            type_=type_,
        )

        style_preset_record_with_image.additional_properties = d
        return style_preset_record_with_image

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
