from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mistral_encoder_field import MistralEncoderField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="Flux2DevLoRALoaderOutput")


@_attrs_define
class Flux2DevLoRALoaderOutput:
    """FLUX.2 [dev] LoRA loader output."""

    mistral_encoder: MistralEncoderField | None
    """ Mistral tokenizer/processor and text encoder """
    transformer: None | TransformerField
    """ Transformer """
    type_: Literal["flux2_dev_lora_loader_output"] = "flux2_dev_lora_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        mistral_encoder: dict[str, Any] | None
        if isinstance(self.mistral_encoder, MistralEncoderField):
            mistral_encoder = self.mistral_encoder.to_dict()
        else:
            mistral_encoder = self.mistral_encoder

        transformer: dict[str, Any] | None
        if isinstance(self.transformer, TransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mistral_encoder": mistral_encoder,
                "transformer": transformer,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mistral_encoder(data: object) -> MistralEncoderField | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mistral_encoder_type_0 = MistralEncoderField.from_dict(data)

                return mistral_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MistralEncoderField | None, data)

        mistral_encoder = _parse_mistral_encoder(d.pop("mistral_encoder"))

        def _parse_transformer(data: object) -> None | TransformerField:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = TransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformerField, data)

        transformer = _parse_transformer(d.pop("transformer"))

        type_ = cast(Literal["flux2_dev_lora_loader_output"], d.pop("type"))
        if type_ != "flux2_dev_lora_loader_output":
            raise ValueError(f"type must match const 'flux2_dev_lora_loader_output', got '{type_}'")

        flux_2_dev_lo_ra_loader_output = cls(
            mistral_encoder=mistral_encoder,
            transformer=transformer,
            type_=type_,
        )

        flux_2_dev_lo_ra_loader_output.additional_properties = d
        return flux_2_dev_lo_ra_loader_output

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
