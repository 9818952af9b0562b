from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmodelDefinition")


@_attrs_define
class SubmodelDefinition:
    model_type: str
    """ Model type. Known values: "clip_embed", "clip_vision", "control_lora", "controlnet", "embedding",
    "flux_redux", "ip_adapter", "llava_onevision", "lora", "main", "onnx", "siglip", "spandrel_image_to_image",
    "t2i_adapter", "t5_encoder", "vae", "video". """
    path_or_prefix: str
    variant: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_type = self.model_type

        path_or_prefix = self.path_or_prefix

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_type": model_type,
                "path_or_prefix": path_or_prefix,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_type = d.pop("model_type")

        path_or_prefix = d.pop("path_or_prefix")

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        submodel_definition = cls(
            model_type=model_type,
            path_or_prefix=path_or_prefix,
            variant=variant,
        )

        submodel_definition.additional_properties = d
        return submodel_definition

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
