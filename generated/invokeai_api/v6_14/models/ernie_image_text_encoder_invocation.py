from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mistral_3_encoder_field import Mistral3EncoderField


T = TypeVar("T", bound="ErnieImageTextEncoderInvocation")


@_attrs_define
class ErnieImageTextEncoderInvocation:
    """Encodes a prompt for ERNIE-Image generation.

    Rewriting a prompt with the pipeline's bundled prompt-enhancer is the separate
    `ernie_image_prompt_enhancer` node; connect its output to `prompt` to enhance. Keeping the two
    apart is what lets this node stay `idle_gpu_offloadable` — see that node's decorator for why the
    enhancer must not be.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["ernie_image_text_encoder"] = "ernie_image_text_encoder"
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    prompt: None | str | Unset = UNSET
    """ Text prompt to encode. """
    text_encoder: Mistral3EncoderField | None | Unset = UNSET
    """ Mistral3 text encoder + tokenizer """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mistral_3_encoder_field import Mistral3EncoderField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        text_encoder: dict[str, Any] | None | Unset
        if isinstance(self.text_encoder, Unset):
            text_encoder = UNSET
        elif isinstance(self.text_encoder, Mistral3EncoderField):
            text_encoder = self.text_encoder.to_dict()
        else:
            text_encoder = self.text_encoder

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if text_encoder is not UNSET:
            field_dict["text_encoder"] = text_encoder
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mistral_3_encoder_field import Mistral3EncoderField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["ernie_image_text_encoder"], d.pop("type"))
        if type_ != "ernie_image_text_encoder":
            raise ValueError(f"type must match const 'ernie_image_text_encoder', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_text_encoder(data: object) -> Mistral3EncoderField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_encoder_type_0 = Mistral3EncoderField.from_dict(data)

                return text_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mistral3EncoderField | None | Unset, data)

        text_encoder = _parse_text_encoder(d.pop("text_encoder", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        ernie_image_text_encoder_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            prompt=prompt,
            text_encoder=text_encoder,
            use_cache=use_cache,
        )

        ernie_image_text_encoder_invocation.additional_properties = d
        return ernie_image_text_encoder_invocation

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
