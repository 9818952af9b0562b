from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.gemma_2_encoder_field import Gemma2EncoderField
    from ..models.latents_field import LatentsField
    from ..models.metadata_field import MetadataField
    from ..models.pi_d_decoder_field import PiDDecoderField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="Flux2PiDDecodeInvocation")


@_attrs_define
class Flux2PiDDecodeInvocation:
    """Decode a FLUX.2 Klein latent with the PiD pixel-diffusion decoder.

    Produces a 4x super-resolved image in a single pass. The stored FLUX.2 latent
    is patchified from ``(B, 32, H/8, W/8)`` to the ``(B, 128, H/16, W/16)`` layout
    PiD's FLUX.2 backbone expects, then decoded directly (it is already in raw,
    BN-denormalized space; see the module docstring).

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["flux2_pid_decode"] = "flux2_pid_decode"
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    gemma2_encoder: Gemma2EncoderField | None | Unset = UNSET
    """ Gemma-2 caption encoder. Required by PiD. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    latents: LatentsField | None | Unset = UNSET
    """ Latents tensor """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    num_inference_steps: int | Unset = 4
    """ Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4
    transitions, so higher counts cannot add sampling steps. """
    pid_decoder: None | PiDDecoderField | Unset = UNSET
    """ PiD FLUX.2 decoder checkpoint. """
    prompt: None | str | Unset = UNSET
    """ Text prompt the latent was generated from. PiD conditions on it. """
    seed: int | Unset = 0
    """ Seed for the PiD decoder's noise. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    vae: None | Unset | VAEField = UNSET
    """ FLUX.2 VAE, used only to read a scalar scaling_factor / shift_factor if one exists. FLUX.2 normalises
    latents with BatchNorm (already inverted in flux2_denoise), so this is normally an identity transform and the
    input can be left unconnected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
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

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

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

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
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
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
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
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["flux2_pid_decode"], d.pop("type"))
        if type_ != "flux2_pid_decode":
            raise ValueError(f"type must match const 'flux2_pid_decode', got '{type_}'")

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

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

        flux_2_pi_d_decode_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            gemma2_encoder=gemma2_encoder,
            is_intermediate=is_intermediate,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            use_cache=use_cache,
            vae=vae,
        )

        flux_2_pi_d_decode_invocation.additional_properties = d
        return flux_2_pi_d_decode_invocation

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
