from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_image_generation_invocation_background import (
    OpenAIImageGenerationInvocationBackground,
    check_open_ai_image_generation_invocation_background,
)
from ..models.open_ai_image_generation_invocation_input_fidelity_type_0 import (
    OpenAIImageGenerationInvocationInputFidelityType0,
    check_open_ai_image_generation_invocation_input_fidelity_type_0,
)
from ..models.open_ai_image_generation_invocation_mode import (
    OpenAIImageGenerationInvocationMode,
    check_open_ai_image_generation_invocation_mode,
)
from ..models.open_ai_image_generation_invocation_quality import (
    OpenAIImageGenerationInvocationQuality,
    check_open_ai_image_generation_invocation_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="OpenAIImageGenerationInvocation")


@_attrs_define
class OpenAIImageGenerationInvocation:
    """Generate images using an OpenAI-hosted external model."""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["openai_image_generation"] = "openai_image_generation"
    background: OpenAIImageGenerationInvocationBackground | Unset = "auto"
    """ Background transparency handling """
    board: BoardField | None | Unset = UNSET
    """ The board to save the image to """
    height: int | Unset = 1024
    """ Height of output (px) """
    image_size: None | str | Unset = UNSET
    """ Image size preset (e.g. 1K, 2K, 4K) """
    init_image: ImageField | None | Unset = UNSET
    """ Init image (use reference_images instead) """
    input_fidelity: None | OpenAIImageGenerationInvocationInputFidelityType0 | Unset = UNSET
    """ Fidelity to source images (edits only) """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    mask_image: ImageField | None | Unset = UNSET
    """ Mask image for inpaint """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    mode: OpenAIImageGenerationInvocationMode | Unset = "txt2img"
    """ Generation mode. """
    model: ModelIdentifierField | None | Unset = UNSET
    """ Main model (UNet, VAE, CLIP) to load """
    num_images: int | Unset = 1
    """ Number of images to generate """
    prompt: None | str | Unset = UNSET
    """ Prompt """
    quality: OpenAIImageGenerationInvocationQuality | Unset = "auto"
    """ Output image quality """
    reference_images: list[ImageField] | Unset = UNSET
    """ Reference images """
    seed: int | None | Unset = UNSET
    """ Seed for random number generation """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    width: int | Unset = 1024
    """ Width of output (px) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        height = self.height

        image_size: None | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        else:
            image_size = self.image_size

        init_image: dict[str, Any] | None | Unset
        if isinstance(self.init_image, Unset):
            init_image = UNSET
        elif isinstance(self.init_image, ImageField):
            init_image = self.init_image.to_dict()
        else:
            init_image = self.init_image

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, str):
            input_fidelity = self.input_fidelity
        else:
            input_fidelity = self.input_fidelity

        is_intermediate = self.is_intermediate

        mask_image: dict[str, Any] | None | Unset
        if isinstance(self.mask_image, Unset):
            mask_image = UNSET
        elif isinstance(self.mask_image, ImageField):
            mask_image = self.mask_image.to_dict()
        else:
            mask_image = self.mask_image

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model: dict[str, Any] | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ModelIdentifierField):
            model = self.model.to_dict()
        else:
            model = self.model

        num_images = self.num_images

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        reference_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = []
            for reference_images_item_data in self.reference_images:
                reference_images_item = reference_images_item_data.to_dict()
                reference_images.append(reference_images_item)

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

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
        if background is not UNSET:
            field_dict["background"] = background
        if board is not UNSET:
            field_dict["board"] = board
        if height is not UNSET:
            field_dict["height"] = height
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if init_image is not UNSET:
            field_dict["init_image"] = init_image
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mask_image is not UNSET:
            field_dict["mask_image"] = mask_image
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model is not UNSET:
            field_dict["model"] = model
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality is not UNSET:
            field_dict["quality"] = quality
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["openai_image_generation"], d.pop("type"))
        if type_ != "openai_image_generation":
            raise ValueError(f"type must match const 'openai_image_generation', got '{type_}'")

        _background = d.pop("background", UNSET)
        background: OpenAIImageGenerationInvocationBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_open_ai_image_generation_invocation_background(_background)

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

        height = d.pop("height", UNSET)

        def _parse_image_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        def _parse_init_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                init_image_type_0 = ImageField.from_dict(data)

                return init_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        init_image = _parse_init_image(d.pop("init_image", UNSET))

        def _parse_input_fidelity(data: object) -> None | OpenAIImageGenerationInvocationInputFidelityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_fidelity_type_0 = check_open_ai_image_generation_invocation_input_fidelity_type_0(data)

                return input_fidelity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenAIImageGenerationInvocationInputFidelityType0 | Unset, data)

        input_fidelity = _parse_input_fidelity(d.pop("input_fidelity", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mask_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_image_type_0 = ImageField.from_dict(data)

                return mask_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask_image = _parse_mask_image(d.pop("mask_image", UNSET))

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

        _mode = d.pop("mode", UNSET)
        mode: OpenAIImageGenerationInvocationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_open_ai_image_generation_invocation_mode(_mode)

        def _parse_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0 = ModelIdentifierField.from_dict(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        num_images = d.pop("num_images", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: OpenAIImageGenerationInvocationQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_open_ai_image_generation_invocation_quality(_quality)

        _reference_images = d.pop("reference_images", UNSET)
        reference_images: list[ImageField] | Unset = UNSET
        if _reference_images is not UNSET:
            reference_images = []
            for reference_images_item_data in _reference_images:
                reference_images_item = ImageField.from_dict(reference_images_item_data)

                reference_images.append(reference_images_item)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        width = d.pop("width", UNSET)

        open_ai_image_generation_invocation = cls(
            id=id,
            type_=type_,
            background=background,
            board=board,
            height=height,
            image_size=image_size,
            init_image=init_image,
            input_fidelity=input_fidelity,
            is_intermediate=is_intermediate,
            mask_image=mask_image,
            metadata=metadata,
            mode=mode,
            model=model,
            num_images=num_images,
            prompt=prompt,
            quality=quality,
            reference_images=reference_images,
            seed=seed,
            use_cache=use_cache,
            width=width,
        )

        open_ai_image_generation_invocation.additional_properties = d
        return open_ai_image_generation_invocation

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
