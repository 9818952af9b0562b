from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resize_latents_invocation_mode import ResizeLatentsInvocationMode, check_resize_latents_invocation_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.latents_field import LatentsField


T = TypeVar("T", bound="ResizeLatentsInvocation")


@_attrs_define
class ResizeLatentsInvocation:
    """Resizes latents to explicit width/height (in pixels). Provided dimensions are floor-divided by 8."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["lresize"] = "lresize"
    antialias: bool | Unset = False
    """ Whether or not to apply antialiasing (bilinear or bicubic only) """
    height: int | None | Unset = UNSET
    """ Width of output (px) """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    latents: LatentsField | None | Unset = UNSET
    """ Latents tensor """
    mode: ResizeLatentsInvocationMode | Unset = "bilinear"
    """ Interpolation mode """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    width: int | None | Unset = UNSET
    """ Width of output (px) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.latents_field import LatentsField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        antialias = self.antialias

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

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

        use_cache = self.use_cache

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

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
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if mode is not UNSET:
            field_dict["mode"] = mode
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latents_field import LatentsField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["lresize"], d.pop("type"))
        if type_ != "lresize":
            raise ValueError(f"type must match const 'lresize', got '{type_}'")

        antialias = d.pop("antialias", UNSET)

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

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
        mode: ResizeLatentsInvocationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_resize_latents_invocation_mode(_mode)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        resize_latents_invocation = cls(
            id=id,
            type_=type_,
            antialias=antialias,
            height=height,
            is_intermediate=is_intermediate,
            latents=latents,
            mode=mode,
            use_cache=use_cache,
            width=width,
        )

        resize_latents_invocation.additional_properties = d
        return resize_latents_invocation

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
