from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectInvocation")


@_attrs_define
class CollectInvocation:
    """Collects values into a collection"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["collect"] = "collect"
    collection: list[Any] | Unset = UNSET
    """ An optional collection to append to """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    item: Any | None | Unset = UNSET
    """ The item to collect (all inputs must be of the same type) """
    use_cache: bool | Unset = False
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        collection: list[Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection

        is_intermediate = self.is_intermediate

        item: Any | None | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if collection is not UNSET:
            field_dict["collection"] = collection
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if item is not UNSET:
            field_dict["item"] = item
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["collect"], d.pop("type"))
        if type_ != "collect":
            raise ValueError(f"type must match const 'collect', got '{type_}'")

        collection = cast(list[Any], d.pop("collection", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_item(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        item = _parse_item(d.pop("item", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        collect_invocation = cls(
            id=id,
            type_=type_,
            collection=collection,
            is_intermediate=is_intermediate,
            item=item,
            use_cache=use_cache,
        )

        collect_invocation.additional_properties = d
        return collect_invocation

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
