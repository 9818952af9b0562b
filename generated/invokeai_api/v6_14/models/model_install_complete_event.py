from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.external_model_source import ExternalModelSource
    from ..models.hf_model_source import HFModelSource
    from ..models.local_model_source import LocalModelSource
    from ..models.model_install_complete_event_config import ModelInstallCompleteEventConfig
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallCompleteEvent")


@_attrs_define
class ModelInstallCompleteEvent:
    """Event model for model_install_complete"""

    config: ModelInstallCompleteEventConfig
    """ The installed model's config """
    id: int
    """ The ID of the install job """
    key: str
    """ Model config record key """
    source: ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource
    """ Source of the model; local path, repo_id or url """
    timestamp: int
    """ The timestamp of the event """
    total_bytes: int | None
    """ Size of the model (may be None for installation of a local path) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
        from ..models.url_model_source import URLModelSource  # noqa: PLC0415

        config = self.config.to_dict()

        id = self.id

        key = self.key

        source: dict[str, Any]
        if isinstance(self.source, LocalModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, HFModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, URLModelSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        timestamp = self.timestamp

        total_bytes: int | None
        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "id": id,
                "key": key,
                "source": source,
                "timestamp": timestamp,
                "total_bytes": total_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_model_source import ExternalModelSource  # noqa: PLC0415
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
        from ..models.model_install_complete_event_config import ModelInstallCompleteEventConfig  # noqa: PLC0415
        from ..models.url_model_source import URLModelSource  # noqa: PLC0415

        d = dict(src_dict)
        config = ModelInstallCompleteEventConfig.from_dict(d.pop("config"))

        id = d.pop("id")

        key = d.pop("key")

        def _parse_source(data: object) -> ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = LocalModelSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = HFModelSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_2 = URLModelSource.from_dict(data)

                return source_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_3 = ExternalModelSource.from_dict(data)

            return source_type_3

        source = _parse_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        def _parse_total_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_bytes = _parse_total_bytes(d.pop("total_bytes"))

        model_install_complete_event = cls(
            config=config,
            id=id,
            key=key,
            source=source,
            timestamp=timestamp,
            total_bytes=total_bytes,
        )

        model_install_complete_event.additional_properties = d
        return model_install_complete_event

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
