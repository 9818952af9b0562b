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


T = TypeVar("T", bound="CanvasPasteBackInvocation")


@_attrs_define
class CanvasPasteBackInvocation:
    """Combines two images by using the mask provided. Intended for use on the Unified Canvas."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["canvas_paste_back"] = "canvas_paste_back"
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    mask: ImageField | None | Unset = UNSET
    """ The mask to use when pasting """
    mask_blur: int | Unset = 0
    """ The amount to blur the mask by """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    source_image: ImageField | None | Unset = UNSET
    """ The source image """
    target_image: ImageField | None | Unset = UNSET
    """ The target image """
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

        is_intermediate = self.is_intermediate

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ImageField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        mask_blur = self.mask_blur

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        source_image: dict[str, Any] | None | Unset
        if isinstance(self.source_image, Unset):
            source_image = UNSET
        elif isinstance(self.source_image, ImageField):
            source_image = self.source_image.to_dict()
        else:
            source_image = self.source_image

        target_image: dict[str, Any] | None | Unset
        if isinstance(self.target_image, Unset):
            target_image = UNSET
        elif isinstance(self.target_image, ImageField):
            target_image = self.target_image.to_dict()
        else:
            target_image = self.target_image

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
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mask is not UNSET:
            field_dict["mask"] = mask
        if mask_blur is not UNSET:
            field_dict["mask_blur"] = mask_blur
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source_image is not UNSET:
            field_dict["source_image"] = source_image
        if target_image is not UNSET:
            field_dict["target_image"] = target_image
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

        type_ = cast(Literal["canvas_paste_back"], d.pop("type"))
        if type_ != "canvas_paste_back":
            raise ValueError(f"type must match const 'canvas_paste_back', got '{type_}'")

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

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mask(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = ImageField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        mask_blur = d.pop("mask_blur", UNSET)

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

        def _parse_source_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_image_type_0 = ImageField.from_dict(data)

                return source_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        source_image = _parse_source_image(d.pop("source_image", UNSET))

        def _parse_target_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_image_type_0 = ImageField.from_dict(data)

                return target_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        target_image = _parse_target_image(d.pop("target_image", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        canvas_paste_back_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            is_intermediate=is_intermediate,
            mask=mask,
            mask_blur=mask_blur,
            metadata=metadata,
            source_image=source_image,
            target_image=target_image,
            use_cache=use_cache,
        )

        canvas_paste_back_invocation.additional_properties = d
        return canvas_paste_back_invocation

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
