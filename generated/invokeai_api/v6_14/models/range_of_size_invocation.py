from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeOfSizeInvocation")


@_attrs_define
class RangeOfSizeInvocation:
    """Creates a range from start to start + (size * step) incremented by step"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["range_of_size"] = "range_of_size"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    size: int | Unset = 1
    """ The number of values """
    start: int | Unset = 0
    """ The start of the range """
    step: int | Unset = 1
    """ The step of the range """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        size = self.size

        start = self.start

        step = self.step

        use_cache = self.use_cache

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
        if size is not UNSET:
            field_dict["size"] = size
        if start is not UNSET:
            field_dict["start"] = start
        if step is not UNSET:
            field_dict["step"] = step
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["range_of_size"], d.pop("type"))
        if type_ != "range_of_size":
            raise ValueError(f"type must match const 'range_of_size', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        size = d.pop("size", UNSET)

        start = d.pop("start", UNSET)

        step = d.pop("step", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        range_of_size_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            size=size,
            start=start,
            step=step,
            use_cache=use_cache,
        )

        range_of_size_invocation.additional_properties = d
        return range_of_size_invocation

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
