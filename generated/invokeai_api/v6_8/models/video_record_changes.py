from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoRecordChanges")


@_attrs_define
class VideoRecordChanges:
    """A set of changes to apply to a video record.

    Only limited changes are valid:
      - `session_id`: change the session associated with a video
      - `is_intermediate`: change the video's `is_intermediate` flag
      - `starred`: change whether the video is starred

    """

    is_intermediate: bool | None | Unset = UNSET
    """ The video's new `is_intermediate` flag. """
    session_id: None | str | Unset = UNSET
    """ The video's new session ID. """
    starred: bool | None | Unset = UNSET
    """ The video's new `starred` state """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_intermediate: bool | None | Unset
        if isinstance(self.is_intermediate, Unset):
            is_intermediate = UNSET
        else:
            is_intermediate = self.is_intermediate

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        starred: bool | None | Unset
        if isinstance(self.starred, Unset):
            starred = UNSET
        else:
            starred = self.starred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if starred is not UNSET:
            field_dict["starred"] = starred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_is_intermediate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_intermediate = _parse_is_intermediate(d.pop("is_intermediate", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_starred(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        starred = _parse_starred(d.pop("starred", UNSET))

        video_record_changes = cls(
            is_intermediate=is_intermediate,
            session_id=session_id,
            starred=starred,
        )

        video_record_changes.additional_properties = d
        return video_record_changes

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
