from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scale_latents_invocation_mode import ScaleLatentsInvocationMode, check_scale_latents_invocation_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.latents_field import LatentsField


T = TypeVar("T", bound="ScaleLatentsInvocation")


@_attrs_define
class ScaleLatentsInvocation:
    """Scales latents by a given factor."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["lscale"] = "lscale"
    antialias: bool | Unset = False
    """ Whether or not to apply antialiasing (bilinear or bicubic only) """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    latents: LatentsField | None | Unset = UNSET
    """ Latents tensor """
    mode: ScaleLatentsInvocationMode | Unset = "bilinear"
    """ Interpolation mode """
    scale_factor: float | None | Unset = UNSET
    """ The factor by which to scale """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.latents_field import LatentsField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        antialias = self.antialias

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        scale_factor: float | None | Unset
        if isinstance(self.scale_factor, Unset):
            scale_factor = UNSET
        else:
            scale_factor = self.scale_factor

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if antialias is not UNSET:
            field_dict["antialias"] = antialias
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if mode is not UNSET:
            field_dict["mode"] = mode
        if scale_factor is not UNSET:
            field_dict["scale_factor"] = scale_factor
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latents_field import LatentsField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["lscale"], d.pop("type"))
        if type_ != "lscale":
            raise ValueError(f"type must match const 'lscale', got '{type_}'")

        antialias = d.pop("antialias", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_latents(data: object) -> LatentsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latents_type_0 = LatentsField.from_dict(data)

                return latents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatentsField | None | Unset, data)

        latents = _parse_latents(d.pop("latents", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: ScaleLatentsInvocationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_scale_latents_invocation_mode(_mode)

        def _parse_scale_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        scale_factor = _parse_scale_factor(d.pop("scale_factor", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        scale_latents_invocation = cls(
            id=id,
            type_=type_,
            antialias=antialias,
            is_intermediate=is_intermediate,
            latents=latents,
            mode=mode,
            scale_factor=scale_factor,
            use_cache=use_cache,
        )

        scale_latents_invocation.additional_properties = d
        return scale_latents_invocation

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
