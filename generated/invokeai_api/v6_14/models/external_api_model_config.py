from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings
    from ..models.external_model_capabilities import ExternalModelCapabilities
    from ..models.external_model_panel_schema import ExternalModelPanelSchema


T = TypeVar("T", bound="ExternalApiModelConfig")


@_attrs_define
class ExternalApiModelConfig:
    capabilities: ExternalModelCapabilities
    cover_image: None | str
    """ Url for image to preview model """
    default_settings: ExternalApiModelDefaultSettings | None
    description: None | str
    """ Model description """
    key: str
    """ A unique key for this model. """
    name: str
    """ Name of the model. """
    panel_schema: ExternalModelPanelSchema | None
    provider_id: str
    """ External provider ID """
    provider_model_id: str
    """ Provider-specific model ID """
    source_api_response: None | str
    """ The original API response from the source, as stringified JSON. """
    source_type: str
    """ Model source type. Known values: "external", "hf_repo_id", "path", "url". """
    source_url: None | str
    """ Optional URL for the model (e.g. download page or model page). """
    tags: list[str] | None
    base: Literal["external"] = "external"
    file_size: int = 0
    format_: Literal["external_api"] = "external_api"
    hash_: str = ""
    is_default: bool = False
    path: str = ""
    source: str = ""
    type_: Literal["external_image_generator"] = "external_image_generator"

    def to_dict(self) -> dict[str, Any]:
        from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings  # noqa: PLC0415
        from ..models.external_model_panel_schema import ExternalModelPanelSchema  # noqa: PLC0415

        base = self.base

        capabilities = self.capabilities.to_dict()

        cover_image: None | str
        cover_image = self.cover_image

        default_settings: dict[str, Any] | None
        if isinstance(self.default_settings, ExternalApiModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str
        description = self.description

        file_size = self.file_size

        format_ = self.format_

        hash_ = self.hash_

        is_default = self.is_default

        key = self.key

        name = self.name

        panel_schema: dict[str, Any] | None
        if isinstance(self.panel_schema, ExternalModelPanelSchema):
            panel_schema = self.panel_schema.to_dict()
        else:
            panel_schema = self.panel_schema

        path = self.path

        provider_id = self.provider_id

        provider_model_id = self.provider_model_id

        source = self.source

        source_api_response: None | str
        source_api_response = self.source_api_response

        source_type = self.source_type

        source_url: None | str
        source_url = self.source_url

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "base": base,
                "capabilities": capabilities,
                "cover_image": cover_image,
                "default_settings": default_settings,
                "description": description,
                "file_size": file_size,
                "format": format_,
                "hash": hash_,
                "is_default": is_default,
                "key": key,
                "name": name,
                "panel_schema": panel_schema,
                "path": path,
                "provider_id": provider_id,
                "provider_model_id": provider_model_id,
                "source": source,
                "source_api_response": source_api_response,
                "source_type": source_type,
                "source_url": source_url,
                "tags": tags,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings  # noqa: PLC0415
        from ..models.external_model_capabilities import ExternalModelCapabilities  # noqa: PLC0415
        from ..models.external_model_panel_schema import ExternalModelPanelSchema  # noqa: PLC0415

        d = dict(src_dict)
        base = cast(Literal["external"], d.pop("base"))
        if base != "external":
            raise ValueError(f"base must match const 'external', got '{base}'")

        capabilities = ExternalModelCapabilities.from_dict(d.pop("capabilities"))

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        def _parse_default_settings(data: object) -> ExternalApiModelDefaultSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = ExternalApiModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalApiModelDefaultSettings | None, data)

        default_settings = _parse_default_settings(d.pop("default_settings"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        file_size = d.pop("file_size")

        format_ = cast(Literal["external_api"], d.pop("format"))
        if format_ != "external_api":
            raise ValueError(f"format must match const 'external_api', got '{format_}'")

        hash_ = d.pop("hash")

        is_default = d.pop("is_default")

        key = d.pop("key")

        name = d.pop("name")

        def _parse_panel_schema(data: object) -> ExternalModelPanelSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                panel_schema_type_0 = ExternalModelPanelSchema.from_dict(data)

                return panel_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalModelPanelSchema | None, data)

        panel_schema = _parse_panel_schema(d.pop("panel_schema"))

        path = d.pop("path")

        provider_id = d.pop("provider_id")

        provider_model_id = d.pop("provider_model_id")

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

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tags = _parse_tags(d.pop("tags"))

        type_ = cast(Literal["external_image_generator"], d.pop("type"))
        if type_ != "external_image_generator":
            raise ValueError(f"type must match const 'external_image_generator', got '{type_}'")

        external_api_model_config = cls(
            base=base,
            capabilities=capabilities,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            is_default=is_default,
            key=key,
            name=name,
            panel_schema=panel_schema,
            path=path,
            provider_id=provider_id,
            provider_model_id=provider_model_id,
            source=source,
            source_api_response=source_api_response,
            source_type=source_type,
            source_url=source_url,
            tags=tags,
            type_=type_,
        )

        return external_api_model_config
