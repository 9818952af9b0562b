from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataItemInvocation")


@_attrs_define
class MetadataItemInvocation:
    """Used to create an arbitrary metadata item. Provide "label" and make a connection to "value" to store that data as
    the value.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["metadata_item"] = "metadata_item"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    label: None | str | Unset = UNSET
    """ Label for this metadata item """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    value: Any | None | Unset = UNSET
    """ The value for this metadata item (may be any type) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        use_cache = self.use_cache

        value: Any | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if label is not UNSET:
            field_dict["label"] = label
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["metadata_item"], d.pop("type"))
        if type_ != "metadata_item":
            raise ValueError(f"type must match const 'metadata_item', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        def _parse_value(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        metadata_item_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            label=label,
            use_cache=use_cache,
            value=value,
        )

        metadata_item_invocation.additional_properties = d
        return metadata_item_invocation

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
