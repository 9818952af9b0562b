from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.main_model_default_settings import MainModelDefaultSettings


T = TypeVar("T", bound="MainDiffusersIdeogram4Config")


@_attrs_define
class MainDiffusersIdeogram4Config:
    """Model config for Ideogram 4 diffusers models (nf4 / fp8 quantized).

    The on-disk layout is a diffusers pipeline folder bundling two transformers
    (transformer/ + unconditional_transformer/), a Qwen3-VL text_encoder/ + tokenizer/,
    and a FLUX.2-style vae/. Quantization (nf4 vs fp8) lives inside the component folders
    and is detected by the loader, not here.

    """

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
    repo_variant: str
    """ Various hugging face variants on the diffusers format. Known values: "", "flax", "fp16", "fp32", "onnx",
    "openvino". """
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
    base: Literal["ideogram-4"] = "ideogram-4"
    format_: Literal["diffusers"] = "diffusers"
    type_: Literal["main"] = "main"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        base = self.base

        cover_image: None | str
        cover_image = self.cover_image

        default_settings: dict[str, Any] | None
        if isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str
        description = self.description

        file_size = self.file_size

        format_ = self.format_

        hash_ = self.hash_

        key = self.key

        name = self.name

        path = self.path

        repo_variant = self.repo_variant

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "cover_image": cover_image,
                "default_settings": default_settings,
                "description": description,
                "file_size": file_size,
                "format": format_,
                "hash": hash_,
                "key": key,
                "name": name,
                "path": path,
                "repo_variant": repo_variant,
                "source": source,
                "source_api_response": source_api_response,
                "source_type": source_type,
                "source_url": source_url,
                "trigger_phrases": trigger_phrases,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        d = dict(src_dict)
        base = cast(Literal["ideogram-4"], d.pop("base"))
        if base != "ideogram-4":
            raise ValueError(f"base must match const 'ideogram-4', got '{base}'")

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

        file_size = d.pop("file_size")

        format_ = cast(Literal["diffusers"], d.pop("format"))
        if format_ != "diffusers":
            raise ValueError(f"format must match const 'diffusers', got '{format_}'")

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        path = d.pop("path")

        repo_variant = d.pop("repo_variant")

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

        main_diffusers_ideogram_4_config = cls(
            base=base,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            repo_variant=repo_variant,
            source=source,
            source_api_response=source_api_response,
            source_type=source_type,
            source_url=source_url,
            trigger_phrases=trigger_phrases,
            type_=type_,
        )

        main_diffusers_ideogram_4_config.additional_properties = d
        return main_diffusers_ideogram_4_config

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
