from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="ImageMaskToTensorInvocation")


@_attrs_define
class ImageMaskToTensorInvocation:
    """Convert a mask image to a tensor. Converts the image to grayscale and uses thresholding at the specified value."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["image_mask_to_tensor"] = "image_mask_to_tensor"
    cutoff: int | Unset = 128
    """ Cutoff (<) """
    image: ImageField | None | Unset = UNSET
    """ The mask image to convert. """
    invert: bool | Unset = False
    """ Whether to invert the mask. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        cutoff = self.cutoff

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        invert = self.invert

        is_intermediate = self.is_intermediate

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if cutoff is not UNSET:
            field_dict["cutoff"] = cutoff
        if image is not UNSET:
            field_dict["image"] = image
        if invert is not UNSET:
            field_dict["invert"] = invert
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["image_mask_to_tensor"], d.pop("type"))
        if type_ != "image_mask_to_tensor":
            raise ValueError(f"type must match const 'image_mask_to_tensor', got '{type_}'")

        cutoff = d.pop("cutoff", UNSET)

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

        invert = d.pop("invert", UNSET)

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

        image_mask_to_tensor_invocation = cls(
            id=id,
            type_=type_,
            cutoff=cutoff,
            image=image,
            invert=invert,
            is_intermediate=is_intermediate,
            metadata=metadata,
            use_cache=use_cache,
        )

        image_mask_to_tensor_invocation.additional_properties = d
        return image_mask_to_tensor_invocation

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
