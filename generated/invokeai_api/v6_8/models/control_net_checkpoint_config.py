from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_net_checkpoint_config_format import (
    ControlNetCheckpointConfigFormat,
    check_control_net_checkpoint_config_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings
    from ..models.control_net_checkpoint_config_submodels_type_0 import ControlNetCheckpointConfigSubmodelsType0


T = TypeVar("T", bound="ControlNetCheckpointConfig")


@_attrs_define
class ControlNetCheckpointConfig:
    """Model config for ControlNet models (diffusers version)."""

    base: str
    """ Base model type. Known values: "any", "chatgpt-4o", "cogview4", "flux", "flux-kontext", "gemini-2.5",
    "imagen3", "imagen4", "runway", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-refiner", "veo3". """
    config_path: str
    """ path to the checkpoint model config file """
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
    format_: ControlNetCheckpointConfigFormat = "checkpoint"
    """ Format of the provided checkpoint model """
    type_: Literal["controlnet"] = "controlnet"
    converted_at: float | None | Unset = UNSET
    """ When this model was last converted to diffusers """
    cover_image: None | str | Unset = UNSET
    """ Url for image to preview model """
    default_settings: ControlAdapterDefaultSettings | None | Unset = UNSET
    """ Default settings for this model """
    description: None | str | Unset = UNSET
    """ Model description """
    source_api_response: None | str | Unset = UNSET
    """ The original API response from the source, as stringified JSON. """
    submodels: ControlNetCheckpointConfigSubmodelsType0 | None | Unset = UNSET
    """ Loadable submodels in this model """
    usage_info: None | str | Unset = UNSET
    """ Usage information for this model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415
        from ..models.control_net_checkpoint_config_submodels_type_0 import ControlNetCheckpointConfigSubmodelsType0  # noqa: PLC0415

        base = self.base

        config_path = self.config_path

        file_size = self.file_size

        format_: str = self.format_

        hash_ = self.hash_

        key = self.key

        name = self.name

        path = self.path

        source = self.source

        source_type = self.source_type

        type_ = self.type_

        converted_at: float | None | Unset
        if isinstance(self.converted_at, Unset):
            converted_at = UNSET
        else:
            converted_at = self.converted_at

        cover_image: None | str | Unset
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, ControlAdapterDefaultSettings):
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
        elif isinstance(self.submodels, ControlNetCheckpointConfigSubmodelsType0):
            submodels = self.submodels.to_dict()
        else:
            submodels = self.submodels

        usage_info: None | str | Unset
        if isinstance(self.usage_info, Unset):
            usage_info = UNSET
        else:
            usage_info = self.usage_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "config_path": config_path,
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
        if converted_at is not UNSET:
            field_dict["converted_at"] = converted_at
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
        if usage_info is not UNSET:
            field_dict["usage_info"] = usage_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415
        from ..models.control_net_checkpoint_config_submodels_type_0 import ControlNetCheckpointConfigSubmodelsType0  # noqa: PLC0415

        d = dict(src_dict)
        base = d.pop("base")

        config_path = d.pop("config_path")

        file_size = d.pop("file_size")

        format_ = check_control_net_checkpoint_config_format(d.pop("format"))

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        path = d.pop("path")

        source = d.pop("source")

        source_type = d.pop("source_type")

        type_ = cast(Literal["controlnet"], d.pop("type"))
        if type_ != "controlnet":
            raise ValueError(f"type must match const 'controlnet', got '{type_}'")

        def _parse_converted_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        converted_at = _parse_converted_at(d.pop("converted_at", UNSET))

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        def _parse_default_settings(data: object) -> ControlAdapterDefaultSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = ControlAdapterDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlAdapterDefaultSettings | None | Unset, data)

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

        def _parse_submodels(data: object) -> ControlNetCheckpointConfigSubmodelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submodels_type_0 = ControlNetCheckpointConfigSubmodelsType0.from_dict(data)

                return submodels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlNetCheckpointConfigSubmodelsType0 | None | Unset, data)

        submodels = _parse_submodels(d.pop("submodels", UNSET))

        def _parse_usage_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_info = _parse_usage_info(d.pop("usage_info", UNSET))

        control_net_checkpoint_config = cls(
            base=base,
            config_path=config_path,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            source=source,
            source_type=source_type,
            type_=type_,
            converted_at=converted_at,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
            source_api_response=source_api_response,
            submodels=submodels,
            usage_info=usage_info,
        )

        control_net_checkpoint_config.additional_properties = d
        return control_net_checkpoint_config

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
