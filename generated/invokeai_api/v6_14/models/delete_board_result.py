from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteBoardResult")


@_attrs_define
class DeleteBoardResult:
    board_id: str
    """ The id of the board that was deleted. """
    deleted_board_images: list[str]
    """ The image names of the board-images relationships that were deleted. """
    deleted_images: list[str]
    """ The names of the images that were deleted. """
    deleted_board_videos: list[str] | Unset = UNSET
    """ The video names of the board-videos relationships that were deleted. """
    deleted_videos: list[str] | Unset = UNSET
    """ The names of the videos that were deleted. """
    failed_images: list[str] | Unset = UNSET
    """ The names of images that could not be deleted and became uncategorized. """
    failed_videos: list[str] | Unset = UNSET
    """ The names of videos that could not be deleted and became uncategorized. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = self.board_id

        deleted_board_images = self.deleted_board_images

        deleted_images = self.deleted_images

        deleted_board_videos: list[str] | Unset = UNSET
        if not isinstance(self.deleted_board_videos, Unset):
            deleted_board_videos = self.deleted_board_videos

        deleted_videos: list[str] | Unset = UNSET
        if not isinstance(self.deleted_videos, Unset):
            deleted_videos = self.deleted_videos

        failed_images: list[str] | Unset = UNSET
        if not isinstance(self.failed_images, Unset):
            failed_images = self.failed_images

        failed_videos: list[str] | Unset = UNSET
        if not isinstance(self.failed_videos, Unset):
            failed_videos = self.failed_videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "board_id": board_id,
                "deleted_board_images": deleted_board_images,
                "deleted_images": deleted_images,
            }
        )
        if deleted_board_videos is not UNSET:
            field_dict["deleted_board_videos"] = deleted_board_videos
        if deleted_videos is not UNSET:
            field_dict["deleted_videos"] = deleted_videos
        if failed_images is not UNSET:
            field_dict["failed_images"] = failed_images
        if failed_videos is not UNSET:
            field_dict["failed_videos"] = failed_videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = d.pop("board_id")

        deleted_board_images = cast(list[str], d.pop("deleted_board_images"))

        deleted_images = cast(list[str], d.pop("deleted_images"))

        deleted_board_videos = cast(list[str], d.pop("deleted_board_videos", UNSET))

        deleted_videos = cast(list[str], d.pop("deleted_videos", UNSET))

        failed_images = cast(list[str], d.pop("failed_images", UNSET))

        failed_videos = cast(list[str], d.pop("failed_videos", UNSET))

        delete_board_result = cls(
            board_id=board_id,
            deleted_board_images=deleted_board_images,
            deleted_images=deleted_images,
            deleted_board_videos=deleted_board_videos,
            deleted_videos=deleted_videos,
            failed_images=failed_images,
            failed_videos=failed_videos,
        )

        delete_board_result.additional_properties = d
        return delete_board_result

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
