from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDTO")


@_attrs_define
class VideoDTO:
    """Deserialized video record, enriched for the frontend."""

    created_at: datetime.datetime | str
    """ The created timestamp of the video. """
    height: int
    """ The height of the video in px. """
    is_intermediate: bool
    """ Whether this is an intermediate video. """
    starred: bool
    """ Whether this video is starred. """
    thumbnail_url: str
    """ The URL of the video's thumbnail. """
    updated_at: datetime.datetime | str
    """ The updated timestamp of the video. """
    video_id: str
    """ The unique id of the video. """
    video_url: str
    """ The URL of the video. """
    width: int
    """ The width of the video in px. """
    board_id: None | str | Unset = UNSET
    """ The id of the board the image belongs to, if one exists. """
    deleted_at: datetime.datetime | None | str | Unset = UNSET
    """ The deleted timestamp of the video. """
    node_id: None | str | Unset = UNSET
    """ The node ID that generated this video, if it is a generated video. """
    session_id: None | str | Unset = UNSET
    """ The session ID that generated this video, if it is a generated video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        height = self.height

        is_intermediate = self.is_intermediate

        starred = self.starred

        thumbnail_url = self.thumbnail_url

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        video_id = self.video_id

        video_url = self.video_url

        width = self.width

        board_id: None | str | Unset
        if isinstance(self.board_id, Unset):
            board_id = UNSET
        else:
            board_id = self.board_id

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "height": height,
                "is_intermediate": is_intermediate,
                "starred": starred,
                "thumbnail_url": thumbnail_url,
                "updated_at": updated_at,
                "video_id": video_id,
                "video_url": video_url,
                "width": width,
            }
        )
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_created_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        height = d.pop("height")

        is_intermediate = d.pop("is_intermediate")

        starred = d.pop("starred")

        thumbnail_url = d.pop("thumbnail_url")

        def _parse_updated_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        video_id = d.pop("video_id")

        video_url = d.pop("video_url")

        width = d.pop("width")

        def _parse_board_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        board_id = _parse_board_id(d.pop("board_id", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_id = _parse_node_id(d.pop("node_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        video_dto = cls(
            created_at=created_at,
            height=height,
            is_intermediate=is_intermediate,
            starred=starred,
            thumbnail_url=thumbnail_url,
            updated_at=updated_at,
            video_id=video_id,
            video_url=video_url,
            width=width,
            board_id=board_id,
            deleted_at=deleted_at,
            node_id=node_id,
            session_id=session_id,
        )

        video_dto.additional_properties = d
        return video_dto

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
