from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.u_net_field import UNetField


T = TypeVar("T", bound="FreeUInvocation")


@_attrs_define
class FreeUInvocation:
    """Applies FreeU to the UNet. Suggested values (b1/b2/s1/s2):

    SD1.5: 1.2/1.4/0.9/0.2,
    SD2: 1.1/1.2/0.9/0.2,
    SDXL: 1.1/1.2/0.6/0.4,

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["freeu"] = "freeu"
    b1: float | Unset = 1.2
    """ Scaling factor for stage 1 to amplify the contributions of backbone features. """
    b2: float | Unset = 1.4
    """ Scaling factor for stage 2 to amplify the contributions of backbone features. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    s1: float | Unset = 0.9
    """ Scaling factor for stage 1 to attenuate the contributions of the skip features. This is done to mitigate the
    "oversmoothing effect" in the enhanced denoising process. """
    s2: float | Unset = 0.2
    """ Scaling factor for stage 2 to attenuate the contributions of the skip features. This is done to mitigate the
    "oversmoothing effect" in the enhanced denoising process. """
    unet: None | UNetField | Unset = UNSET
    """ UNet (scheduler, LoRAs) """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.u_net_field import UNetField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        b1 = self.b1

        b2 = self.b2

        is_intermediate = self.is_intermediate

        s1 = self.s1

        s2 = self.s2

        unet: dict[str, Any] | None | Unset
        if isinstance(self.unet, Unset):
            unet = UNSET
        elif isinstance(self.unet, UNetField):
            unet = self.unet.to_dict()
        else:
            unet = self.unet

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if b1 is not UNSET:
            field_dict["b1"] = b1
        if b2 is not UNSET:
            field_dict["b2"] = b2
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if s1 is not UNSET:
            field_dict["s1"] = s1
        if s2 is not UNSET:
            field_dict["s2"] = s2
        if unet is not UNSET:
            field_dict["unet"] = unet
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.u_net_field import UNetField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["freeu"], d.pop("type"))
        if type_ != "freeu":
            raise ValueError(f"type must match const 'freeu', got '{type_}'")

        b1 = d.pop("b1", UNSET)

        b2 = d.pop("b2", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        s1 = d.pop("s1", UNSET)

        s2 = d.pop("s2", UNSET)

        def _parse_unet(data: object) -> None | UNetField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unet_type_0 = UNetField.from_dict(data)

                return unet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UNetField | Unset, data)

        unet = _parse_unet(d.pop("unet", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        free_u_invocation = cls(
            id=id,
            type_=type_,
            b1=b1,
            b2=b2,
            is_intermediate=is_intermediate,
            s1=s1,
            s2=s2,
            unet=unet,
            use_cache=use_cache,
        )

        free_u_invocation.additional_properties = d
        return free_u_invocation

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
