from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IfInvocation")


@_attrs_define
class IfInvocation:
    """Selects between two optional inputs based on a boolean condition."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["if"] = "if"
    condition: bool | Unset = False
    """ The condition used to select an input """
    false_input: Any | None | Unset = UNSET
    """ Selected when the condition is false """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    true_input: Any | None | Unset = UNSET
    """ Selected when the condition is true """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        condition = self.condition

        false_input: Any | None | Unset
        if isinstance(self.false_input, Unset):
            false_input = UNSET
        else:
            false_input = self.false_input

        is_intermediate = self.is_intermediate

        true_input: Any | None | Unset
        if isinstance(self.true_input, Unset):
            true_input = UNSET
        else:
            true_input = self.true_input

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if false_input is not UNSET:
            field_dict["false_input"] = false_input
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if true_input is not UNSET:
            field_dict["true_input"] = true_input
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["if"], d.pop("type"))
        if type_ != "if":
            raise ValueError(f"type must match const 'if', got '{type_}'")

        condition = d.pop("condition", UNSET)

        def _parse_false_input(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        false_input = _parse_false_input(d.pop("false_input", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_true_input(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        true_input = _parse_true_input(d.pop("true_input", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        if_invocation = cls(
            id=id,
            type_=type_,
            condition=condition,
            false_input=false_input,
            is_intermediate=is_intermediate,
            true_input=true_input,
            use_cache=use_cache,
        )

        if_invocation.additional_properties = d
        return if_invocation

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
