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
    """ An enumeration of base model architectures. For example, Stable Diffusion 1.x, Stable Diffusion 2.x, FLUX,
    etc.

    Every model config must have a base architecture type.

    Not all models are associated with a base architecture. For example, CLIP models are their own thing, not
    related
    to any particular model architecture. To simplify internal APIs and make it easier to work with models, we use a
    fallback/null value `BaseModelType.Any` for these models, instead of making the model base optional. Known
    values: "anima", "any", "cogview4", "ernie-image", "external", "flux", "flux2", "ideogram-4", "krea-2", "qwen-
    image", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-refiner", "unknown", "wan", "z-image". """
    hash_: str
    """ The model's BLAKE3 hash """
    key: str
    """ The model's unique key """
    name: str
    """ The model's name """
    type_: str
    """ Model type. Known values: "clip_embed", "clip_vision", "control_lora", "controlnet", "embedding",
    "external_image_generator", "flux_redux", "gemma2_encoder", "ip_adapter", "llava_onevision", "lora", "main",
    "mistral_encoder", "onnx", "pid_decoder", "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder",
    "qwen_vl_encoder", "siglip", "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown",
    "vae", "wan_t5_encoder". """
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
