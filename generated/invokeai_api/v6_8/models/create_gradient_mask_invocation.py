from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_gradient_mask_invocation_coherence_mode import (
    CreateGradientMaskInvocationCoherenceMode,
    check_create_gradient_mask_invocation_coherence_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.u_net_field import UNetField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="CreateGradientMaskInvocation")


@_attrs_define
class CreateGradientMaskInvocation:
    """Creates mask for denoising."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["create_gradient_mask"] = "create_gradient_mask"
    coherence_mode: CreateGradientMaskInvocationCoherenceMode | Unset = "Gaussian Blur"
    edge_radius: int | Unset = 16
    """ How far to expand the edges of the mask """
    fp32: bool | Unset = False
    """ Whether or not to use full float32 precision """
    image: ImageField | None | Unset = UNSET
    """ OPTIONAL: Only connect for specialized Inpainting models, masked_latents will be generated from the image
    with the VAE """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    mask: ImageField | None | Unset = UNSET
    """ Image which will be masked """
    minimum_denoise: float | Unset = 0.0
    """ Minimum denoise level for the coherence region """
    tiled: bool | Unset = False
    """ Processing using overlapping tiles (reduce memory consumption) """
    unet: None | UNetField | Unset = UNSET
    """ OPTIONAL: If the Unet is a specialized Inpainting model, masked_latents will be generated from the image
    with the VAE """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    vae: None | Unset | VAEField = UNSET
    """ OPTIONAL: Only connect for specialized Inpainting models, masked_latents will be generated from the image
    with the VAE """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.u_net_field import UNetField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        coherence_mode: str | Unset = UNSET
        if not isinstance(self.coherence_mode, Unset):
            coherence_mode = self.coherence_mode

        edge_radius = self.edge_radius

        fp32 = self.fp32

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ImageField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        minimum_denoise = self.minimum_denoise

        tiled = self.tiled

        unet: dict[str, Any] | None | Unset
        if isinstance(self.unet, Unset):
            unet = UNSET
        elif isinstance(self.unet, UNetField):
            unet = self.unet.to_dict()
        else:
            unet = self.unet

        use_cache = self.use_cache

        vae: dict[str, Any] | None | Unset
        if isinstance(self.vae, Unset):
            vae = UNSET
        elif isinstance(self.vae, VAEField):
            vae = self.vae.to_dict()
        else:
            vae = self.vae

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if coherence_mode is not UNSET:
            field_dict["coherence_mode"] = coherence_mode
        if edge_radius is not UNSET:
            field_dict["edge_radius"] = edge_radius
        if fp32 is not UNSET:
            field_dict["fp32"] = fp32
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mask is not UNSET:
            field_dict["mask"] = mask
        if minimum_denoise is not UNSET:
            field_dict["minimum_denoise"] = minimum_denoise
        if tiled is not UNSET:
            field_dict["tiled"] = tiled
        if unet is not UNSET:
            field_dict["unet"] = unet
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae is not UNSET:
            field_dict["vae"] = vae

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.u_net_field import UNetField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["create_gradient_mask"], d.pop("type"))
        if type_ != "create_gradient_mask":
            raise ValueError(f"type must match const 'create_gradient_mask', got '{type_}'")

        _coherence_mode = d.pop("coherence_mode", UNSET)
        coherence_mode: CreateGradientMaskInvocationCoherenceMode | Unset
        if isinstance(_coherence_mode, Unset):
            coherence_mode = UNSET
        else:
            coherence_mode = check_create_gradient_mask_invocation_coherence_mode(_coherence_mode)

        edge_radius = d.pop("edge_radius", UNSET)

        fp32 = d.pop("fp32", UNSET)

        def _parse_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ImageField.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mask(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = ImageField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        minimum_denoise = d.pop("minimum_denoise", UNSET)

        tiled = d.pop("tiled", UNSET)

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

        def _parse_vae(data: object) -> None | Unset | VAEField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vae_type_0 = VAEField.from_dict(data)

                return vae_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VAEField, data)

        vae = _parse_vae(d.pop("vae", UNSET))

        create_gradient_mask_invocation = cls(
            id=id,
            type_=type_,
            coherence_mode=coherence_mode,
            edge_radius=edge_radius,
            fp32=fp32,
            image=image,
            is_intermediate=is_intermediate,
            mask=mask,
            minimum_denoise=minimum_denoise,
            tiled=tiled,
            unet=unet,
            use_cache=use_cache,
            vae=vae,
        )

        create_gradient_mask_invocation.additional_properties = d
        return create_gradient_mask_invocation

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
