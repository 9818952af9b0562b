from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="InvokeImageValueThresholdsInvocation")


@_attrs_define
class InvokeImageValueThresholdsInvocation:
    """Clip image to pure black/white past specified thresholds. Originally created by @dwringer"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["invokeai_img_val_thresholds"] = "invokeai_img_val_thresholds"
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    image: ImageField | None | Unset = UNSET
    """ The image from which to create a mask """
    invert_output: bool | Unset = False
    """ Make light areas dark and vice versa """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    lightness_only: bool | Unset = False
    """ If true, only applies to image lightness (CIELa*b*) """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    renormalize_values: bool | Unset = False
    """ Rescale remaining values from minimum to maximum """
    threshold_lower: float | Unset = 0.5
    """ Threshold below which will be set to minimum value """
    threshold_upper: float | Unset = 0.5
    """ Threshold above which will be set to full value """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        invert_output = self.invert_output

        is_intermediate = self.is_intermediate

        lightness_only = self.lightness_only

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        renormalize_values = self.renormalize_values

        threshold_lower = self.threshold_lower

        threshold_upper = self.threshold_upper

        use_cache = self.use_cache

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
        if image is not UNSET:
            field_dict["image"] = image
        if invert_output is not UNSET:
            field_dict["invert_output"] = invert_output
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if lightness_only is not UNSET:
            field_dict["lightness_only"] = lightness_only
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if renormalize_values is not UNSET:
            field_dict["renormalize_values"] = renormalize_values
        if threshold_lower is not UNSET:
            field_dict["threshold_lower"] = threshold_lower
        if threshold_upper is not UNSET:
            field_dict["threshold_upper"] = threshold_upper
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["invokeai_img_val_thresholds"], d.pop("type"))
        if type_ != "invokeai_img_val_thresholds":
            raise ValueError(f"type must match const 'invokeai_img_val_thresholds', got '{type_}'")

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

        invert_output = d.pop("invert_output", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        lightness_only = d.pop("lightness_only", UNSET)

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

        renormalize_values = d.pop("renormalize_values", UNSET)

        threshold_lower = d.pop("threshold_lower", UNSET)

        threshold_upper = d.pop("threshold_upper", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        invoke_image_value_thresholds_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            image=image,
            invert_output=invert_output,
            is_intermediate=is_intermediate,
            lightness_only=lightness_only,
            metadata=metadata,
            renormalize_values=renormalize_values,
            threshold_lower=threshold_lower,
            threshold_upper=threshold_upper,
            use_cache=use_cache,
        )

        invoke_image_value_thresholds_invocation.additional_properties = d
        return invoke_image_value_thresholds_invocation

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
