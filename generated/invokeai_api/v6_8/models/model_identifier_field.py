from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelIdentifierField")


@_attrs_define
class ModelIdentifierField:
    base: str
    """ Base model type. Known values: "any", "chatgpt-4o", "cogview4", "flux", "flux-kontext", "gemini-2.5",
    "imagen3", "imagen4", "runway", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-refiner", "veo3". """
    hash_: str
    """ The model's BLAKE3 hash """
    key: str
    """ The model's unique key """
    name: str
    """ The model's name """
    type_: str
    """ Model type. Known values: "clip_embed", "clip_vision", "control_lora", "controlnet", "embedding",
    "flux_redux", "ip_adapter", "llava_onevision", "lora", "main", "onnx", "siglip", "spandrel_image_to_image",
    "t2i_adapter", "t5_encoder", "vae", "video". """
    submodel_type: None | str | Unset = UNSET
    """ The submodel to load, if this is a main model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        hash_ = self.hash_

        key = self.key

        name = self.name

        type_ = self.type_

        submodel_type: None | str | Unset
        if isinstance(self.submodel_type, Unset):
            submodel_type = UNSET
        else:
            submodel_type = self.submodel_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "hash": hash_,
                "key": key,
                "name": name,
                "type": type_,
            }
        )
        if submodel_type is not UNSET:
            field_dict["submodel_type"] = submodel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base = d.pop("base")

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_submodel_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submodel_type = _parse_submodel_type(d.pop("submodel_type", UNSET))

        model_identifier_field = cls(
            base=base,
            hash_=hash_,
            key=key,
            name=name,
            type_=type_,
            submodel_type=submodel_type,
        )

        model_identifier_field.additional_properties = d
        return model_identifier_field

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
