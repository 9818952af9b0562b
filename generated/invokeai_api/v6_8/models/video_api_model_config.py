from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.main_model_default_settings import MainModelDefaultSettings
    from ..models.video_api_model_config_submodels_type_0 import VideoApiModelConfigSubmodelsType0


T = TypeVar("T", bound="VideoApiModelConfig")


@_attrs_define
class VideoApiModelConfig:
    """Model config for API-based video models."""

    base: str
    """ Base model type. Known values: "any", "chatgpt-4o", "cogview4", "flux", "flux-kontext", "gemini-2.5",
    "imagen3", "imagen4", "runway", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-refiner", "veo3". """
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
    source_type: str
    """ Model source type. Known values: "hf_repo_id", "path", "url". """
    format_: Literal["api"] = "api"
    type_: Literal["video"] = "video"
    cover_image: None | str | Unset = UNSET
    """ Url for image to preview model """
    default_settings: MainModelDefaultSettings | None | Unset = UNSET
    """ Default settings for this model """
    description: None | str | Unset = UNSET
    """ Model description """
    source_api_response: None | str | Unset = UNSET
    """ The original API response from the source, as stringified JSON. """
    submodels: None | Unset | VideoApiModelConfigSubmodelsType0 = UNSET
    """ Loadable submodels in this model """
    trigger_phrases: list[str] | None | Unset = UNSET
    """ Set of trigger phrases for this model """
    usage_info: None | str | Unset = UNSET
    """ Usage information for this model """
    variant: None | str | Unset = "normal"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415
        from ..models.video_api_model_config_submodels_type_0 import VideoApiModelConfigSubmodelsType0  # noqa: PLC0415

        base = self.base

        file_size = self.file_size

        format_ = self.format_

        hash_ = self.hash_

        key = self.key

        name = self.name

        path = self.path

        source = self.source

        source_type = self.source_type

        type_ = self.type_

        cover_image: None | str | Unset
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_api_response: None | str | Unset
        if isinstance(self.source_api_response, Unset):
            source_api_response = UNSET
        else:
            source_api_response = self.source_api_response

        submodels: dict[str, Any] | None | Unset
        if isinstance(self.submodels, Unset):
            submodels = UNSET
        elif isinstance(self.submodels, VideoApiModelConfigSubmodelsType0):
            submodels = self.submodels.to_dict()
        else:
            submodels = self.submodels

        trigger_phrases: list[str] | None | Unset
        if isinstance(self.trigger_phrases, Unset):
            trigger_phrases = UNSET
        elif isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        usage_info: None | str | Unset
        if isinstance(self.usage_info, Unset):
            usage_info = UNSET
        else:
            usage_info = self.usage_info

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "file_size": file_size,
                "format": format_,
                "hash": hash_,
                "key": key,
                "name": name,
                "path": path,
                "source": source,
                "source_type": source_type,
                "type": type_,
            }
        )
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if default_settings is not UNSET:
            field_dict["default_settings"] = default_settings
        if description is not UNSET:
            field_dict["description"] = description
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if submodels is not UNSET:
            field_dict["submodels"] = submodels
        if trigger_phrases is not UNSET:
            field_dict["trigger_phrases"] = trigger_phrases
        if usage_info is not UNSET:
            field_dict["usage_info"] = usage_info
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415
        from ..models.video_api_model_config_submodels_type_0 import VideoApiModelConfigSubmodelsType0  # noqa: PLC0415

        d = dict(src_dict)
        base = d.pop("base")

        file_size = d.pop("file_size")

        format_ = cast(Literal["api"], d.pop("format"))
        if format_ != "api":
            raise ValueError(f"format must match const 'api', got '{format_}'")

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        path = d.pop("path")

        source = d.pop("source")

        source_type = d.pop("source_type")

        type_ = cast(Literal["video"], d.pop("type"))
        if type_ != "video":
            raise ValueError(f"type must match const 'video', got '{type_}'")

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        def _parse_default_settings(data: object) -> MainModelDefaultSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = MainModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MainModelDefaultSettings | None | Unset, data)

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_api_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response", UNSET))

        def _parse_submodels(data: object) -> None | Unset | VideoApiModelConfigSubmodelsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submodels_type_0 = VideoApiModelConfigSubmodelsType0.from_dict(data)

                return submodels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoApiModelConfigSubmodelsType0, data)

        submodels = _parse_submodels(d.pop("submodels", UNSET))

        def _parse_trigger_phrases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_phrases_type_0 = cast(list[str], data)

                return trigger_phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trigger_phrases = _parse_trigger_phrases(d.pop("trigger_phrases", UNSET))

        def _parse_usage_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_info = _parse_usage_info(d.pop("usage_info", UNSET))

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        video_api_model_config = cls(
            base=base,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            source=source,
            source_type=source_type,
            type_=type_,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
            source_api_response=source_api_response,
            submodels=submodels,
            trigger_phrases=trigger_phrases,
            usage_info=usage_info,
            variant=variant,
        )

        video_api_model_config.additional_properties = d
        return video_api_model_config

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
