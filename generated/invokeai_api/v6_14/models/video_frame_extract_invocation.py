from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.metadata_field import MetadataField
    from ..models.video_field import VideoField


T = TypeVar("T", bound="VideoFrameExtractInvocation")


@_attrs_define
class VideoFrameExtractInvocation:
    """Extract a single frame from a video and save it as an image.

    ``frame_index`` is 0-based. Negative indices count from the end, so the
    default of -1 returns the final frame — the typical setup for chaining
    I2V clips into a longer sequence.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["video_frame_extract"] = "video_frame_extract"
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    frame_index: int | Unset = -1
    """ Index of the frame to extract. 0 = first frame, -1 = last frame, -2 = second-to-last, etc. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    video: None | Unset | VideoField = UNSET
    """ The video to extract a frame from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        frame_index = self.frame_index

        is_intermediate = self.is_intermediate

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        use_cache = self.use_cache

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, VideoField):
            video = self.video.to_dict()
        else:
            video = self.video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if board is not UNSET:
            field_dict["board"] = board
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["video_frame_extract"], d.pop("type"))
        if type_ != "video_frame_extract":
            raise ValueError(f"type must match const 'video_frame_extract', got '{type_}'")

        def _parse_board(data: object) -> BoardField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = BoardField.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoardField | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

        frame_index = d.pop("frame_index", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        def _parse_video(data: object) -> None | Unset | VideoField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = VideoField.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoField, data)

        video = _parse_video(d.pop("video", UNSET))

        video_frame_extract_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            frame_index=frame_index,
            is_intermediate=is_intermediate,
            metadata=metadata,
            use_cache=use_cache,
            video=video,
        )

        video_frame_extract_invocation.additional_properties = d
        return video_frame_extract_invocation

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
