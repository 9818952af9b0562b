from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings
    from ..models.lora_model_default_settings import LoraModelDefaultSettings
    from ..models.main_model_default_settings import MainModelDefaultSettings


T = TypeVar("T", bound="ModelRecordChanges")


@_attrs_define
class ModelRecordChanges:
    """A set of changes to apply to a model."""

    base: None | str | Unset = UNSET
    """ The base model. """
    config_path: None | str | Unset = UNSET
    """ Path to config file for model """
    default_settings: (
        ControlAdapterDefaultSettings | LoraModelDefaultSettings | MainModelDefaultSettings | None | Unset
    ) = UNSET
    """ Default settings for this model """
    description: None | str | Unset = UNSET
    """ Model description """
    file_size: int | None | Unset = UNSET
    """ Size of model file """
    format_: None | str | Unset = UNSET
    """ format of model file """
    hash_: None | str | Unset = UNSET
    """ hash of model file """
    key: None | str | Unset = UNSET
    """ Database ID for this model """
    name: None | str | Unset = UNSET
    """ Name of the model. """
    path: None | str | Unset = UNSET
    """ Path to the model. """
    prediction_type: None | str | Unset = UNSET
    """ The prediction type of the model. """
    source: None | str | Unset = UNSET
    """ original source of the model """
    source_api_response: None | str | Unset = UNSET
    """ metadata from remote source """
    source_type: None | str | Unset = UNSET
    """ type of model source """
    trigger_phrases: list[str] | None | Unset = UNSET
    """ Set of trigger phrases for this model """
    type_: None | str | Unset = UNSET
    """ Type of model """
    upcast_attention: bool | None | Unset = UNSET
    """ Whether to upcast attention. """
    variant: None | str | Unset = UNSET
    """ The variant of the model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415
        from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        base: None | str | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        else:
            base = self.base

        config_path: None | str | Unset
        if isinstance(self.config_path, Unset):
            config_path = UNSET
        else:
            config_path = self.config_path

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        elif isinstance(self.default_settings, LoraModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        elif isinstance(self.default_settings, ControlAdapterDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = self.prediction_type

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_api_response: None | str | Unset
        if isinstance(self.source_api_response, Unset):
            source_api_response = UNSET
        else:
            source_api_response = self.source_api_response

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        trigger_phrases: list[str] | None | Unset
        if isinstance(self.trigger_phrases, Unset):
            trigger_phrases = UNSET
        elif isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        upcast_attention: bool | None | Unset
        if isinstance(self.upcast_attention, Unset):
            upcast_attention = UNSET
        else:
            upcast_attention = self.upcast_attention

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if config_path is not UNSET:
            field_dict["config_path"] = config_path
        if default_settings is not UNSET:
            field_dict["default_settings"] = default_settings
        if description is not UNSET:
            field_dict["description"] = description
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if format_ is not UNSET:
            field_dict["format"] = format_
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if source is not UNSET:
            field_dict["source"] = source
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if trigger_phrases is not UNSET:
            field_dict["trigger_phrases"] = trigger_phrases
        if type_ is not UNSET:
            field_dict["type"] = type_
        if upcast_attention is not UNSET:
            field_dict["upcast_attention"] = upcast_attention
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415
        from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        def _parse_config_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_path = _parse_config_path(d.pop("config_path", UNSET))

        def _parse_default_settings(
            data: object,
        ) -> ControlAdapterDefaultSettings | LoraModelDefaultSettings | MainModelDefaultSettings | None | Unset:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_1 = LoraModelDefaultSettings.from_dict(data)

                return default_settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_2 = ControlAdapterDefaultSettings.from_dict(data)

                return default_settings_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ControlAdapterDefaultSettings | LoraModelDefaultSettings | MainModelDefaultSettings | None | Unset, data
            )

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_hash_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_ = _parse_hash_(d.pop("hash", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_prediction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction_type = _parse_prediction_type(d.pop("prediction_type", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_source_api_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

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

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_upcast_attention(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upcast_attention = _parse_upcast_attention(d.pop("upcast_attention", UNSET))

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        model_record_changes = cls(
            base=base,
            config_path=config_path,
            default_settings=default_settings,
            description=description,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            prediction_type=prediction_type,
            source=source,
            source_api_response=source_api_response,
            source_type=source_type,
            trigger_phrases=trigger_phrases,
            type_=type_,
            upcast_attention=upcast_attention,
            variant=variant,
        )

        model_record_changes.additional_properties = d
        return model_record_changes

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
