from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grounding_dino_invocation_model_type_0 import (
    GroundingDinoInvocationModelType0,
    check_grounding_dino_invocation_model_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField


T = TypeVar("T", bound="GroundingDinoInvocation")


@_attrs_define
class GroundingDinoInvocation:
    """Runs a Grounding DINO model. Performs zero-shot bounding-box object detection from a text prompt."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["grounding_dino"] = "grounding_dino"
    detection_threshold: float | Unset = 0.3
    """ The detection threshold for the Grounding DINO model. All detected bounding boxes with scores above this
    threshold will be returned. """
    image: ImageField | None | Unset = UNSET
    """ The image to segment. """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    model: GroundingDinoInvocationModelType0 | None | Unset = UNSET
    """ The Grounding DINO model to use. """
    prompt: None | str | Unset = UNSET
    """ The prompt describing the object to segment. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        detection_threshold = self.detection_threshold

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if detection_threshold is not UNSET:
            field_dict["detection_threshold"] = detection_threshold
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["grounding_dino"], d.pop("type"))
        if type_ != "grounding_dino":
            raise ValueError(f"type must match const 'grounding_dino', got '{type_}'")

        detection_threshold = d.pop("detection_threshold", UNSET)

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

        def _parse_model(data: object) -> GroundingDinoInvocationModelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_0 = check_grounding_dino_invocation_model_type_0(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroundingDinoInvocationModelType0 | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        grounding_dino_invocation = cls(
            id=id,
            type_=type_,
            detection_threshold=detection_threshold,
            image=image,
            is_intermediate=is_intermediate,
            model=model,
            prompt=prompt,
            use_cache=use_cache,
        )

        grounding_dino_invocation.additional_properties = d
        return grounding_dino_invocation

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
