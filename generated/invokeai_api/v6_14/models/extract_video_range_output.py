from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_field import VideoField


T = TypeVar("T", bound="ExtractVideoRangeOutput")


@_attrs_define
class ExtractVideoRangeOutput:
    """Output of ``extract_video_range``: a trimmed video plus the resolved frame indices.

    Mirrors ``VideoOutput`` so the video can be piped directly into Concatenate Videos or
    any other ``VideoField``-consuming node, and additionally exposes the resolved
    (positive, clamped) start and end indices so chained workflows can feed them back in
    — e.g. drive a downstream Frame from Video to pull the same boundary frame.

    """

    duration: float
    """ The duration of the trimmed video in seconds """
    end_frame: int
    """ The resolved (positive, 0-based) end frame index in the source video """
    fps: float
    """ The frames-per-second of the trimmed video """
    height: int
    """ The height of the video in pixels """
    num_frames: int
    """ The number of frames in the trimmed video """
    start_frame: int
    """ The resolved (positive, 0-based) start frame index in the source video """
    video: VideoField
    """ A video primitive field """
    width: int
    """ The width of the video in pixels """
    type_: Literal["extract_video_range_output"] = "extract_video_range_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        end_frame = self.end_frame

        fps = self.fps

        height = self.height

        num_frames = self.num_frames

        start_frame = self.start_frame

        type_ = self.type_

        video = self.video.to_dict()

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "end_frame": end_frame,
                "fps": fps,
                "height": height,
                "num_frames": num_frames,
                "start_frame": start_frame,
                "type": type_,
                "video": video,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        duration = d.pop("duration")

        end_frame = d.pop("end_frame")

        fps = d.pop("fps")

        height = d.pop("height")

        num_frames = d.pop("num_frames")

        start_frame = d.pop("start_frame")

        type_ = cast(Literal["extract_video_range_output"], d.pop("type"))
        if type_ != "extract_video_range_output":
            raise ValueError(f"type must match const 'extract_video_range_output', got '{type_}'")

        video = VideoField.from_dict(d.pop("video"))

        width = d.pop("width")

        extract_video_range_output = cls(
            duration=duration,
            end_frame=end_frame,
            fps=fps,
            height=height,
            num_frames=num_frames,
            start_frame=start_frame,
            type_=type_,
            video=video,
            width=width,
        )

        extract_video_range_output.additional_properties = d
        return extract_video_range_output

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
