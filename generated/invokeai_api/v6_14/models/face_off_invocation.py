from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="FaceOffInvocation")


@_attrs_define
class FaceOffInvocation:
    """Bound, extract, and mask a face from an image using MediaPipe detection"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["face_off"] = "face_off"
    chunk: bool | Unset = False
    """ Whether to bypass full image face detection and default to image chunking. Chunking will occur if no faces
    are found in the full image. """
    face_id: int | Unset = 0
    """ The face ID to process, numbered from 0. Multiple faces not supported. Find a face's ID with FaceIdentifier
    node. """
    image: ImageField | None | Unset = UNSET
    """ Image for face detection """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    minimum_confidence: float | Unset = 0.5
    """ Minimum confidence for face detection (lower if detection is failing) """
    padding: int | Unset = 0
    """ All-axis padding around the mask in pixels """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    x_offset: float | Unset = 0.0
    """ X-axis offset of the mask """
    y_offset: float | Unset = 0.0
    """ Y-axis offset of the mask """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        chunk = self.chunk

        face_id = self.face_id

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        minimum_confidence = self.minimum_confidence

        padding = self.padding

        use_cache = self.use_cache

        x_offset = self.x_offset

        y_offset = self.y_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if chunk is not UNSET:
            field_dict["chunk"] = chunk
        if face_id is not UNSET:
            field_dict["face_id"] = face_id
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if minimum_confidence is not UNSET:
            field_dict["minimum_confidence"] = minimum_confidence
        if padding is not UNSET:
            field_dict["padding"] = padding
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if x_offset is not UNSET:
            field_dict["x_offset"] = x_offset
        if y_offset is not UNSET:
            field_dict["y_offset"] = y_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["face_off"], d.pop("type"))
        if type_ != "face_off":
            raise ValueError(f"type must match const 'face_off', got '{type_}'")

        chunk = d.pop("chunk", UNSET)

        face_id = d.pop("face_id", UNSET)

        def _parse_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ImageField.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

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

        minimum_confidence = d.pop("minimum_confidence", UNSET)

        padding = d.pop("padding", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        x_offset = d.pop("x_offset", UNSET)

        y_offset = d.pop("y_offset", UNSET)

        face_off_invocation = cls(
            id=id,
            type_=type_,
            chunk=chunk,
            face_id=face_id,
            image=image,
            is_intermediate=is_intermediate,
            metadata=metadata,
            minimum_confidence=minimum_confidence,
            padding=padding,
            use_cache=use_cache,
            x_offset=x_offset,
            y_offset=y_offset,
        )

        face_off_invocation.additional_properties = d
        return face_off_invocation

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
