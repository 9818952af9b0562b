from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_saved_workflow_invocation_workflow_inputs import CallSavedWorkflowInvocationWorkflowInputs


T = TypeVar("T", bound="CallSavedWorkflowInvocation")


@_attrs_define
class CallSavedWorkflowInvocation:
    """Displays and later executes against a selected saved workflow."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["call_saved_workflow"] = "call_saved_workflow"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    use_cache: bool | Unset = False
    """ Whether or not to use the cache """
    workflow_id: str | Unset = ""
    """ The selected saved workflow ID, managed by the workflow editor UI. """
    workflow_inputs: CallSavedWorkflowInvocationWorkflowInputs | Unset = UNSET
    """ Literal values for the selected workflow's exposed inputs, managed by the workflow editor UI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        workflow_id = self.workflow_id

        workflow_inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_inputs, Unset):
            workflow_inputs = self.workflow_inputs.to_dict()

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
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_inputs is not UNSET:
            field_dict["workflow_inputs"] = workflow_inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_saved_workflow_invocation_workflow_inputs import CallSavedWorkflowInvocationWorkflowInputs  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["call_saved_workflow"], d.pop("type"))
        if type_ != "call_saved_workflow":
            raise ValueError(f"type must match const 'call_saved_workflow', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        _workflow_inputs = d.pop("workflow_inputs", UNSET)
        workflow_inputs: CallSavedWorkflowInvocationWorkflowInputs | Unset
        if isinstance(_workflow_inputs, Unset):
            workflow_inputs = UNSET
        else:
            workflow_inputs = CallSavedWorkflowInvocationWorkflowInputs.from_dict(_workflow_inputs)

        call_saved_workflow_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            workflow_id=workflow_id,
            workflow_inputs=workflow_inputs,
        )

        call_saved_workflow_invocation.additional_properties = d
        return call_saved_workflow_invocation

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
