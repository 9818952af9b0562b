from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="ZImageControlInvocation")


@_attrs_define
class ZImageControlInvocation:
    """Configure Z-Image ControlNet for spatial conditioning.

    Takes a preprocessed control image (e.g., Canny edges, depth map, pose)
    and a Z-Image ControlNet adapter model to enable spatial control.

    Supports 5 control modes: Canny, HED, Depth, Pose, MLSD.
    Recommended control_context_scale: 0.65-0.80.

    """

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["z_image_control"] = "z_image_control"
    begin_step_percent: float | Unset = 0.0
    """ When the control is first applied (% of total steps) """
    control_context_scale: float | Unset = 0.75
    """ Strength of the control signal. Recommended range: 0.65-0.80. """
    control_model: ModelIdentifierField | None | Unset = UNSET
    """ ControlNet model to load """
    end_step_percent: float | Unset = 1.0
    """ When the control is last applied (% of total steps) """
    image: ImageField | None | Unset = UNSET
    """ The preprocessed control image (Canny, HED, Depth, Pose, or MLSD) """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        begin_step_percent = self.begin_step_percent

        control_context_scale = self.control_context_scale

        control_model: dict[str, Any] | None | Unset
        if isinstance(self.control_model, Unset):
            control_model = UNSET
        elif isinstance(self.control_model, ModelIdentifierField):
            control_model = self.control_model.to_dict()
        else:
            control_model = self.control_model

        end_step_percent = self.end_step_percent

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if begin_step_percent is not UNSET:
            field_dict["begin_step_percent"] = begin_step_percent
        if control_context_scale is not UNSET:
            field_dict["control_context_scale"] = control_context_scale
        if control_model is not UNSET:
            field_dict["control_model"] = control_model
        if end_step_percent is not UNSET:
            field_dict["end_step_percent"] = end_step_percent
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["z_image_control"], d.pop("type"))
        if type_ != "z_image_control":
            raise ValueError(f"type must match const 'z_image_control', got '{type_}'")

        begin_step_percent = d.pop("begin_step_percent", UNSET)

        control_context_scale = d.pop("control_context_scale", UNSET)

        def _parse_control_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_model_type_0 = ModelIdentifierField.from_dict(data)

                return control_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        control_model = _parse_control_model(d.pop("control_model", UNSET))

        end_step_percent = d.pop("end_step_percent", UNSET)

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

        use_cache = d.pop("use_cache", UNSET)

        z_image_control_invocation = cls(
            id=id,
            type_=type_,
            begin_step_percent=begin_step_percent,
            control_context_scale=control_context_scale,
            control_model=control_model,
            end_step_percent=end_step_percent,
            image=image,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

        z_image_control_invocation.additional_properties = d
        return z_image_control_invocation

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
