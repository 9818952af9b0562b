from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.video_field import VideoField


T = TypeVar("T", bound="BatchDatum")


@_attrs_define
class BatchDatum:
    field_name: str
    """ The field into which this batch data collection will be substituted. """
    node_path: str
    """ The node into which this batch data collection will be substituted. """
    items: (
        list[float | ImageField | int | list[float | ImageField | int | str | VideoField] | str | VideoField] | Unset
    ) = UNSET
    """ The list of items to substitute into the node/field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        field_name = self.field_name

        node_path = self.node_path

        items: list[dict[str, Any] | float | int | list[dict[str, Any] | float | int | str] | str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any] | float | int | list[dict[str, Any] | float | int | str] | str
                if isinstance(items_item_data, ImageField):
                    items_item = items_item_data.to_dict()
                elif isinstance(items_item_data, VideoField):
                    items_item = items_item_data.to_dict()
                elif isinstance(items_item_data, list):
                    items_item = []
                    for items_item_type_5_item_data in items_item_data:
                        items_item_type_5_item: dict[str, Any] | float | int | str
                        if isinstance(items_item_type_5_item_data, ImageField):
                            items_item_type_5_item = items_item_type_5_item_data.to_dict()
                        elif isinstance(items_item_type_5_item_data, VideoField):
                            items_item_type_5_item = items_item_type_5_item_data.to_dict()
                        else:
                            items_item_type_5_item = items_item_type_5_item_data
                        items_item.append(items_item_type_5_item)

                else:
                    items_item = items_item_data
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_name": field_name,
                "node_path": node_path,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        field_name = d.pop("field_name")

        node_path = d.pop("node_path")

        _items = d.pop("items", UNSET)
        items: (
            list[float | ImageField | int | list[float | ImageField | int | str | VideoField] | str | VideoField]
            | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> float | ImageField | int | list[float | ImageField | int | str | VideoField] | str | VideoField:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        items_item_type_3 = ImageField.from_dict(data)

                        return items_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        items_item_type_4 = VideoField.from_dict(data)

                        return items_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        items_item_type_5 = []
                        _items_item_type_5 = data
                        for items_item_type_5_item_data in _items_item_type_5:

                            def _parse_items_item_type_5_item(
                                data: object,
                            ) -> float | ImageField | int | str | VideoField:
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    items_item_type_5_item_type_3 = ImageField.from_dict(data)

                                    return items_item_type_5_item_type_3
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    items_item_type_5_item_type_4 = VideoField.from_dict(data)

                                    return items_item_type_5_item_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                return cast(float | ImageField | int | str | VideoField, data)

                            items_item_type_5_item = _parse_items_item_type_5_item(items_item_type_5_item_data)

                            items_item_type_5.append(items_item_type_5_item)

                        return items_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        float | ImageField | int | list[float | ImageField | int | str | VideoField] | str | VideoField,
                        data,
                    )

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        batch_datum = cls(
            field_name=field_name,
            node_path=node_path,
            items=items,
        )

        batch_datum.additional_properties = d
        return batch_datum

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
