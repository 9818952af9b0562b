from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoUrlsDTO")


@_attrs_define
class VideoUrlsDTO:
    """The URLs for a video and its thumbnail."""

    thumbnail_url: str
    """ The URL of the video's first-frame thumbnail (WebP). """
    video_name: str
    """ The unique name of the video. """
    video_url: str
    """ The URL of the video file (MP4). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnail_url = self.thumbnail_url

        video_name = self.video_name

        video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thumbnail_url": thumbnail_url,
                "video_name": video_name,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thumbnail_url = d.pop("thumbnail_url")

        video_name = d.pop("video_name")

        video_url = d.pop("video_url")

        video_urls_dto = cls(
            thumbnail_url=thumbnail_url,
            video_name=video_name,
            video_url=video_url,
        )

        video_urls_dto.additional_properties = d
        return video_urls_dto

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
