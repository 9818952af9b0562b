from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_anything_invocation_mask_filter import (
    SegmentAnythingInvocationMaskFilter,
    check_segment_anything_invocation_mask_filter,
)
from ..models.segment_anything_invocation_model_type_0 import (
    SegmentAnythingInvocationModelType0,
    check_segment_anything_invocation_model_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_box_field import BoundingBoxField
    from ..models.image_field import ImageField
    from ..models.sam_points_field import SAMPointsField


T = TypeVar("T", bound="SegmentAnythingInvocation")


@_attrs_define
class SegmentAnythingInvocation:
    """Runs a Segment Anything Model (SAM or SAM2)."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["segment_anything"] = "segment_anything"
    apply_polygon_refinement: bool | Unset = True
    """ Whether to apply polygon refinement to the masks. This will smooth the edges of the masks slightly and
    ensure that each mask consists of a single closed polygon (before merging). """
    bounding_boxes: list[BoundingBoxField] | None | Unset = UNSET
    """ The bounding boxes to prompt the model with. """
    image: ImageField | None | Unset = UNSET
    """ The image to segment. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    mask_filter: SegmentAnythingInvocationMaskFilter | Unset = "all"
    """ The filtering to apply to the detected masks before merging them into a final output. """
    model: None | SegmentAnythingInvocationModelType0 | Unset = UNSET
    """ The Segment Anything model to use (SAM or SAM2). """
    point_lists: list[SAMPointsField] | None | Unset = UNSET
    """ The list of point lists to prompt the model with. Each list of points represents a single object. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        apply_polygon_refinement = self.apply_polygon_refinement

        bounding_boxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.bounding_boxes, Unset):
            bounding_boxes = UNSET
        elif isinstance(self.bounding_boxes, list):
            bounding_boxes = []
            for bounding_boxes_type_0_item_data in self.bounding_boxes:
                bounding_boxes_type_0_item = bounding_boxes_type_0_item_data.to_dict()
                bounding_boxes.append(bounding_boxes_type_0_item)

        else:
            bounding_boxes = self.bounding_boxes

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        mask_filter: str | Unset = UNSET
        if not isinstance(self.mask_filter, Unset):
            mask_filter = self.mask_filter

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        point_lists: list[dict[str, Any]] | None | Unset
        if isinstance(self.point_lists, Unset):
            point_lists = UNSET
        elif isinstance(self.point_lists, list):
            point_lists = []
            for point_lists_type_0_item_data in self.point_lists:
                point_lists_type_0_item = point_lists_type_0_item_data.to_dict()
                point_lists.append(point_lists_type_0_item)

        else:
            point_lists = self.point_lists

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if apply_polygon_refinement is not UNSET:
            field_dict["apply_polygon_refinement"] = apply_polygon_refinement
        if bounding_boxes is not UNSET:
            field_dict["bounding_boxes"] = bounding_boxes
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mask_filter is not UNSET:
            field_dict["mask_filter"] = mask_filter
        if model is not UNSET:
            field_dict["model"] = model
        if point_lists is not UNSET:
            field_dict["point_lists"] = point_lists
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_field import BoundingBoxField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.sam_points_field import SAMPointsField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["segment_anything"], d.pop("type"))
        if type_ != "segment_anything":
            raise ValueError(f"type must match const 'segment_anything', got '{type_}'")

        apply_polygon_refinement = d.pop("apply_polygon_refinement", UNSET)

        def _parse_bounding_boxes(data: object) -> list[BoundingBoxField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bounding_boxes_type_0 = []
                _bounding_boxes_type_0 = data
                for bounding_boxes_type_0_item_data in _bounding_boxes_type_0:
                    bounding_boxes_type_0_item = BoundingBoxField.from_dict(bounding_boxes_type_0_item_data)

                    bounding_boxes_type_0.append(bounding_boxes_type_0_item)

                return bounding_boxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BoundingBoxField] | None | Unset, data)

        bounding_boxes = _parse_bounding_boxes(d.pop("bounding_boxes", UNSET))

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

        _mask_filter = d.pop("mask_filter", UNSET)
        mask_filter: SegmentAnythingInvocationMaskFilter | Unset
        if isinstance(_mask_filter, Unset):
            mask_filter = UNSET
        else:
            mask_filter = check_segment_anything_invocation_mask_filter(_mask_filter)

        def _parse_model(data: object) -> None | SegmentAnythingInvocationModelType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_0 = check_segment_anything_invocation_model_type_0(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentAnythingInvocationModelType0 | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_point_lists(data: object) -> list[SAMPointsField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                point_lists_type_0 = []
                _point_lists_type_0 = data
                for point_lists_type_0_item_data in _point_lists_type_0:
                    point_lists_type_0_item = SAMPointsField.from_dict(point_lists_type_0_item_data)

                    point_lists_type_0.append(point_lists_type_0_item)

                return point_lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SAMPointsField] | None | Unset, data)

        point_lists = _parse_point_lists(d.pop("point_lists", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        segment_anything_invocation = cls(
            id=id,
            type_=type_,
            apply_polygon_refinement=apply_polygon_refinement,
            bounding_boxes=bounding_boxes,
            image=image,
            is_intermediate=is_intermediate,
            mask_filter=mask_filter,
            model=model,
            point_lists=point_lists,
            use_cache=use_cache,
        )

        segment_anything_invocation.additional_properties = d
        return segment_anything_invocation

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
