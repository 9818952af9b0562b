from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.main_checkpoint_wan_config_expert import (
    MainCheckpointWanConfigExpert,
    check_main_checkpoint_wan_config_expert,
)
from ..models.wan_variant_type import WanVariantType, check_wan_variant_type

if TYPE_CHECKING:
    from ..models.main_model_default_settings import MainModelDefaultSettings


T = TypeVar("T", bound="MainCheckpointWanConfig")


@_attrs_define
class MainCheckpointWanConfig:
    """Model config for single-file Wan 2.2 transformer checkpoints (safetensors).

    This is the format the community ships on CivitAI and in ComfyUI-oriented
    Hugging Face repos: one ``.safetensors`` per transformer, in either the native
    upstream key layout or the diffusers one, optionally under a
    ``model.diffusion_model.`` prefix, and optionally ComfyUI ``fp8_scaled``
    quantized. The loader normalises all of those.

    As with GGUF, A14B's MoE arrives as two files (one per expert); ``expert``
    records which one this is so the Wan model loader invocation can pair them.
    TI2V-5B is single-transformer and stores ``expert='none'``.

    """

    config_path: None | str
    """ Path to the config for this model, if any. """
    cover_image: None | str
    """ Url for image to preview model """
    default_settings: MainModelDefaultSettings | None
    """ Default settings for this model """
    description: None | str
    """ Model description """
    file_size: int
    """ The size of the model in bytes. """
    hash_: str
    """ The hash of the model file(s). """
    key: str
    """ A unique key for this model. """
    name: str
    """ Name of the model. """
    path: str
    """ Path to the model on the filesystem. Relative paths are relative to the Invoke root directory. """
    source: str
    """ The original source of the model (path, URL or repo_id). """
    source_api_response: None | str
    """ The original API response from the source, as stringified JSON. """
    source_type: str
    """ Model source type. Known values: "external", "hf_repo_id", "path", "url". """
    source_url: None | str
    """ Optional URL for the model (e.g. download page or model page). """
    trigger_phrases: list[str] | None
    """ Set of trigger phrases for this model """
    variant: WanVariantType
    """ Wan 2.2 model variants.

    All variants are used for image generation at num_frames=1. The A14B family
    is a Mixture-of-Experts (high-noise + low-noise) totalling ~28B params; the
    T2V sub-variant takes text only, while the I2V sub-variant additionally
    conditions on a reference image (encoded by the VAE and concatenated to the
    noise latents along the channel dim — its transformer has ``in_channels=36``
    instead of ``16``). TI2V-5B is a single ~5B transformer with a
    higher-compression VAE (z_dim=48). """
    base: Literal["wan"] = "wan"
    expert: MainCheckpointWanConfigExpert = "none"
    """ For Wan 2.2 A14B's dual-expert MoE: 'high' for the high-noise expert, 'low' for the low-noise expert. 'none'
    for single-transformer models (TI2V-5B). """
    format_: Literal["checkpoint"] = "checkpoint"
    type_: Literal["main"] = "main"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        base = self.base

        config_path: None | str
        config_path = self.config_path

        cover_image: None | str
        cover_image = self.cover_image

        default_settings: dict[str, Any] | None
        if isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str
        description = self.description

        expert: str = self.expert

        file_size = self.file_size

        format_ = self.format_

        hash_ = self.hash_

        key = self.key

        name = self.name

        path = self.path

        source = self.source

        source_api_response: None | str
        source_api_response = self.source_api_response

        source_type = self.source_type

        source_url: None | str
        source_url = self.source_url

        trigger_phrases: list[str] | None
        if isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        type_ = self.type_

        variant: str = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "config_path": config_path,
                "cover_image": cover_image,
                "default_settings": default_settings,
                "description": description,
                "expert": expert,
                "file_size": file_size,
                "format": format_,
                "hash": hash_,
                "key": key,
                "name": name,
                "path": path,
                "source": source,
                "source_api_response": source_api_response,
                "source_type": source_type,
                "source_url": source_url,
                "trigger_phrases": trigger_phrases,
                "type": type_,
                "variant": variant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        d = dict(src_dict)
        base = cast(Literal["wan"], d.pop("base"))
        if base != "wan":
            raise ValueError(f"base must match const 'wan', got '{base}'")

        def _parse_config_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        config_path = _parse_config_path(d.pop("config_path"))

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        def _parse_default_settings(data: object) -> MainModelDefaultSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = MainModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MainModelDefaultSettings | None, data)

        default_settings = _parse_default_settings(d.pop("default_settings"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        expert = check_main_checkpoint_wan_config_expert(d.pop("expert"))

        file_size = d.pop("file_size")

        format_ = cast(Literal["checkpoint"], d.pop("format"))
        if format_ != "checkpoint":
            raise ValueError(f"format must match const 'checkpoint', got '{format_}'")

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        path = d.pop("path")

        source = d.pop("source")

        def _parse_source_api_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response"))

        source_type = d.pop("source_type")

        def _parse_source_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url"))

        def _parse_trigger_phrases(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_phrases_type_0 = cast(list[str], data)

                return trigger_phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        trigger_phrases = _parse_trigger_phrases(d.pop("trigger_phrases"))

        type_ = cast(Literal["main"], d.pop("type"))
        if type_ != "main":
            raise ValueError(f"type must match const 'main', got '{type_}'")

        variant = check_wan_variant_type(d.pop("variant"))

        main_checkpoint_wan_config = cls(
            base=base,
            config_path=config_path,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
            expert=expert,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            source=source,
            source_api_response=source_api_response,
            source_type=source_type,
            source_url=source_url,
            trigger_phrases=trigger_phrases,
            type_=type_,
            variant=variant,
        )

        main_checkpoint_wan_config.additional_properties = d
        return main_checkpoint_wan_config

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
