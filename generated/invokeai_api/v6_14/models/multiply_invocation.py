from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiplyInvocation")


@_attrs_define
class MultiplyInvocation:
    """Multiplies two numbers"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["mul"] = "mul"
    a: int | Unset = 0
    """ The first number """
    b: int | Unset = 0
    """ The second number """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        a = self.a

        b = self.b

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
        if a is not UNSET:
            field_dict["a"] = a
        if b is not UNSET:
            field_dict["b"] = b
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["mul"], d.pop("type"))
        if type_ != "mul":
            raise ValueError(f"type must match const 'mul', got '{type_}'")

        a = d.pop("a", UNSET)

        b = d.pop("b", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        multiply_invocation = cls(
            id=id,
            type_=type_,
            a=a,
            b=b,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

        multiply_invocation.additional_properties = d
        return multiply_invocation

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
