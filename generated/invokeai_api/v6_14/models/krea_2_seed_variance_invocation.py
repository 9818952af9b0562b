from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.krea_2_conditioning_field import Krea2ConditioningField


T = TypeVar("T", bound="Krea2SeedVarianceInvocation")


@_attrs_define
class Krea2SeedVarianceInvocation:
    """Inject per-seed diversity into Krea-2 text conditioning.

    Distilled few-step models (like Krea-2-Turbo) suffer from low seed variance — different seeds give
    near-identical images. This adds seeded uniform noise to a random subset of the text-embedding
    values, trading some prompt adherence for variety (the same idea as the Z-Image-Turbo
    `SeedVarianceEnhancer`). Optional pass between the text encoder and denoise.

    The noise magnitude is auto-calibrated relative to the embedding's standard deviation, so a given
    `strength` behaves consistently regardless of the embedding scale — in particular it stays sane
    whether or not the upstream Conditioning Rebalance node has scaled the embeddings up.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["krea2_seed_variance"] = "krea2_seed_variance"
    conditioning: Krea2ConditioningField | None | Unset = UNSET
    """ Conditioning tensor """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    randomize_percent: float | Unset = 50.0
    """ Percentage of embedding values that get perturbed (Bernoulli mask); 0 disables. """
    strength: float | Unset = 0.1
    """ Noise strength as a multiplier of the embedding std (0=off, 0.1=subtle, 0.5=strong). """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    variance_seed: int | Unset = 0
    """ Seed for the variance noise (vary this to get variety). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        conditioning: dict[str, Any] | None | Unset
        if isinstance(self.conditioning, Unset):
            conditioning = UNSET
        elif isinstance(self.conditioning, Krea2ConditioningField):
            conditioning = self.conditioning.to_dict()
        else:
            conditioning = self.conditioning

        is_intermediate = self.is_intermediate

        randomize_percent = self.randomize_percent

        strength = self.strength

        use_cache = self.use_cache

        variance_seed = self.variance_seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if conditioning is not UNSET:
            field_dict["conditioning"] = conditioning
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if randomize_percent is not UNSET:
            field_dict["randomize_percent"] = randomize_percent
        if strength is not UNSET:
            field_dict["strength"] = strength
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if variance_seed is not UNSET:
            field_dict["variance_seed"] = variance_seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["krea2_seed_variance"], d.pop("type"))
        if type_ != "krea2_seed_variance":
            raise ValueError(f"type must match const 'krea2_seed_variance', got '{type_}'")

        def _parse_conditioning(data: object) -> Krea2ConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditioning_type_0 = Krea2ConditioningField.from_dict(data)

                return conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Krea2ConditioningField | None | Unset, data)

        conditioning = _parse_conditioning(d.pop("conditioning", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        randomize_percent = d.pop("randomize_percent", UNSET)

        strength = d.pop("strength", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        variance_seed = d.pop("variance_seed", UNSET)

        krea_2_seed_variance_invocation = cls(
            id=id,
            type_=type_,
            conditioning=conditioning,
            is_intermediate=is_intermediate,
            randomize_percent=randomize_percent,
            strength=strength,
            use_cache=use_cache,
            variance_seed=variance_seed,
        )

        krea_2_seed_variance_invocation.additional_properties = d
        return krea_2_seed_variance_invocation

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
