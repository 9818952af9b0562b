from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoiseInvocation")


@_attrs_define
class NoiseInvocation:
    """Generates latent noise."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["noise"] = "noise"
    height: int | Unset = 512
    """ Height of output (px) """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    seed: int | Unset = 0
    """ Seed for random number generation """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    use_cpu: bool | Unset = True
    """ Use CPU for noise generation (for reproducible results across platforms) """
    width: int | Unset = 512
    """ Width of output (px) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        height = self.height

        is_intermediate = self.is_intermediate

        seed = self.seed

        use_cache = self.use_cache

        use_cpu = self.use_cpu

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if use_cpu is not UNSET:
            field_dict["use_cpu"] = use_cpu
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["noise"], d.pop("type"))
        if type_ != "noise":
            raise ValueError(f"type must match const 'noise', got '{type_}'")

        height = d.pop("height", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        seed = d.pop("seed", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        use_cpu = d.pop("use_cpu", UNSET)

        width = d.pop("width", UNSET)

        noise_invocation = cls(
            id=id,
            type_=type_,
            height=height,
            is_intermediate=is_intermediate,
            seed=seed,
            use_cache=use_cache,
            use_cpu=use_cpu,
            width=width,
        )

        noise_invocation.additional_properties = d
        return noise_invocation

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
