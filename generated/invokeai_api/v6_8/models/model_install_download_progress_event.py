from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hf_model_source import HFModelSource
    from ..models.local_model_source import LocalModelSource
    from ..models.model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallDownloadProgressEvent")


@_attrs_define
class ModelInstallDownloadProgressEvent:
    """Event model for model_install_download_progress"""

    bytes_: int
    """ Number of bytes downloaded so far """
    id: int
    """ The ID of the install job """
    local_path: str
    """ Where model is downloading to """
    parts: list[ModelInstallDownloadProgressEventPartsItem]
    """ Progress of downloading URLs that comprise the model, if any """
    source: HFModelSource | LocalModelSource | URLModelSource
    """ Source of the model; local path, repo_id or url """
    timestamp: int
    """ The timestamp of the event """
    total_bytes: int
    """ Total size of download, including all files """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415

        bytes_ = self.bytes_

        id = self.id

        local_path = self.local_path

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        source: dict[str, Any]
        if isinstance(self.source, LocalModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, HFModelSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        timestamp = self.timestamp

        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "id": id,
                "local_path": local_path,
                "parts": parts,
                "source": source,
                "timestamp": timestamp,
                "total_bytes": total_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
        from ..models.model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem  # noqa: PLC0415
        from ..models.url_model_source import URLModelSource  # noqa: PLC0415

        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        id = d.pop("id")

        local_path = d.pop("local_path")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = ModelInstallDownloadProgressEventPartsItem.from_dict(parts_item_data)

            parts.append(parts_item)

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

        total_bytes = d.pop("total_bytes")

        model_install_download_progress_event = cls(
            bytes_=bytes_,
            id=id,
            local_path=local_path,
            parts=parts,
            source=source,
            timestamp=timestamp,
            total_bytes=total_bytes,
        )

        model_install_download_progress_event.additional_properties = d
        return model_install_download_progress_event

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
