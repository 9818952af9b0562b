from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.krea_2_style_reference_field_value_mode import (
    Krea2StyleReferenceFieldValueMode,
    check_krea_2_style_reference_field_value_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Krea2StyleReferenceField")


@_attrs_define
class Krea2StyleReferenceField:
    """Style-reference conditioning for Krea-2 shared-KV reference attention.

    Carries the VAE-encoded reference latents plus the tuning parameters that shape how strongly, and in
    which frequency bands, the reference influences the target. The reference must be encoded at exactly
    the denoise node's resolution, so the dims travel with it for an early, legible mismatch error.

    Only ``style_strength`` is meant for everyday use; it modulates several of the others. The remainder
    are exposed for tuning and should be left at their defaults.

    """

    height: int
    """ Image height the reference was encoded at (must match denoise height). """
    reference_latents_name: str
    """ Name of the saved [1, 16, 1, H/8, W/8] reference latents. """
    width: int
    """ Image width the reference was encoded at (must match denoise width). """
    adain_strength: float | Unset = 0.85
    """ Reference statistics applied to the target Q/K. """
    beta: float | Unset = 2.5
    """ Exponent of the high-to-low frequency falloff curve. """
    blocks: str | Unset = "7-27"
    """ Transformer blocks the reference is injected into. """
    high_scale_end: float | Unset = 0.0
    """ High-frequency reference key scale at the last step. """
    high_scale_start: float | Unset = 1.04
    """ High-frequency reference key scale at step 0. """
    low_scale_end: float | Unset = 1.1
    """ Low-frequency reference key scale at the last step. """
    low_scale_start: float | Unset = 1.0
    """ Low-frequency reference key scale at step 0. """
    ref_k_strength: float | Unset = 1.06
    """ Multiplier on the reference key path. """
    ref_value_mix: float | Unset = 1.0
    """ How much raw reference value signal is kept. """
    style_strength: float | Unset = 1.0
    """ Overall style strength. 0 makes the denoise node skip the reference entirely. """
    value_adain_strength: float | Unset = 0.65
    """ Reference statistics applied to the target value path. Has no effect while ref_value_mix is 1.0. """
    value_mode: Krea2StyleReferenceFieldValueMode | Unset = "target_adain_plus_ref"
    """ How the reference value vectors are constructed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        reference_latents_name = self.reference_latents_name

        width = self.width

        adain_strength = self.adain_strength

        beta = self.beta

        blocks = self.blocks

        high_scale_end = self.high_scale_end

        high_scale_start = self.high_scale_start

        low_scale_end = self.low_scale_end

        low_scale_start = self.low_scale_start

        ref_k_strength = self.ref_k_strength

        ref_value_mix = self.ref_value_mix

        style_strength = self.style_strength

        value_adain_strength = self.value_adain_strength

        value_mode: str | Unset = UNSET
        if not isinstance(self.value_mode, Unset):
            value_mode = self.value_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "reference_latents_name": reference_latents_name,
                "width": width,
            }
        )
        if adain_strength is not UNSET:
            field_dict["adain_strength"] = adain_strength
        if beta is not UNSET:
            field_dict["beta"] = beta
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if high_scale_end is not UNSET:
            field_dict["high_scale_end"] = high_scale_end
        if high_scale_start is not UNSET:
            field_dict["high_scale_start"] = high_scale_start
        if low_scale_end is not UNSET:
            field_dict["low_scale_end"] = low_scale_end
        if low_scale_start is not UNSET:
            field_dict["low_scale_start"] = low_scale_start
        if ref_k_strength is not UNSET:
            field_dict["ref_k_strength"] = ref_k_strength
        if ref_value_mix is not UNSET:
            field_dict["ref_value_mix"] = ref_value_mix
        if style_strength is not UNSET:
            field_dict["style_strength"] = style_strength
        if value_adain_strength is not UNSET:
            field_dict["value_adain_strength"] = value_adain_strength
        if value_mode is not UNSET:
            field_dict["value_mode"] = value_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height")

        reference_latents_name = d.pop("reference_latents_name")

        width = d.pop("width")

        adain_strength = d.pop("adain_strength", UNSET)

        beta = d.pop("beta", UNSET)

        blocks = d.pop("blocks", UNSET)

        high_scale_end = d.pop("high_scale_end", UNSET)

        high_scale_start = d.pop("high_scale_start", UNSET)

        low_scale_end = d.pop("low_scale_end", UNSET)

        low_scale_start = d.pop("low_scale_start", UNSET)

        ref_k_strength = d.pop("ref_k_strength", UNSET)

        ref_value_mix = d.pop("ref_value_mix", UNSET)

        style_strength = d.pop("style_strength", UNSET)

        value_adain_strength = d.pop("value_adain_strength", UNSET)

        _value_mode = d.pop("value_mode", UNSET)
        value_mode: Krea2StyleReferenceFieldValueMode | Unset
        if isinstance(_value_mode, Unset):
            value_mode = UNSET
        else:
            value_mode = check_krea_2_style_reference_field_value_mode(_value_mode)

        krea_2_style_reference_field = cls(
            height=height,
            reference_latents_name=reference_latents_name,
            width=width,
            adain_strength=adain_strength,
            beta=beta,
            blocks=blocks,
            high_scale_end=high_scale_end,
            high_scale_start=high_scale_start,
            low_scale_end=low_scale_end,
            low_scale_start=low_scale_start,
            ref_k_strength=ref_k_strength,
            ref_value_mix=ref_value_mix,
            style_strength=style_strength,
            value_adain_strength=value_adain_strength,
            value_mode=value_mode,
        )

        krea_2_style_reference_field.additional_properties = d
        return krea_2_style_reference_field

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
