from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="Krea2LoRALoaderOutput")


@_attrs_define
class Krea2LoRALoaderOutput:
    """Krea-2 LoRA Loader Output"""

    qwen3_vl_encoder: None | Qwen3VLEncoderField
    """ Qwen3-VL tokenizer and text encoder """
    transformer: None | TransformerField
    """ Transformer """
    type_: Literal["krea2_lora_loader_output"] = "krea2_lora_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        qwen3_vl_encoder: dict[str, Any] | None
        if isinstance(self.qwen3_vl_encoder, Qwen3VLEncoderField):
            qwen3_vl_encoder = self.qwen3_vl_encoder.to_dict()
        else:
            qwen3_vl_encoder = self.qwen3_vl_encoder

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
                "qwen3_vl_encoder": qwen3_vl_encoder,
                "transformer": transformer,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_qwen3_vl_encoder(data: object) -> None | Qwen3VLEncoderField:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qwen3_vl_encoder_type_0 = Qwen3VLEncoderField.from_dict(data)

                return qwen3_vl_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qwen3VLEncoderField, data)

        qwen3_vl_encoder = _parse_qwen3_vl_encoder(d.pop("qwen3_vl_encoder"))

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

        type_ = cast(Literal["krea2_lora_loader_output"], d.pop("type"))
        if type_ != "krea2_lora_loader_output":
            raise ValueError(f"type must match const 'krea2_lora_loader_output', got '{type_}'")

        krea_2_lo_ra_loader_output = cls(
            qwen3_vl_encoder=qwen3_vl_encoder,
            transformer=transformer,
            type_=type_,
        )

        krea_2_lo_ra_loader_output.additional_properties = d
        return krea_2_lo_ra_loader_output

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
