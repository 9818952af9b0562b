from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vae_diffusers_config_submodels_type_0 import VAEDiffusersConfigSubmodelsType0


T = TypeVar("T", bound="VAEDiffusersConfig")


@_attrs_define
class VAEDiffusersConfig:
    """Model config for standalone VAE models (diffusers version)."""

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
    format_: Literal["diffusers"] = "diffusers"
    type_: Literal["vae"] = "vae"
    cover_image: None | str | Unset = UNSET
    """ Url for image to preview model """
    description: None | str | Unset = UNSET
    """ Model description """
    source_api_response: None | str | Unset = UNSET
    """ The original API response from the source, as stringified JSON. """
    submodels: None | Unset | VAEDiffusersConfigSubmodelsType0 = UNSET
    """ Loadable submodels in this model """
    usage_info: None | str | Unset = UNSET
    """ Usage information for this model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vae_diffusers_config_submodels_type_0 import VAEDiffusersConfigSubmodelsType0  # noqa: PLC0415

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
        elif isinstance(self.submodels, VAEDiffusersConfigSubmodelsType0):
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
        from ..models.vae_diffusers_config_submodels_type_0 import VAEDiffusersConfigSubmodelsType0  # noqa: PLC0415

        d = dict(src_dict)
        base = d.pop("base")

        file_size = d.pop("file_size")

        format_ = cast(Literal["diffusers"], d.pop("format"))
        if format_ != "diffusers":
            raise ValueError(f"format must match const 'diffusers', got '{format_}'")

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        path = d.pop("path")

        source = d.pop("source")

        source_type = d.pop("source_type")

        type_ = cast(Literal["vae"], d.pop("type"))
        if type_ != "vae":
            raise ValueError(f"type must match const 'vae', got '{type_}'")

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

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

        def _parse_submodels(data: object) -> None | Unset | VAEDiffusersConfigSubmodelsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submodels_type_0 = VAEDiffusersConfigSubmodelsType0.from_dict(data)

                return submodels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VAEDiffusersConfigSubmodelsType0, data)

        submodels = _parse_submodels(d.pop("submodels", UNSET))

        def _parse_usage_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_info = _parse_usage_info(d.pop("usage_info", UNSET))

        vae_diffusers_config = cls(
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
            description=description,
            source_api_response=source_api_response,
            submodels=submodels,
            usage_info=usage_info,
        )

        vae_diffusers_config.additional_properties = d
        return vae_diffusers_config

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
