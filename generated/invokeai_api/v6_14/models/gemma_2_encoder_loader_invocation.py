from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="Gemma2EncoderLoaderInvocation")


@_attrs_define
class Gemma2EncoderLoaderInvocation:
    """Loads a Gemma-2 causal LM directory and exposes its tokenizer + decoder
    submodels for use by a PiD decode node.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["gemma2_encoder_loader"] = "gemma2_encoder_loader"
    gemma2_model: ModelIdentifierField | None | Unset = UNSET
    """ Gemma-2 model used to encode captions for PiD decoders. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        gemma2_model: dict[str, Any] | None | Unset
        if isinstance(self.gemma2_model, Unset):
            gemma2_model = UNSET
        elif isinstance(self.gemma2_model, ModelIdentifierField):
            gemma2_model = self.gemma2_model.to_dict()
        else:
            gemma2_model = self.gemma2_model

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if gemma2_model is not UNSET:
            field_dict["gemma2_model"] = gemma2_model
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["gemma2_encoder_loader"], d.pop("type"))
        if type_ != "gemma2_encoder_loader":
            raise ValueError(f"type must match const 'gemma2_encoder_loader', got '{type_}'")

        def _parse_gemma2_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gemma2_model_type_0 = ModelIdentifierField.from_dict(data)

                return gemma2_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        gemma2_model = _parse_gemma2_model(d.pop("gemma2_model", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        gemma_2_encoder_loader_invocation = cls(
            id=id,
            type_=type_,
            gemma2_model=gemma2_model,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

        gemma_2_encoder_loader_invocation.additional_properties = d
        return gemma_2_encoder_loader_invocation

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
