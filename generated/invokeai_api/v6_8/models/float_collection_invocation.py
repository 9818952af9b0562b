from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FloatCollectionInvocation")


@_attrs_define
class FloatCollectionInvocation:
    """A collection of float primitive values"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["float_collection"] = "float_collection"
    collection: list[float] | Unset = UNSET
    """ The collection of float values """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        collection: list[float] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection

        is_intermediate = self.is_intermediate

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
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["float_collection"], d.pop("type"))
        if type_ != "float_collection":
            raise ValueError(f"type must match const 'float_collection', got '{type_}'")

        collection = cast(list[float], d.pop("collection", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        float_collection_invocation = cls(
            id=id,
            type_=type_,
            collection=collection,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

        float_collection_invocation.additional_properties = d
        return float_collection_invocation

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
