from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduler_invocation_scheduler import SchedulerInvocationScheduler, check_scheduler_invocation_scheduler
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulerInvocation")


@_attrs_define
class SchedulerInvocation:
    """Selects a scheduler."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["scheduler"] = "scheduler"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    scheduler: SchedulerInvocationScheduler | Unset = "euler"
    """ Scheduler to use during inference """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

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
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["scheduler"], d.pop("type"))
        if type_ != "scheduler":
            raise ValueError(f"type must match const 'scheduler', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: SchedulerInvocationScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_scheduler_invocation_scheduler(_scheduler)

        use_cache = d.pop("use_cache", UNSET)

        scheduler_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            scheduler=scheduler,
            use_cache=use_cache,
        )

        scheduler_invocation.additional_properties = d
        return scheduler_invocation

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
