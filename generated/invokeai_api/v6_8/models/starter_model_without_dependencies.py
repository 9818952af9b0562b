from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StarterModelWithoutDependencies")


@_attrs_define
class StarterModelWithoutDependencies:
    base: str
    """ Base model type. Known values: "any", "chatgpt-4o", "cogview4", "flux", "flux-kontext", "gemini-2.5",
    "imagen3", "imagen4", "runway", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-refiner", "veo3". """
    description: str
    name: str
    source: str
    type_: str
    """ Model type. Known values: "clip_embed", "clip_vision", "control_lora", "controlnet", "embedding",
    "flux_redux", "ip_adapter", "llava_onevision", "lora", "main", "onnx", "siglip", "spandrel_image_to_image",
    "t2i_adapter", "t5_encoder", "vae", "video". """
    format_: None | str | Unset = UNSET
    is_installed: bool | Unset = False
    previous_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        description = self.description

        name = self.name

        source = self.source

        type_ = self.type_

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        is_installed = self.is_installed

        previous_names: list[str] | Unset = UNSET
        if not isinstance(self.previous_names, Unset):
            previous_names = self.previous_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "description": description,
                "name": name,
                "source": source,
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if is_installed is not UNSET:
            field_dict["is_installed"] = is_installed
        if previous_names is not UNSET:
            field_dict["previous_names"] = previous_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base = d.pop("base")

        description = d.pop("description")

        name = d.pop("name")

        source = d.pop("source")

        type_ = d.pop("type")

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        is_installed = d.pop("is_installed", UNSET)

        previous_names = cast(list[str], d.pop("previous_names", UNSET))

        starter_model_without_dependencies = cls(
            base=base,
            description=description,
            name=name,
            source=source,
            type_=type_,
            format_=format_,
            is_installed=is_installed,
            previous_names=previous_names,
        )

        starter_model_without_dependencies.additional_properties = d
        return starter_model_without_dependencies

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
