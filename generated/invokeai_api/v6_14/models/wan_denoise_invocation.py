from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.denoise_mask_field import DenoiseMaskField
    from ..models.latents_field import LatentsField
    from ..models.wan_conditioning_field import WanConditioningField
    from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField
    from ..models.wan_transformer_field import WanTransformerField


T = TypeVar("T", bound="WanDenoiseInvocation")


@_attrs_define
class WanDenoiseInvocation:
    """Run the denoising process with a Wan 2.2 model.

    Drives the flow-matching schedule the model ships with (UniPC with flow
    sigmas for the Wan 2.2 reference repos; see ``_build_scheduler``). CFG is
    supported when negative conditioning is provided and ``guidance_scale != 1.0``.

    For Wan 2.2 A14B the high-noise expert handles timesteps at and above
    ``boundary_ratio * num_train_timesteps``; the low-noise expert handles
    timesteps below. Both experts share the model cache; only the active one is
    GPU-resident at any time.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["wan_denoise"] = "wan_denoise"
    add_noise: bool | Unset = True
    """ Add noise based on denoising start. """
    denoise_mask: DenoiseMaskField | None | Unset = UNSET
    """ A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully
    denoised, and 1.0 represent the regions to be preserved. """
    denoising_end: float | Unset = 1.0
    """ When to stop denoising, expressed a percentage of total steps """
    denoising_start: float | Unset = 0.0
    """ When to start denoising, expressed a percentage of total steps """
    guidance_scale: float | Unset = 4.0
    """ Classifier-free guidance scale. 4.0 is the Wan 2.2 default for A14B; TI2V-5B can tolerate higher values up
    to ~5.5. """
    guidance_scale_low_noise: float | None | Unset = UNSET
    """ Optional separate CFG scale for the low-noise expert (Wan 2.2 A14B only). Values below 1.0 (including 0)
    fall back to the primary 'Guidance Scale'. Ignored for TI2V-5B. """
    height: int | Unset = 1024
    """ Height of the generated image. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    latents: LatentsField | None | Unset = UNSET
    """ Latents tensor """
    negative_conditioning: None | Unset | WanConditioningField = UNSET
    """ Negative conditioning tensor """
    positive_conditioning: None | Unset | WanConditioningField = UNSET
    """ Positive conditioning tensor """
    ref_image: None | Unset | WanRefImageConditioningField = UNSET
    """ Reference-image (VAE-latent) conditioning for Wan 2.2 I2V. """
    seed: int | Unset = 0
    """ Randomness seed for reproducibility. """
    steps: int | Unset = 40
    """ Number of denoising steps. """
    transformer: None | Unset | WanTransformerField = UNSET
    """ Wan transformer field (transformer + optional dual-expert metadata). """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    width: int | Unset = 1024
    """ Width of the generated image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.wan_conditioning_field import WanConditioningField  # noqa: PLC0415
        from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField  # noqa: PLC0415
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        add_noise = self.add_noise

        denoise_mask: dict[str, Any] | None | Unset
        if isinstance(self.denoise_mask, Unset):
            denoise_mask = UNSET
        elif isinstance(self.denoise_mask, DenoiseMaskField):
            denoise_mask = self.denoise_mask.to_dict()
        else:
            denoise_mask = self.denoise_mask

        denoising_end = self.denoising_end

        denoising_start = self.denoising_start

        guidance_scale = self.guidance_scale

        guidance_scale_low_noise: float | None | Unset
        if isinstance(self.guidance_scale_low_noise, Unset):
            guidance_scale_low_noise = UNSET
        else:
            guidance_scale_low_noise = self.guidance_scale_low_noise

        height = self.height

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        negative_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.negative_conditioning, Unset):
            negative_conditioning = UNSET
        elif isinstance(self.negative_conditioning, WanConditioningField):
            negative_conditioning = self.negative_conditioning.to_dict()
        else:
            negative_conditioning = self.negative_conditioning

        positive_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, WanConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        else:
            positive_conditioning = self.positive_conditioning

        ref_image: dict[str, Any] | None | Unset
        if isinstance(self.ref_image, Unset):
            ref_image = UNSET
        elif isinstance(self.ref_image, WanRefImageConditioningField):
            ref_image = self.ref_image.to_dict()
        else:
            ref_image = self.ref_image

        seed = self.seed

        steps = self.steps

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, WanTransformerField):
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
        if add_noise is not UNSET:
            field_dict["add_noise"] = add_noise
        if denoise_mask is not UNSET:
            field_dict["denoise_mask"] = denoise_mask
        if denoising_end is not UNSET:
            field_dict["denoising_end"] = denoising_end
        if denoising_start is not UNSET:
            field_dict["denoising_start"] = denoising_start
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if guidance_scale_low_noise is not UNSET:
            field_dict["guidance_scale_low_noise"] = guidance_scale_low_noise
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if negative_conditioning is not UNSET:
            field_dict["negative_conditioning"] = negative_conditioning
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if ref_image is not UNSET:
            field_dict["ref_image"] = ref_image
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
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.wan_conditioning_field import WanConditioningField  # noqa: PLC0415
        from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField  # noqa: PLC0415
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["wan_denoise"], d.pop("type"))
        if type_ != "wan_denoise":
            raise ValueError(f"type must match const 'wan_denoise', got '{type_}'")

        add_noise = d.pop("add_noise", UNSET)

        def _parse_denoise_mask(data: object) -> DenoiseMaskField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                denoise_mask_type_0 = DenoiseMaskField.from_dict(data)

                return denoise_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DenoiseMaskField | None | Unset, data)

        denoise_mask = _parse_denoise_mask(d.pop("denoise_mask", UNSET))

        denoising_end = d.pop("denoising_end", UNSET)

        denoising_start = d.pop("denoising_start", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_guidance_scale_low_noise(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        guidance_scale_low_noise = _parse_guidance_scale_low_noise(d.pop("guidance_scale_low_noise", UNSET))

        height = d.pop("height", UNSET)

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

        def _parse_negative_conditioning(data: object) -> None | Unset | WanConditioningField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_conditioning_type_0 = WanConditioningField.from_dict(data)

                return negative_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanConditioningField, data)

        negative_conditioning = _parse_negative_conditioning(d.pop("negative_conditioning", UNSET))

        def _parse_positive_conditioning(data: object) -> None | Unset | WanConditioningField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = WanConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanConditioningField, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        def _parse_ref_image(data: object) -> None | Unset | WanRefImageConditioningField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ref_image_type_0 = WanRefImageConditioningField.from_dict(data)

                return ref_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanRefImageConditioningField, data)

        ref_image = _parse_ref_image(d.pop("ref_image", UNSET))

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        def _parse_transformer(data: object) -> None | Unset | WanTransformerField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = WanTransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanTransformerField, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        width = d.pop("width", UNSET)

        wan_denoise_invocation = cls(
            id=id,
            type_=type_,
            add_noise=add_noise,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            guidance_scale_low_noise=guidance_scale_low_noise,
            height=height,
            is_intermediate=is_intermediate,
            latents=latents,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            ref_image=ref_image,
            seed=seed,
            steps=steps,
            transformer=transformer,
            use_cache=use_cache,
            width=width,
        )

        wan_denoise_invocation.additional_properties = d
        return wan_denoise_invocation

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
