from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.float_to_integer_invocation_method import (
    FloatToIntegerInvocationMethod,
    check_float_to_integer_invocation_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FloatToIntegerInvocation")


@_attrs_define
class FloatToIntegerInvocation:
    """Rounds a float number to (a multiple of) an integer."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["float_to_int"] = "float_to_int"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    method: FloatToIntegerInvocationMethod | Unset = "Nearest"
    """ The method to use for rounding """
    multiple: int | Unset = 1
    """ The multiple to round to """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    value: float | Unset = 0.0
    """ The value to round """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        multiple = self.multiple

        use_cache = self.use_cache

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
        if method is not UNSET:
            field_dict["method"] = method
        if multiple is not UNSET:
            field_dict["multiple"] = multiple
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["float_to_int"], d.pop("type"))
        if type_ != "float_to_int":
            raise ValueError(f"type must match const 'float_to_int', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        _method = d.pop("method", UNSET)
        method: FloatToIntegerInvocationMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_float_to_integer_invocation_method(_method)

        multiple = d.pop("multiple", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        value = d.pop("value", UNSET)

        float_to_integer_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            method=method,
            multiple=multiple,
            use_cache=use_cache,
            value=value,
        )

        float_to_integer_invocation.additional_properties = d
        return float_to_integer_invocation

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
