from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DownloadErrorEvent")


@_attrs_define
class DownloadErrorEvent:
    """Event model for download_error"""

    error: str
    """ The error message """
    error_type: str
    """ The type of error """
    source: str
    """ The source of the download """
    timestamp: int
    """ The timestamp of the event """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_type = self.error_type

        source = self.source

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_type": error_type,
                "source": source,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        error_type = d.pop("error_type")

        source = d.pop("source")

        timestamp = d.pop("timestamp")

        download_error_event = cls(
            error=error,
            error_type=error_type,
            source=source,
            timestamp=timestamp,
        )

        download_error_event.additional_properties = d
        return download_error_event

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
