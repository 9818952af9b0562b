from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_model_loader_output_max_seq_length import (
    FluxModelLoaderOutputMaxSeqLength,
    check_flux_model_loader_output_max_seq_length,
)

if TYPE_CHECKING:
    from ..models.clip_field import CLIPField
    from ..models.t5_encoder_field import T5EncoderField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="FluxModelLoaderOutput")


@_attrs_define
class FluxModelLoaderOutput:
    """Flux base model loader output"""

    clip: CLIPField
    max_seq_len: FluxModelLoaderOutputMaxSeqLength
    """ The max sequence length to used for the T5 encoder. (256 for schnell transformer, 512 for dev transformer)
    """
    t5_encoder: T5EncoderField
    transformer: TransformerField
    vae: VAEField
    type_: Literal["flux_model_loader_output"] = "flux_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip = self.clip.to_dict()

        max_seq_len: int = self.max_seq_len

        t5_encoder = self.t5_encoder.to_dict()

        transformer = self.transformer.to_dict()

        type_ = self.type_

        vae = self.vae.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clip": clip,
                "max_seq_len": max_seq_len,
                "t5_encoder": t5_encoder,
                "transformer": transformer,
                "type": type_,
                "vae": vae,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clip_field import CLIPField  # noqa: PLC0415
        from ..models.t5_encoder_field import T5EncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        clip = CLIPField.from_dict(d.pop("clip"))

        max_seq_len = check_flux_model_loader_output_max_seq_length(d.pop("max_seq_len"))

        t5_encoder = T5EncoderField.from_dict(d.pop("t5_encoder"))

        transformer = TransformerField.from_dict(d.pop("transformer"))

        type_ = cast(Literal["flux_model_loader_output"], d.pop("type"))
        if type_ != "flux_model_loader_output":
            raise ValueError(f"type must match const 'flux_model_loader_output', got '{type_}'")

        vae = VAEField.from_dict(d.pop("vae"))

        flux_model_loader_output = cls(
            clip=clip,
            max_seq_len=max_seq_len,
            t5_encoder=t5_encoder,
            transformer=transformer,
            type_=type_,
            vae=vae,
        )

        flux_model_loader_output.additional_properties = d
        return flux_model_loader_output

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
