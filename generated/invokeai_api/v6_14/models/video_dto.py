from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_category import ImageCategory, check_image_category
from ..models.resource_origin import ResourceOrigin, check_resource_origin
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDTO")


@_attrs_define
class VideoDTO:
    """Deserialized video record, enriched for the frontend."""

    created_at: datetime.datetime | str
    """ The created timestamp of the video. """
    duration: float
    """ The duration of the video in seconds. """
    has_workflow: bool
    """ Whether this video has a workflow associated. """
    height: int
    """ The pixel height of the video. """
    is_intermediate: bool
    """ Whether this is an intermediate video. """
    starred: bool
    """ Whether this video is starred. """
    thumbnail_url: str
    """ The URL of the video's first-frame thumbnail (WebP). """
    updated_at: datetime.datetime | str
    """ The updated timestamp of the video. """
    video_category: ImageCategory
    """ The category of an image.

    - GENERAL: The image is an output, init image, or otherwise an image without a specialized purpose.
    - MASK: The image is a mask image.
    - CONTROL: The image is a ControlNet control image.
    - USER: The image is a user-provide image.
    - OTHER: The image is some other type of image with a specialized purpose. To be used by external nodes. """
    video_name: str
    """ The unique name of the video. """
    video_origin: ResourceOrigin
    """ The origin of a resource (eg image).

    - INTERNAL: The resource was created by the application.
    - EXTERNAL: The resource was not created by the application.
    This may be a user-initiated upload, or an internal application upload (eg Canvas init image). """
    video_url: str
    """ The URL of the video file (MP4). """
    width: int
    """ The pixel width of the video. """
    board_id: None | str | Unset = UNSET
    """ The id of the board the video belongs to, if one exists. """
    deleted_at: datetime.datetime | None | str | Unset = UNSET
    """ The deleted timestamp of the video. """
    fps: float | None | Unset = UNSET
    """ The frames-per-second of the video, if known. """
    node_id: None | str | Unset = UNSET
    """ The node ID that produced this video, if any. """
    session_id: None | str | Unset = UNSET
    """ The session ID that produced this video, if any. """
    video_subfolder: str | Unset = ""
    """ The subfolder where the video is stored on disk. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        duration = self.duration

        has_workflow = self.has_workflow

        height = self.height

        is_intermediate = self.is_intermediate

        starred = self.starred

        thumbnail_url = self.thumbnail_url

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        video_category: str = self.video_category

        video_name = self.video_name

        video_origin: str = self.video_origin

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

        fps: float | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        else:
            fps = self.fps

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

        video_subfolder = self.video_subfolder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "duration": duration,
                "has_workflow": has_workflow,
                "height": height,
                "is_intermediate": is_intermediate,
                "starred": starred,
                "thumbnail_url": thumbnail_url,
                "updated_at": updated_at,
                "video_category": video_category,
                "video_name": video_name,
                "video_origin": video_origin,
                "video_url": video_url,
                "width": width,
            }
        )
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if fps is not UNSET:
            field_dict["fps"] = fps
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if video_subfolder is not UNSET:
            field_dict["video_subfolder"] = video_subfolder

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

        duration = d.pop("duration")

        has_workflow = d.pop("has_workflow")

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

        video_category = check_image_category(d.pop("video_category"))

        video_name = d.pop("video_name")

        video_origin = check_resource_origin(d.pop("video_origin"))

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

        def _parse_fps(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fps = _parse_fps(d.pop("fps", UNSET))

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

        video_subfolder = d.pop("video_subfolder", UNSET)

        video_dto = cls(
            created_at=created_at,
            duration=duration,
            has_workflow=has_workflow,
            height=height,
            is_intermediate=is_intermediate,
            starred=starred,
            thumbnail_url=thumbnail_url,
            updated_at=updated_at,
            video_category=video_category,
            video_name=video_name,
            video_origin=video_origin,
            video_url=video_url,
            width=width,
            board_id=board_id,
            deleted_at=deleted_at,
            fps=fps,
            node_id=node_id,
            session_id=session_id,
            video_subfolder=video_subfolder,
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
