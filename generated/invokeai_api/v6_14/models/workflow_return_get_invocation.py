from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_return_get_invocation_values import WorkflowReturnGetInvocationValues


T = TypeVar("T", bound="WorkflowReturnGetInvocation")


@_attrs_define
class WorkflowReturnGetInvocation:
    """Extracts one named value from a callable workflow return."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["workflow_return_get"] = "workflow_return_get"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    key: str | Unset = ""
    """ The return key to extract. """
    use_cache: bool | Unset = False
    """ Whether or not to use the cache """
    values: WorkflowReturnGetInvocationValues | Unset = UNSET
    """ The named workflow return values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        key = self.key

        use_cache = self.use_cache

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

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
        if key is not UNSET:
            field_dict["key"] = key
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_return_get_invocation_values import WorkflowReturnGetInvocationValues  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["workflow_return_get"], d.pop("type"))
        if type_ != "workflow_return_get":
            raise ValueError(f"type must match const 'workflow_return_get', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        key = d.pop("key", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        _values = d.pop("values", UNSET)
        values: WorkflowReturnGetInvocationValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = WorkflowReturnGetInvocationValues.from_dict(_values)

        workflow_return_get_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            key=key,
            use_cache=use_cache,
            values=values,
        )

        workflow_return_get_invocation.additional_properties = d
        return workflow_return_get_invocation

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
