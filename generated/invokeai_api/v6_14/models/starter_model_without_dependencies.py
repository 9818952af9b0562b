from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_variant_type import Flux2VariantType, check_flux_2_variant_type
from ..models.flux_variant_type import FluxVariantType, check_flux_variant_type
from ..models.krea_2_variant_type import Krea2VariantType, check_krea_2_variant_type
from ..models.mistral_variant_type import MistralVariantType, check_mistral_variant_type
from ..models.pi_d_decoder_variant_type import PiDDecoderVariantType, check_pi_d_decoder_variant_type
from ..models.qwen_3_variant_type import Qwen3VariantType, check_qwen_3_variant_type
from ..models.qwen_image_variant_type import QwenImageVariantType, check_qwen_image_variant_type
from ..models.wan_lo_ra_variant_type import WanLoRAVariantType, check_wan_lo_ra_variant_type
from ..models.wan_variant_type import WanVariantType, check_wan_variant_type
from ..models.z_image_variant_type import ZImageVariantType, check_z_image_variant_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings
    from ..models.external_model_capabilities import ExternalModelCapabilities
    from ..models.external_model_panel_schema import ExternalModelPanelSchema


T = TypeVar("T", bound="StarterModelWithoutDependencies")


@_attrs_define
class StarterModelWithoutDependencies:
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
    description: str
    name: str
    source: str
    type_: str
    """ Model type. Known values: "clip_embed", "clip_vision", "control_lora", "controlnet", "embedding",
    "external_image_generator", "flux_redux", "gemma2_encoder", "ip_adapter", "llava_onevision", "lora", "main",
    "mistral_encoder", "onnx", "pid_decoder", "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder",
    "qwen_vl_encoder", "siglip", "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown",
    "vae", "wan_t5_encoder". """
    capabilities: ExternalModelCapabilities | None | Unset = UNSET
    default_settings: ExternalApiModelDefaultSettings | None | Unset = UNSET
    format_: None | str | Unset = UNSET
    is_installed: bool | Unset = False
    panel_schema: ExternalModelPanelSchema | None | Unset = UNSET
    previous_names: list[str] | Unset = UNSET
    variant: (
        Flux2VariantType
        | FluxVariantType
        | Krea2VariantType
        | MistralVariantType
        | None
        | PiDDecoderVariantType
        | Qwen3VariantType
        | QwenImageVariantType
        | str
        | Unset
        | WanLoRAVariantType
        | WanVariantType
        | ZImageVariantType
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings  # noqa: PLC0415
        from ..models.external_model_capabilities import ExternalModelCapabilities  # noqa: PLC0415
        from ..models.external_model_panel_schema import ExternalModelPanelSchema  # noqa: PLC0415

        base = self.base

        description = self.description

        name = self.name

        source = self.source

        type_ = self.type_

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, ExternalModelCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, ExternalApiModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        is_installed = self.is_installed

        panel_schema: dict[str, Any] | None | Unset
        if isinstance(self.panel_schema, Unset):
            panel_schema = UNSET
        elif isinstance(self.panel_schema, ExternalModelPanelSchema):
            panel_schema = self.panel_schema.to_dict()
        else:
            panel_schema = self.panel_schema

        previous_names: list[str] | Unset = UNSET
        if not isinstance(self.previous_names, Unset):
            previous_names = self.previous_names

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        elif isinstance(self.variant, str):
            variant = self.variant
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "description": description,
                "name": name,
                "source": source,
                "type": type_,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if default_settings is not UNSET:
            field_dict["default_settings"] = default_settings
        if format_ is not UNSET:
            field_dict["format"] = format_
        if is_installed is not UNSET:
            field_dict["is_installed"] = is_installed
        if panel_schema is not UNSET:
            field_dict["panel_schema"] = panel_schema
        if previous_names is not UNSET:
            field_dict["previous_names"] = previous_names
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings  # noqa: PLC0415
        from ..models.external_model_capabilities import ExternalModelCapabilities  # noqa: PLC0415
        from ..models.external_model_panel_schema import ExternalModelPanelSchema  # noqa: PLC0415

        d = dict(src_dict)
        base = d.pop("base")

        description = d.pop("description")

        name = d.pop("name")

        source = d.pop("source")

        type_ = d.pop("type")

        def _parse_capabilities(data: object) -> ExternalModelCapabilities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capabilities_type_0 = ExternalModelCapabilities.from_dict(data)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalModelCapabilities | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_default_settings(data: object) -> ExternalApiModelDefaultSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = ExternalApiModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalApiModelDefaultSettings | None | Unset, data)

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        is_installed = d.pop("is_installed", UNSET)

        def _parse_panel_schema(data: object) -> ExternalModelPanelSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                panel_schema_type_0 = ExternalModelPanelSchema.from_dict(data)

                return panel_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalModelPanelSchema | None | Unset, data)

        panel_schema = _parse_panel_schema(d.pop("panel_schema", UNSET))

        previous_names = cast(list[str], d.pop("previous_names", UNSET))

        def _parse_variant(
            data: object,
        ) -> (
            Flux2VariantType
            | FluxVariantType
            | Krea2VariantType
            | MistralVariantType
            | None
            | PiDDecoderVariantType
            | Qwen3VariantType
            | QwenImageVariantType
            | str
            | Unset
            | WanLoRAVariantType
            | WanVariantType
            | ZImageVariantType
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_2 = check_flux_variant_type(data)

                return variant_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_3 = check_flux_2_variant_type(data)

                return variant_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_4 = check_z_image_variant_type(data)

                return variant_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_5 = check_qwen_image_variant_type(data)

                return variant_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_6 = check_wan_variant_type(data)

                return variant_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_7 = check_wan_lo_ra_variant_type(data)

                return variant_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_8 = check_qwen_3_variant_type(data)

                return variant_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_9 = check_krea_2_variant_type(data)

                return variant_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_10 = check_mistral_variant_type(data)

                return variant_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_11 = check_pi_d_decoder_variant_type(data)

                return variant_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                Flux2VariantType
                | FluxVariantType
                | Krea2VariantType
                | MistralVariantType
                | None
                | PiDDecoderVariantType
                | Qwen3VariantType
                | QwenImageVariantType
                | str
                | Unset
                | WanLoRAVariantType
                | WanVariantType
                | ZImageVariantType,
                data,
            )

        variant = _parse_variant(d.pop("variant", UNSET))

        starter_model_without_dependencies = cls(
            base=base,
            description=description,
            name=name,
            source=source,
            type_=type_,
            capabilities=capabilities,
            default_settings=default_settings,
            format_=format_,
            is_installed=is_installed,
            panel_schema=panel_schema,
            previous_names=previous_names,
            variant=variant,
        )

        starter_model_without_dependencies.additional_properties = d
        return starter_model_without_dependencies

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
