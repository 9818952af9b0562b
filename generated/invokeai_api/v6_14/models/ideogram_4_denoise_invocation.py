from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ideogram_4_denoise_invocation_sampler_preset import (
    Ideogram4DenoiseInvocationSamplerPreset,
    check_ideogram_4_denoise_invocation_sampler_preset,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ideogram_4_conditioning_field import Ideogram4ConditioningField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="Ideogram4DenoiseInvocation")


@_attrs_define
class Ideogram4DenoiseInvocation:
    """Runs the Ideogram 4 dual-branch flow-matching denoising loop (text-to-image)."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["ideogram4_denoise"] = "ideogram4_denoise"
    guidance_scale: float | None | Unset = UNSET
    """ Override the main guidance weight (the preset's polish tail is preserved). Empty = use the preset. """
    height: int | Unset = 1024
    """ Height of the generated image. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    mu: float | None | Unset = UNSET
    """ Override the logit-normal schedule mean (resolution-adjusted internally). Empty = use the preset. """
    positive_conditioning: Ideogram4ConditioningField | None | Unset = UNSET
    """ Positive conditioning tensor """
    sampler_preset: Ideogram4DenoiseInvocationSamplerPreset | Unset = "V4_QUALITY_48"
    """ Sampler preset (steps + guidance schedule + schedule mean/std). """
    seed: int | Unset = 0
    """ Randomness seed for reproducibility. """
    steps: int | None | Unset = UNSET
    """ Override the preset's step count (minimum 2, so a polish and a main step both exist). Leave empty to use the
    preset. """
    transformer: None | TransformerField | Unset = UNSET
    """ Transformer """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    width: int | Unset = 1024
    """ Width of the generated image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ideogram_4_conditioning_field import Ideogram4ConditioningField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        guidance_scale: float | None | Unset
        if isinstance(self.guidance_scale, Unset):
            guidance_scale = UNSET
        else:
            guidance_scale = self.guidance_scale

        height = self.height

        is_intermediate = self.is_intermediate

        mu: float | None | Unset
        if isinstance(self.mu, Unset):
            mu = UNSET
        else:
            mu = self.mu

        positive_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, Ideogram4ConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        else:
            positive_conditioning = self.positive_conditioning

        sampler_preset: str | Unset = UNSET
        if not isinstance(self.sampler_preset, Unset):
            sampler_preset = self.sampler_preset

        seed = self.seed

        steps: int | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        else:
            steps = self.steps

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, TransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        use_cache = self.use_cache

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mu is not UNSET:
            field_dict["mu"] = mu
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if sampler_preset is not UNSET:
            field_dict["sampler_preset"] = sampler_preset
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if transformer is not UNSET:
            field_dict["transformer"] = transformer
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ideogram_4_conditioning_field import Ideogram4ConditioningField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["ideogram4_denoise"], d.pop("type"))
        if type_ != "ideogram4_denoise":
            raise ValueError(f"type must match const 'ideogram4_denoise', got '{type_}'")

        def _parse_guidance_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        guidance_scale = _parse_guidance_scale(d.pop("guidance_scale", UNSET))

        height = d.pop("height", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mu = _parse_mu(d.pop("mu", UNSET))

        def _parse_positive_conditioning(data: object) -> Ideogram4ConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = Ideogram4ConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Ideogram4ConditioningField | None | Unset, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        _sampler_preset = d.pop("sampler_preset", UNSET)
        sampler_preset: Ideogram4DenoiseInvocationSamplerPreset | Unset
        if isinstance(_sampler_preset, Unset):
            sampler_preset = UNSET
        else:
            sampler_preset = check_ideogram_4_denoise_invocation_sampler_preset(_sampler_preset)

        seed = d.pop("seed", UNSET)

        def _parse_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        def _parse_transformer(data: object) -> None | TransformerField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = TransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformerField | Unset, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        width = d.pop("width", UNSET)

        ideogram_4_denoise_invocation = cls(
            id=id,
            type_=type_,
            guidance_scale=guidance_scale,
            height=height,
            is_intermediate=is_intermediate,
            mu=mu,
            positive_conditioning=positive_conditioning,
            sampler_preset=sampler_preset,
            seed=seed,
            steps=steps,
            transformer=transformer,
            use_cache=use_cache,
            width=width,
        )

        ideogram_4_denoise_invocation.additional_properties = d
        return ideogram_4_denoise_invocation

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
