from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anima_denoise_invocation_scheduler import (
    AnimaDenoiseInvocationScheduler,
    check_anima_denoise_invocation_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anima_conditioning_field import AnimaConditioningField
    from ..models.anima_ll_lite_field import AnimaLLLiteField
    from ..models.denoise_mask_field import DenoiseMaskField
    from ..models.latents_field import LatentsField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="AnimaDenoiseInvocation")


@_attrs_define
class AnimaDenoiseInvocation:
    """Run the denoising process with an Anima model.

    Uses rectified flow sampling with shift=3.0 and the Cosmos Predict2 DiT
    backbone with integrated LLM Adapter for text conditioning.

    Supports txt2img, img2img (via latents input), and inpainting (via denoise_mask).

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["anima_denoise"] = "anima_denoise"
    add_noise: bool | Unset = True
    """ Add noise based on denoising start. """
    control_lllite: AnimaLLLiteField | list[AnimaLLLiteField] | None | Unset = UNSET
    """ Anima ControlNet-LLLite conditioning (e.g. inpaint adapter, control layers). Adapters are applied in a
    deterministic order (sorted by model key); each model may be used at most once. """
    denoise_mask: DenoiseMaskField | None | Unset = UNSET
    """ A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully
    denoised, and 1.0 represent the regions to be preserved. """
    denoising_end: float | Unset = 1.0
    """ When to stop denoising, expressed a percentage of total steps """
    denoising_start: float | Unset = 0.0
    """ When to start denoising, expressed a percentage of total steps """
    guidance_scale: float | Unset = 4.5
    """ Guidance scale for classifier-free guidance. Recommended: 4.0-5.0 for Anima. """
    height: int | Unset = 1024
    """ Height of the generated image. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    latents: LatentsField | None | Unset = UNSET
    """ Latents tensor """
    negative_conditioning: AnimaConditioningField | list[AnimaConditioningField] | None | Unset = UNSET
    """ Negative conditioning tensor """
    noise: LatentsField | None | Unset = UNSET
    """ Noise tensor """
    positive_conditioning: AnimaConditioningField | list[AnimaConditioningField] | None | Unset = UNSET
    """ Positive conditioning tensor """
    scheduler: AnimaDenoiseInvocationScheduler | Unset = "euler"
    """ Scheduler (sampler) for the denoising process. """
    seed: int | Unset = 0
    """ Randomness seed for reproducibility. """
    steps: int | Unset = 30
    """ Number of denoising steps. 30 recommended for Anima. """
    transformer: None | TransformerField | Unset = UNSET
    """ Anima transformer model. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    width: int | Unset = 1024
    """ Width of the generated image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anima_conditioning_field import AnimaConditioningField  # noqa: PLC0415
        from ..models.anima_ll_lite_field import AnimaLLLiteField  # noqa: PLC0415
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        add_noise = self.add_noise

        control_lllite: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.control_lllite, Unset):
            control_lllite = UNSET
        elif isinstance(self.control_lllite, AnimaLLLiteField):
            control_lllite = self.control_lllite.to_dict()
        elif isinstance(self.control_lllite, list):
            control_lllite = []
            for control_lllite_type_1_item_data in self.control_lllite:
                control_lllite_type_1_item = control_lllite_type_1_item_data.to_dict()
                control_lllite.append(control_lllite_type_1_item)

        else:
            control_lllite = self.control_lllite

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

        height = self.height

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        negative_conditioning: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.negative_conditioning, Unset):
            negative_conditioning = UNSET
        elif isinstance(self.negative_conditioning, AnimaConditioningField):
            negative_conditioning = self.negative_conditioning.to_dict()
        elif isinstance(self.negative_conditioning, list):
            negative_conditioning = []
            for negative_conditioning_type_1_item_data in self.negative_conditioning:
                negative_conditioning_type_1_item = negative_conditioning_type_1_item_data.to_dict()
                negative_conditioning.append(negative_conditioning_type_1_item)

        else:
            negative_conditioning = self.negative_conditioning

        noise: dict[str, Any] | None | Unset
        if isinstance(self.noise, Unset):
            noise = UNSET
        elif isinstance(self.noise, LatentsField):
            noise = self.noise.to_dict()
        else:
            noise = self.noise

        positive_conditioning: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, AnimaConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        elif isinstance(self.positive_conditioning, list):
            positive_conditioning = []
            for positive_conditioning_type_1_item_data in self.positive_conditioning:
                positive_conditioning_type_1_item = positive_conditioning_type_1_item_data.to_dict()
                positive_conditioning.append(positive_conditioning_type_1_item)

        else:
            positive_conditioning = self.positive_conditioning

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        seed = self.seed

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
        if add_noise is not UNSET:
            field_dict["add_noise"] = add_noise
        if control_lllite is not UNSET:
            field_dict["control_lllite"] = control_lllite
        if denoise_mask is not UNSET:
            field_dict["denoise_mask"] = denoise_mask
        if denoising_end is not UNSET:
            field_dict["denoising_end"] = denoising_end
        if denoising_start is not UNSET:
            field_dict["denoising_start"] = denoising_start
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if negative_conditioning is not UNSET:
            field_dict["negative_conditioning"] = negative_conditioning
        if noise is not UNSET:
            field_dict["noise"] = noise
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
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
        from ..models.anima_conditioning_field import AnimaConditioningField  # noqa: PLC0415
        from ..models.anima_ll_lite_field import AnimaLLLiteField  # noqa: PLC0415
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["anima_denoise"], d.pop("type"))
        if type_ != "anima_denoise":
            raise ValueError(f"type must match const 'anima_denoise', got '{type_}'")

        add_noise = d.pop("add_noise", UNSET)

        def _parse_control_lllite(data: object) -> AnimaLLLiteField | list[AnimaLLLiteField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_lllite_type_0 = AnimaLLLiteField.from_dict(data)

                return control_lllite_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                control_lllite_type_1 = []
                _control_lllite_type_1 = data
                for control_lllite_type_1_item_data in _control_lllite_type_1:
                    control_lllite_type_1_item = AnimaLLLiteField.from_dict(control_lllite_type_1_item_data)

                    control_lllite_type_1.append(control_lllite_type_1_item)

                return control_lllite_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnimaLLLiteField | list[AnimaLLLiteField] | None | Unset, data)

        control_lllite = _parse_control_lllite(d.pop("control_lllite", UNSET))

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

        def _parse_negative_conditioning(
            data: object,
        ) -> AnimaConditioningField | list[AnimaConditioningField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_conditioning_type_0 = AnimaConditioningField.from_dict(data)

                return negative_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                negative_conditioning_type_1 = []
                _negative_conditioning_type_1 = data
                for negative_conditioning_type_1_item_data in _negative_conditioning_type_1:
                    negative_conditioning_type_1_item = AnimaConditioningField.from_dict(
                        negative_conditioning_type_1_item_data
                    )

                    negative_conditioning_type_1.append(negative_conditioning_type_1_item)

                return negative_conditioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnimaConditioningField | list[AnimaConditioningField] | None | Unset, data)

        negative_conditioning = _parse_negative_conditioning(d.pop("negative_conditioning", UNSET))

        def _parse_noise(data: object) -> LatentsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_type_0 = LatentsField.from_dict(data)

                return noise_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatentsField | None | Unset, data)

        noise = _parse_noise(d.pop("noise", UNSET))

        def _parse_positive_conditioning(
            data: object,
        ) -> AnimaConditioningField | list[AnimaConditioningField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = AnimaConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                positive_conditioning_type_1 = []
                _positive_conditioning_type_1 = data
                for positive_conditioning_type_1_item_data in _positive_conditioning_type_1:
                    positive_conditioning_type_1_item = AnimaConditioningField.from_dict(
                        positive_conditioning_type_1_item_data
                    )

                    positive_conditioning_type_1.append(positive_conditioning_type_1_item)

                return positive_conditioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnimaConditioningField | list[AnimaConditioningField] | None | Unset, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: AnimaDenoiseInvocationScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_anima_denoise_invocation_scheduler(_scheduler)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

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

        anima_denoise_invocation = cls(
            id=id,
            type_=type_,
            add_noise=add_noise,
            control_lllite=control_lllite,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            is_intermediate=is_intermediate,
            latents=latents,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            seed=seed,
            steps=steps,
            transformer=transformer,
            use_cache=use_cache,
            width=width,
        )

        anima_denoise_invocation.additional_properties = d
        return anima_denoise_invocation

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
