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


T = TypeVar("T", bound="MaskEdgeInvocation")


@_attrs_define
class MaskEdgeInvocation:
    """Applies an edge mask to an image"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["mask_edge"] = "mask_edge"
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    edge_blur: int | None | Unset = UNSET
    """ The amount of blur on the edge """
    edge_size: int | None | Unset = UNSET
    """ The size of the edge """
    high_threshold: int | None | Unset = UNSET
    """ Second threshold for the hysteresis procedure in Canny edge detection """
    image: ImageField | None | Unset = UNSET
    """ The image to apply the mask to """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    low_threshold: int | None | Unset = UNSET
    """ First threshold for the hysteresis procedure in Canny edge detection """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
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

        edge_blur: int | None | Unset
        if isinstance(self.edge_blur, Unset):
            edge_blur = UNSET
        else:
            edge_blur = self.edge_blur

        edge_size: int | None | Unset
        if isinstance(self.edge_size, Unset):
            edge_size = UNSET
        else:
            edge_size = self.edge_size

        high_threshold: int | None | Unset
        if isinstance(self.high_threshold, Unset):
            high_threshold = UNSET
        else:
            high_threshold = self.high_threshold

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        low_threshold: int | None | Unset
        if isinstance(self.low_threshold, Unset):
            low_threshold = UNSET
        else:
            low_threshold = self.low_threshold

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
        if board is not UNSET:
            field_dict["board"] = board
        if edge_blur is not UNSET:
            field_dict["edge_blur"] = edge_blur
        if edge_size is not UNSET:
            field_dict["edge_size"] = edge_size
        if high_threshold is not UNSET:
            field_dict["high_threshold"] = high_threshold
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if low_threshold is not UNSET:
            field_dict["low_threshold"] = low_threshold
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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

        type_ = cast(Literal["mask_edge"], d.pop("type"))
        if type_ != "mask_edge":
            raise ValueError(f"type must match const 'mask_edge', got '{type_}'")

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

        def _parse_edge_blur(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edge_blur = _parse_edge_blur(d.pop("edge_blur", UNSET))

        def _parse_edge_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edge_size = _parse_edge_size(d.pop("edge_size", UNSET))

        def _parse_high_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        high_threshold = _parse_high_threshold(d.pop("high_threshold", UNSET))

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

        def _parse_low_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        low_threshold = _parse_low_threshold(d.pop("low_threshold", UNSET))

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

        mask_edge_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            edge_blur=edge_blur,
            edge_size=edge_size,
            high_threshold=high_threshold,
            image=image,
            is_intermediate=is_intermediate,
            low_threshold=low_threshold,
            metadata=metadata,
            use_cache=use_cache,
        )

        mask_edge_invocation.additional_properties = d
        return mask_edge_invocation

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
