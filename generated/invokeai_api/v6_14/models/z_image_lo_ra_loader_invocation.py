from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField
    from ..models.qwen_3_encoder_field import Qwen3EncoderField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="ZImageLoRALoaderInvocation")


@_attrs_define
class ZImageLoRALoaderInvocation:
    """Apply a LoRA model to a Z-Image transformer and/or Qwen3 text encoder."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["z_image_lora_loader"] = "z_image_lora_loader"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    lora: ModelIdentifierField | None | Unset = UNSET
    """ LoRA model to load """
    qwen3_encoder: None | Qwen3EncoderField | Unset = UNSET
    """ Qwen3 tokenizer and text encoder """
    transformer: None | TransformerField | Unset = UNSET
    """ Transformer """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    weight: float | Unset = 0.75
    """ The weight at which the LoRA is applied to each model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415
        from ..models.qwen_3_encoder_field import Qwen3EncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        lora: dict[str, Any] | None | Unset
        if isinstance(self.lora, Unset):
            lora = UNSET
        elif isinstance(self.lora, ModelIdentifierField):
            lora = self.lora.to_dict()
        else:
            lora = self.lora

        qwen3_encoder: dict[str, Any] | None | Unset
        if isinstance(self.qwen3_encoder, Unset):
            qwen3_encoder = UNSET
        elif isinstance(self.qwen3_encoder, Qwen3EncoderField):
            qwen3_encoder = self.qwen3_encoder.to_dict()
        else:
            qwen3_encoder = self.qwen3_encoder

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, TransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        use_cache = self.use_cache

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if lora is not UNSET:
            field_dict["lora"] = lora
        if qwen3_encoder is not UNSET:
            field_dict["qwen3_encoder"] = qwen3_encoder
        if transformer is not UNSET:
            field_dict["transformer"] = transformer
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415
        from ..models.qwen_3_encoder_field import Qwen3EncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["z_image_lora_loader"], d.pop("type"))
        if type_ != "z_image_lora_loader":
            raise ValueError(f"type must match const 'z_image_lora_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_lora(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lora_type_0 = ModelIdentifierField.from_dict(data)

                return lora_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        lora = _parse_lora(d.pop("lora", UNSET))

        def _parse_qwen3_encoder(data: object) -> None | Qwen3EncoderField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qwen3_encoder_type_0 = Qwen3EncoderField.from_dict(data)

                return qwen3_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qwen3EncoderField | Unset, data)

        qwen3_encoder = _parse_qwen3_encoder(d.pop("qwen3_encoder", UNSET))

        def _parse_transformer(data: object) -> None | TransformerField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = TransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformerField | Unset, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        weight = d.pop("weight", UNSET)

        z_image_lo_ra_loader_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            lora=lora,
            qwen3_encoder=qwen3_encoder,
            transformer=transformer,
            use_cache=use_cache,
            weight=weight,
        )

        z_image_lo_ra_loader_invocation.additional_properties = d
        return z_image_lo_ra_loader_invocation

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
