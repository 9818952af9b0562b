from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_lo_ra_loader_invocation_target import (
    WanLoRALoaderInvocationTarget,
    check_wan_lo_ra_loader_invocation_target,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField
    from ..models.wan_transformer_field import WanTransformerField


T = TypeVar("T", bound="WanLoRALoaderInvocation")


@_attrs_define
class WanLoRALoaderInvocation:
    """Apply a LoRA to the Wan 2.2 transformer(s).

    For A14B (dual expert) the LoRA's recorded ``expert`` field determines
    which expert list it lands in: ``"high"`` -> primary list, ``"low"`` ->
    low-noise list, ``None`` (untagged) -> both lists. Use the ``target``
    field to override.

    For TI2V-5B (single transformer) only the primary list is used at denoise
    time, so a LoRA that would land only in the low-noise list is applied to
    the transformer instead, with a warning. The alternative is to accept the
    LoRA and silently have no effect.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["wan_lora_loader"] = "wan_lora_loader"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    lora: ModelIdentifierField | None | Unset = UNSET
    """ LoRA model to load """
    target: WanLoRALoaderInvocationTarget | Unset = "auto"
    """ Which expert(s) to apply this LoRA to. 'auto' uses the LoRA's recorded expert tag (or both if untagged);
    'both'/'high'/'low' override it. On the single-transformer TI2V-5B, which has no low-noise expert, 'low' is
    applied to the transformer instead of being discarded. """
    transformer: None | Unset | WanTransformerField = UNSET
    """ Transformer """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    weight: float | Unset = 0.75
    """ The weight at which the LoRA is applied to each model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

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

        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, WanTransformerField):
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
        if target is not UNSET:
            field_dict["target"] = target
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
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["wan_lora_loader"], d.pop("type"))
        if type_ != "wan_lora_loader":
            raise ValueError(f"type must match const 'wan_lora_loader', got '{type_}'")

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

        _target = d.pop("target", UNSET)
        target: WanLoRALoaderInvocationTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = check_wan_lo_ra_loader_invocation_target(_target)

        def _parse_transformer(data: object) -> None | Unset | WanTransformerField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = WanTransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanTransformerField, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        weight = d.pop("weight", UNSET)

        wan_lo_ra_loader_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            lora=lora,
            target=target,
            transformer=transformer,
            use_cache=use_cache,
            weight=weight,
        )

        wan_lo_ra_loader_invocation.additional_properties = d
        return wan_lo_ra_loader_invocation

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
