from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RandomIntInvocation")


@_attrs_define
class RandomIntInvocation:
    """Outputs a single random integer."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["rand_int"] = "rand_int"
    high: int | Unset = 2147483647
    """ The exclusive high value """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    low: int | Unset = 0
    """ The inclusive low value """
    use_cache: bool | Unset = False
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        high = self.high

        is_intermediate = self.is_intermediate

        low = self.low

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if high is not UNSET:
            field_dict["high"] = high
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if low is not UNSET:
            field_dict["low"] = low
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["rand_int"], d.pop("type"))
        if type_ != "rand_int":
            raise ValueError(f"type must match const 'rand_int', got '{type_}'")

        high = d.pop("high", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        low = d.pop("low", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        random_int_invocation = cls(
            id=id,
            type_=type_,
            high=high,
            is_intermediate=is_intermediate,
            low=low,
            use_cache=use_cache,
        )

        random_int_invocation.additional_properties = d
        return random_int_invocation

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
