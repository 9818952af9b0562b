from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WanRefImageConditioningField")


@_attrs_define
class WanRefImageConditioningField:
    """Reference-image conditioning for Wan 2.2 I2V.

    Carries the 20-channel VAE-latent condition tensor (4-channel first-frame
    mask + 16-channel ref-image latents). The denoise loop concatenates this
    to the 16-channel noise latents along the channel dim each step, producing
    the 36-channel input the I2V-A14B transformer expects.

    Also carries the spatial dims and frame count used to encode the image so
    the denoise node can sanity-check the user's width/height/num_frames — a
    latent temporal-dim mismatch is hard to debug from the downstream error.

    """

    condition_tensor_name: str
    """ Name of the saved [1, 20, T_lat, H/8, W/8] condition tensor. """
    height: int
    """ Image height used during VAE encoding (matches denoise height). """
    width: int
    """ Image width used during VAE encoding (matches denoise width). """
    num_frames: int | Unset = 1
    """ Pixel-frame count the condition was built for. 1 for single-frame I2V (image output), 81+ for video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_tensor_name = self.condition_tensor_name

        height = self.height

        width = self.width

        num_frames = self.num_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition_tensor_name": condition_tensor_name,
                "height": height,
                "width": width,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition_tensor_name = d.pop("condition_tensor_name")

        height = d.pop("height")

        width = d.pop("width")

        num_frames = d.pop("num_frames", UNSET)

        wan_ref_image_conditioning_field = cls(
            condition_tensor_name=condition_tensor_name,
            height=height,
            width=width,
            num_frames=num_frames,
        )

        wan_ref_image_conditioning_field.additional_properties = d
        return wan_ref_image_conditioning_field

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
