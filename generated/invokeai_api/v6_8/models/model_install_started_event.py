from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hf_model_source import HFModelSource
    from ..models.local_model_source import LocalModelSource
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallStartedEvent")


@_attrs_define
class ModelInstallStartedEvent:
    """Event model for model_install_started"""

    id: int
    """ The ID of the install job """
    source: HFModelSource | LocalModelSource | URLModelSource
    """ Source of the model; local path, repo_id or url """
    timestamp: int
    """ The timestamp of the event """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415

        id = self.id

        source: dict[str, Any]
        if isinstance(self.source, LocalModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, HFModelSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
        from ..models.url_model_source import URLModelSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_source(data: object) -> HFModelSource | LocalModelSource | URLModelSource:
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
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = URLModelSource.from_dict(data)

            return source_type_2

        source = _parse_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        model_install_started_event = cls(
            id=id,
            source=source,
            timestamp=timestamp,
        )

        model_install_started_event.additional_properties = d
        return model_install_started_event

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
