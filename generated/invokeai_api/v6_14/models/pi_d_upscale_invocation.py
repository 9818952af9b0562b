from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.gemma_2_encoder_field import Gemma2EncoderField
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField
    from ..models.pi_d_decoder_field import PiDDecoderField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="PiDUpscaleInvocation")


@_attrs_define
class PiDUpscaleInvocation:
    """Upscale any image 4x via FLUX VAE encode + PiD pixel-diffusion decode.

    Works for source images that the FLUX VAE can encode (i.e. natural
    photos / generated images at any size that lands on the VAE's 8-pixel
    grid). The caption is used to condition the PiD decoder; leaving it
    empty produces an unconditional decode and is the cheapest option, but
    the model was distilled with rich captions and benefits from one.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["pid_upscale"] = "pid_upscale"
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    gemma2_encoder: Gemma2EncoderField | None | Unset = UNSET
    """ Gemma-2 caption encoder. Required by PiD. """
    image: ImageField | None | Unset = UNSET
    """ Image to upscale. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    num_inference_steps: int | Unset = 4
    """ Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4
    transitions, so higher counts cannot add sampling steps. """
    pid_decoder: None | PiDDecoderField | Unset = UNSET
    """ PiD FLUX decoder checkpoint. """
    prompt: str | Unset = ""
    """ Optional caption describing the image. Empty -> empty-caption decode. """
    seed: int | Unset = 0
    """ Seed for the PiD decoder's noise. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    vae: None | Unset | VAEField = UNSET
    """ FLUX AutoEncoder VAE. PiD upscale runs the FLUX backbone and applies FLUX VAE scaling, and the encode path
    only supports InvokeAI's FLUX AutoEncoder — a diffusers AutoencoderKL (e.g. Z-Image) is not supported here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        gemma2_encoder: dict[str, Any] | None | Unset
        if isinstance(self.gemma2_encoder, Unset):
            gemma2_encoder = UNSET
        elif isinstance(self.gemma2_encoder, Gemma2EncoderField):
            gemma2_encoder = self.gemma2_encoder.to_dict()
        else:
            gemma2_encoder = self.gemma2_encoder

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        num_inference_steps = self.num_inference_steps

        pid_decoder: dict[str, Any] | None | Unset
        if isinstance(self.pid_decoder, Unset):
            pid_decoder = UNSET
        elif isinstance(self.pid_decoder, PiDDecoderField):
            pid_decoder = self.pid_decoder.to_dict()
        else:
            pid_decoder = self.pid_decoder

        prompt = self.prompt

        seed = self.seed

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
        if board is not UNSET:
            field_dict["board"] = board
        if gemma2_encoder is not UNSET:
            field_dict["gemma2_encoder"] = gemma2_encoder
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if pid_decoder is not UNSET:
            field_dict["pid_decoder"] = pid_decoder
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae is not UNSET:
            field_dict["vae"] = vae

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["pid_upscale"], d.pop("type"))
        if type_ != "pid_upscale":
            raise ValueError(f"type must match const 'pid_upscale', got '{type_}'")

        def _parse_board(data: object) -> BoardField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = BoardField.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoardField | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

        def _parse_gemma2_encoder(data: object) -> Gemma2EncoderField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gemma2_encoder_type_0 = Gemma2EncoderField.from_dict(data)

                return gemma2_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gemma2EncoderField | None | Unset, data)

        gemma2_encoder = _parse_gemma2_encoder(d.pop("gemma2_encoder", UNSET))

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

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        def _parse_pid_decoder(data: object) -> None | PiDDecoderField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pid_decoder_type_0 = PiDDecoderField.from_dict(data)

                return pid_decoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PiDDecoderField | Unset, data)

        pid_decoder = _parse_pid_decoder(d.pop("pid_decoder", UNSET))

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

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

        pi_d_upscale_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            gemma2_encoder=gemma2_encoder,
            image=image,
            is_intermediate=is_intermediate,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            use_cache=use_cache,
            vae=vae,
        )

        pi_d_upscale_invocation.additional_properties = d
        return pi_d_upscale_invocation

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
