from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_category import ImageCategory, check_image_category
from ..models.resource_origin import ResourceOrigin, check_resource_origin
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDTO")


@_attrs_define
class ImageDTO:
    """Deserialized image record, enriched for the frontend."""

    created_at: datetime.datetime | str
    """ The created timestamp of the image. """
    has_workflow: bool
    """ Whether this image has a workflow. """
    height: int
    """ The height of the image in px. """
    image_category: ImageCategory
    """ The category of an image.

    - GENERAL: The image is an output, init image, or otherwise an image without a specialized purpose.
    - MASK: The image is a mask image.
    - CONTROL: The image is a ControlNet control image.
    - USER: The image is a user-provide image.
    - OTHER: The image is some other type of image with a specialized purpose. To be used by external nodes. """
    image_name: str
    """ The unique name of the image. """
    image_origin: ResourceOrigin
    """ The origin of a resource (eg image).

    - INTERNAL: The resource was created by the application.
    - EXTERNAL: The resource was not created by the application.
    This may be a user-initiated upload, or an internal application upload (eg Canvas init image). """
    image_url: str
    """ The URL of the image. """
    is_intermediate: bool
    """ Whether this is an intermediate image. """
    starred: bool
    """ Whether this image is starred. """
    thumbnail_url: str
    """ The URL of the image's thumbnail. """
    updated_at: datetime.datetime | str
    """ The updated timestamp of the image. """
    width: int
    """ The width of the image in px. """
    board_id: None | str | Unset = UNSET
    """ The id of the board the image belongs to, if one exists. """
    deleted_at: datetime.datetime | None | str | Unset = UNSET
    """ The deleted timestamp of the image. """
    image_subfolder: str | Unset = ""
    """ The subfolder where the image is stored on disk. """
    node_id: None | str | Unset = UNSET
    """ The node ID that generated this image, if it is a generated image. """
    session_id: None | str | Unset = UNSET
    """ The session ID that generated this image, if it is a generated image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        has_workflow = self.has_workflow

        height = self.height

        image_category: str = self.image_category

        image_name = self.image_name

        image_origin: str = self.image_origin

        image_url = self.image_url

        is_intermediate = self.is_intermediate

        starred = self.starred

        thumbnail_url = self.thumbnail_url

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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

        image_subfolder = self.image_subfolder

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
                "has_workflow": has_workflow,
                "height": height,
                "image_category": image_category,
                "image_name": image_name,
                "image_origin": image_origin,
                "image_url": image_url,
                "is_intermediate": is_intermediate,
                "starred": starred,
                "thumbnail_url": thumbnail_url,
                "updated_at": updated_at,
                "width": width,
            }
        )
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if image_subfolder is not UNSET:
            field_dict["image_subfolder"] = image_subfolder
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

        has_workflow = d.pop("has_workflow")

        height = d.pop("height")

        image_category = check_image_category(d.pop("image_category"))

        image_name = d.pop("image_name")

        image_origin = check_resource_origin(d.pop("image_origin"))

        image_url = d.pop("image_url")

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

        image_subfolder = d.pop("image_subfolder", UNSET)

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

        image_dto = cls(
            created_at=created_at,
            has_workflow=has_workflow,
            height=height,
            image_category=image_category,
            image_name=image_name,
            image_origin=image_origin,
            image_url=image_url,
            is_intermediate=is_intermediate,
            starred=starred,
            thumbnail_url=thumbnail_url,
            updated_at=updated_at,
            width=width,
            board_id=board_id,
            deleted_at=deleted_at,
            image_subfolder=image_subfolder,
            node_id=node_id,
            session_id=session_id,
        )

        image_dto.additional_properties = d
        return image_dto

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
