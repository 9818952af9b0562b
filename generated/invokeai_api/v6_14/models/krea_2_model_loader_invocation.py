from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="Krea2ModelLoaderInvocation")


@_attrs_define
class Krea2ModelLoaderInvocation:
    """Loads a Krea-2 model, outputting its submodels.

    By default the VAE (Qwen-Image VAE) and Qwen3-VL text encoder are extracted from the Krea-2
    diffusers pipeline. Standalone overrides may be supplied (e.g. when the transformer is a
    single-file checkpoint that has no bundled VAE / encoder).

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    model: ModelIdentifierField
    type_: Literal["krea2_model_loader"] = "krea2_model_loader"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    qwen3_vl_encoder_model: ModelIdentifierField | None | Unset = UNSET
    """ Standalone Qwen3-VL Encoder model. If not provided, the encoder is loaded from the Krea-2 (diffusers) model.
    """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    vae_model: ModelIdentifierField | None | Unset = UNSET
    """ Standalone VAE model. Krea-2 uses the Qwen-Image VAE (16-channel). If not provided, the VAE is loaded from
    the Krea-2 (diffusers) model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        model = self.model.to_dict()

        type_ = self.type_

        is_intermediate = self.is_intermediate

        qwen3_vl_encoder_model: dict[str, Any] | None | Unset
        if isinstance(self.qwen3_vl_encoder_model, Unset):
            qwen3_vl_encoder_model = UNSET
        elif isinstance(self.qwen3_vl_encoder_model, ModelIdentifierField):
            qwen3_vl_encoder_model = self.qwen3_vl_encoder_model.to_dict()
        else:
            qwen3_vl_encoder_model = self.qwen3_vl_encoder_model

        use_cache = self.use_cache

        vae_model: dict[str, Any] | None | Unset
        if isinstance(self.vae_model, Unset):
            vae_model = UNSET
        elif isinstance(self.vae_model, ModelIdentifierField):
            vae_model = self.vae_model.to_dict()
        else:
            vae_model = self.vae_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if qwen3_vl_encoder_model is not UNSET:
            field_dict["qwen3_vl_encoder_model"] = qwen3_vl_encoder_model
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae_model is not UNSET:
            field_dict["vae_model"] = vae_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        model = ModelIdentifierField.from_dict(d.pop("model"))

        type_ = cast(Literal["krea2_model_loader"], d.pop("type"))
        if type_ != "krea2_model_loader":
            raise ValueError(f"type must match const 'krea2_model_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_qwen3_vl_encoder_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qwen3_vl_encoder_model_type_0 = ModelIdentifierField.from_dict(data)

                return qwen3_vl_encoder_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        qwen3_vl_encoder_model = _parse_qwen3_vl_encoder_model(d.pop("qwen3_vl_encoder_model", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        def _parse_vae_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vae_model_type_0 = ModelIdentifierField.from_dict(data)

                return vae_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        vae_model = _parse_vae_model(d.pop("vae_model", UNSET))

        krea_2_model_loader_invocation = cls(
            id=id,
            model=model,
            type_=type_,
            is_intermediate=is_intermediate,
            qwen3_vl_encoder_model=qwen3_vl_encoder_model,
            use_cache=use_cache,
            vae_model=vae_model,
        )

        krea_2_model_loader_invocation.additional_properties = d
        return krea_2_model_loader_invocation

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
