"""Typed node classes of InvokeAI 6.14.2: one per invocation type (309).

Generated from openapi/invokeai-6.14.2.json by invokeai-client; never edited by hand. Build graphs with
``invokeai_client.graph.Graph``; each class checks its inputs as they are given.
"""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from invokeai_client.graph import (
    BoardValue,
    ColorValue,
    FieldType,
    ImageValue,
    ModelValue,
    Node,
    Output,
    VideoValue,
    field,
    fields,
)

SERVER_VERSION = "6.14.2"


class AnimaConditioningField(FieldType):
    """A AnimaConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class AnimaLLLiteField(FieldType):
    """A AnimaLLLiteField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class BoardField(FieldType):
    """A BoardField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class BoundingBoxField(FieldType):
    """A BoundingBoxField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class CLIPField(FieldType):
    """A CLIPField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class CogView4ConditioningField(FieldType):
    """A CogView4ConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ColorField(FieldType):
    """A ColorField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ConditioningField(FieldType):
    """A ConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ControlField(FieldType):
    """A ControlField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ControlLoRAField(FieldType):
    """A ControlLoRAField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ControlNetMetadataField(FieldType):
    """A ControlNetMetadataField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class DenoiseMaskField(FieldType):
    """A DenoiseMaskField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class EnumField(FieldType):
    """A EnumField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ErnieImageConditioningField(FieldType):
    """A ErnieImageConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class FloatGeneratorField(FieldType):
    """A FloatGeneratorField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class FluxConditioningField(FieldType):
    """A FluxConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class FluxControlNetField(FieldType):
    """A FluxControlNetField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class FluxFillConditioningField(FieldType):
    """A FluxFillConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class FluxKontextConditioningField(FieldType):
    """A FluxKontextConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class FluxReduxConditioningField(FieldType):
    """A FluxReduxConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Gemma2EncoderField(FieldType):
    """A Gemma2EncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class GlmEncoderField(FieldType):
    """A GlmEncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class IPAdapterField(FieldType):
    """A IPAdapterField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class IPAdapterMetadataField(FieldType):
    """A IPAdapterMetadataField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Ideogram4ConditioningField(FieldType):
    """A Ideogram4ConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Ideogram4Region(FieldType):
    """A Ideogram4Region output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ImageField(FieldType):
    """A ImageField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ImageGeneratorField(FieldType):
    """A ImageGeneratorField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class IntegerGeneratorField(FieldType):
    """A IntegerGeneratorField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Krea2ConditioningField(FieldType):
    """A Krea2ConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Krea2StyleReferenceField(FieldType):
    """A Krea2StyleReferenceField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class LatentsField(FieldType):
    """A LatentsField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class LoRAField(FieldType):
    """A LoRAField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class LoRAMetadataField(FieldType):
    """A LoRAMetadataField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class MetadataField(FieldType):
    """A MetadataField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class MetadataItemField(FieldType):
    """A MetadataItemField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Mistral3EncoderField(FieldType):
    """A Mistral3EncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class MistralEncoderField(FieldType):
    """A MistralEncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ModelIdentifierField(FieldType):
    """A ModelIdentifierField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class PiDDecoderField(FieldType):
    """A PiDDecoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class PromptEnhancerField(FieldType):
    """A PromptEnhancerField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Qwen3EncoderField(FieldType):
    """A Qwen3EncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Qwen3VLEncoderField(FieldType):
    """A Qwen3VLEncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class QwenImageConditioningField(FieldType):
    """A QwenImageConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class QwenVLEncoderField(FieldType):
    """A QwenVLEncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SAMPointsField(FieldType):
    """A SAMPointsField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SD3ConditioningField(FieldType):
    """A SD3ConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SavedWorkflowField(FieldType):
    """A SavedWorkflowField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SchedulerField(FieldType):
    """A SchedulerField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class StringGeneratorField(FieldType):
    """A StringGeneratorField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class StylePresetField(FieldType):
    """A StylePresetField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SystemPromptField(FieldType):
    """A SystemPromptField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class T2IAdapterField(FieldType):
    """A T2IAdapterField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class T2IAdapterMetadataField(FieldType):
    """A T2IAdapterMetadataField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class T5EncoderField(FieldType):
    """A T5EncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class TensorField(FieldType):
    """A TensorField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class Tile(FieldType):
    """A Tile output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class TileWithImage(FieldType):
    """A TileWithImage output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class TransformerField(FieldType):
    """A TransformerField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class UNetField(FieldType):
    """A UNetField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class VAEField(FieldType):
    """A VAEField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class VideoField(FieldType):
    """A VideoField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class WanConditioningField(FieldType):
    """A WanConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class WanRefImageConditioningField(FieldType):
    """A WanRefImageConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class WanT5EncoderField(FieldType):
    """A WanT5EncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class WanTransformerField(FieldType):
    """A WanTransformerField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class WorkflowReturnValueField(FieldType):
    """A WorkflowReturnValueField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ZImageConditioningField(FieldType):
    """A ZImageConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class ZImageControlField(FieldType):
    """A ZImageControlField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class AddInvocation(Node):
    """Add Integers (add; math, stable).

    Adds two numbers

    Args:
        a: The first number
        b: The second number

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "add"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("a", "IntegerField"), field("b", "IntegerField"))
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        a: int | Output[int] | None = 0,
        b: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, a=a, b=b)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class AlibabaCloudImageGenerationInvocation(Node):
    """Alibaba Cloud DashScope Image Generation (alibabacloud_image_generation; image, stable).

    Generate images using an Alibaba Cloud DashScope external model.

    Args:
        board: The board to save the image to Value only (no connection).
        height: Height of output (px) (> 0)
        image_size: Image size preset (e.g. 1K, 2K, 4K)
        init_image: Init image for img2img/inpaint
        mask_image: Mask image for inpaint
        metadata: Optional metadata to be saved with the image Connection only.
        mode: Generation mode. Not all modes are supported by every model; unsupported modes raise at runtime.
        model: Main model (UNet, VAE, CLIP) to load Model base ['external'], type ['external_image_generator'].
        num_images: Number of images to generate (> 0)
        prompt: Prompt
        reference_images: Reference images
        seed: Seed for random number generation
        width: Width of output (px) (> 0)

    Outputs:
        collection: The output images
    """

    __slots__ = ()
    TYPE = "alibabacloud_image_generation"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField", exclusive_minimum=0),
        field("image_size", "StringField"),
        field("init_image", "ImageField"),
        field("mask_image", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("img2img", "inpaint", "txt2img")),
        field(
            "model",
            "ModelIdentifierField",
            required=True,
            model_base=("external",),
            model_type=("external_image_generator",),
        ),
        field("num_images", "IntegerField", exclusive_minimum=0),
        field("prompt", "StringField", required=True),
        field("reference_images", "ImageField", cardinality="COLLECTION"),
        field("seed", "IntegerField"),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {"collection": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        height: int | Output[int] | None = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageValue | Output[ImageField] | None = None,
        mask_image: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["img2img", "inpaint", "txt2img"] | Output[EnumField] | None = "txt2img",
        model: ModelValue | Output[ModelIdentifierField] | None,
        num_images: int | Output[int] | None = 1,
        prompt: str | Output[str] | Output[float] | None,
        reference_images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None = [],
        seed: int | Output[int] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            height=height,
            image_size=image_size,
            init_image=init_image,
            mask_image=mask_image,
            metadata=metadata,
            mode=mode,
            model=model,
            num_images=num_images,
            prompt=prompt,
            reference_images=reference_images,
            seed=seed,
            width=width,
        )

    @property
    def collection(self) -> Output[Sequence[ImageField]]:
        """The output images"""
        return Output(self, "collection")


class AlphaMaskToTensorInvocation(Node):
    """Alpha Mask to Tensor (alpha_mask_to_tensor; mask, stable).

    Convert a mask image to a tensor. Opaque regions are 1 and transparent regions are 0.

    Args:
        image: The mask image to convert.
        invert: Whether to invert the mask.

    Outputs:
        height: The height of the mask in pixels.
        mask: The mask.
        width: The width of the mask in pixels.
    """

    __slots__ = ()
    TYPE = "alpha_mask_to_tensor"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True), field("invert", "BooleanField"))
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "mask": ("TensorField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        invert: bool | Output[bool] | None = False,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, invert=invert)

    @property
    def height(self) -> Output[int]:
        """The height of the mask in pixels."""
        return Output(self, "height")

    @property
    def mask(self) -> Output[TensorField]:
        """The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the mask in pixels."""
        return Output(self, "width")


class AnimaDenoiseInvocation(Node):
    """Denoise - Anima (anima_denoise; image, prototype).

    Run the denoising process with an Anima model. Uses rectified flow sampling with shift=3.0 and the Cosmos Predict2 DiT backbone with integrated LLM Adapter for text conditioning. Supports txt2img, img2img (via latents input), and inpainting (via denoise_mask).

    Args:
        add_noise: Add noise based on denoising start.
        control_lllite: Anima ControlNet-LLLite conditioning (e.g. inpaint adapter, control layers). Adapters are applied in a deterministic order (sorted by model key); each model may be used at most once. Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance_scale: Guidance scale for classifier-free guidance. Recommended: 4.0-5.0 for Anima. (>= 1.0)
        height: Height of the generated image. (a multiple of 8)
        latents: Latents tensor Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler (sampler) for the denoising process. Choices: 'dpmpp_2m': DPM++ 2M, 'dpmpp_2m_sde': DPM++ 2M SDE, 'er_sde': ER-SDE, 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        steps: Number of denoising steps. 30 recommended for Anima. (> 0)
        transformer: Anima transformer model. Connection only.
        width: Width of the generated image. (a multiple of 8)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "anima_denoise"
    VERSION = "1.8.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("control_lllite", "AnimaLLLiteField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance_scale", "FloatField", minimum=1.0),
        field("height", "IntegerField", multiple_of=8),
        field("latents", "LatentsField", input="connection"),
        field(
            "negative_conditioning", "AnimaConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field("noise", "LatentsField", input="connection"),
        field(
            "positive_conditioning",
            "AnimaConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("scheduler", "EnumField", options=("dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=8),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        control_lllite: Output[AnimaLLLiteField] | Output[Sequence[AnimaLLLiteField]] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance_scale: float | Output[float] | None = 4.5,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        negative_conditioning: Output[AnimaConditioningField] | Output[Sequence[AnimaConditioningField]] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[AnimaConditioningField] | Output[Sequence[AnimaConditioningField]] | None = None,
        scheduler: Literal["dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm"]
        | Output[EnumField]
        | None = "euler",
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 30,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            control_lllite=control_lllite,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            latents=latents,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class AnimaDenoiseMetaInvocation(Node):
    """Denoise - Anima + Metadata (anima_denoise_meta; metadata, prototype).

    Run denoising process with an Anima transformer model + metadata.

    Args:
        add_noise: Add noise based on denoising start.
        control_lllite: Anima ControlNet-LLLite conditioning (e.g. inpaint adapter, control layers). Adapters are applied in a deterministic order (sorted by model key); each model may be used at most once. Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance_scale: Guidance scale for classifier-free guidance. Recommended: 4.0-5.0 for Anima. (>= 1.0)
        height: Height of the generated image. (a multiple of 8)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        qwen3_encoder: Optional. The Anima Qwen3 encoder, recorded to metadata so recall can restore the encoder selection. Connection only.
        scheduler: Scheduler (sampler) for the denoising process. Choices: 'dpmpp_2m': DPM++ 2M, 'dpmpp_2m_sde': DPM++ 2M SDE, 'er_sde': ER-SDE, 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        steps: Number of denoising steps. 30 recommended for Anima. (> 0)
        transformer: Anima transformer model. Connection only.
        vae: Optional. The Anima VAE, recorded to metadata so recall can restore the VAE selection. Connection only.
        width: Width of the generated image. (a multiple of 8)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        metadata: Metadata Dict
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "anima_denoise_meta"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("control_lllite", "AnimaLLLiteField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance_scale", "FloatField", minimum=1.0),
        field("height", "IntegerField", multiple_of=8),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field(
            "negative_conditioning", "AnimaConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field("noise", "LatentsField", input="connection"),
        field(
            "positive_conditioning",
            "AnimaConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("scheduler", "EnumField", options=("dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("vae", "VAEField", input="connection"),
        field("width", "IntegerField", multiple_of=8),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "metadata": ("MetadataField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        control_lllite: Output[AnimaLLLiteField] | Output[Sequence[AnimaLLLiteField]] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance_scale: float | Output[float] | None = 4.5,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[AnimaConditioningField] | Output[Sequence[AnimaConditioningField]] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[AnimaConditioningField] | Output[Sequence[AnimaConditioningField]] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        scheduler: Literal["dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm"]
        | Output[EnumField]
        | None = "euler",
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 30,
        transformer: Output[TransformerField] | None = None,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            control_lllite=control_lllite,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            qwen3_encoder=qwen3_encoder,
            scheduler=scheduler,
            seed=seed,
            steps=steps,
            transformer=transformer,
            vae=vae,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class AnimaImageToLatentsInvocation(Node):
    """Image to Latents - Anima (anima_i2l; image, prototype).

    Generates latents from an image using the Anima VAE (supports Wan 2.1 and FLUX VAE).

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to encode.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "anima_i2l"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class AnimaLLLiteInvocation(Node):
    """Anima ControlNet-LLLite (anima_lllite; conditioning, prototype).

    Configure an Anima ControlNet-LLLite adapter for model-level conditioning. Takes a conditioning image (the initial/raster image), an optional inpaint mask (white = area to inpaint), and a LLLite adapter model. Inpainting adapters (4-channel conditioning) require a mask; other adapters ignore it.

    Args:
        begin_step_percent: When the adapter is first applied (% of total steps) (>= 0.0, <= 1.0)
        control_model: ControlNet model to load Model base ['anima'], type ['controlnet'].
        end_step_percent: When the adapter is last applied (% of total steps) (>= 0.0, <= 1.0)
        image: The conditioning image (the initial/raster image for inpainting)
        mask: The inpaint mask (white = area to inpaint). Required by inpainting adapters.
        weight: Strength of the LLLite adapter. (>= -10.0, <= 10.0)

    Outputs:
        control: Anima ControlNet-LLLite conditioning
    """

    __slots__ = ()
    TYPE = "anima_lllite"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0.0, maximum=1.0),
        field(
            "control_model", "ModelIdentifierField", required=True, model_base=("anima",), model_type=("controlnet",)
        ),
        field("end_step_percent", "FloatField", minimum=0.0, maximum=1.0),
        field("image", "ImageField", required=True),
        field("mask", "ImageField"),
        field("weight", "FloatField", minimum=-10.0, maximum=10.0),
    )
    OUTPUTS = {"control": ("AnimaLLLiteField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0.0,
        control_model: ModelValue | Output[ModelIdentifierField] | None,
        end_step_percent: float | Output[float] | None = 1.0,
        image: ImageValue | Output[ImageField] | None,
        mask: ImageValue | Output[ImageField] | None = None,
        weight: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            control_model=control_model,
            end_step_percent=end_step_percent,
            image=image,
            mask=mask,
            weight=weight,
        )

    @property
    def control(self) -> Output[AnimaLLLiteField]:
        """Anima ControlNet-LLLite conditioning"""
        return Output(self, "control")


class AnimaLatentsToImageInvocation(Node):
    """Latents to Image - Anima (anima_l2i; latents, prototype).

    Generates an image from latents using the Anima VAE. Supports the Wan 2.1 QwenImage VAE (AutoencoderKLWan) with explicit latent denormalization, and FLUX VAE as fallback.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "anima_l2i"
    VERSION = "1.0.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class AnimaLoRACollectionLoader(Node):
    """Apply LoRA Collection - Anima (anima_lora_collection_loader; model, prototype).

    Applies a collection of LoRAs to an Anima transformer.

    Args:
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['anima'], type ['lora'].
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "anima_lora_collection_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("anima",), model_type=("lora",)),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {"qwen3_encoder": ("Qwen3EncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, loras=loras, qwen3_encoder=qwen3_encoder, transformer=transformer
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class AnimaLoRALoaderInvocation(Node):
    """Apply LoRA - Anima (anima_lora_loader; model, prototype).

    Apply a LoRA model to an Anima transformer and/or Qwen3 text encoder.

    Args:
        lora: LoRA model to load Model base ['anima'], type ['lora'].
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "anima_lora_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("anima",), model_type=("lora",)),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"qwen3_encoder": ("Qwen3EncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            lora=lora,
            qwen3_encoder=qwen3_encoder,
            transformer=transformer,
            weight=weight,
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class AnimaModelLoaderInvocation(Node):
    """Main Model - Anima (anima_model_loader; model, prototype).

    Loads an Anima model, outputting its submodels. Anima uses: - Transformer: Cosmos Predict2 DiT + LLM Adapter (from single-file checkpoint) - Qwen3 Encoder: Qwen3 0.6B (standalone single-file) - VAE: AutoencoderKLQwenImage / Wan 2.1 VAE (standalone single-file or FLUX VAE) The T5-XXL tokenizer needed for LLM Adapter token IDs is bundled in the package, so no T5-XXL encoder model needs to be installed.

    Args:
        model: Anima main model (transformer + LLM adapter). Value only (no connection). Model base ['anima'], type ['main'].
        qwen3_encoder_model: Standalone Qwen3 0.6B Encoder model. Value only (no connection). Model base [], type ['qwen3_encoder'].
        vae_model: Standalone VAE model. Anima uses a Wan 2.1 / QwenImage VAE (16-channel). A FLUX VAE can also be used as a compatible fallback. Value only (no connection). Model base [], type ['vae'].

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "anima_model_loader"
    VERSION = "1.4.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("anima",), model_type=("main",)
        ),
        field(
            "qwen3_encoder_model", "ModelIdentifierField", input="direct", required=True, model_type=("qwen3_encoder",)
        ),
        field("vae_model", "ModelIdentifierField", input="direct", required=True, model_type=("vae",)),
    )
    OUTPUTS = {
        "qwen3_encoder": ("Qwen3EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | None,
        qwen3_encoder_model: ModelValue | None,
        vae_model: ModelValue | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            model=model,
            qwen3_encoder_model=qwen3_encoder_model,
            vae_model=vae_model,
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class AnimaTextEncoderInvocation(Node):
    """Prompt - Anima (anima_text_encoder; conditioning, prototype).

    Encodes and preps a prompt for an Anima image. Uses Qwen3 0.6B for hidden state extraction and a bundled T5-XXL tokenizer for token IDs (no T5 model weights needed). Both are combined by the LLM Adapter inside the Anima transformer during denoising.

    Args:
        mask: A mask defining the region that this conditioning prompt applies to.
        prompt: Text prompt to encode.
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "anima_text_encoder"
    VERSION = "1.4.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("mask", "TensorField"),
        field("prompt", "StringField", required=True),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("AnimaConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, mask=mask, prompt=prompt, qwen3_encoder=qwen3_encoder)

    @property
    def conditioning(self) -> Output[AnimaConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class ApplyMaskTensorToImageInvocation(Node):
    """Apply Tensor Mask to Image (apply_tensor_mask_to_image; mask, stable).

    Applies a tensor mask to an image. The image is converted to RGBA and the mask is applied to the alpha channel.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to apply the mask to.
        invert: Whether to invert the mask.
        mask: The mask tensor to apply.
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "apply_tensor_mask_to_image"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("invert", "BooleanField"),
        field("mask", "TensorField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        invert: bool | Output[bool] | None = False,
        mask: Mapping[str, Any] | Output[TensorField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, invert=invert, mask=mask, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ApplyMaskToImageInvocation(Node):
    """Apply Mask to Image (apply_mask_to_image; mask, stable).

    Extracts a region from a generated image using a mask and blends it seamlessly onto a source image. The mask uses black to indicate areas to keep from the generated image and white for areas to discard.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image from which to extract the masked region
        invert_mask: Whether to invert the mask before applying it
        mask: The mask defining the region (black=keep, white=discard)
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "apply_mask_to_image"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("invert_mask", "BooleanField"),
        field("mask", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        invert_mask: bool | Output[bool] | None = False,
        mask: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            invert_mask=invert_mask,
            mask=mask,
            metadata=metadata,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class BlankImageInvocation(Node):
    """Blank Image (blank_image; image, stable).

    Creates a blank image and forwards it to the pipeline

    Args:
        board: The board to save the image to Value only (no connection).
        color: The color of the image
        height: The height of the image
        metadata: Optional metadata to be saved with the image Connection only.
        mode: The mode of the image
        width: The width of the image

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "blank_image"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("color", "ColorField"),
        field("height", "IntegerField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("RGB", "RGBA")),
        field("width", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        color: ColorValue | Output[ColorField] | None = {"a": 255, "b": 0, "g": 0, "r": 0},
        height: int | Output[int] | None = 512,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["RGB", "RGBA"] | Output[EnumField] | None = "RGB",
        width: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            color=color,
            height=height,
            metadata=metadata,
            mode=mode,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class BlendLatentsInvocation(Node):
    """Blend Latents (lblend; latents, stable).

    Blend two latents using a given alpha. If a mask is provided, the second latents will be masked before blending. Latents must have same size. Masking functionality added by @dwringer.

    Args:
        alpha: Blending factor. 0.0 = use input A only, 1.0 = use input B only, 0.5 = 50% mix of input A and input B. (>= 0)
        latents_a: Latents tensor Connection only.
        latents_b: Latents tensor Connection only.
        mask: Mask for blending in latents B

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "lblend"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("alpha", "FloatField", minimum=0),
        field("latents_a", "LatentsField", input="connection", required=True),
        field("latents_b", "LatentsField", input="connection", required=True),
        field("mask", "ImageField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        alpha: float | Output[float] | None = 0.5,
        latents_a: Output[LatentsField] | None = None,
        latents_b: Output[LatentsField] | None = None,
        mask: ImageValue | Output[ImageField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, alpha=alpha, latents_a=latents_a, latents_b=latents_b, mask=mask
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class BooleanCollectionInvocation(Node):
    """Boolean Collection Primitive (boolean_collection; primitives, stable).

    A collection of boolean primitive values

    Args:
        collection: The collection of boolean values

    Outputs:
        collection: The output boolean collection
    """

    __slots__ = ()
    TYPE = "boolean_collection"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "BooleanField", cardinality="COLLECTION"))
    OUTPUTS = {"collection": ("BooleanField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[bool] | Output[Sequence[bool]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def collection(self) -> Output[Sequence[bool]]:
        """The output boolean collection"""
        return Output(self, "collection")


class BooleanInvocation(Node):
    """Boolean Primitive (boolean; primitives, stable).

    A boolean primitive value

    Args:
        value: The boolean value

    Outputs:
        value: The output boolean
    """

    __slots__ = ()
    TYPE = "boolean"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("value", "BooleanField"))
    OUTPUTS = {"value": ("BooleanField", "SINGLE")}

    def __init__(
        self,
        *,
        value: bool | Output[bool] | None = False,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, value=value)

    @property
    def value(self) -> Output[bool]:
        """The output boolean"""
        return Output(self, "value")


class BoundingBoxInvocation(Node):
    """Bounding Box (bounding_box; primitives, stable).

    Create a bounding box manually by supplying box coordinates

    Args:
        x_max: x-coordinate of the bounding box's bottom right vertex
        x_min: x-coordinate of the bounding box's top left vertex
        y_max: y-coordinate of the bounding box's bottom right vertex
        y_min: y-coordinate of the bounding box's top left vertex

    Outputs:
        bounding_box: The output bounding box.
    """

    __slots__ = ()
    TYPE = "bounding_box"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("x_max", "IntegerField"),
        field("x_min", "IntegerField"),
        field("y_max", "IntegerField"),
        field("y_min", "IntegerField"),
    )
    OUTPUTS = {"bounding_box": ("BoundingBoxField", "SINGLE")}

    def __init__(
        self,
        *,
        x_max: int | Output[int] | None = 0,
        x_min: int | Output[int] | None = 0,
        y_max: int | Output[int] | None = 0,
        y_min: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, x_max=x_max, x_min=x_min, y_max=y_max, y_min=y_min)

    @property
    def bounding_box(self) -> Output[BoundingBoxField]:
        """The output bounding box."""
        return Output(self, "bounding_box")


class CLIPSkipInvocation(Node):
    """Apply CLIP Skip - SD1.5, SDXL (clip_skip; prompt, stable).

    Skip layers in clip text_encoder model.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        skipped_layers: Number of layers to skip in text encoder (>= 0)

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
    """

    __slots__ = ()
    TYPE = "clip_skip"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection", required=True),
        field("skipped_layers", "IntegerField", minimum=0),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        skipped_layers: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, skipped_layers=skipped_layers)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")


class CV2InfillInvocation(Node):
    """CV2 Infill (infill_cv2; inpaint, stable).

    Infills transparent areas of an image using OpenCV Inpainting

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "infill_cv2"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CalculateImageTilesEvenSplitInvocation(Node):
    """Calculate Image Tiles Even Split (calculate_image_tiles_even_split; tiles, stable).

    Calculate the coordinates and overlaps of tiles that cover a target image shape.

    Args:
        image_height: The image height, in pixels, to calculate tiles for. (>= 1)
        image_width: The image width, in pixels, to calculate tiles for. (>= 1)
        num_tiles_x: Number of tiles to divide image into on the x axis (>= 1)
        num_tiles_y: Number of tiles to divide image into on the y axis (>= 1)
        overlap: The overlap, in pixels, between adjacent tiles. (>= 0, a multiple of 8)

    Outputs:
        tiles: The tiles coordinates that cover a particular image shape.
    """

    __slots__ = ()
    TYPE = "calculate_image_tiles_even_split"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image_height", "IntegerField", minimum=1),
        field("image_width", "IntegerField", minimum=1),
        field("num_tiles_x", "IntegerField", minimum=1),
        field("num_tiles_y", "IntegerField", minimum=1),
        field("overlap", "IntegerField", minimum=0, multiple_of=8),
    )
    OUTPUTS = {"tiles": ("Tile", "COLLECTION")}

    def __init__(
        self,
        *,
        image_height: int | Output[int] | None = 1024,
        image_width: int | Output[int] | None = 1024,
        num_tiles_x: int | Output[int] | None = 2,
        num_tiles_y: int | Output[int] | None = 2,
        overlap: int | Output[int] | None = 128,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            image_height=image_height,
            image_width=image_width,
            num_tiles_x=num_tiles_x,
            num_tiles_y=num_tiles_y,
            overlap=overlap,
        )

    @property
    def tiles(self) -> Output[Sequence[Tile]]:
        """The tiles coordinates that cover a particular image shape."""
        return Output(self, "tiles")


class CalculateImageTilesInvocation(Node):
    """Calculate Image Tiles (calculate_image_tiles; tiles, stable).

    Calculate the coordinates and overlaps of tiles that cover a target image shape.

    Args:
        image_height: The image height, in pixels, to calculate tiles for. (>= 1)
        image_width: The image width, in pixels, to calculate tiles for. (>= 1)
        overlap: The target overlap, in pixels, between adjacent tiles. Adjacent tiles will overlap by at least this amount (>= 0)
        tile_height: The tile height, in pixels. (>= 1)
        tile_width: The tile width, in pixels. (>= 1)

    Outputs:
        tiles: The tiles coordinates that cover a particular image shape.
    """

    __slots__ = ()
    TYPE = "calculate_image_tiles"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image_height", "IntegerField", minimum=1),
        field("image_width", "IntegerField", minimum=1),
        field("overlap", "IntegerField", minimum=0),
        field("tile_height", "IntegerField", minimum=1),
        field("tile_width", "IntegerField", minimum=1),
    )
    OUTPUTS = {"tiles": ("Tile", "COLLECTION")}

    def __init__(
        self,
        *,
        image_height: int | Output[int] | None = 1024,
        image_width: int | Output[int] | None = 1024,
        overlap: int | Output[int] | None = 128,
        tile_height: int | Output[int] | None = 576,
        tile_width: int | Output[int] | None = 576,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            image_height=image_height,
            image_width=image_width,
            overlap=overlap,
            tile_height=tile_height,
            tile_width=tile_width,
        )

    @property
    def tiles(self) -> Output[Sequence[Tile]]:
        """The tiles coordinates that cover a particular image shape."""
        return Output(self, "tiles")


class CalculateImageTilesMinimumOverlapInvocation(Node):
    """Calculate Image Tiles Minimum Overlap (calculate_image_tiles_min_overlap; tiles, stable).

    Calculate the coordinates and overlaps of tiles that cover a target image shape.

    Args:
        image_height: The image height, in pixels, to calculate tiles for. (>= 1)
        image_width: The image width, in pixels, to calculate tiles for. (>= 1)
        min_overlap: Minimum overlap between adjacent tiles, in pixels. (>= 0)
        tile_height: The tile height, in pixels. (>= 1)
        tile_width: The tile width, in pixels. (>= 1)

    Outputs:
        tiles: The tiles coordinates that cover a particular image shape.
    """

    __slots__ = ()
    TYPE = "calculate_image_tiles_min_overlap"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image_height", "IntegerField", minimum=1),
        field("image_width", "IntegerField", minimum=1),
        field("min_overlap", "IntegerField", minimum=0),
        field("tile_height", "IntegerField", minimum=1),
        field("tile_width", "IntegerField", minimum=1),
    )
    OUTPUTS = {"tiles": ("Tile", "COLLECTION")}

    def __init__(
        self,
        *,
        image_height: int | Output[int] | None = 1024,
        image_width: int | Output[int] | None = 1024,
        min_overlap: int | Output[int] | None = 128,
        tile_height: int | Output[int] | None = 576,
        tile_width: int | Output[int] | None = 576,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            image_height=image_height,
            image_width=image_width,
            min_overlap=min_overlap,
            tile_height=tile_height,
            tile_width=tile_width,
        )

    @property
    def tiles(self) -> Output[Sequence[Tile]]:
        """The tiles coordinates that cover a particular image shape."""
        return Output(self, "tiles")


class CallSavedWorkflowInvocation(Node):
    """Call Saved Workflow (call_saved_workflow; workflow, beta).

    Displays and later executes against a selected saved workflow.

    Args:
        workflow_id: The selected saved workflow ID, managed by the workflow editor UI.
        workflow_inputs: Literal values for the selected workflow's exposed inputs, managed by the workflow editor UI.

    Outputs:
        values_: The workflow return values, keyed by return name.
    """

    __slots__ = ()
    TYPE = "call_saved_workflow"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("workflow_id", "SavedWorkflowField"), field("workflow_inputs", None))
    OUTPUTS = {"values": ("AnyField", "SINGLE")}

    def __init__(
        self,
        *,
        workflow_id: Any = "",
        workflow_inputs: Any = {},
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, workflow_id=workflow_id, workflow_inputs=workflow_inputs
        )

    @property
    def values_(self) -> Output[Any]:
        """The workflow return values, keyed by return name."""
        return Output(self, "values")


class CannyEdgeDetectionInvocation(Node):
    """Canny Edge Detection (canny_edge_detection; controlnet_preprocessors, stable).

    Geneartes an edge map using a cv2's Canny algorithm.

    Args:
        board: The board to save the image to Value only (no connection).
        high_threshold: The high threshold of the Canny pixel gradient (0-255) (>= 0, <= 255)
        image: The image to process
        low_threshold: The low threshold of the Canny pixel gradient (0-255) (>= 0, <= 255)
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "canny_edge_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("high_threshold", "IntegerField", minimum=0, maximum=255),
        field("image", "ImageField", required=True),
        field("low_threshold", "IntegerField", minimum=0, maximum=255),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        high_threshold: int | Output[int] | None = 200,
        image: ImageValue | Output[ImageField] | None,
        low_threshold: int | Output[int] | None = 100,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            high_threshold=high_threshold,
            image=image,
            low_threshold=low_threshold,
            metadata=metadata,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CanvasOutputInvocation(Node):
    """Canvas Output (canvas_output; canvas, stable).

    Outputs an image to the canvas staging area. Use this node in workflows intended for canvas workflow integration. Connect the final image of your workflow to this node to send it to the canvas staging area when run via 'Run Workflow on Canvas'.

    Args:
        image: The image to process

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "canvas_output"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True))
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CanvasPasteBackInvocation(Node):
    """Canvas Paste Back (canvas_paste_back; canvas, stable).

    Combines two images by using the mask provided. Intended for use on the Unified Canvas.

    Args:
        board: The board to save the image to Value only (no connection).
        mask: The mask to use when pasting
        mask_blur: The amount to blur the mask by (>= 0)
        metadata: Optional metadata to be saved with the image Connection only.
        source_image: The source image
        target_image: The target image

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "canvas_paste_back"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("mask", "ImageField", required=True),
        field("mask_blur", "IntegerField", minimum=0),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("source_image", "ImageField", required=True),
        field("target_image", "ImageField", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        mask: ImageValue | Output[ImageField] | None,
        mask_blur: int | Output[int] | None = 0,
        metadata: Output[MetadataField] | None = None,
        source_image: ImageValue | Output[ImageField] | None,
        target_image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            mask=mask,
            mask_blur=mask_blur,
            metadata=metadata,
            source_image=source_image,
            target_image=target_image,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CanvasV2MaskAndCropInvocation(Node):
    """Canvas V2 Mask and Crop (canvas_v2_mask_and_crop; canvas, deprecated).

    Handles Canvas V2 image output masking and cropping

    Args:
        board: The board to save the image to Value only (no connection).
        generated_image: The image to apply the mask to
        mask: The mask to apply
        mask_blur: The amount to blur the mask by (>= 0)
        metadata: Optional metadata to be saved with the image Connection only.
        source_image: The source image onto which the masked generated image is pasted. If omitted, the masked generated image is returned with transparency.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "canvas_v2_mask_and_crop"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("generated_image", "ImageField", required=True),
        field("mask", "ImageField", required=True),
        field("mask_blur", "IntegerField", minimum=0),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("source_image", "ImageField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        generated_image: ImageValue | Output[ImageField] | None,
        mask: ImageValue | Output[ImageField] | None,
        mask_blur: int | Output[int] | None = 0,
        metadata: Output[MetadataField] | None = None,
        source_image: ImageValue | Output[ImageField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            generated_image=generated_image,
            mask=mask,
            mask_blur=mask_blur,
            metadata=metadata,
            source_image=source_image,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CenterPadCropInvocation(Node):
    """Center Pad or Crop Image (img_pad_crop; image, stable).

    Pad or crop an image's sides from the center by specified pixels. Positive values are outside of the image.

    Args:
        bottom: Number of pixels to pad/crop from the bottom (negative values crop inwards, positive values pad outwards)
        image: The image to crop
        left: Number of pixels to pad/crop from the left (negative values crop inwards, positive values pad outwards)
        right: Number of pixels to pad/crop from the right (negative values crop inwards, positive values pad outwards)
        top: Number of pixels to pad/crop from the top (negative values crop inwards, positive values pad outwards)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_pad_crop"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("bottom", "IntegerField"),
        field("image", "ImageField", required=True),
        field("left", "IntegerField"),
        field("right", "IntegerField"),
        field("top", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        bottom: int | Output[int] | None = 0,
        image: ImageValue | Output[ImageField] | None,
        left: int | Output[int] | None = 0,
        right: int | Output[int] | None = 0,
        top: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, bottom=bottom, image=image, left=left, right=right, top=top
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CogView4DenoiseInvocation(Node):
    """Denoise - CogView4 (cogview4_denoise; latents, prototype).

    Run the denoising process with a CogView4 model.

    Args:
        board: The board to save the image to Value only (no connection).
        cfg_scale: Classifier-Free Guidance scale
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        height: Height of the generated image. (a multiple of 32)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        seed: Randomness seed for reproducibility.
        steps: Number of steps to run (> 0)
        transformer: CogView4 model (Transformer) to load Connection only.
        width: Width of the generated image. (a multiple of 32)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "cogview4_denoise"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("height", "IntegerField", multiple_of=32),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("negative_conditioning", "CogView4ConditioningField", input="connection", required=True),
        field("noise", "LatentsField", input="connection"),
        field("positive_conditioning", "CogView4ConditioningField", input="connection", required=True),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=32),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 3.5,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[CogView4ConditioningField] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[CogView4ConditioningField] | None = None,
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 25,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            cfg_scale=cfg_scale,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            height=height,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class CogView4ImageToLatentsInvocation(Node):
    """Image to Latents - CogView4 (cogview4_i2l; latents, prototype).

    Generates latents from an image.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to encode.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "cogview4_i2l"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class CogView4LatentsToImageInvocation(Node):
    """Latents to Image - CogView4 (cogview4_l2i; latents, prototype).

    Generates an image from latents.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "cogview4_l2i"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CogView4ModelLoaderInvocation(Node):
    """Main Model - CogView4 (cogview4_model_loader; model, prototype).

    Loads a CogView4 base model, outputting its submodels.

    Args:
        model: CogView4 model (Transformer) to load Value only (no connection). Model base ['cogview4'], type ['main'].

    Outputs:
        glm_encoder: GLM (THUDM) tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "cogview4_model_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "model",
            "ModelIdentifierField",
            input="direct",
            required=True,
            model_base=("cogview4",),
            model_type=("main",),
        )
    )
    OUTPUTS = {
        "glm_encoder": ("GlmEncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model)

    @property
    def glm_encoder(self) -> Output[GlmEncoderField]:
        """GLM (THUDM) tokenizer and text encoder"""
        return Output(self, "glm_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class CogView4TextEncoderInvocation(Node):
    """Prompt - CogView4 (cogview4_text_encoder; prompt, prototype).

    Encodes and preps a prompt for a cogview4 image.

    Args:
        glm_encoder: GLM (THUDM) tokenizer and text encoder Connection only.
        prompt: Text prompt to encode.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "cogview4_text_encoder"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("glm_encoder", "GlmEncoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
    )
    OUTPUTS = {"conditioning": ("CogView4ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        glm_encoder: Output[GlmEncoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, glm_encoder=glm_encoder, prompt=prompt)

    @property
    def conditioning(self) -> Output[CogView4ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class CollectInvocation(Node):
    """CollectInvocation (collect; stable).

    Collects values into a collection

    Args:
        collection: An optional collection to append to Connection only.
        item: The item to collect (all inputs must be of the same type) Connection only.

    Outputs:
        collection: The collection of input items
    """

    __slots__ = ()
    TYPE = "collect"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("collection", "CollectionField", input="connection", cardinality="COLLECTION"),
        field("item", "CollectionItemField", input="connection"),
    )
    OUTPUTS = {"collection": ("CollectionField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Output[Sequence[Any]] | None = None,
        item: Output[Any] | Sequence[Output[Any]] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection, item=item)

    @property
    def collection(self) -> Output[Sequence[Any]]:
        """The collection of input items"""
        return Output(self, "collection")


class ColorCorrectInvocation(Node):
    """Color Correct (color_correct; image, stable).

    Matches the color histogram of a base image to a reference image, optionally using a mask to only color-correct certain regions of the base image.

    Args:
        base_image: The image to color-correct
        board: The board to save the image to Value only (no connection).
        color_reference: Reference image for color-correction
        colorspace: Colorspace in which to apply histogram matching
        mask: Optional mask to limit color correction area
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "color_correct"
    VERSION = "2.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("base_image", "ImageField", required=True),
        field("board", "BoardField", input="direct", internal=True),
        field("color_reference", "ImageField", required=True),
        field("colorspace", "EnumField", options=("RGB", "YCbCr", "YCbCr-Chroma", "YCbCr-Luma")),
        field("mask", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        base_image: ImageValue | Output[ImageField] | None,
        board: BoardValue | None = None,
        color_reference: ImageValue | Output[ImageField] | None,
        colorspace: Literal["RGB", "YCbCr", "YCbCr-Chroma", "YCbCr-Luma"] | Output[EnumField] | None = "RGB",
        mask: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            base_image=base_image,
            board=board,
            color_reference=color_reference,
            colorspace=colorspace,
            mask=mask,
            metadata=metadata,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ColorInvocation(Node):
    """Color Primitive (color; primitives, stable).

    A color primitive value

    Args:
        color: The color value

    Outputs:
        color: The output color
    """

    __slots__ = ()
    TYPE = "color"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("color", "ColorField"))
    OUTPUTS = {"color": ("ColorField", "SINGLE")}

    def __init__(
        self,
        *,
        color: ColorValue | Output[ColorField] | None = {"a": 255, "b": 0, "g": 0, "r": 0},
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, color=color)

    @property
    def color(self) -> Output[ColorField]:
        """The output color"""
        return Output(self, "color")


class ColorMapInvocation(Node):
    """Color Map (color_map; controlnet_preprocessors, stable).

    Generates a color map from the provided image.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        tile_size: Tile size (>= 1)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "color_map"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tile_size", "IntegerField", minimum=1),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        tile_size: int | Output[int] | None = 64,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, tile_size=tile_size
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CompelInvocation(Node):
    """Prompt - SD1.5 (compel; prompt, stable).

    Parse prompt using compel package to conditioning.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        mask: A mask defining the region that this conditioning prompt applies to.
        prompt: Prompt to be parsed by Compel to create a conditioning tensor

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "compel"
    VERSION = "1.2.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", required=True), field("mask", "TensorField"), field("prompt", "StringField")
    )
    OUTPUTS = {"conditioning": ("ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Mapping[str, Any] | Output[CLIPField] | None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        prompt: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, mask=mask, prompt=prompt)

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class ConditioningCollectionInvocation(Node):
    """Conditioning Collection Primitive (conditioning_collection; primitives, stable).

    A collection of conditioning tensor primitive values

    Args:
        collection: The collection of conditioning tensors

    Outputs:
        collection: The output conditioning tensors
    """

    __slots__ = ()
    TYPE = "conditioning_collection"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "ConditioningField", cardinality="COLLECTION"))
    OUTPUTS = {"collection": ("ConditioningField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[Any] | Output[Sequence[ConditioningField]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def collection(self) -> Output[Sequence[ConditioningField]]:
        """The output conditioning tensors"""
        return Output(self, "collection")


class ConditioningInvocation(Node):
    """Conditioning Primitive (conditioning; primitives, stable).

    A conditioning tensor primitive value

    Args:
        conditioning: Conditioning tensor Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "conditioning"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("conditioning", "ConditioningField", input="connection", required=True))
    OUTPUTS = {"conditioning": ("ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        conditioning: Output[ConditioningField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, conditioning=conditioning)

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class ContentShuffleInvocation(Node):
    """Content Shuffle (content_shuffle; controlnet_preprocessors, stable).

    Shuffles the image, similar to a 'liquify' filter.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        scale_factor: The scale factor used for the shuffle (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "content_shuffle"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("scale_factor", "IntegerField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        scale_factor: int | Output[int] | None = 256,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            scale_factor=scale_factor,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ControlNetInvocation(Node):
    """ControlNet - SD1.5, SD2, SDXL (controlnet; conditioning, stable).

    Collects ControlNet info to pass to other nodes

    Args:
        begin_step_percent: When the ControlNet is first applied (% of total steps) (>= 0, <= 1)
        control_mode: The control mode used
        control_model: ControlNet model to load Model base ['sd-1', 'sd-2', 'sdxl'], type ['controlnet'].
        control_weight: The weight given to the ControlNet (>= -1, <= 2)
        end_step_percent: When the ControlNet is last applied (% of total steps) (>= 0, <= 1)
        image: The control image
        resize_mode: The resize mode used

    Outputs:
        control: ControlNet(s) to apply
    """

    __slots__ = ()
    TYPE = "controlnet"
    VERSION = "1.1.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0, maximum=1),
        field("control_mode", "EnumField", options=("balanced", "more_control", "more_prompt", "unbalanced")),
        field(
            "control_model",
            "ModelIdentifierField",
            required=True,
            model_base=("sd-1", "sd-2", "sdxl"),
            model_type=("controlnet",),
        ),
        field("control_weight", "FloatField", cardinality="SINGLE_OR_COLLECTION", minimum=-1, maximum=2),
        field("end_step_percent", "FloatField", minimum=0, maximum=1),
        field("image", "ImageField", required=True),
        field("resize_mode", "EnumField", options=("crop_resize", "fill_resize", "just_resize", "just_resize_simple")),
    )
    OUTPUTS = {"control": ("ControlField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0,
        control_mode: Literal["balanced", "more_control", "more_prompt", "unbalanced"]
        | Output[EnumField]
        | None = "balanced",
        control_model: ModelValue | Output[ModelIdentifierField] | None,
        control_weight: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1.0,
        end_step_percent: float | Output[float] | None = 1,
        image: ImageValue | Output[ImageField] | None,
        resize_mode: Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]
        | Output[EnumField]
        | None = "just_resize",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            control_mode=control_mode,
            control_model=control_model,
            control_weight=control_weight,
            end_step_percent=end_step_percent,
            image=image,
            resize_mode=resize_mode,
        )

    @property
    def control(self) -> Output[ControlField]:
        """ControlNet(s) to apply"""
        return Output(self, "control")


class CoreMetadataInvocation(Node):
    """Core Metadata (core_metadata; metadata, internal).

    Used internally by Invoke to collect metadata for generations.

    Args:
        cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with zero-terminal SNR
        cfg_scale: The classifier-free guidance scale parameter
        clip_skip: The number of skipped CLIP layers
        controlnets: The ControlNets used for inference
        generation_mode: The generation mode that output this image
        height: The height parameter
        hrf_enabled: Whether or not high resolution fix was enabled.
        hrf_method: The high resolution fix upscale method.
        hrf_strength: The high resolution fix img2img strength used in the upscale pass.
        ideogram4_caption: The structured JSON caption encoded for Ideogram 4 inference
        init_image: The name of the initial image
        ipAdapters: The IP Adapters used for inference
        loras: The LoRAs used for inference
        mistral_encoder: The Mistral text encoder model used for FLUX.2 [dev] inference
        model: The main model used for inference
        negative_prompt: The negative prompt parameter
        negative_style_prompt: The negative style prompt parameter
        positive_prompt: The positive prompt parameter
        positive_style_prompt: The positive style prompt parameter
        qwen3_encoder: The Qwen3 text encoder model used for Z-Image inference
        rand_device: The device used for random number generation
        refiner_cfg_scale: The classifier-free guidance scale parameter used for the refiner
        refiner_model: The SDXL Refiner model used
        refiner_negative_aesthetic_score: The aesthetic score used for the refiner
        refiner_positive_aesthetic_score: The aesthetic score used for the refiner
        refiner_scheduler: The scheduler used for the refiner
        refiner_start: The start value used for refiner denoising
        refiner_steps: The number of steps used for the refiner
        scheduler: The scheduler used for inference
        seamless_x: Whether seamless tiling was used on the X axis
        seamless_y: Whether seamless tiling was used on the Y axis
        seed: The seed used for noise generation
        steps: The number of steps used for inference
        strength: The strength used for latents-to-latents
        t2iAdapters: The IP Adapters used for inference
        vae: The VAE used for decoding, if the main model's default was not used
        width: The width parameter

    Outputs:
        metadata: Metadata Dict
    """

    __slots__ = ()
    TYPE = "core_metadata"
    VERSION = "2.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cfg_rescale_multiplier", "FloatField"),
        field("cfg_scale", "FloatField"),
        field("clip_skip", "IntegerField"),
        field("controlnets", "ControlNetMetadataField", cardinality="COLLECTION"),
        field(
            "generation_mode",
            "EnumField",
            options=(
                "anima_img2img",
                "anima_inpaint",
                "anima_outpaint",
                "anima_txt2img",
                "cogview4_img2img",
                "cogview4_inpaint",
                "cogview4_outpaint",
                "cogview4_txt2img",
                "ernie_image_txt2img",
                "flux2_img2img",
                "flux2_inpaint",
                "flux2_outpaint",
                "flux2_txt2img",
                "flux_img2img",
                "flux_inpaint",
                "flux_outpaint",
                "flux_txt2img",
                "ideogram4_txt2img",
                "img2img",
                "inpaint",
                "krea2_img2img",
                "krea2_inpaint",
                "krea2_outpaint",
                "krea2_txt2img",
                "outpaint",
                "qwen_image_img2img",
                "qwen_image_inpaint",
                "qwen_image_outpaint",
                "qwen_image_txt2img",
                "sd3_img2img",
                "sd3_inpaint",
                "sd3_outpaint",
                "sd3_txt2img",
                "sdxl_img2img",
                "sdxl_inpaint",
                "sdxl_outpaint",
                "sdxl_txt2img",
                "txt2img",
                "wan_i2v",
                "wan_img2img",
                "wan_inpaint",
                "wan_outpaint",
                "wan_txt2img",
                "z_image_img2img",
                "z_image_inpaint",
                "z_image_outpaint",
                "z_image_txt2img",
            ),
        ),
        field("height", "IntegerField"),
        field("hrf_enabled", "BooleanField"),
        field("hrf_method", "StringField"),
        field("hrf_strength", "FloatField"),
        field("ideogram4_caption", "StringField"),
        field("init_image", "StringField"),
        field("ipAdapters", "IPAdapterMetadataField", cardinality="COLLECTION"),
        field("loras", "LoRAMetadataField", cardinality="COLLECTION"),
        field("mistral_encoder", "ModelIdentifierField"),
        field("model", "ModelIdentifierField"),
        field("negative_prompt", "StringField"),
        field("negative_style_prompt", "StringField"),
        field("positive_prompt", "StringField"),
        field("positive_style_prompt", "StringField"),
        field("qwen3_encoder", "ModelIdentifierField"),
        field("rand_device", "StringField"),
        field("refiner_cfg_scale", "FloatField"),
        field("refiner_model", "ModelIdentifierField"),
        field("refiner_negative_aesthetic_score", "FloatField"),
        field("refiner_positive_aesthetic_score", "FloatField"),
        field("refiner_scheduler", "StringField"),
        field("refiner_start", "FloatField"),
        field("refiner_steps", "IntegerField"),
        field("scheduler", "StringField"),
        field("seamless_x", "BooleanField"),
        field("seamless_y", "BooleanField"),
        field("seed", "IntegerField"),
        field("steps", "IntegerField"),
        field("strength", "FloatField"),
        field("t2iAdapters", "T2IAdapterMetadataField", cardinality="COLLECTION"),
        field("vae", "ModelIdentifierField"),
        field("width", "IntegerField"),
    )
    OUTPUTS = {"metadata": ("MetadataField", "SINGLE")}

    def __init__(
        self,
        *,
        cfg_rescale_multiplier: float | Output[float] | None = None,
        cfg_scale: float | Output[float] | None = None,
        clip_skip: int | Output[int] | None = None,
        controlnets: Sequence[Mapping[str, Any]] | Output[Sequence[ControlNetMetadataField]] | None = None,
        generation_mode: Literal[
            "anima_img2img",
            "anima_inpaint",
            "anima_outpaint",
            "anima_txt2img",
            "cogview4_img2img",
            "cogview4_inpaint",
            "cogview4_outpaint",
            "cogview4_txt2img",
            "ernie_image_txt2img",
            "flux2_img2img",
            "flux2_inpaint",
            "flux2_outpaint",
            "flux2_txt2img",
            "flux_img2img",
            "flux_inpaint",
            "flux_outpaint",
            "flux_txt2img",
            "ideogram4_txt2img",
            "img2img",
            "inpaint",
            "krea2_img2img",
            "krea2_inpaint",
            "krea2_outpaint",
            "krea2_txt2img",
            "outpaint",
            "qwen_image_img2img",
            "qwen_image_inpaint",
            "qwen_image_outpaint",
            "qwen_image_txt2img",
            "sd3_img2img",
            "sd3_inpaint",
            "sd3_outpaint",
            "sd3_txt2img",
            "sdxl_img2img",
            "sdxl_inpaint",
            "sdxl_outpaint",
            "sdxl_txt2img",
            "txt2img",
            "wan_i2v",
            "wan_img2img",
            "wan_inpaint",
            "wan_outpaint",
            "wan_txt2img",
            "z_image_img2img",
            "z_image_inpaint",
            "z_image_outpaint",
            "z_image_txt2img",
        ]
        | Output[EnumField]
        | None = None,
        height: int | Output[int] | None = None,
        hrf_enabled: bool | Output[bool] | None = None,
        hrf_method: str | Output[str] | Output[float] | None = None,
        hrf_strength: float | Output[float] | None = None,
        ideogram4_caption: str | Output[str] | Output[float] | None = None,
        init_image: str | Output[str] | Output[float] | None = None,
        ipAdapters: Sequence[Mapping[str, Any]] | Output[Sequence[IPAdapterMetadataField]] | None = None,
        loras: Sequence[Mapping[str, Any]] | Output[Sequence[LoRAMetadataField]] | None = None,
        mistral_encoder: ModelValue | Output[ModelIdentifierField] | None = None,
        model: ModelValue | Output[ModelIdentifierField] | None = None,
        negative_prompt: str | Output[str] | Output[float] | None = None,
        negative_style_prompt: str | Output[str] | Output[float] | None = None,
        positive_prompt: str | Output[str] | Output[float] | None = None,
        positive_style_prompt: str | Output[str] | Output[float] | None = None,
        qwen3_encoder: ModelValue | Output[ModelIdentifierField] | None = None,
        rand_device: str | Output[str] | Output[float] | None = None,
        refiner_cfg_scale: float | Output[float] | None = None,
        refiner_model: ModelValue | Output[ModelIdentifierField] | None = None,
        refiner_negative_aesthetic_score: float | Output[float] | None = None,
        refiner_positive_aesthetic_score: float | Output[float] | None = None,
        refiner_scheduler: str | Output[str] | Output[float] | None = None,
        refiner_start: float | Output[float] | None = None,
        refiner_steps: int | Output[int] | None = None,
        scheduler: str | Output[str] | Output[float] | None = None,
        seamless_x: bool | Output[bool] | None = None,
        seamless_y: bool | Output[bool] | None = None,
        seed: int | Output[int] | None = None,
        steps: int | Output[int] | None = None,
        strength: float | Output[float] | None = None,
        t2iAdapters: Sequence[Mapping[str, Any]] | Output[Sequence[T2IAdapterMetadataField]] | None = None,
        vae: ModelValue | Output[ModelIdentifierField] | None = None,
        width: int | Output[int] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            cfg_rescale_multiplier=cfg_rescale_multiplier,
            cfg_scale=cfg_scale,
            clip_skip=clip_skip,
            controlnets=controlnets,
            generation_mode=generation_mode,
            height=height,
            hrf_enabled=hrf_enabled,
            hrf_method=hrf_method,
            hrf_strength=hrf_strength,
            ideogram4_caption=ideogram4_caption,
            init_image=init_image,
            ipAdapters=ipAdapters,
            loras=loras,
            mistral_encoder=mistral_encoder,
            model=model,
            negative_prompt=negative_prompt,
            negative_style_prompt=negative_style_prompt,
            positive_prompt=positive_prompt,
            positive_style_prompt=positive_style_prompt,
            qwen3_encoder=qwen3_encoder,
            rand_device=rand_device,
            refiner_cfg_scale=refiner_cfg_scale,
            refiner_model=refiner_model,
            refiner_negative_aesthetic_score=refiner_negative_aesthetic_score,
            refiner_positive_aesthetic_score=refiner_positive_aesthetic_score,
            refiner_scheduler=refiner_scheduler,
            refiner_start=refiner_start,
            refiner_steps=refiner_steps,
            scheduler=scheduler,
            seamless_x=seamless_x,
            seamless_y=seamless_y,
            seed=seed,
            steps=steps,
            strength=strength,
            t2iAdapters=t2iAdapters,
            vae=vae,
            width=width,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")


class CreateDenoiseMaskInvocation(Node):
    """Create Denoise Mask (create_denoise_mask; mask, stable).

    Creates mask for denoising model run.

    Args:
        fp32: Whether or not to use full float32 precision
        image: Image which will be masked
        mask: The mask to use when pasting
        tiled: Processing using overlapping tiles (reduce memory consumption)
        vae: VAE Connection only.

    Outputs:
        denoise_mask: Mask for denoise model run
    """

    __slots__ = ()
    TYPE = "create_denoise_mask"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("fp32", "BooleanField"),
        field("image", "ImageField"),
        field("mask", "ImageField", required=True),
        field("tiled", "BooleanField"),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {"denoise_mask": ("DenoiseMaskField", "SINGLE")}

    def __init__(
        self,
        *,
        fp32: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None = None,
        mask: ImageValue | Output[ImageField] | None,
        tiled: bool | Output[bool] | None = False,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, fp32=fp32, image=image, mask=mask, tiled=tiled, vae=vae)

    @property
    def denoise_mask(self) -> Output[DenoiseMaskField]:
        """Mask for denoise model run"""
        return Output(self, "denoise_mask")


class CreateGradientMaskInvocation(Node):
    """Create Gradient Mask (create_gradient_mask; mask, stable).

    Creates mask for denoising.

    Args:
        coherence_mode: Coherence Mode
        edge_radius: How far to expand the edges of the mask (>= 0)
        fp32: Whether or not to use full float32 precision
        image: OPTIONAL: Only connect for specialized Inpainting models, masked_latents will be generated from the image with the VAE
        mask: Image which will be masked
        minimum_denoise: Minimum denoise level for the coherence region (>= 0, <= 1)
        tiled: Processing using overlapping tiles (reduce memory consumption)
        unet: OPTIONAL: If the Unet is a specialized Inpainting model, masked_latents will be generated from the image with the VAE Connection only.
        vae: OPTIONAL: Only connect for specialized Inpainting models, masked_latents will be generated from the image with the VAE Connection only.

    Outputs:
        denoise_mask: Mask for denoise model run. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved.
        expanded_mask_area: Image representing the total gradient area of the mask. For paste-back purposes.
    """

    __slots__ = ()
    TYPE = "create_gradient_mask"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("coherence_mode", "EnumField", options=("Box Blur", "Gaussian Blur", "Staged")),
        field("edge_radius", "IntegerField", minimum=0),
        field("fp32", "BooleanField"),
        field("image", "ImageField"),
        field("mask", "ImageField", required=True),
        field("minimum_denoise", "FloatField", minimum=0, maximum=1),
        field("tiled", "BooleanField"),
        field("unet", "UNetField", input="connection"),
        field("vae", "VAEField", input="connection"),
    )
    OUTPUTS = {"denoise_mask": ("DenoiseMaskField", "SINGLE"), "expanded_mask_area": ("ImageField", "SINGLE")}

    def __init__(
        self,
        *,
        coherence_mode: Literal["Box Blur", "Gaussian Blur", "Staged"] | Output[EnumField] | None = "Gaussian Blur",
        edge_radius: int | Output[int] | None = 16,
        fp32: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None = None,
        mask: ImageValue | Output[ImageField] | None,
        minimum_denoise: float | Output[float] | None = 0.0,
        tiled: bool | Output[bool] | None = False,
        unet: Output[UNetField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            coherence_mode=coherence_mode,
            edge_radius=edge_radius,
            fp32=fp32,
            image=image,
            mask=mask,
            minimum_denoise=minimum_denoise,
            tiled=tiled,
            unet=unet,
            vae=vae,
        )

    @property
    def denoise_mask(self) -> Output[DenoiseMaskField]:
        """Mask for denoise model run. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved."""
        return Output(self, "denoise_mask")

    @property
    def expanded_mask_area(self) -> Output[ImageField]:
        """Image representing the total gradient area of the mask. For paste-back purposes."""
        return Output(self, "expanded_mask_area")


class CropImageToBoundingBoxInvocation(Node):
    """Crop Image to Bounding Box (crop_image_to_bounding_box; image, stable).

    Crop an image to the given bounding box. If the bounding box is omitted, the image is cropped to the non-transparent pixels.

    Args:
        board: The board to save the image to Value only (no connection).
        bounding_box: The bounding box to crop the image to
        image: The image to crop
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "crop_image_to_bounding_box"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("bounding_box", "BoundingBoxField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        bounding_box: Mapping[str, Any] | Output[BoundingBoxField] | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            bounding_box=bounding_box,
            image=image,
            metadata=metadata,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class CropLatentsCoreInvocation(Node):
    """Crop Latents (crop_latents; latents, stable).

    Crops a latent-space tensor to a box specified in image-space. The box dimensions and coordinates must be divisible by the latent scale factor of 8.

    Args:
        height: The height (in px) of the crop rectangle in image space. This value will be converted to a dimension in latent space. (>= 1, a multiple of 8)
        latents: Latents tensor Connection only.
        width: The width (in px) of the crop rectangle in image space. This value will be converted to a dimension in latent space. (>= 1, a multiple of 8)
        x: The left x coordinate (in px) of the crop rectangle in image space. This value will be converted to a dimension in latent space. (>= 0, a multiple of 8)
        y: The top y coordinate (in px) of the crop rectangle in image space. This value will be converted to a dimension in latent space. (>= 0, a multiple of 8)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "crop_latents"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", required=True, minimum=1, multiple_of=8),
        field("latents", "LatentsField", input="connection", required=True),
        field("width", "IntegerField", required=True, minimum=1, multiple_of=8),
        field("x", "IntegerField", required=True, minimum=0, multiple_of=8),
        field("y", "IntegerField", required=True, minimum=0, multiple_of=8),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        height: int | Output[int] | None,
        latents: Output[LatentsField] | None = None,
        width: int | Output[int] | None,
        x: int | Output[int] | None,
        y: int | Output[int] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, height=height, latents=latents, width=width, x=x, y=y)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class CvInpaintInvocation(Node):
    """OpenCV Inpaint (cv_inpaint; inpaint, stable).

    Simple inpaint using opencv.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to inpaint
        mask: The mask to use when inpainting
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "cv_inpaint"
    VERSION = "1.3.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("mask", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        mask: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, mask=mask, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class DWOpenposeDetectionInvocation(Node):
    """DW Openpose Detection (dw_openpose_detection; controlnet_preprocessors, stable).

    Generates an openpose pose from an image using DWPose

    Args:
        board: The board to save the image to Value only (no connection).
        draw_body: Draw Body
        draw_face: Draw Face
        draw_hands: Draw Hands
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "dw_openpose_detection"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("draw_body", "BooleanField"),
        field("draw_face", "BooleanField"),
        field("draw_hands", "BooleanField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        draw_body: bool | Output[bool] | None = True,
        draw_face: bool | Output[bool] | None = False,
        draw_hands: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            draw_body=draw_body,
            draw_face=draw_face,
            draw_hands=draw_hands,
            image=image,
            metadata=metadata,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class DecodeInvisibleWatermarkInvocation(Node):
    """Decode Invisible Watermark (decode_watermark; image, stable).

    Decode an invisible watermark from an image.

    Args:
        image: The image to decode the watermark from
        length: The expected watermark length in bytes

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "decode_watermark"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True), field("length", "IntegerField"))
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        length: int | Output[int] | None = 8,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, length=length)

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class DenoiseLatentsInvocation(Node):
    """Denoise - SD1.5, SDXL (denoise_latents; latents, stable).

    Denoises noisy latents to decodable images

    Args:
        cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with zero-terminal SNR (>= 0, < 1)
        cfg_scale: Classifier-Free Guidance scale
        control: Control Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        hidiffusion: Apply HiDiffusion (RAU-Net + MSW-MSA) for higher-resolution denoising
        hidiffusion_raunet: Apply HiDiffusion RAU-Net blocks
        hidiffusion_t1_ratio: Override HiDiffusion early switch threshold (T1 ratio) (>= 0, <= 1)
        hidiffusion_t2_ratio: Override HiDiffusion late switch threshold (T2 ratio) (>= 0, <= 1)
        hidiffusion_window_attn: Apply HiDiffusion window attention blocks
        ip_adapter: IP-Adapter to apply Connection only.
        latents: Latents tensor Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler to use during inference
        steps: Number of steps to run (> 0)
        t2i_adapter: T2I-Adapter(s) to apply Connection only.
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "denoise_latents"
    VERSION = "1.6.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cfg_rescale_multiplier", "FloatField", minimum=0, exclusive_maximum=1),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("control", "ControlField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("hidiffusion", "BooleanField"),
        field("hidiffusion_raunet", "BooleanField"),
        field("hidiffusion_t1_ratio", "FloatField", minimum=0, maximum=1),
        field("hidiffusion_t2_ratio", "FloatField", minimum=0, maximum=1),
        field("hidiffusion_window_attn", "BooleanField"),
        field("ip_adapter", "IPAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("latents", "LatentsField", input="connection"),
        field(
            "negative_conditioning",
            "ConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("noise", "LatentsField", input="connection"),
        field(
            "positive_conditioning",
            "ConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field(
            "scheduler",
            "SchedulerField",
            options=(
                "ddim",
                "ddpm",
                "deis",
                "deis_k",
                "dpmpp_2m",
                "dpmpp_2m_k",
                "dpmpp_2m_sde",
                "dpmpp_2m_sde_k",
                "dpmpp_2s",
                "dpmpp_2s_k",
                "dpmpp_3m",
                "dpmpp_3m_k",
                "dpmpp_sde",
                "dpmpp_sde_k",
                "er_sde",
                "euler",
                "euler_a",
                "euler_k",
                "heun",
                "heun_k",
                "kdpm_2",
                "kdpm_2_a",
                "kdpm_2_a_k",
                "kdpm_2_k",
                "lcm",
                "lms",
                "lms_k",
                "pndm",
                "tcd",
                "unipc",
                "unipc_k",
            ),
        ),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("t2i_adapter", "T2IAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("unet", "UNetField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        cfg_rescale_multiplier: float | Output[float] | None = 0,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 7.5,
        control: Output[ControlField] | Output[Sequence[ControlField]] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        hidiffusion: bool | Output[bool] | None = False,
        hidiffusion_raunet: bool | Output[bool] | None = True,
        hidiffusion_t1_ratio: float | Output[float] | None = 0.4,
        hidiffusion_t2_ratio: float | Output[float] | None = 0.0,
        hidiffusion_window_attn: bool | Output[bool] | None = True,
        ip_adapter: Output[IPAdapterField] | Output[Sequence[IPAdapterField]] | None = None,
        latents: Output[LatentsField] | None = None,
        negative_conditioning: Output[ConditioningField] | Output[Sequence[ConditioningField]] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[ConditioningField] | Output[Sequence[ConditioningField]] | None = None,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "euler",
            "euler_a",
            "euler_k",
            "heun",
            "heun_k",
            "kdpm_2",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "kdpm_2_k",
            "lcm",
            "lms",
            "lms_k",
            "pndm",
            "tcd",
            "unipc",
            "unipc_k",
        ]
        | Output[SchedulerField]
        | None = "euler",
        steps: int | Output[int] | None = 10,
        t2i_adapter: Output[T2IAdapterField] | Output[Sequence[T2IAdapterField]] | None = None,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            cfg_rescale_multiplier=cfg_rescale_multiplier,
            cfg_scale=cfg_scale,
            control=control,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            hidiffusion=hidiffusion,
            hidiffusion_raunet=hidiffusion_raunet,
            hidiffusion_t1_ratio=hidiffusion_t1_ratio,
            hidiffusion_t2_ratio=hidiffusion_t2_ratio,
            hidiffusion_window_attn=hidiffusion_window_attn,
            ip_adapter=ip_adapter,
            latents=latents,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            steps=steps,
            t2i_adapter=t2i_adapter,
            unet=unet,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class DenoiseLatentsMetaInvocation(Node):
    """Denoise - SD1.5, SDXL + Metadata (denoise_latents_meta; metadata, stable).

    Args:
        cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with zero-terminal SNR (>= 0, < 1)
        cfg_scale: Classifier-Free Guidance scale
        control: Control Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        hidiffusion: Apply HiDiffusion (RAU-Net + MSW-MSA) for higher-resolution denoising
        hidiffusion_raunet: Apply HiDiffusion RAU-Net blocks
        hidiffusion_t1_ratio: Override HiDiffusion early switch threshold (T1 ratio) (>= 0, <= 1)
        hidiffusion_t2_ratio: Override HiDiffusion late switch threshold (T2 ratio) (>= 0, <= 1)
        hidiffusion_window_attn: Apply HiDiffusion window attention blocks
        ip_adapter: IP-Adapter to apply Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler to use during inference
        steps: Number of steps to run (> 0)
        t2i_adapter: T2I-Adapter(s) to apply Connection only.
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        metadata: Metadata Dict
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "denoise_latents_meta"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cfg_rescale_multiplier", "FloatField", minimum=0, exclusive_maximum=1),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("control", "ControlField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("hidiffusion", "BooleanField"),
        field("hidiffusion_raunet", "BooleanField"),
        field("hidiffusion_t1_ratio", "FloatField", minimum=0, maximum=1),
        field("hidiffusion_t2_ratio", "FloatField", minimum=0, maximum=1),
        field("hidiffusion_window_attn", "BooleanField"),
        field("ip_adapter", "IPAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field(
            "negative_conditioning",
            "ConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("noise", "LatentsField", input="connection"),
        field(
            "positive_conditioning",
            "ConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field(
            "scheduler",
            "SchedulerField",
            options=(
                "ddim",
                "ddpm",
                "deis",
                "deis_k",
                "dpmpp_2m",
                "dpmpp_2m_k",
                "dpmpp_2m_sde",
                "dpmpp_2m_sde_k",
                "dpmpp_2s",
                "dpmpp_2s_k",
                "dpmpp_3m",
                "dpmpp_3m_k",
                "dpmpp_sde",
                "dpmpp_sde_k",
                "er_sde",
                "euler",
                "euler_a",
                "euler_k",
                "heun",
                "heun_k",
                "kdpm_2",
                "kdpm_2_a",
                "kdpm_2_a_k",
                "kdpm_2_k",
                "lcm",
                "lms",
                "lms_k",
                "pndm",
                "tcd",
                "unipc",
                "unipc_k",
            ),
        ),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("t2i_adapter", "T2IAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("unet", "UNetField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "metadata": ("MetadataField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        cfg_rescale_multiplier: float | Output[float] | None = 0,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 7.5,
        control: Output[ControlField] | Output[Sequence[ControlField]] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        hidiffusion: bool | Output[bool] | None = False,
        hidiffusion_raunet: bool | Output[bool] | None = True,
        hidiffusion_t1_ratio: float | Output[float] | None = 0.4,
        hidiffusion_t2_ratio: float | Output[float] | None = 0.0,
        hidiffusion_window_attn: bool | Output[bool] | None = True,
        ip_adapter: Output[IPAdapterField] | Output[Sequence[IPAdapterField]] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[ConditioningField] | Output[Sequence[ConditioningField]] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[ConditioningField] | Output[Sequence[ConditioningField]] | None = None,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "euler",
            "euler_a",
            "euler_k",
            "heun",
            "heun_k",
            "kdpm_2",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "kdpm_2_k",
            "lcm",
            "lms",
            "lms_k",
            "pndm",
            "tcd",
            "unipc",
            "unipc_k",
        ]
        | Output[SchedulerField]
        | None = "euler",
        steps: int | Output[int] | None = 10,
        t2i_adapter: Output[T2IAdapterField] | Output[Sequence[T2IAdapterField]] | None = None,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            cfg_rescale_multiplier=cfg_rescale_multiplier,
            cfg_scale=cfg_scale,
            control=control,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            hidiffusion=hidiffusion,
            hidiffusion_raunet=hidiffusion_raunet,
            hidiffusion_t1_ratio=hidiffusion_t1_ratio,
            hidiffusion_t2_ratio=hidiffusion_t2_ratio,
            hidiffusion_window_attn=hidiffusion_window_attn,
            ip_adapter=ip_adapter,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            steps=steps,
            t2i_adapter=t2i_adapter,
            unet=unet,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class DepthAnythingDepthEstimationInvocation(Node):
    """Depth Anything Depth Estimation (depth_anything_depth_estimation; controlnet_preprocessors, stable).

    Generates a depth map using a Depth Anything model.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        model_size: The size of the depth model to use

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "depth_anything_depth_estimation"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("model_size", "EnumField", options=("base", "large", "small", "small_v2")),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        model_size: Literal["base", "large", "small", "small_v2"] | Output[EnumField] | None = "small_v2",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, model_size=model_size
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class DivideInvocation(Node):
    """Divide Integers (div; math, stable).

    Divides two numbers

    Args:
        a: The first number
        b: The second number

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "div"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("a", "IntegerField"), field("b", "IntegerField"))
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        a: int | Output[int] | None = 0,
        b: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, a=a, b=b)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class DynamicPromptInvocation(Node):
    """Dynamic Prompt (dynamic_prompt; prompt, stable).

    Parses a prompt using adieyal/dynamicprompts' random or combinatorial generator

    Args:
        combinatorial: Whether to use the combinatorial generator
        max_prompts: The number of prompts to generate
        prompt: The prompt to parse with dynamicprompts

    Outputs:
        collection: The output strings
    """

    __slots__ = ()
    TYPE = "dynamic_prompt"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("combinatorial", "BooleanField"),
        field("max_prompts", "IntegerField"),
        field("prompt", "StringField", required=True),
    )
    OUTPUTS = {"collection": ("StringField", "COLLECTION")}

    def __init__(
        self,
        *,
        combinatorial: bool | Output[bool] | None = False,
        max_prompts: int | Output[int] | None = 1,
        prompt: str | Output[str] | Output[float] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, combinatorial=combinatorial, max_prompts=max_prompts, prompt=prompt
        )

    @property
    def collection(self) -> Output[Sequence[str]]:
        """The output strings"""
        return Output(self, "collection")


class ESRGANInvocation(Node):
    """Upscale (RealESRGAN) (esrgan; upscale, stable).

    Upscales an image using RealESRGAN.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The input image
        metadata: Optional metadata to be saved with the image Connection only.
        model_name: The Real-ESRGAN model to use
        tile_size: Tile size for tiled ESRGAN upscaling (0=tiling disabled) (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "esrgan"
    VERSION = "1.3.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field(
            "model_name",
            "EnumField",
            options=(
                "ESRGAN_SRx4_DF2KOST_official-ff704c30.pth",
                "RealESRGAN_x2plus.pth",
                "RealESRGAN_x4plus.pth",
                "RealESRGAN_x4plus_anime_6B.pth",
            ),
        ),
        field("tile_size", "IntegerField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        model_name: Literal[
            "ESRGAN_SRx4_DF2KOST_official-ff704c30.pth",
            "RealESRGAN_x2plus.pth",
            "RealESRGAN_x4plus.pth",
            "RealESRGAN_x4plus_anime_6B.pth",
        ]
        | Output[EnumField]
        | None = "RealESRGAN_x4plus.pth",
        tile_size: int | Output[int] | None = 400,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            model_name=model_name,
            tile_size=tile_size,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ErnieImageDenoiseInvocation(Node):
    """Denoise - ERNIE-Image (ernie_image_denoise; latents, prototype).

    Run the ERNIE-Image denoising loop and emit packed latents.

    Args:
        add_noise: Noise the starting latents up to `denoising_start` before denoising. Turn this off to continue an earlier denoise stage, whose output already sits at that sigma. Ignored when no starting latents are connected.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance_scale: Classifier-free guidance scale. 4.0 for ERNIE-Image, 1.0 (no CFG) for Turbo. (>= 1.0)
        height: Generation height. (a multiple of 16)
        latents: Optional starting latents. Must be patched ERNIE-Image latents: either clean ones (VAE-encoded, BN-normalized, patchified) with `add_noise` on, or the output of an earlier ERNIE-Image denoise stage with `add_noise` off. Connection only.
        negative_conditioning: Negative prompt conditioning (required when guidance_scale != 1.0) Connection only.
        positive_conditioning: Positive prompt conditioning Connection only.
        scheduler: Scheduler used during denoising. Choices: 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Random seed for noise generation.
        steps: Denoising steps. Use 8 for ERNIE-Image-Turbo. (> 0)
        transformer: Transformer Connection only.
        width: Generation width. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "ernie_image_denoise"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance_scale", "FloatField", minimum=1.0),
        field("height", "IntegerField", multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field("negative_conditioning", "ErnieImageConditioningField", input="connection"),
        field("positive_conditioning", "ErnieImageConditioningField", input="connection", required=True),
        field("scheduler", "EnumField", options=("euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance_scale: float | Output[float] | None = 4.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        negative_conditioning: Output[ErnieImageConditioningField] | None = None,
        positive_conditioning: Output[ErnieImageConditioningField] | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[EnumField] | None = "euler",
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 50,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            latents=latents,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class ErnieImageModelLoaderInvocation(Node):
    """Main Model - ERNIE-Image (ernie_image_model_loader; model, prototype).

    Loads an ERNIE-Image diffusers pipeline and emits its submodels. The transformer, VAE, text encoder, and (optional) prompt enhancer are all expected to live inside the same diffusers pipeline directory under their conventional subfolders (`transformer/`, `vae/`, `text_encoder/`, `tokenizer/`, `pe/`, `pe_tokenizer/`).

    Args:
        model: ERNIE-Image diffusers pipeline (provides transformer, VAE, text encoder, and optional prompt enhancer) Value only (no connection). Model base ['ernie-image'], type ['main'].
        use_prompt_enhancer: If true and the pipeline ships with a prompt-enhancer submodel, expose it on the output.

    Outputs:
        prompt_enhancer: Optional prompt-enhancer (Ministral3ForCausalLM)
        text_encoder: Mistral3 text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "ernie_image_model_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "model",
            "ModelIdentifierField",
            input="direct",
            required=True,
            model_base=("ernie-image",),
            model_type=("main",),
        ),
        field("use_prompt_enhancer", "BooleanField"),
    )
    OUTPUTS = {
        "prompt_enhancer": ("PromptEnhancerField", "SINGLE"),
        "text_encoder": ("Mistral3EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | None,
        use_prompt_enhancer: bool | Output[bool] | None = True,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model, use_prompt_enhancer=use_prompt_enhancer)

    @property
    def prompt_enhancer(self) -> Output[PromptEnhancerField]:
        """Optional prompt-enhancer (Ministral3ForCausalLM)"""
        return Output(self, "prompt_enhancer")

    @property
    def text_encoder(self) -> Output[Mistral3EncoderField]:
        """Mistral3 text encoder"""
        return Output(self, "text_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class ErnieImagePromptEnhancerInvocation(Node):
    """Prompt Enhancer - ERNIE-Image (ernie_image_prompt_enhancer; conditioning, prototype).

    Rewrites a prompt for ERNIE-Image generation using the pipeline's bundled prompt-enhancer (Ministral3ForCausalLM), sized for the intended output dimensions. If no prompt-enhancer is connected — the pipeline may not ship one — the prompt is passed through unchanged.

    Args:
        height: Target height the prompt is rewritten for.
        prompt: Text prompt to rewrite.
        prompt_enhancer: The prompt-enhancer model. If not connected, the prompt is passed through unchanged. Connection only.
        temperature: Temperature (>= 0.0, <= 2.0)
        top_p: Top P (>= 0.0, <= 1.0)
        width: Target width the prompt is rewritten for.

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "ernie_image_prompt_enhancer"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField"),
        field("prompt", "StringField", required=True),
        field("prompt_enhancer", "PromptEnhancerField", input="connection"),
        field("temperature", "FloatField", minimum=0.0, maximum=2.0),
        field("top_p", "FloatField", minimum=0.0, maximum=1.0),
        field("width", "IntegerField"),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        height: int | Output[int] | None = 1024,
        prompt: str | Output[str] | Output[float] | None,
        prompt_enhancer: Output[PromptEnhancerField] | None = None,
        temperature: float | Output[float] | None = 0.6,
        top_p: float | Output[float] | None = 0.95,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            height=height,
            prompt=prompt,
            prompt_enhancer=prompt_enhancer,
            temperature=temperature,
            top_p=top_p,
            width=width,
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class ErnieImageTextEncoderInvocation(Node):
    """Prompt - ERNIE-Image (ernie_image_text_encoder; conditioning, prototype).

    Encodes a prompt for ERNIE-Image generation. Rewriting a prompt with the pipeline's bundled prompt-enhancer is the separate `ernie_image_prompt_enhancer` node; connect its output to `prompt` to enhance. Keeping the two apart is what lets this node stay `idle_gpu_offloadable` — see that node's decorator for why the enhancer must not be.

    Args:
        prompt: Text prompt to encode.
        text_encoder: Mistral3 text encoder + tokenizer Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "ernie_image_text_encoder"
    VERSION = "2.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("prompt", "StringField", required=True),
        field("text_encoder", "Mistral3EncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("ErnieImageConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None,
        text_encoder: Output[Mistral3EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, prompt=prompt, text_encoder=text_encoder)

    @property
    def conditioning(self) -> Output[ErnieImageConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class ErnieImageVaeDecodeInvocation(Node):
    """Latents to Image - ERNIE-Image (ernie_image_vae_decode; latents, prototype).

    Decode ERNIE-Image patched latents to an image.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "ernie_image_vae_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ExpandMaskWithFadeInvocation(Node):
    """Expand Mask with Fade (expand_mask_with_fade; mask, stable).

    Expands a mask with a fade effect. The mask uses black to indicate areas to keep from the generated image and white for areas to discard. The mask is thresholded to create a binary mask, and then a distance transform is applied to create a fade effect. The fade size is specified in pixels, and the mask is expanded by that amount. The result is a mask with a smooth transition from black to white. If the fade size is 0, the mask is returned as-is.

    Args:
        board: The board to save the image to Value only (no connection).
        fade_size_px: The size of the fade in pixels (>= 0)
        mask: The mask to expand
        metadata: Optional metadata to be saved with the image Connection only.
        threshold: The threshold for the binary mask (0-255) (>= 0, <= 255)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "expand_mask_with_fade"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("fade_size_px", "IntegerField", minimum=0),
        field("mask", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("threshold", "IntegerField", minimum=0, maximum=255),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        fade_size_px: int | Output[int] | None = 32,
        mask: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        threshold: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            fade_size_px=fade_size_px,
            mask=mask,
            metadata=metadata,
            threshold=threshold,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ExtractVideoRangeInvocation(Node):
    """Frame Range from Video (extract_video_range; video, prototype).

    Trim a video to a contiguous frame range and re-encode as MP4. Both bounds are inclusive and 0-based — ``start_frame=10, end_frame=50`` emits 41 frames. Negative indices count from the end (``end_frame=-1`` is the final frame), matching ``video_frame_extract``. The output frame rate defaults to the source video's frame rate; set ``fps=0`` to inherit it (or 16 fps if the source rate can't be probed). The resolved (positive) ``start_frame`` and ``end_frame`` are also emitted as outputs, so chained workflows can re-use the boundary indices — e.g. feeding them into a downstream Frame from Video to extract the same boundary frame.

    Args:
        board: The board to save the image to Value only (no connection).
        end_frame: Last frame to keep, inclusive. -1 = last frame. Negative indices count from the end.
        fps: Output frame rate. 0 = match the source video's frame rate (falls back to 16 fps if the source rate can't be probed). (>= 0, <= 120)
        metadata: Optional metadata to be saved with the image Connection only.
        start_frame: First frame to keep, inclusive. 0 = first frame. Negative indices count from the end.
        video: The video to extract a frame range from.

    Outputs:
        duration: The duration of the trimmed video in seconds
        end_frame: The resolved (positive, 0-based) end frame index in the source video
        fps: The frames-per-second of the trimmed video
        height: The height of the video in pixels
        num_frames: The number of frames in the trimmed video
        start_frame: The resolved (positive, 0-based) start frame index in the source video
        video: The trimmed video
        width: The width of the video in pixels
    """

    __slots__ = ()
    TYPE = "extract_video_range"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("end_frame", "IntegerField"),
        field("fps", "IntegerField", minimum=0, maximum=120),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("start_frame", "IntegerField"),
        field("video", "VideoField", required=True),
    )
    OUTPUTS = {
        "duration": ("FloatField", "SINGLE"),
        "end_frame": ("IntegerField", "SINGLE"),
        "fps": ("FloatField", "SINGLE"),
        "height": ("IntegerField", "SINGLE"),
        "num_frames": ("IntegerField", "SINGLE"),
        "start_frame": ("IntegerField", "SINGLE"),
        "video": ("VideoField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        end_frame: int | Output[int] | None = -1,
        fps: int | Output[int] | None = 0,
        metadata: Output[MetadataField] | None = None,
        start_frame: int | Output[int] | None = 0,
        video: VideoValue | Output[VideoField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            end_frame=end_frame,
            fps=fps,
            metadata=metadata,
            start_frame=start_frame,
            video=video,
        )

    @property
    def duration(self) -> Output[float]:
        """The duration of the trimmed video in seconds"""
        return Output(self, "duration")

    @property
    def end_frame(self) -> Output[int]:
        """The resolved (positive, 0-based) end frame index in the source video"""
        return Output(self, "end_frame")

    @property
    def fps(self) -> Output[float]:
        """The frames-per-second of the trimmed video"""
        return Output(self, "fps")

    @property
    def height(self) -> Output[int]:
        """The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """The number of frames in the trimmed video"""
        return Output(self, "num_frames")

    @property
    def start_frame(self) -> Output[int]:
        """The resolved (positive, 0-based) start frame index in the source video"""
        return Output(self, "start_frame")

    @property
    def video(self) -> Output[VideoField]:
        """The trimmed video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """The width of the video in pixels"""
        return Output(self, "width")


class FLUXLoRACollectionLoader(Node):
    """Apply LoRA Collection - FLUX (flux_lora_collection_loader; model, stable).

    Applies a collection of LoRAs to a FLUX transformer.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['flux'], type ['lora'].
        t5_encoder: T5 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        t5_encoder: T5 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux_lora_collection_loader"
    VERSION = "1.3.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("flux",), model_type=("lora",)),
        field("t5_encoder", "T5EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {
        "clip": ("CLIPField", "SINGLE"),
        "t5_encoder": ("T5EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        t5_encoder: Output[T5EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            clip=clip,
            loras=loras,
            t5_encoder=t5_encoder,
            transformer=transformer,
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class FaceIdentifierInvocation(Node):
    """FaceIdentifier (face_identifier; segmentation, stable).

    Outputs an image with detected face IDs printed on each face. For use with other FaceTools.

    Args:
        board: The board to save the image to Value only (no connection).
        chunk: Whether to bypass full image face detection and default to image chunking. Chunking will occur if no faces are found in the full image.
        image: Image to face detect
        metadata: Optional metadata to be saved with the image Connection only.
        minimum_confidence: Minimum confidence for face detection (lower if detection is failing)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "face_identifier"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("chunk", "BooleanField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("minimum_confidence", "FloatField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        chunk: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        minimum_confidence: float | Output[float] | None = 0.5,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            chunk=chunk,
            image=image,
            metadata=metadata,
            minimum_confidence=minimum_confidence,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class FaceMaskInvocation(Node):
    """FaceMask (face_mask_detection; segmentation, stable).

    Face mask creation using mediapipe face detection

    Args:
        chunk: Whether to bypass full image face detection and default to image chunking. Chunking will occur if no faces are found in the full image.
        face_ids: Comma-separated list of face ids to mask eg '0,2,7'. Numbered from 0. Leave empty to mask all. Find face IDs with FaceIdentifier node.
        image: Image to face detect
        invert_mask: Toggle to invert the mask
        metadata: Optional metadata to be saved with the image Connection only.
        minimum_confidence: Minimum confidence for face detection (lower if detection is failing)
        x_offset: Offset for the X-axis of the face mask
        y_offset: Offset for the Y-axis of the face mask

    Outputs:
        height: The height of the image in pixels
        image: The output image
        mask: The output mask
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "face_mask_detection"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("chunk", "BooleanField"),
        field("face_ids", "StringField"),
        field("image", "ImageField", required=True),
        field("invert_mask", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("minimum_confidence", "FloatField"),
        field("x_offset", "FloatField"),
        field("y_offset", "FloatField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "mask": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        chunk: bool | Output[bool] | None = False,
        face_ids: str | Output[str] | Output[float] | None = "",
        image: ImageValue | Output[ImageField] | None,
        invert_mask: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        minimum_confidence: float | Output[float] | None = 0.5,
        x_offset: float | Output[float] | None = 0.0,
        y_offset: float | Output[float] | None = 0.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            chunk=chunk,
            face_ids=face_ids,
            image=image,
            invert_mask=invert_mask,
            metadata=metadata,
            minimum_confidence=minimum_confidence,
            x_offset=x_offset,
            y_offset=y_offset,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def mask(self) -> Output[ImageField]:
        """The output mask"""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class FaceOffInvocation(Node):
    """FaceOff (face_off; segmentation, stable).

    Bound, extract, and mask a face from an image using MediaPipe detection

    Args:
        chunk: Whether to bypass full image face detection and default to image chunking. Chunking will occur if no faces are found in the full image.
        face_id: The face ID to process, numbered from 0. Multiple faces not supported. Find a face's ID with FaceIdentifier node. (>= 0)
        image: Image for face detection
        metadata: Optional metadata to be saved with the image Connection only.
        minimum_confidence: Minimum confidence for face detection (lower if detection is failing)
        padding: All-axis padding around the mask in pixels
        x_offset: X-axis offset of the mask
        y_offset: Y-axis offset of the mask

    Outputs:
        height: The height of the image in pixels
        image: The output image
        mask: The output mask
        width: The width of the image in pixels
        x: The x coordinate of the bounding box's left side
        y: The y coordinate of the bounding box's top side
    """

    __slots__ = ()
    TYPE = "face_off"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("chunk", "BooleanField"),
        field("face_id", "IntegerField", minimum=0),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("minimum_confidence", "FloatField"),
        field("padding", "IntegerField"),
        field("x_offset", "FloatField"),
        field("y_offset", "FloatField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "mask": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
        "x": ("IntegerField", "SINGLE"),
        "y": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        chunk: bool | Output[bool] | None = False,
        face_id: int | Output[int] | None = 0,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        minimum_confidence: float | Output[float] | None = 0.5,
        padding: int | Output[int] | None = 0,
        x_offset: float | Output[float] | None = 0.0,
        y_offset: float | Output[float] | None = 0.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            chunk=chunk,
            face_id=face_id,
            image=image,
            metadata=metadata,
            minimum_confidence=minimum_confidence,
            padding=padding,
            x_offset=x_offset,
            y_offset=y_offset,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def mask(self) -> Output[ImageField]:
        """The output mask"""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")

    @property
    def x(self) -> Output[int]:
        """The x coordinate of the bounding box's left side"""
        return Output(self, "x")

    @property
    def y(self) -> Output[int]:
        """The y coordinate of the bounding box's top side"""
        return Output(self, "y")


class FloatBatchInvocation(Node):
    """Float Batch (float_batch; batch, special).

    Create a batched generation, where the workflow is executed once for each float in the batch.

    Args:
        batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the same ID will be 'zipped' before execution, and all nodes' collections must be of the same size. Value only (no connection).
        floats: The floats to batch over (at least 1 items)

    Outputs:
        value: The output float
    """

    __slots__ = ()
    TYPE = "float_batch"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "batch_group_id",
            "EnumField",
            input="direct",
            options=("Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"),
        ),
        field("floats", "FloatField", cardinality="COLLECTION", required=True, min_items=1),
    )
    OUTPUTS = {"value": ("FloatField", "SINGLE")}

    def __init__(
        self,
        *,
        batch_group_id: Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"] | None = "None",
        floats: Sequence[float] | Output[Sequence[float]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, batch_group_id=batch_group_id, floats=floats)

    @property
    def value(self) -> Output[float]:
        """The output float"""
        return Output(self, "value")


class FloatCollectionInvocation(Node):
    """Float Collection Primitive (float_collection; primitives, stable).

    A collection of float primitive values

    Args:
        collection: The collection of float values

    Outputs:
        collection: The float collection
    """

    __slots__ = ()
    TYPE = "float_collection"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "FloatField", cardinality="COLLECTION"))
    OUTPUTS = {"collection": ("FloatField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[float] | Output[Sequence[float]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def collection(self) -> Output[Sequence[float]]:
        """The float collection"""
        return Output(self, "collection")


class FloatGenerator(Node):
    """Float Generator (float_generator; batch, special).

    Generated a range of floats for use in a batched generation

    Args:
        generator: The float generator. Value only (no connection).

    Outputs:
        floats: The generated floats
    """

    __slots__ = ()
    TYPE = "float_generator"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("generator", "FloatGeneratorField", input="direct", required=True))
    OUTPUTS = {"floats": ("FloatField", "COLLECTION")}

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, generator=generator)

    @property
    def floats(self) -> Output[Sequence[float]]:
        """The generated floats"""
        return Output(self, "floats")


class FloatInvocation(Node):
    """Float Primitive (float; primitives, stable).

    A float primitive value

    Args:
        value: The float value

    Outputs:
        value: The output float
    """

    __slots__ = ()
    TYPE = "float"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("value", "FloatField"))
    OUTPUTS = {"value": ("FloatField", "SINGLE")}

    def __init__(
        self,
        *,
        value: float | Output[float] | None = 0.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, value=value)

    @property
    def value(self) -> Output[float]:
        """The output float"""
        return Output(self, "value")


class FloatLinearRangeInvocation(Node):
    """Float Range (float_range; math, stable).

    Creates a range

    Args:
        start: The first value of the range
        steps: number of values to interpolate over (including start and stop)
        stop: The last value of the range

    Outputs:
        collection: The float collection
    """

    __slots__ = ()
    TYPE = "float_range"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("start", "FloatField"), field("steps", "IntegerField"), field("stop", "FloatField"))
    OUTPUTS = {"collection": ("FloatField", "COLLECTION")}

    def __init__(
        self,
        *,
        start: float | Output[float] | None = 5,
        steps: int | Output[int] | None = 30,
        stop: float | Output[float] | None = 10,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, start=start, steps=steps, stop=stop)

    @property
    def collection(self) -> Output[Sequence[float]]:
        """The float collection"""
        return Output(self, "collection")


class FloatMathInvocation(Node):
    """Float Math (float_math; math, stable).

    Performs floating point math.

    Args:
        a: The first number
        b: The second number
        operation: The operation to perform Choices: 'ABS': Absolute Value of A, 'ADD': Add A+B, 'DIV': Divide A/B, 'EXP': Exponentiate A^B, 'MAX': Maximum(A,B), 'MIN': Minimum(A,B), 'MUL': Multiply A*B, 'SQRT': Square Root of A, 'SUB': Subtract A-B.

    Outputs:
        value: The output float
    """

    __slots__ = ()
    TYPE = "float_math"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("a", "FloatField"),
        field("b", "FloatField"),
        field("operation", "EnumField", options=("ABS", "ADD", "DIV", "EXP", "MAX", "MIN", "MUL", "SQRT", "SUB")),
    )
    OUTPUTS = {"value": ("FloatField", "SINGLE")}

    def __init__(
        self,
        *,
        a: float | Output[float] | None = 1,
        b: float | Output[float] | None = 1,
        operation: Literal["ABS", "ADD", "DIV", "EXP", "MAX", "MIN", "MUL", "SQRT", "SUB"]
        | Output[EnumField]
        | None = "ADD",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, a=a, b=b, operation=operation)

    @property
    def value(self) -> Output[float]:
        """The output float"""
        return Output(self, "value")


class FloatToIntegerInvocation(Node):
    """Float To Integer (float_to_int; math, stable).

    Rounds a float number to (a multiple of) an integer.

    Args:
        method: The method to use for rounding
        multiple: The multiple to round to (>= 1)
        value: The value to round

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "float_to_int"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("method", "EnumField", options=("Ceiling", "Floor", "Nearest", "Truncate")),
        field("multiple", "IntegerField", minimum=1),
        field("value", "FloatField"),
    )
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        method: Literal["Ceiling", "Floor", "Nearest", "Truncate"] | Output[EnumField] | None = "Nearest",
        multiple: int | Output[int] | None = 1,
        value: float | Output[float] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, method=method, multiple=multiple, value=value)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class Flux2DenoiseInvocation(Node):
    """FLUX2 Denoise (flux2_denoise; latents, prototype).

    Run denoising process with a FLUX.2 Klein transformer model. This node is designed for FLUX.2 Klein models which use Qwen3 as the text encoder. Regional prompting is supported via per-conditioning masks (single mask is applied to every transformer block via `joint_attention_kwargs`). ControlNet and IP-Adapters are not supported. Regional masking is skipped when reference images are attached.

    Args:
        add_noise: Add noise based on denoising start.
        cfg_scale: Classifier-Free Guidance scale
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance: Guidance strength for distilled guidance-embedding models. Inert for all current FLUX.2 Klein variants (their guidance_embeds weights are absent/zero); kept for node-graph compatibility and future guidance-embedded models. (>= 0, <= 20)
        height: Height of the generated image. (a multiple of 16)
        kontext_conditioning: FLUX Kontext conditioning (reference images for multi-reference image editing). Connection only.
        latents: Latents tensor Connection only.
        negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0. Connection only.
        noise: Noise tensor Connection only.
        num_steps: Number of diffusion steps. Use 4 for distilled models, 28+ for base models.
        positive_text_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler (sampler) for the denoising process. 'euler' is fast and standard. 'heun' is 2nd-order (better quality, 2x slower). 'lcm' is optimized for few steps. Choices: 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        transformer: Flux model (Transformer) to load Connection only.
        vae: FLUX.2 VAE model (required for BN statistics). Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "flux2_denoise"
    VERSION = "1.6.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("cfg_scale", "FloatField"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance", "FloatField", minimum=0, maximum=20),
        field("height", "IntegerField", multiple_of=16),
        field(
            "kontext_conditioning",
            "FluxKontextConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
        ),
        field("latents", "LatentsField", input="connection"),
        field("negative_text_conditioning", "FluxConditioningField", input="connection"),
        field("noise", "LatentsField", input="connection"),
        field("num_steps", "IntegerField"),
        field(
            "positive_text_conditioning",
            "FluxConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("scheduler", "EnumField", options=("euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("transformer", "TransformerField", input="connection", required=True),
        field("vae", "VAEField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        cfg_scale: float | Output[float] | None = 1.0,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance: float | Output[float] | None = 4.0,
        height: int | Output[int] | None = 1024,
        kontext_conditioning: Output[FluxKontextConditioningField]
        | Output[Sequence[FluxKontextConditioningField]]
        | None = None,
        latents: Output[LatentsField] | None = None,
        negative_text_conditioning: Output[FluxConditioningField] | None = None,
        noise: Output[LatentsField] | None = None,
        num_steps: int | Output[int] | None = 4,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[EnumField] | None = "euler",
        seed: int | Output[int] | None = 0,
        transformer: Output[TransformerField] | None = None,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            cfg_scale=cfg_scale,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance=guidance,
            height=height,
            kontext_conditioning=kontext_conditioning,
            latents=latents,
            negative_text_conditioning=negative_text_conditioning,
            noise=noise,
            num_steps=num_steps,
            positive_text_conditioning=positive_text_conditioning,
            scheduler=scheduler,
            seed=seed,
            transformer=transformer,
            vae=vae,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class Flux2DevLoRACollectionLoader(Node):
    """Apply LoRA Collection - FLUX.2 [dev] (flux2_dev_lora_collection_loader; model, prototype).

    Apply a collection of LoRAs to a FLUX.2 [dev] transformer and/or Mistral encoder.

    Args:
        loras: LoRA models and weights. May be a single LoRA or collection.
        mistral_encoder: Mistral tokenizer/processor and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        mistral_encoder: Mistral tokenizer/processor and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux2_dev_lora_collection_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION"),
        field("mistral_encoder", "MistralEncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {"mistral_encoder": ("MistralEncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        mistral_encoder: Output[MistralEncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, loras=loras, mistral_encoder=mistral_encoder, transformer=transformer
        )

    @property
    def mistral_encoder(self) -> Output[MistralEncoderField]:
        """Mistral tokenizer/processor and text encoder"""
        return Output(self, "mistral_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class Flux2DevLoRALoaderInvocation(Node):
    """Apply LoRA - FLUX.2 [dev] (flux2_dev_lora_loader; model, prototype).

    Apply a LoRA to a FLUX.2 [dev] transformer and/or its Mistral text encoder.

    Args:
        lora: LoRA model to load Model base ['flux2'], type ['lora'].
        mistral_encoder: Mistral tokenizer/processor and text encoder Connection only.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        mistral_encoder: Mistral tokenizer/processor and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux2_dev_lora_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("flux2",), model_type=("lora",)),
        field("mistral_encoder", "MistralEncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"mistral_encoder": ("MistralEncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        mistral_encoder: Output[MistralEncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            lora=lora,
            mistral_encoder=mistral_encoder,
            transformer=transformer,
            weight=weight,
        )

    @property
    def mistral_encoder(self) -> Output[MistralEncoderField]:
        """Mistral tokenizer/processor and text encoder"""
        return Output(self, "mistral_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class Flux2DevModelLoaderInvocation(Node):
    """Main Model - FLUX.2 [dev] (flux2_dev_model_loader; model, prototype).

    Load a FLUX.2 [dev] transformer plus its Mistral text encoder and VAE. FLUX.2 [dev] is a 32B guidance-distilled rectified flow transformer that uses Mistral Small 3.1 (24B) as its sole text encoder, sharing the 32-channel AutoencoderKLFlux2 VAE with FLUX.2 Klein. When the transformer is a Diffusers-format checkpoint, both VAE and Mistral encoder can be extracted directly from the main model. For single-file safetensors or GGUF transformers, you must supply standalone VAE and Mistral encoder models, or point at a Diffusers FLUX.2 [dev] checkout for sub-model extraction.

    Args:
        max_seq_len: Max sequence length for the Mistral encoder. FLUX.2 [dev] uses 512 by default.
        mistral_encoder_model: Standalone Mistral text encoder. Required when the transformer is a single-file safetensors or GGUF without a sibling Diffusers source. Value only (no connection). Model base [], type ['mistral_encoder'].
        mistral_source_model: Diffusers FLUX.2 [dev] model to extract VAE and/or Mistral encoder from. Use this if you don't have separate VAE / Mistral encoder models. Ignored if both are provided separately. Value only (no connection). Model base ['flux2'], type ['main'].
        model: FLUX.2 [dev] model (Transformer) to load Value only (no connection). Model base ['flux2'], type ['main'].
        vae_model: Standalone FLUX.2 VAE (AutoencoderKLFlux2). If not provided, the VAE is extracted from the Diffusers source model. Value only (no connection). Model base ['flux2'], type ['vae'].

    Outputs:
        max_seq_len: Max sequence length for the Mistral encoder.
        mistral_encoder: Mistral tokenizer/processor and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "flux2_dev_model_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("max_seq_len", "EnumField", options=(256, 512)),
        field("mistral_encoder_model", "ModelIdentifierField", input="direct", model_type=("mistral_encoder",)),
        field(
            "mistral_source_model", "ModelIdentifierField", input="direct", model_base=("flux2",), model_type=("main",)
        ),
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("flux2",), model_type=("main",)
        ),
        field("vae_model", "ModelIdentifierField", input="direct", model_base=("flux2",), model_type=("vae",)),
    )
    OUTPUTS = {
        "max_seq_len": ("EnumField", "SINGLE"),
        "mistral_encoder": ("MistralEncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        max_seq_len: Literal[256, 512] | Output[EnumField] | None = 512,
        mistral_encoder_model: ModelValue | None = None,
        mistral_source_model: ModelValue | None = None,
        model: ModelValue | None,
        vae_model: ModelValue | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            max_seq_len=max_seq_len,
            mistral_encoder_model=mistral_encoder_model,
            mistral_source_model=mistral_source_model,
            model=model,
            vae_model=vae_model,
        )

    @property
    def max_seq_len(self) -> Output[EnumField]:
        """Max sequence length for the Mistral encoder."""
        return Output(self, "max_seq_len")

    @property
    def mistral_encoder(self) -> Output[MistralEncoderField]:
        """Mistral tokenizer/processor and text encoder"""
        return Output(self, "mistral_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class Flux2DevTextEncoderInvocation(Node):
    """Prompt - FLUX.2 [dev] (flux2_dev_text_encoder; prompt, prototype).

    Encode a prompt for FLUX.2 [dev] using its Mistral Small 3.1 text encoder.

    Args:
        mask: A mask defining the region that this conditioning prompt applies to.
        max_seq_len: Max sequence length for the Mistral encoder.
        mistral_encoder: Mistral tokenizer/processor and text encoder Connection only.
        prompt: Text prompt to encode.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "flux2_dev_text_encoder"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("mask", "TensorField"),
        field("max_seq_len", "EnumField", options=(256, 512)),
        field("mistral_encoder", "MistralEncoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
    )
    OUTPUTS = {"conditioning": ("FluxConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        max_seq_len: Literal[256, 512] | Output[EnumField] | None = 512,
        mistral_encoder: Output[MistralEncoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            mask=mask,
            max_seq_len=max_seq_len,
            mistral_encoder=mistral_encoder,
            prompt=prompt,
        )

    @property
    def conditioning(self) -> Output[FluxConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class Flux2KleinLoRACollectionLoader(Node):
    """Apply LoRA Collection - Flux2 Klein (flux2_klein_lora_collection_loader; model, prototype).

    Applies a collection of LoRAs to a FLUX.2 Klein transformer and/or Qwen3 text encoder.

    Args:
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['flux2'], type ['lora'].
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux2_klein_lora_collection_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("flux2",), model_type=("lora",)),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {"qwen3_encoder": ("Qwen3EncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, loras=loras, qwen3_encoder=qwen3_encoder, transformer=transformer
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class Flux2KleinLoRALoaderInvocation(Node):
    """Apply LoRA - Flux2 Klein (flux2_klein_lora_loader; model, prototype).

    Apply a LoRA model to a FLUX.2 Klein transformer and/or Qwen3 text encoder.

    Args:
        lora: LoRA model to load Model base ['flux2'], type ['lora'].
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux2_klein_lora_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("flux2",), model_type=("lora",)),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"qwen3_encoder": ("Qwen3EncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            lora=lora,
            qwen3_encoder=qwen3_encoder,
            transformer=transformer,
            weight=weight,
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class Flux2KleinModelLoaderInvocation(Node):
    """Main Model - Flux2 Klein (flux2_klein_model_loader; model, prototype).

    Loads a Flux2 Klein model, outputting its submodels. Flux2 Klein uses Qwen3 as the text encoder instead of CLIP+T5. It uses a 32-channel VAE (AutoencoderKLFlux2) instead of the 16-channel FLUX.1 VAE. When using a Diffusers format model, both VAE and Qwen3 encoder are extracted automatically from the main model. You can override with standalone models: - Transformer: Always from Flux2 Klein main model - VAE: From main model (Diffusers) or standalone VAE - Qwen3 Encoder: From main model (Diffusers) or standalone Qwen3 model

    Args:
        max_seq_len: Max sequence length for the Qwen3 encoder.
        model: Flux model (Transformer) to load Value only (no connection). Model base ['flux2'], type ['main'].
        qwen3_encoder_model: Standalone Qwen3 Encoder model. If not provided, encoder will be loaded from the Qwen3 Source model. Value only (no connection). Model base [], type ['qwen3_encoder'].
        qwen3_source_model: Diffusers or SDNQ-pipeline Flux2 Klein model to extract VAE and/or Qwen3 encoder from. Use this if you don't have separate VAE/Qwen3 models. Ignored if both VAE and Qwen3 Encoder are provided separately. Value only (no connection). Model base ['flux2'], type ['main'].
        vae_model: Standalone VAE model. Flux2 Klein uses the same VAE as FLUX (16-channel). If not provided, VAE will be loaded from the Qwen3 Source model. Value only (no connection). Model base ['flux', 'flux2'], type ['vae'].

    Outputs:
        max_seq_len: The max sequence length for the Qwen3 encoder.
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "flux2_klein_model_loader"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("max_seq_len", "EnumField", options=(256, 512)),
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("flux2",), model_type=("main",)
        ),
        field("qwen3_encoder_model", "ModelIdentifierField", input="direct", model_type=("qwen3_encoder",)),
        field(
            "qwen3_source_model", "ModelIdentifierField", input="direct", model_base=("flux2",), model_type=("main",)
        ),
        field("vae_model", "ModelIdentifierField", input="direct", model_base=("flux", "flux2"), model_type=("vae",)),
    )
    OUTPUTS = {
        "max_seq_len": ("EnumField", "SINGLE"),
        "qwen3_encoder": ("Qwen3EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        max_seq_len: Literal[256, 512] | Output[EnumField] | None = 512,
        model: ModelValue | None,
        qwen3_encoder_model: ModelValue | None = None,
        qwen3_source_model: ModelValue | None = None,
        vae_model: ModelValue | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            max_seq_len=max_seq_len,
            model=model,
            qwen3_encoder_model=qwen3_encoder_model,
            qwen3_source_model=qwen3_source_model,
            vae_model=vae_model,
        )

    @property
    def max_seq_len(self) -> Output[EnumField]:
        """The max sequence length for the Qwen3 encoder."""
        return Output(self, "max_seq_len")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class Flux2KleinTextEncoderInvocation(Node):
    """Prompt - Flux2 Klein (flux2_klein_text_encoder; prompt, prototype).

    Encodes and preps a prompt for Flux2 Klein image generation. Flux2 Klein uses Qwen3 as the text encoder, extracting hidden states from layers (9, 18, 27) and stacking them for richer text representations. This matches the diffusers Flux2KleinPipeline implementation exactly.

    Args:
        mask: A mask defining the region that this conditioning prompt applies to.
        max_seq_len: Max sequence length for the Qwen3 encoder.
        prompt: Text prompt to encode.
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "flux2_klein_text_encoder"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("mask", "TensorField"),
        field("max_seq_len", "EnumField", options=(256, 512)),
        field("prompt", "StringField", required=True),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("FluxConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        max_seq_len: Literal[256, 512] | Output[EnumField] | None = 512,
        prompt: str | Output[str] | Output[float] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            mask=mask,
            max_seq_len=max_seq_len,
            prompt=prompt,
            qwen3_encoder=qwen3_encoder,
        )

    @property
    def conditioning(self) -> Output[FluxConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class Flux2PiDDecodeInvocation(Node):
    """Latents to Image - FLUX.2 + PiD (4x SR) (flux2_pid_decode; latents, prototype).

    Decode a FLUX.2 Klein latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a single pass. The stored FLUX.2 latent is patchified from ``(B, 32, H/8, W/8)`` to the ``(B, 128, H/16, W/16)`` layout PiD's FLUX.2 backbone expects, then decoded directly (it is already in raw, BN-denormalized space; see the module docstring).

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD FLUX.2 decoder checkpoint. Connection only.
        prompt: Text prompt the latent was generated from. PiD conditions on it.
        seed: Seed for the PiD decoder's noise.
        vae: FLUX.2 VAE, used only to read a scalar scaling_factor / shift_factor if one exists. FLUX.2 normalises latents with BatchNorm (already inverted in flux2_denoise), so this is normally an identity transform and the input can be left unconnected. Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "flux2_pid_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("seed", "IntegerField"),
        field("vae", "VAEField", input="connection"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        seed: int | Output[int] | None = 0,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class Flux2VaeDecodeInvocation(Node):
    """Latents to Image - FLUX2 (flux2_vae_decode; latents, prototype).

    Generates an image from latents using FLUX.2 Klein's 32-channel VAE.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "flux2_vae_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class Flux2VaeEncodeInvocation(Node):
    """Image to Latents - FLUX2 (flux2_vae_encode; latents, prototype).

    Encodes an image into latents using FLUX.2 Klein's 32-channel VAE.

    Args:
        image: The image to encode.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "flux2_vae_encode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image", "ImageField", required=True), field("vae", "VAEField", input="connection", required=True)
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class FluxControlLoRALoaderInvocation(Node):
    """Control LoRA - FLUX (flux_control_lora_loader; model, stable).

    LoRA model and Image to use with FLUX transformer generation.

    Args:
        image: The image to encode.
        lora: Control LoRA model to load Model base ['flux'], type ['control_lora'].
        weight: The weight of the LoRA.

    Outputs:
        control_lora: Control LoRAs to apply on model loading
    """

    __slots__ = ()
    TYPE = "flux_control_lora_loader"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image", "ImageField", required=True),
        field("lora", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("control_lora",)),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"control_lora": ("ControlLoRAField", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        weight: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, lora=lora, weight=weight)

    @property
    def control_lora(self) -> Output[ControlLoRAField]:
        """Control LoRAs to apply on model loading"""
        return Output(self, "control_lora")


class FluxControlNetInvocation(Node):
    """FLUX ControlNet (flux_controlnet; conditioning, stable).

    Collect FLUX ControlNet info to pass to other nodes.

    Args:
        begin_step_percent: When the ControlNet is first applied (% of total steps) (>= 0, <= 1)
        control_model: ControlNet model to load Model base ['flux'], type ['controlnet'].
        control_weight: The weight given to the ControlNet (>= -1, <= 2)
        end_step_percent: When the ControlNet is last applied (% of total steps) (>= 0, <= 1)
        image: The control image
        instantx_control_mode: The control mode for InstantX ControlNet union models. Ignored for other ControlNet models. The standard mapping is: canny (0), tile (1), depth (2), blur (3), pose (4), gray (5), low quality (6). Negative values will be treated as 'None'.
        resize_mode: The resize mode used

    Outputs:
        control: ControlNet(s) to apply
    """

    __slots__ = ()
    TYPE = "flux_controlnet"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0, maximum=1),
        field("control_model", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("controlnet",)),
        field("control_weight", "FloatField", cardinality="SINGLE_OR_COLLECTION", minimum=-1, maximum=2),
        field("end_step_percent", "FloatField", minimum=0, maximum=1),
        field("image", "ImageField", required=True),
        field("instantx_control_mode", "IntegerField"),
        field("resize_mode", "EnumField", options=("crop_resize", "fill_resize", "just_resize", "just_resize_simple")),
    )
    OUTPUTS = {"control": ("FluxControlNetField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0,
        control_model: ModelValue | Output[ModelIdentifierField] | None,
        control_weight: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1.0,
        end_step_percent: float | Output[float] | None = 1,
        image: ImageValue | Output[ImageField] | None,
        instantx_control_mode: int | Output[int] | None = -1,
        resize_mode: Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]
        | Output[EnumField]
        | None = "just_resize",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            control_model=control_model,
            control_weight=control_weight,
            end_step_percent=end_step_percent,
            image=image,
            instantx_control_mode=instantx_control_mode,
            resize_mode=resize_mode,
        )

    @property
    def control(self) -> Output[FluxControlNetField]:
        """ControlNet(s) to apply"""
        return Output(self, "control")


class FluxDenoiseInvocation(Node):
    """FLUX Denoise (flux_denoise; latents, stable).

    Run denoising process with a FLUX transformer model.

    Args:
        add_noise: Add noise based on denoising start.
        cfg_scale: Classifier-Free Guidance scale
        cfg_scale_end_step: Index of the last step to apply cfg_scale. Negative indices count backwards from the last step (e.g. a value of -1 refers to the final step).
        cfg_scale_start_step: Index of the first step to apply cfg_scale. Negative indices count backwards from the the last step (e.g. a value of -1 refers to the final step).
        control: ControlNet models. Connection only.
        control_lora: Control LoRA model to load Connection only.
        controlnet_vae: VAE Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        dype_exponent: DyPE decay speed (λt). Controls transition from low to high frequency detail. Only used when dype_preset is not 'off'. (>= 0.0, <= 1000.0)
        dype_preset: DyPE preset for high-resolution generation. 'auto' enables automatically for resolutions > 1536px. 'area' enables automatically based on image area. '4k' uses optimized settings for 4K output. Choices: '4k': 4K Optimized, 'area': Area (auto), 'auto': Auto (>1536px), 'manual': Manual, 'off': Off.
        dype_scale: DyPE magnitude (λs). Higher values = stronger extrapolation. Only used when dype_preset is not 'off'. (>= 0.0, <= 8.0)
        fill_conditioning: FLUX Fill conditioning. Connection only.
        guidance: The guidance strength. Higher values adhere more strictly to the prompt, and will produce less diverse images. FLUX dev only, ignored for schnell.
        height: Height of the generated image. (a multiple of 16)
        ip_adapter: IP-Adapter to apply Connection only.
        kontext_conditioning: FLUX Kontext conditioning (reference image). Connection only.
        latents: Latents tensor Connection only.
        negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0. Connection only.
        noise: Noise tensor Connection only.
        num_steps: Number of diffusion steps. Recommended values are schnell: 4, dev: 50.
        positive_text_conditioning: Positive conditioning tensor Connection only.
        redux_conditioning: FLUX Redux conditioning tensor. Connection only.
        scheduler: Scheduler (sampler) for the denoising process. 'euler' is fast and standard. 'heun' is 2nd-order (better quality, 2x slower). 'lcm' is optimized for few steps. Choices: 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        transformer: Flux model (Transformer) to load Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "flux_denoise"
    VERSION = "4.6.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("cfg_scale_end_step", "IntegerField"),
        field("cfg_scale_start_step", "IntegerField"),
        field("control", "FluxControlNetField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("control_lora", "ControlLoRAField", input="connection"),
        field("controlnet_vae", "VAEField", input="connection"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("dype_exponent", "FloatField", minimum=0.0, maximum=1000.0),
        field("dype_preset", "EnumField", options=("4k", "area", "auto", "manual", "off")),
        field("dype_scale", "FloatField", minimum=0.0, maximum=8.0),
        field("fill_conditioning", "FluxFillConditioningField", input="connection"),
        field("guidance", "FloatField"),
        field("height", "IntegerField", multiple_of=16),
        field("ip_adapter", "IPAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field(
            "kontext_conditioning",
            "FluxKontextConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
        ),
        field("latents", "LatentsField", input="connection"),
        field(
            "negative_text_conditioning",
            "FluxConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
        ),
        field("noise", "LatentsField", input="connection"),
        field("num_steps", "IntegerField"),
        field(
            "positive_text_conditioning",
            "FluxConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field(
            "redux_conditioning", "FluxReduxConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field("scheduler", "EnumField", options=("euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1.0,
        cfg_scale_end_step: int | Output[int] | None = -1,
        cfg_scale_start_step: int | Output[int] | None = 0,
        control: Output[FluxControlNetField] | Output[Sequence[FluxControlNetField]] | None = None,
        control_lora: Output[ControlLoRAField] | None = None,
        controlnet_vae: Output[VAEField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        dype_exponent: float | Output[float] | None = None,
        dype_preset: Literal["4k", "area", "auto", "manual", "off"] | Output[EnumField] | None = "off",
        dype_scale: float | Output[float] | None = None,
        fill_conditioning: Output[FluxFillConditioningField] | None = None,
        guidance: float | Output[float] | None = 4.0,
        height: int | Output[int] | None = 1024,
        ip_adapter: Output[IPAdapterField] | Output[Sequence[IPAdapterField]] | None = None,
        kontext_conditioning: Output[FluxKontextConditioningField]
        | Output[Sequence[FluxKontextConditioningField]]
        | None = None,
        latents: Output[LatentsField] | None = None,
        negative_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        noise: Output[LatentsField] | None = None,
        num_steps: int | Output[int] | None = 4,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        redux_conditioning: Output[FluxReduxConditioningField]
        | Output[Sequence[FluxReduxConditioningField]]
        | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[EnumField] | None = "euler",
        seed: int | Output[int] | None = 0,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            cfg_scale=cfg_scale,
            cfg_scale_end_step=cfg_scale_end_step,
            cfg_scale_start_step=cfg_scale_start_step,
            control=control,
            control_lora=control_lora,
            controlnet_vae=controlnet_vae,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            dype_exponent=dype_exponent,
            dype_preset=dype_preset,
            dype_scale=dype_scale,
            fill_conditioning=fill_conditioning,
            guidance=guidance,
            height=height,
            ip_adapter=ip_adapter,
            kontext_conditioning=kontext_conditioning,
            latents=latents,
            negative_text_conditioning=negative_text_conditioning,
            noise=noise,
            num_steps=num_steps,
            positive_text_conditioning=positive_text_conditioning,
            redux_conditioning=redux_conditioning,
            scheduler=scheduler,
            seed=seed,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class FluxDenoiseLatentsMetaInvocation(Node):
    """FLUX Denoise + Metadata (flux_denoise_meta; metadata, stable).

    Run denoising process with a FLUX transformer model + metadata.

    Args:
        add_noise: Add noise based on denoising start.
        cfg_scale: Classifier-Free Guidance scale
        cfg_scale_end_step: Index of the last step to apply cfg_scale. Negative indices count backwards from the last step (e.g. a value of -1 refers to the final step).
        cfg_scale_start_step: Index of the first step to apply cfg_scale. Negative indices count backwards from the the last step (e.g. a value of -1 refers to the final step).
        control: ControlNet models. Connection only.
        control_lora: Control LoRA model to load Connection only.
        controlnet_vae: VAE Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        dype_exponent: DyPE decay speed (λt). Controls transition from low to high frequency detail. Only used when dype_preset is not 'off'. (>= 0.0, <= 1000.0)
        dype_preset: DyPE preset for high-resolution generation. 'auto' enables automatically for resolutions > 1536px. 'area' enables automatically based on image area. '4k' uses optimized settings for 4K output. Choices: '4k': 4K Optimized, 'area': Area (auto), 'auto': Auto (>1536px), 'manual': Manual, 'off': Off.
        dype_scale: DyPE magnitude (λs). Higher values = stronger extrapolation. Only used when dype_preset is not 'off'. (>= 0.0, <= 8.0)
        fill_conditioning: FLUX Fill conditioning. Connection only.
        guidance: The guidance strength. Higher values adhere more strictly to the prompt, and will produce less diverse images. FLUX dev only, ignored for schnell.
        height: Height of the generated image. (a multiple of 16)
        ip_adapter: IP-Adapter to apply Connection only.
        kontext_conditioning: FLUX Kontext conditioning (reference image). Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0. Connection only.
        noise: Noise tensor Connection only.
        num_steps: Number of diffusion steps. Recommended values are schnell: 4, dev: 50.
        positive_text_conditioning: Positive conditioning tensor Connection only.
        redux_conditioning: FLUX Redux conditioning tensor. Connection only.
        scheduler: Scheduler (sampler) for the denoising process. 'euler' is fast and standard. 'heun' is 2nd-order (better quality, 2x slower). 'lcm' is optimized for few steps. Choices: 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        transformer: Flux model (Transformer) to load Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        metadata: Metadata Dict
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "flux_denoise_meta"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("cfg_scale_end_step", "IntegerField"),
        field("cfg_scale_start_step", "IntegerField"),
        field("control", "FluxControlNetField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("control_lora", "ControlLoRAField", input="connection"),
        field("controlnet_vae", "VAEField", input="connection"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("dype_exponent", "FloatField", minimum=0.0, maximum=1000.0),
        field("dype_preset", "EnumField", options=("4k", "area", "auto", "manual", "off")),
        field("dype_scale", "FloatField", minimum=0.0, maximum=8.0),
        field("fill_conditioning", "FluxFillConditioningField", input="connection"),
        field("guidance", "FloatField"),
        field("height", "IntegerField", multiple_of=16),
        field("ip_adapter", "IPAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field(
            "kontext_conditioning",
            "FluxKontextConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
        ),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field(
            "negative_text_conditioning",
            "FluxConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
        ),
        field("noise", "LatentsField", input="connection"),
        field("num_steps", "IntegerField"),
        field(
            "positive_text_conditioning",
            "FluxConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field(
            "redux_conditioning", "FluxReduxConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field("scheduler", "EnumField", options=("euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "metadata": ("MetadataField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1.0,
        cfg_scale_end_step: int | Output[int] | None = -1,
        cfg_scale_start_step: int | Output[int] | None = 0,
        control: Output[FluxControlNetField] | Output[Sequence[FluxControlNetField]] | None = None,
        control_lora: Output[ControlLoRAField] | None = None,
        controlnet_vae: Output[VAEField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        dype_exponent: float | Output[float] | None = None,
        dype_preset: Literal["4k", "area", "auto", "manual", "off"] | Output[EnumField] | None = "off",
        dype_scale: float | Output[float] | None = None,
        fill_conditioning: Output[FluxFillConditioningField] | None = None,
        guidance: float | Output[float] | None = 4.0,
        height: int | Output[int] | None = 1024,
        ip_adapter: Output[IPAdapterField] | Output[Sequence[IPAdapterField]] | None = None,
        kontext_conditioning: Output[FluxKontextConditioningField]
        | Output[Sequence[FluxKontextConditioningField]]
        | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        noise: Output[LatentsField] | None = None,
        num_steps: int | Output[int] | None = 4,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        redux_conditioning: Output[FluxReduxConditioningField]
        | Output[Sequence[FluxReduxConditioningField]]
        | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[EnumField] | None = "euler",
        seed: int | Output[int] | None = 0,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            cfg_scale=cfg_scale,
            cfg_scale_end_step=cfg_scale_end_step,
            cfg_scale_start_step=cfg_scale_start_step,
            control=control,
            control_lora=control_lora,
            controlnet_vae=controlnet_vae,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            dype_exponent=dype_exponent,
            dype_preset=dype_preset,
            dype_scale=dype_scale,
            fill_conditioning=fill_conditioning,
            guidance=guidance,
            height=height,
            ip_adapter=ip_adapter,
            kontext_conditioning=kontext_conditioning,
            latents=latents,
            metadata=metadata,
            negative_text_conditioning=negative_text_conditioning,
            noise=noise,
            num_steps=num_steps,
            positive_text_conditioning=positive_text_conditioning,
            redux_conditioning=redux_conditioning,
            scheduler=scheduler,
            seed=seed,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class FluxFillInvocation(Node):
    """FLUX Fill Conditioning (flux_fill; conditioning, beta).

    Prepare the FLUX Fill conditioning data.

    Args:
        image: The FLUX Fill reference image.
        mask: The bool inpainting mask. Excluded regions should be set to False, included regions should be set to True.

    Outputs:
        fill_cond: FLUX Redux conditioning tensor
    """

    __slots__ = ()
    TYPE = "flux_fill"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True), field("mask", "TensorField", required=True))
    OUTPUTS = {"fill_cond": ("FluxFillConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        mask: Mapping[str, Any] | Output[TensorField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, mask=mask)

    @property
    def fill_cond(self) -> Output[FluxFillConditioningField]:
        """FLUX Redux conditioning tensor"""
        return Output(self, "fill_cond")


class FluxIPAdapterInvocation(Node):
    """FLUX IP-Adapter (flux_ip_adapter; conditioning, stable).

    Collects FLUX IP-Adapter info to pass to other nodes.

    Args:
        begin_step_percent: When the IP-Adapter is first applied (% of total steps) (>= 0, <= 1)
        clip_vision_model: CLIP Vision model to use.
        end_step_percent: When the IP-Adapter is last applied (% of total steps) (>= 0, <= 1)
        image: The IP-Adapter image prompt(s).
        ip_adapter_model: The IP-Adapter model. Model base ['flux'], type ['ip_adapter'].
        weight: The weight given to the IP-Adapter

    Outputs:
        ip_adapter: IP-Adapter to apply
    """

    __slots__ = ()
    TYPE = "flux_ip_adapter"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0, maximum=1),
        field("clip_vision_model", "EnumField", options=("ViT-L",)),
        field("end_step_percent", "FloatField", minimum=0, maximum=1),
        field("image", "ImageField", required=True),
        field(
            "ip_adapter_model", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("ip_adapter",)
        ),
        field("weight", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
    )
    OUTPUTS = {"ip_adapter": ("IPAdapterField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0,
        clip_vision_model: Literal["ViT-L"] | Output[EnumField] | None = "ViT-L",
        end_step_percent: float | Output[float] | None = 1,
        image: ImageValue | Output[ImageField] | None,
        ip_adapter_model: ModelValue | Output[ModelIdentifierField] | None,
        weight: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            clip_vision_model=clip_vision_model,
            end_step_percent=end_step_percent,
            image=image,
            ip_adapter_model=ip_adapter_model,
            weight=weight,
        )

    @property
    def ip_adapter(self) -> Output[IPAdapterField]:
        """IP-Adapter to apply"""
        return Output(self, "ip_adapter")


class FluxKontextConcatenateImagesInvocation(Node):
    """FLUX Kontext Image Prep (flux_kontext_image_prep; conditioning, stable).

    Prepares an image or images for use with FLUX Kontext. The first/single image is resized to the nearest preferred Kontext resolution. All other images are concatenated horizontally, maintaining their aspect ratio.

    Args:
        board: The board to save the image to Value only (no connection).
        images: The images to concatenate (at least 1 items, at most 10 items)
        metadata: Optional metadata to be saved with the image Connection only.
        use_preferred_resolution: Use FLUX preferred resolutions for the first image

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "flux_kontext_image_prep"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("images", "ImageField", cardinality="COLLECTION", required=True, min_items=1, max_items=10),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("use_preferred_resolution", "BooleanField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None,
        metadata: Output[MetadataField] | None = None,
        use_preferred_resolution: bool | Output[bool] | None = True,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            images=images,
            metadata=metadata,
            use_preferred_resolution=use_preferred_resolution,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class FluxKontextInvocation(Node):
    """Kontext Conditioning - FLUX (flux_kontext; conditioning, stable).

    Prepares a reference image for FLUX Kontext conditioning.

    Args:
        image: The Kontext reference image.

    Outputs:
        kontext_cond: FLUX Kontext conditioning (reference image)
    """

    __slots__ = ()
    TYPE = "flux_kontext"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True))
    OUTPUTS = {"kontext_cond": ("FluxKontextConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image)

    @property
    def kontext_cond(self) -> Output[FluxKontextConditioningField]:
        """FLUX Kontext conditioning (reference image)"""
        return Output(self, "kontext_cond")


class FluxLoRALoaderInvocation(Node):
    """Apply LoRA - FLUX (flux_lora_loader; model, stable).

    Apply a LoRA model to a FLUX transformer and/or text encoder.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        lora: LoRA model to load Model base ['flux'], type ['lora'].
        t5_encoder: T5 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        t5_encoder: T5 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux_lora_loader"
    VERSION = "1.2.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("lora", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("lora",)),
        field("t5_encoder", "T5EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {
        "clip": ("CLIPField", "SINGLE"),
        "t5_encoder": ("T5EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        t5_encoder: Output[T5EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            clip=clip,
            lora=lora,
            t5_encoder=t5_encoder,
            transformer=transformer,
            weight=weight,
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class FluxModelLoaderInvocation(Node):
    """Main Model - FLUX (flux_model_loader; model, stable).

    Loads a flux base model, outputting its submodels.

    Args:
        clip_embed_model: CLIP Embed loader Model base [], type ['clip_embed'].
        model: Flux model (Transformer) to load Model base ['flux'], type ['main'].
        t5_encoder_model: T5 tokenizer and text encoder Model base [], type ['t5_encoder'].
        vae_model: VAE model to load Model base ['flux'], type ['vae'].

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        max_seq_len: The max sequence length to used for the T5 encoder. (256 for schnell transformer, 512 for dev transformer)
        t5_encoder: T5 tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "flux_model_loader"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip_embed_model", "ModelIdentifierField", model_type=("clip_embed",)),
        field("model", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("main",)),
        field("t5_encoder_model", "ModelIdentifierField", model_type=("t5_encoder",)),
        field("vae_model", "ModelIdentifierField", model_base=("flux",), model_type=("vae",)),
    )
    OUTPUTS = {
        "clip": ("CLIPField", "SINGLE"),
        "max_seq_len": ("EnumField", "SINGLE"),
        "t5_encoder": ("T5EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        clip_embed_model: ModelValue | Output[ModelIdentifierField] | None = None,
        model: ModelValue | Output[ModelIdentifierField] | None,
        t5_encoder_model: ModelValue | Output[ModelIdentifierField] | None = None,
        vae_model: ModelValue | Output[ModelIdentifierField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            clip_embed_model=clip_embed_model,
            model=model,
            t5_encoder_model=t5_encoder_model,
            vae_model=vae_model,
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def max_seq_len(self) -> Output[EnumField]:
        """The max sequence length to used for the T5 encoder. (256 for schnell transformer, 512 for dev transformer)"""
        return Output(self, "max_seq_len")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class FluxPiDDecodeInvocation(Node):
    """Latents to Image - FLUX + PiD (4x SR) (flux_pid_decode; latents, prototype).

    Decode a FLUX latent with the PiD pixel-diffusion decoder. The FLUX AutoEncoder usually denormalises the stored latent internally before its conv decoder runs (`z / scale + shift`); we apply the same transform manually here so PiD sees the raw latent it was trained on.

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD FLUX decoder checkpoint. Connection only.
        prompt: Text prompt the latent was generated from. PiD conditions on it.
        seed: Seed for the PiD decoder's noise.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "flux_pid_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("seed", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        seed: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class FluxReduxInvocation(Node):
    """FLUX Redux (flux_redux; conditioning, beta).

    Runs a FLUX Redux model to generate a conditioning tensor.

    Args:
        downsampling_factor: Redux Downsampling Factor (1-9) (>= 1, <= 9)
        downsampling_function: Redux Downsampling Function
        image: The FLUX Redux image prompt.
        mask: The bool mask associated with this FLUX Redux image prompt. Excluded regions should be set to False, included regions should be set to True.
        redux_model: The FLUX Redux model to use. Model base ['flux'], type ['flux_redux'].
        weight: Redux weight (0.0-1.0) (>= 0, <= 1)

    Outputs:
        redux_cond: FLUX Redux conditioning tensor
    """

    __slots__ = ()
    TYPE = "flux_redux"
    VERSION = "2.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("downsampling_factor", "IntegerField", minimum=1, maximum=9),
        field(
            "downsampling_function", "EnumField", options=("area", "bicubic", "bilinear", "nearest", "nearest-exact")
        ),
        field("image", "ImageField", required=True),
        field("mask", "TensorField"),
        field("redux_model", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("flux_redux",)),
        field("weight", "FloatField", minimum=0, maximum=1),
    )
    OUTPUTS = {"redux_cond": ("FluxReduxConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        downsampling_factor: int | Output[int] | None = 1,
        downsampling_function: Literal["area", "bicubic", "bilinear", "nearest", "nearest-exact"]
        | Output[EnumField]
        | None = "area",
        image: ImageValue | Output[ImageField] | None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        redux_model: ModelValue | Output[ModelIdentifierField] | None,
        weight: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            downsampling_factor=downsampling_factor,
            downsampling_function=downsampling_function,
            image=image,
            mask=mask,
            redux_model=redux_model,
            weight=weight,
        )

    @property
    def redux_cond(self) -> Output[FluxReduxConditioningField]:
        """FLUX Redux conditioning tensor"""
        return Output(self, "redux_cond")


class FluxTextEncoderInvocation(Node):
    """Prompt - FLUX (flux_text_encoder; prompt, stable).

    Encodes and preps a prompt for a flux image.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        mask: A mask defining the region that this conditioning prompt applies to.
        prompt: Text prompt to encode.
        t5_encoder: T5 tokenizer and text encoder Connection only.
        t5_max_seq_len: Max sequence length for the T5 encoder. Expected to be 256 for FLUX schnell models and 512 for FLUX dev models.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "flux_text_encoder"
    VERSION = "1.1.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection", required=True),
        field("mask", "TensorField"),
        field("prompt", "StringField", required=True),
        field("t5_encoder", "T5EncoderField", input="connection", required=True),
        field("t5_max_seq_len", "EnumField", required=True, options=(256, 512)),
    )
    OUTPUTS = {"conditioning": ("FluxConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        t5_encoder: Output[T5EncoderField] | None = None,
        t5_max_seq_len: Literal[256, 512] | Output[EnumField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            clip=clip,
            mask=mask,
            prompt=prompt,
            t5_encoder=t5_encoder,
            t5_max_seq_len=t5_max_seq_len,
        )

    @property
    def conditioning(self) -> Output[FluxConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class FluxVaeDecodeInvocation(Node):
    """Latents to Image - FLUX (flux_vae_decode; latents, stable).

    Generates an image from latents.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "flux_vae_decode"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class FluxVaeEncodeInvocation(Node):
    """Image to Latents - FLUX (flux_vae_encode; latents, stable).

    Encodes an image into latents.

    Args:
        image: The image to encode.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "flux_vae_encode"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image", "ImageField", required=True), field("vae", "VAEField", input="connection", required=True)
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class FreeUInvocation(Node):
    """Apply FreeU - SD1.5, SDXL (freeu; model, stable).

    Applies FreeU to the UNet. Suggested values (b1/b2/s1/s2): SD1.5: 1.2/1.4/0.9/0.2, SD2: 1.1/1.2/0.9/0.2, SDXL: 1.1/1.2/0.6/0.4,

    Args:
        b1: Scaling factor for stage 1 to amplify the contributions of backbone features. (>= -1, <= 3)
        b2: Scaling factor for stage 2 to amplify the contributions of backbone features. (>= -1, <= 3)
        s1: Scaling factor for stage 1 to attenuate the contributions of the skip features. This is done to mitigate the "oversmoothing effect" in the enhanced denoising process. (>= -1, <= 3)
        s2: Scaling factor for stage 2 to attenuate the contributions of the skip features. This is done to mitigate the "oversmoothing effect" in the enhanced denoising process. (>= -1, <= 3)
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "freeu"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("b1", "FloatField", minimum=-1, maximum=3),
        field("b2", "FloatField", minimum=-1, maximum=3),
        field("s1", "FloatField", minimum=-1, maximum=3),
        field("s2", "FloatField", minimum=-1, maximum=3),
        field("unet", "UNetField", input="connection", required=True),
    )
    OUTPUTS = {"unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        b1: float | Output[float] | None = 1.2,
        b2: float | Output[float] | None = 1.4,
        s1: float | Output[float] | None = 0.9,
        s2: float | Output[float] | None = 0.2,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, b1=b1, b2=b2, s1=s1, s2=s2, unet=unet)

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class GeminiImageGenerationInvocation(Node):
    """Gemini Image Generation (gemini_image_generation; image, stable).

    Generate images using a Gemini-hosted external model.

    Args:
        board: The board to save the image to Value only (no connection).
        height: Height of output (px) (> 0)
        image_size: Image size preset (e.g. 1K, 2K, 4K)
        init_image: Init image for img2img/inpaint
        mask_image: Mask image for inpaint
        metadata: Optional metadata to be saved with the image Connection only.
        mode: Generation mode.
        model: Main model (UNet, VAE, CLIP) to load Model base ['external'], type ['external_image_generator'].
        num_images: Number of images to generate (> 0)
        prompt: Prompt
        reference_images: Reference images
        seed: Seed for random number generation
        temperature: Sampling temperature (>= 0.0, <= 2.0)
        thinking_level: Thinking level for image generation
        width: Width of output (px) (> 0)

    Outputs:
        collection: The output images
    """

    __slots__ = ()
    TYPE = "gemini_image_generation"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField", exclusive_minimum=0),
        field("image_size", "StringField"),
        field("init_image", "ImageField"),
        field("mask_image", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("img2img", "inpaint", "txt2img")),
        field(
            "model",
            "ModelIdentifierField",
            required=True,
            model_base=("external",),
            model_type=("external_image_generator",),
        ),
        field("num_images", "IntegerField", exclusive_minimum=0),
        field("prompt", "StringField", required=True),
        field("reference_images", "ImageField", cardinality="COLLECTION"),
        field("seed", "IntegerField"),
        field("temperature", "FloatField", minimum=0.0, maximum=2.0),
        field("thinking_level", "EnumField", options=("high", "minimal")),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {"collection": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        height: int | Output[int] | None = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageValue | Output[ImageField] | None = None,
        mask_image: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["img2img", "inpaint", "txt2img"] | Output[EnumField] | None = "txt2img",
        model: ModelValue | Output[ModelIdentifierField] | None,
        num_images: int | Output[int] | None = 1,
        prompt: str | Output[str] | Output[float] | None,
        reference_images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None = [],
        seed: int | Output[int] | None = None,
        temperature: float | Output[float] | None = None,
        thinking_level: Literal["high", "minimal"] | Output[EnumField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            height=height,
            image_size=image_size,
            init_image=init_image,
            mask_image=mask_image,
            metadata=metadata,
            mode=mode,
            model=model,
            num_images=num_images,
            prompt=prompt,
            reference_images=reference_images,
            seed=seed,
            temperature=temperature,
            thinking_level=thinking_level,
            width=width,
        )

    @property
    def collection(self) -> Output[Sequence[ImageField]]:
        """The output images"""
        return Output(self, "collection")


class Gemma2EncoderLoaderInvocation(Node):
    """Gemma-2 Encoder - PiD (gemma2_encoder_loader; model, prototype).

    Loads a Gemma-2 causal LM directory and exposes its tokenizer + decoder submodels for use by a PiD decode node.

    Args:
        gemma2_model: Gemma-2 model used to encode captions for PiD decoders. Model base [], type ['gemma2_encoder'].

    Outputs:
        gemma2_encoder: Gemma-2 text encoder used by PiD decoders
    """

    __slots__ = ()
    TYPE = "gemma2_encoder_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("gemma2_model", "ModelIdentifierField", required=True, model_type=("gemma2_encoder",)))
    OUTPUTS = {"gemma2_encoder": ("Gemma2EncoderField", "SINGLE")}

    def __init__(
        self,
        *,
        gemma2_model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, gemma2_model=gemma2_model)

    @property
    def gemma2_encoder(self) -> Output[Gemma2EncoderField]:
        """Gemma-2 text encoder used by PiD decoders"""
        return Output(self, "gemma2_encoder")


class GetMaskBoundingBoxInvocation(Node):
    """Get Image Mask Bounding Box (get_image_mask_bounding_box; mask, stable).

    Gets the bounding box of the given mask image.

    Args:
        margin: Margin to add to the bounding box.
        mask: The mask to crop.
        mask_color: Color of the mask in the image.

    Outputs:
        bounding_box: The output bounding box.
    """

    __slots__ = ()
    TYPE = "get_image_mask_bounding_box"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("margin", "IntegerField"), field("mask", "ImageField", required=True), field("mask_color", "ColorField")
    )
    OUTPUTS = {"bounding_box": ("BoundingBoxField", "SINGLE")}

    def __init__(
        self,
        *,
        margin: int | Output[int] | None = 0,
        mask: ImageValue | Output[ImageField] | None,
        mask_color: ColorValue | Output[ColorField] | None = {"a": 255, "b": 255, "g": 255, "r": 255},
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, margin=margin, mask=mask, mask_color=mask_color)

    @property
    def bounding_box(self) -> Output[BoundingBoxField]:
        """The output bounding box."""
        return Output(self, "bounding_box")


class GroundingDinoInvocation(Node):
    """Grounding DINO (Text Prompt Object Detection) (grounding_dino; segmentation, stable).

    Runs a Grounding DINO model. Performs zero-shot bounding-box object detection from a text prompt.

    Args:
        detection_threshold: The detection threshold for the Grounding DINO model. All detected bounding boxes with scores above this threshold will be returned. (>= 0.0, <= 1.0)
        image: The image to segment.
        model: The Grounding DINO model to use.
        prompt: The prompt describing the object to segment.

    Outputs:
        collection: The output bounding boxes.
    """

    __slots__ = ()
    TYPE = "grounding_dino"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("detection_threshold", "FloatField", minimum=0.0, maximum=1.0),
        field("image", "ImageField", required=True),
        field("model", "EnumField", required=True, options=("grounding-dino-base", "grounding-dino-tiny")),
        field("prompt", "StringField", required=True),
    )
    OUTPUTS = {"collection": ("BoundingBoxField", "COLLECTION")}

    def __init__(
        self,
        *,
        detection_threshold: float | Output[float] | None = 0.3,
        image: ImageValue | Output[ImageField] | None,
        model: Literal["grounding-dino-base", "grounding-dino-tiny"] | Output[EnumField] | None,
        prompt: str | Output[str] | Output[float] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            detection_threshold=detection_threshold,
            image=image,
            model=model,
            prompt=prompt,
        )

    @property
    def collection(self) -> Output[Sequence[BoundingBoxField]]:
        """The output bounding boxes."""
        return Output(self, "collection")


class HEDEdgeDetectionInvocation(Node):
    """HED Edge Detection (hed_edge_detection; controlnet_preprocessors, stable).

    Geneartes an edge map using the HED (softedge) model.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        scribble: Whether or not to use scribble mode

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "hed_edge_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("scribble", "BooleanField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        scribble: bool | Output[bool] | None = False,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, scribble=scribble
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class HeuristicResizeInvocation(Node):
    """Heuristic Resize (heuristic_resize; controlnet_preprocessors, prototype).

    Resize an image using a heuristic method. Preserves edge maps.

    Args:
        height: The height to resize to (px) (>= 1)
        image: The image to resize
        width: The width to resize to (px) (>= 1)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "heuristic_resize"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", minimum=1),
        field("image", "ImageField", required=True),
        field("width", "IntegerField", minimum=1),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        height: int | Output[int] | None = 512,
        image: ImageValue | Output[ImageField] | None,
        width: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, height=height, image=image, width=width)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class IPAdapterInvocation(Node):
    """IP-Adapter - SD1.5, SDXL (ip_adapter; conditioning, stable).

    Collects IP-Adapter info to pass to other nodes.

    Args:
        begin_step_percent: When the IP-Adapter is first applied (% of total steps) (>= 0, <= 1)
        clip_vision_model: CLIP Vision model to use. Overrides model settings. Mandatory for checkpoint models.
        end_step_percent: When the IP-Adapter is last applied (% of total steps) (>= 0, <= 1)
        image: The IP-Adapter image prompt(s).
        ip_adapter_model: The IP-Adapter model. Model base ['sd-1', 'sdxl'], type ['ip_adapter'].
        mask: A mask defining the region that this IP-Adapter applies to.
        method: The method to apply the IP-Adapter
        weight: The weight given to the IP-Adapter

    Outputs:
        ip_adapter: IP-Adapter to apply
    """

    __slots__ = ()
    TYPE = "ip_adapter"
    VERSION = "1.5.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0, maximum=1),
        field("clip_vision_model", "EnumField", options=("ViT-G", "ViT-H", "ViT-L")),
        field("end_step_percent", "FloatField", minimum=0, maximum=1),
        field("image", "ImageField", cardinality="SINGLE_OR_COLLECTION", required=True),
        field(
            "ip_adapter_model",
            "ModelIdentifierField",
            required=True,
            model_base=("sd-1", "sdxl"),
            model_type=("ip_adapter",),
        ),
        field("mask", "TensorField"),
        field("method", "EnumField", options=("composition", "full", "style", "style_precise", "style_strong")),
        field("weight", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
    )
    OUTPUTS = {"ip_adapter": ("IPAdapterField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0,
        clip_vision_model: Literal["ViT-G", "ViT-H", "ViT-L"] | Output[EnumField] | None = "ViT-H",
        end_step_percent: float | Output[float] | None = 1,
        image: ImageValue | Sequence[ImageValue] | Output[ImageField] | Output[Sequence[ImageField]] | None,
        ip_adapter_model: ModelValue | Output[ModelIdentifierField] | None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        method: Literal["composition", "full", "style", "style_precise", "style_strong"]
        | Output[EnumField]
        | None = "full",
        weight: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            clip_vision_model=clip_vision_model,
            end_step_percent=end_step_percent,
            image=image,
            ip_adapter_model=ip_adapter_model,
            mask=mask,
            method=method,
            weight=weight,
        )

    @property
    def ip_adapter(self) -> Output[IPAdapterField]:
        """IP-Adapter to apply"""
        return Output(self, "ip_adapter")


class IdealSizeInvocation(Node):
    """Ideal Size - SD1.5, SDXL (ideal_size; latents, stable).

    Calculates the ideal size for generation to avoid duplication

    Args:
        height: Final image height
        multiplier: Amount to multiply the model's dimensions by when calculating the ideal size (may result in initial generation artifacts if too large)
        unet: UNet (scheduler, LoRAs)
        width: Final image width

    Outputs:
        height: The ideal height of the image (in pixels)
        width: The ideal width of the image (in pixels)
    """

    __slots__ = ()
    TYPE = "ideal_size"
    VERSION = "1.0.6"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField"),
        field("multiplier", "FloatField"),
        field("unet", "UNetField", required=True),
        field("width", "IntegerField"),
    )
    OUTPUTS = {"height": ("IntegerField", "SINGLE"), "width": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        height: int | Output[int] | None = 576,
        multiplier: float | Output[float] | None = 1.0,
        unet: Mapping[str, Any] | Output[UNetField] | None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, height=height, multiplier=multiplier, unet=unet, width=width
        )

    @property
    def height(self) -> Output[int]:
        """The ideal height of the image (in pixels)"""
        return Output(self, "height")

    @property
    def width(self) -> Output[int]:
        """The ideal width of the image (in pixels)"""
        return Output(self, "width")


class Ideogram4CaptionBuilderInvocation(Node):
    """Caption Builder - Ideogram 4 (ideogram4_caption_builder; conditioning, prototype).

    Assembles the Ideogram 4 structured JSON caption at generation time. The caption is built here (not in the graph builder) so the batch-injectable global `prompt` — which dynamic prompts and prompt batching vary — is folded into the encoded caption. The regions and color palette are fixed per generation and supplied as inputs. If the prompt is already a JSON object it is passed through verbatim; otherwise it is always wrapped in the structured JSON schema (never bare plain text — Ideogram's safety filter false-positives far more on plain text).

    Args:
        color_palette: Optional color palette as hex colors (#RRGGBB).
        prompt: The global prompt (becomes `high_level_description`, or is used verbatim if it is already a JSON caption).
        regions: Regional descriptions and bounding boxes assembled from Canvas Regional Guidance layers.

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "ideogram4_caption_builder"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("color_palette", "StringField", cardinality="COLLECTION"),
        field("prompt", "StringField"),
        field("regions", "Ideogram4Region", cardinality="COLLECTION"),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        color_palette: Sequence[str] | Output[Sequence[str]] | Output[Sequence[float]] | None = [],
        prompt: str | Output[str] | Output[float] | None = "",
        regions: Sequence[Any] | Output[Sequence[Ideogram4Region]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, color_palette=color_palette, prompt=prompt, regions=regions
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class Ideogram4DenoiseInvocation(Node):
    """Denoise - Ideogram 4 (ideogram4_denoise; latents, prototype).

    Runs the Ideogram 4 dual-branch flow-matching denoising loop (text-to-image).

    Args:
        guidance_scale: Override the main guidance weight (the preset's polish tail is preserved). Empty = use the preset. (>= 1.0, <= 20.0)
        height: Height of the generated image. (a multiple of 16)
        mu: Override the logit-normal schedule mean (resolution-adjusted internally). Empty = use the preset. (>= -4.0, <= 4.0)
        positive_conditioning: Positive conditioning tensor Connection only.
        sampler_preset: Sampler preset (steps + guidance schedule + schedule mean/std).
        seed: Randomness seed for reproducibility.
        steps: Override the preset's step count (minimum 2, so a polish and a main step both exist). Leave empty to use the preset. (>= 2, <= 100)
        transformer: Transformer Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "ideogram4_denoise"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("guidance_scale", "FloatField", minimum=1.0, maximum=20.0),
        field("height", "IntegerField", multiple_of=16),
        field("mu", "FloatField", minimum=-4.0, maximum=4.0),
        field("positive_conditioning", "Ideogram4ConditioningField", input="connection", required=True),
        field("sampler_preset", "EnumField", options=("V4_DEFAULT_20", "V4_QUALITY_48", "V4_TURBO_12")),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", minimum=2, maximum=100),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        guidance_scale: float | Output[float] | None = None,
        height: int | Output[int] | None = 1024,
        mu: float | Output[float] | None = None,
        positive_conditioning: Output[Ideogram4ConditioningField] | None = None,
        sampler_preset: Literal["V4_DEFAULT_20", "V4_QUALITY_48", "V4_TURBO_12"]
        | Output[EnumField]
        | None = "V4_QUALITY_48",
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = None,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            guidance_scale=guidance_scale,
            height=height,
            mu=mu,
            positive_conditioning=positive_conditioning,
            sampler_preset=sampler_preset,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class Ideogram4LatentsToImageInvocation(Node):
    """Latents to Image - Ideogram 4 (ideogram4_l2i; latents, prototype).

    Decodes Ideogram 4 packed latents to an image with the FLUX.2-style VAE.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "ideogram4_l2i"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class Ideogram4ModelLoaderInvocation(Node):
    """Main Model - Ideogram 4 (ideogram4_model_loader; model, prototype).

    Loads an Ideogram 4 model, outputting its submodels. Ideogram 4 is distributed as a single bundled diffusers folder, so the transformer (both branches), the Qwen3-VL text encoder + tokenizer, and the VAE are all loaded from the one selected model.

    Args:
        model: The Ideogram 4 model to load. Value only (no connection). Model base ['ideogram-4'], type ['main'].

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "ideogram4_model_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "model",
            "ModelIdentifierField",
            input="direct",
            required=True,
            model_base=("ideogram-4",),
            model_type=("main",),
        )
    )
    OUTPUTS = {
        "qwen3_encoder": ("Qwen3EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model)

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class Ideogram4TextEncoderInvocation(Node):
    """Prompt - Ideogram 4 (ideogram4_text_encoder; conditioning, prototype).

    Encodes a prompt for Ideogram 4 using the Qwen3-VL encoder. The prompt is normally a structured JSON caption (see the Ideogram 4 prompting guide); plain text also works but yields lower-quality results.

    Args:
        prompt: The prompt to encode. A structured JSON caption is recommended.
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "ideogram4_text_encoder"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("prompt", "StringField", required=True),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("Ideogram4ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, prompt=prompt, qwen3_encoder=qwen3_encoder)

    @property
    def conditioning(self) -> Output[Ideogram4ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class IfInvocation(Node):
    """If (if; math, stable).

    Selects between two optional inputs based on a boolean condition.

    Args:
        condition: The condition used to select an input
        false_input: Selected when the condition is false
        true_input: Selected when the condition is true

    Outputs:
        value: The selected value
    """

    __slots__ = ()
    TYPE = "if"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("condition", "BooleanField"), field("false_input", "AnyField"), field("true_input", "AnyField")
    )
    OUTPUTS = {"value": ("AnyField", "SINGLE")}

    def __init__(
        self,
        *,
        condition: bool | Output[bool] | None = False,
        false_input: Any = None,
        true_input: Any = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, condition=condition, false_input=false_input, true_input=true_input
        )

    @property
    def value(self) -> Output[Any]:
        """The selected value"""
        return Output(self, "value")


class ImageBatchInvocation(Node):
    """Image Batch (image_batch; batch, special).

    Create a batched generation, where the workflow is executed once for each image in the batch.

    Args:
        batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the same ID will be 'zipped' before execution, and all nodes' collections must be of the same size. Value only (no connection).
        images: The images to batch over (at least 1 items)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "image_batch"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "batch_group_id",
            "EnumField",
            input="direct",
            options=("Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"),
        ),
        field("images", "ImageField", cardinality="COLLECTION", required=True, min_items=1),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        batch_group_id: Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"] | None = "None",
        images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, batch_group_id=batch_group_id, images=images)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageBlurInvocation(Node):
    """Blur Image (img_blur; image, stable).

    Blurs an image

    Args:
        blur_type: The type of blur
        board: The board to save the image to Value only (no connection).
        image: The image to blur
        metadata: Optional metadata to be saved with the image Connection only.
        radius: The blur radius (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_blur"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("blur_type", "EnumField", options=("box", "gaussian")),
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("radius", "FloatField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        blur_type: Literal["box", "gaussian"] | Output[EnumField] | None = "gaussian",
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        radius: float | Output[float] | None = 8.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            blur_type=blur_type,
            board=board,
            image=image,
            metadata=metadata,
            radius=radius,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageChannelInvocation(Node):
    """Extract Image Channel (img_chan; image, stable).

    Gets a channel from an image.

    Args:
        board: The board to save the image to Value only (no connection).
        channel: The channel to get
        image: The image to get the channel from
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_chan"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("channel", "EnumField", options=("A", "B", "G", "R")),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        channel: Literal["A", "B", "G", "R"] | Output[EnumField] | None = "A",
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, channel=channel, image=image, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageChannelMultiplyInvocation(Node):
    """Multiply Image Channel (img_channel_multiply; image, stable).

    Scale a specific color channel of an image.

    Args:
        board: The board to save the image to Value only (no connection).
        channel: Which channel to adjust
        image: The image to adjust
        invert_channel: Invert the channel after scaling
        metadata: Optional metadata to be saved with the image Connection only.
        scale: The amount to scale the channel by. (>= 0.0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_channel_multiply"
    VERSION = "1.2.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field(
            "channel",
            "EnumField",
            required=True,
            options=(
                "A (LAB)",
                "Alpha (RGBA)",
                "B (LAB)",
                "Black (CMYK)",
                "Blue (RGBA)",
                "Cb (YCbCr)",
                "Cr (YCbCr)",
                "Cyan (CMYK)",
                "Green (RGBA)",
                "Hue (HSV)",
                "Luminosity (LAB)",
                "Magenta (CMYK)",
                "Red (RGBA)",
                "Saturation (HSV)",
                "Value (HSV)",
                "Y (YCbCr)",
                "Yellow (CMYK)",
            ),
        ),
        field("image", "ImageField", required=True),
        field("invert_channel", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("scale", "FloatField", minimum=0.0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        channel: Literal[
            "A (LAB)",
            "Alpha (RGBA)",
            "B (LAB)",
            "Black (CMYK)",
            "Blue (RGBA)",
            "Cb (YCbCr)",
            "Cr (YCbCr)",
            "Cyan (CMYK)",
            "Green (RGBA)",
            "Hue (HSV)",
            "Luminosity (LAB)",
            "Magenta (CMYK)",
            "Red (RGBA)",
            "Saturation (HSV)",
            "Value (HSV)",
            "Y (YCbCr)",
            "Yellow (CMYK)",
        ]
        | Output[EnumField]
        | None,
        image: ImageValue | Output[ImageField] | None,
        invert_channel: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        scale: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            channel=channel,
            image=image,
            invert_channel=invert_channel,
            metadata=metadata,
            scale=scale,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageChannelOffsetInvocation(Node):
    """Offset Image Channel (img_channel_offset; image, stable).

    Add or subtract a value from a specific color channel of an image.

    Args:
        board: The board to save the image to Value only (no connection).
        channel: Which channel to adjust
        image: The image to adjust
        metadata: Optional metadata to be saved with the image Connection only.
        offset: The amount to adjust the channel by (>= -255, <= 255)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_channel_offset"
    VERSION = "1.2.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field(
            "channel",
            "EnumField",
            required=True,
            options=(
                "A (LAB)",
                "Alpha (RGBA)",
                "B (LAB)",
                "Black (CMYK)",
                "Blue (RGBA)",
                "Cb (YCbCr)",
                "Cr (YCbCr)",
                "Cyan (CMYK)",
                "Green (RGBA)",
                "Hue (HSV)",
                "Luminosity (LAB)",
                "Magenta (CMYK)",
                "Red (RGBA)",
                "Saturation (HSV)",
                "Value (HSV)",
                "Y (YCbCr)",
                "Yellow (CMYK)",
            ),
        ),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("offset", "IntegerField", minimum=-255, maximum=255),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        channel: Literal[
            "A (LAB)",
            "Alpha (RGBA)",
            "B (LAB)",
            "Black (CMYK)",
            "Blue (RGBA)",
            "Cb (YCbCr)",
            "Cr (YCbCr)",
            "Cyan (CMYK)",
            "Green (RGBA)",
            "Hue (HSV)",
            "Luminosity (LAB)",
            "Magenta (CMYK)",
            "Red (RGBA)",
            "Saturation (HSV)",
            "Value (HSV)",
            "Y (YCbCr)",
            "Yellow (CMYK)",
        ]
        | Output[EnumField]
        | None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        offset: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            channel=channel,
            image=image,
            metadata=metadata,
            offset=offset,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageCollectionInvocation(Node):
    """Image Collection Primitive (image_collection; primitives, stable).

    A collection of image primitive values

    Args:
        collection: An optional image collection to append to Connection only.
        images: The images to append to the collection Value only (no connection).

    Outputs:
        collection: The output images
    """

    __slots__ = ()
    TYPE = "image_collection"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("collection", "ImageField", input="connection", cardinality="COLLECTION"),
        field("images", "ImageField", input="direct", cardinality="COLLECTION"),
    )
    OUTPUTS = {"collection": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Output[Sequence[ImageField]] | None = None,
        images: Sequence[ImageValue] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection, images=images)

    @property
    def collection(self) -> Output[Sequence[ImageField]]:
        """The output images"""
        return Output(self, "collection")


class ImageConvertInvocation(Node):
    """Convert Image Mode (img_conv; image, stable).

    Converts an image to a different mode.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to convert
        metadata: Optional metadata to be saved with the image Connection only.
        mode: The mode to convert to

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_conv"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("CMYK", "F", "HSV", "I", "L", "LAB", "RGB", "RGBA", "YCbCr")),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["CMYK", "F", "HSV", "I", "L", "LAB", "RGB", "RGBA", "YCbCr"] | Output[EnumField] | None = "L",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, mode=mode)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageCropInvocation(Node):
    """Crop Image (img_crop; image, stable).

    Crops an image to a specified box. The box can be outside of the image.

    Args:
        board: The board to save the image to Value only (no connection).
        height: The height of the crop rectangle (> 0)
        image: The image to crop
        metadata: Optional metadata to be saved with the image Connection only.
        width: The width of the crop rectangle (> 0)
        x: The left x coordinate of the crop rectangle
        y: The top y coordinate of the crop rectangle

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_crop"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField", exclusive_minimum=0),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("width", "IntegerField", exclusive_minimum=0),
        field("x", "IntegerField"),
        field("y", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        height: int | Output[int] | None = 512,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        width: int | Output[int] | None = 512,
        x: int | Output[int] | None = 0,
        y: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            height=height,
            image=image,
            metadata=metadata,
            width=width,
            x=x,
            y=y,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageGenerator(Node):
    """Image Generator (image_generator; batch, special).

    Generated a collection of images for use in a batched generation

    Args:
        generator: The image generator. Value only (no connection).

    Outputs:
        images: The generated images
    """

    __slots__ = ()
    TYPE = "image_generator"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("generator", "ImageGeneratorField", input="direct", required=True))
    OUTPUTS = {"images": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, generator=generator)

    @property
    def images(self) -> Output[Sequence[ImageField]]:
        """The generated images"""
        return Output(self, "images")


class ImageHueAdjustmentInvocation(Node):
    """Adjust Image Hue (img_hue_adjust; image, stable).

    Adjusts the Hue of an image.

    Args:
        board: The board to save the image to Value only (no connection).
        hue: The degrees by which to rotate the hue, 0-360
        image: The image to adjust
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_hue_adjust"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("hue", "IntegerField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        hue: int | Output[int] | None = 0,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, hue=hue, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageInverseLerpInvocation(Node):
    """Inverse Lerp Image (img_ilerp; image, stable).

    Inverse linear interpolation of all pixels of an image

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to lerp
        max: The maximum input value (>= 0, <= 255)
        metadata: Optional metadata to be saved with the image Connection only.
        min: The minimum input value (>= 0, <= 255)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_ilerp"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("max", "IntegerField", minimum=0, maximum=255),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("min", "IntegerField", minimum=0, maximum=255),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        max: int | Output[int] | None = 255,
        metadata: Output[MetadataField] | None = None,
        min: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, max=max, metadata=metadata, min=min
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageInvocation(Node):
    """Image Primitive (image; primitives, stable).

    An image primitive value

    Args:
        image: The image to load

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "image"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True))
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageLerpInvocation(Node):
    """Lerp Image (img_lerp; image, stable).

    Linear interpolation of all pixels of an image

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to lerp
        max: The maximum output value (>= 0, <= 255)
        metadata: Optional metadata to be saved with the image Connection only.
        min: The minimum output value (>= 0, <= 255)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_lerp"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("max", "IntegerField", minimum=0, maximum=255),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("min", "IntegerField", minimum=0, maximum=255),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        max: int | Output[int] | None = 255,
        metadata: Output[MetadataField] | None = None,
        min: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, max=max, metadata=metadata, min=min
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageMaskToTensorInvocation(Node):
    """Image Mask to Tensor (image_mask_to_tensor; mask, stable).

    Convert a mask image to a tensor. Converts the image to grayscale and uses thresholding at the specified value.

    Args:
        cutoff: Cutoff (<) (>= 0, <= 255)
        image: The mask image to convert.
        invert: Whether to invert the mask.
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the mask in pixels.
        mask: The mask.
        width: The width of the mask in pixels.
    """

    __slots__ = ()
    TYPE = "image_mask_to_tensor"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cutoff", "IntegerField", minimum=0, maximum=255),
        field("image", "ImageField", required=True),
        field("invert", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "mask": ("TensorField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        cutoff: int | Output[int] | None = 128,
        image: ImageValue | Output[ImageField] | None,
        invert: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, cutoff=cutoff, image=image, invert=invert, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the mask in pixels."""
        return Output(self, "height")

    @property
    def mask(self) -> Output[TensorField]:
        """The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the mask in pixels."""
        return Output(self, "width")


class ImageMultiplyInvocation(Node):
    """Multiply Images (img_mul; image, stable).

    Multiplies two images together using `PIL.ImageChops.multiply()`.

    Args:
        board: The board to save the image to Value only (no connection).
        image1: The first image to multiply
        image2: The second image to multiply
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_mul"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image1", "ImageField", required=True),
        field("image2", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image1: ImageValue | Output[ImageField] | None,
        image2: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image1=image1, image2=image2, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageNSFWBlurInvocation(Node):
    """Blur NSFW Image (img_nsfw; image, stable).

    Add blur to NSFW-flagged images

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to check
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_nsfw"
    VERSION = "1.2.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageNoiseInvocation(Node):
    """Add Image Noise (img_noise; image, stable).

    Add noise to an image

    Args:
        amount: The amount of noise to add (>= 0, <= 1)
        board: The board to save the image to Value only (no connection).
        image: The image to add noise to
        mask: Optional mask determining where to apply noise (black=noise, white=no noise)
        metadata: Optional metadata to be saved with the image Connection only.
        noise_color: Whether to add colored noise
        noise_type: The type of noise to add
        seed: Seed for random number generation (>= 0, <= 4294967295)
        size: The size of the noise points (>= 1)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_noise"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("amount", "FloatField", minimum=0, maximum=1),
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("mask", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("noise_color", "BooleanField"),
        field("noise_type", "EnumField", options=("gaussian", "salt_and_pepper")),
        field("seed", "IntegerField", minimum=0, maximum=4294967295),
        field("size", "IntegerField", minimum=1),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        amount: float | Output[float] | None = 0.1,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        mask: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        noise_color: bool | Output[bool] | None = True,
        noise_type: Literal["gaussian", "salt_and_pepper"] | Output[EnumField] | None = "gaussian",
        seed: int | Output[int] | None = 0,
        size: int | Output[int] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            amount=amount,
            board=board,
            image=image,
            mask=mask,
            metadata=metadata,
            noise_color=noise_color,
            noise_type=noise_type,
            seed=seed,
            size=size,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImagePanelLayoutInvocation(Node):
    """Image Panel Layout (image_panel_layout; canvas, prototype).

    Get the coordinates of a single panel in a grid. (If the full image shape cannot be divided evenly into panels, then the grid may not cover the entire image.)

    Args:
        height: The height of the entire grid.
        num_cols: The number of columns in the grid. (>= 1)
        num_rows: The number of rows in the grid. (>= 1)
        panel_col_idx: The column index of the panel to be processed. (>= 0)
        panel_row_idx: The row index of the panel to be processed. (>= 0)
        width: The width of the entire grid.

    Outputs:
        height: The height of the panel.
        width: The width of the panel.
        x_left: The left x-coordinate of the panel.
        y_top: The top y-coordinate of the panel.
    """

    __slots__ = ()
    TYPE = "image_panel_layout"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", required=True),
        field("num_cols", "IntegerField", minimum=1),
        field("num_rows", "IntegerField", minimum=1),
        field("panel_col_idx", "IntegerField", minimum=0),
        field("panel_row_idx", "IntegerField", minimum=0),
        field("width", "IntegerField", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
        "x_left": ("IntegerField", "SINGLE"),
        "y_top": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        height: int | Output[int] | None,
        num_cols: int | Output[int] | None = 1,
        num_rows: int | Output[int] | None = 1,
        panel_col_idx: int | Output[int] | None = 0,
        panel_row_idx: int | Output[int] | None = 0,
        width: int | Output[int] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            height=height,
            num_cols=num_cols,
            num_rows=num_rows,
            panel_col_idx=panel_col_idx,
            panel_row_idx=panel_row_idx,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the panel."""
        return Output(self, "height")

    @property
    def width(self) -> Output[int]:
        """The width of the panel."""
        return Output(self, "width")

    @property
    def x_left(self) -> Output[int]:
        """The left x-coordinate of the panel."""
        return Output(self, "x_left")

    @property
    def y_top(self) -> Output[int]:
        """The top y-coordinate of the panel."""
        return Output(self, "y_top")


class ImagePasteInvocation(Node):
    """Paste Image (img_paste; image, stable).

    Pastes an image into another image.

    Args:
        base_image: The base image
        board: The board to save the image to Value only (no connection).
        crop: Crop to base image dimensions
        image: The image to paste
        mask: The mask to use when pasting
        metadata: Optional metadata to be saved with the image Connection only.
        x: The left x coordinate at which to paste the image
        y: The top y coordinate at which to paste the image

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_paste"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("base_image", "ImageField", required=True),
        field("board", "BoardField", input="direct", internal=True),
        field("crop", "BooleanField"),
        field("image", "ImageField", required=True),
        field("mask", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("x", "IntegerField"),
        field("y", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        base_image: ImageValue | Output[ImageField] | None,
        board: BoardValue | None = None,
        crop: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None,
        mask: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        x: int | Output[int] | None = 0,
        y: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            base_image=base_image,
            board=board,
            crop=crop,
            image=image,
            mask=mask,
            metadata=metadata,
            x=x,
            y=y,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageResizeInvocation(Node):
    """Resize Image (img_resize; image, stable).

    Resizes an image to specific dimensions

    Args:
        board: The board to save the image to Value only (no connection).
        height: The height to resize to (px) (> 0)
        image: The image to resize
        metadata: Optional metadata to be saved with the image Connection only.
        resample_mode: The resampling mode
        width: The width to resize to (px) (> 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_resize"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField", exclusive_minimum=0),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("resample_mode", "EnumField", options=("bicubic", "bilinear", "box", "hamming", "lanczos", "nearest")),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        height: int | Output[int] | None = 512,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        resample_mode: Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]
        | Output[EnumField]
        | None = "bicubic",
        width: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            height=height,
            image=image,
            metadata=metadata,
            resample_mode=resample_mode,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageScaleInvocation(Node):
    """Scale Image (img_scale; image, stable).

    Scales an image by a factor

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to scale
        metadata: Optional metadata to be saved with the image Connection only.
        resample_mode: The resampling mode
        scale_factor: The factor by which to scale the image (> 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_scale"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("resample_mode", "EnumField", options=("bicubic", "bilinear", "box", "hamming", "lanczos", "nearest")),
        field("scale_factor", "FloatField", exclusive_minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        resample_mode: Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]
        | Output[EnumField]
        | None = "bicubic",
        scale_factor: float | Output[float] | None = 2.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            resample_mode=resample_mode,
            scale_factor=scale_factor,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ImageToLatentsInvocation(Node):
    """Image to Latents - SD1.5, SDXL (i2l; latents, stable).

    Encodes an image into latents.

    Args:
        color_compensation: Apply VAE scaling compensation when encoding images (reduces color drift).
        fp32: Whether or not to use full float32 precision
        image: The image to encode
        tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile size for the model will be used. Larger tile sizes generally produce better results at the cost of higher memory usage. (a multiple of 8)
        tiled: Processing using overlapping tiles (reduce memory consumption)
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "i2l"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("color_compensation", "EnumField", options=("None", "SDXL")),
        field("fp32", "BooleanField"),
        field("image", "ImageField", required=True),
        field("tile_size", "IntegerField", multiple_of=8),
        field("tiled", "BooleanField"),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        color_compensation: Literal["None", "SDXL"] | Output[EnumField] | None = "None",
        fp32: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None,
        tile_size: int | Output[int] | None = 0,
        tiled: bool | Output[bool] | None = False,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            color_compensation=color_compensation,
            fp32=fp32,
            image=image,
            tile_size=tile_size,
            tiled=tiled,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class ImageWatermarkInvocation(Node):
    """Add Invisible Watermark (img_watermark; image, stable).

    Add an invisible watermark to an image

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to check
        metadata: Optional metadata to be saved with the image Connection only.
        text: Watermark text

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_watermark"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("text", "StringField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        text: str | Output[str] | Output[float] | None = "InvokeAI",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, text=text)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InfillColorInvocation(Node):
    """Solid Color Infill (infill_rgba; inpaint, stable).

    Infills transparent areas of an image with a solid color

    Args:
        board: The board to save the image to Value only (no connection).
        color: The color to use to infill
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "infill_rgba"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("color", "ColorField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        color: ColorValue | Output[ColorField] | None = {"a": 255, "b": 127, "g": 127, "r": 127},
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, color=color, image=image, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InfillPatchMatchInvocation(Node):
    """PatchMatch Infill (infill_patchmatch; inpaint, stable).

    Infills transparent areas of an image using the PatchMatch algorithm

    Args:
        board: The board to save the image to Value only (no connection).
        downscale: Run patchmatch on downscaled image to speedup infill (> 0)
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        resample_mode: The resampling mode

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "infill_patchmatch"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("downscale", "FloatField", exclusive_minimum=0),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("resample_mode", "EnumField", options=("bicubic", "bilinear", "box", "hamming", "lanczos", "nearest")),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        downscale: float | Output[float] | None = 2.0,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        resample_mode: Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]
        | Output[EnumField]
        | None = "bicubic",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            downscale=downscale,
            image=image,
            metadata=metadata,
            resample_mode=resample_mode,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InfillTileInvocation(Node):
    """Tile Infill (infill_tile; inpaint, stable).

    Infills transparent areas of an image with tiles of the image

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        seed: The seed to use for tile generation (omit for random) (>= 0, <= 4294967295)
        tile_size: The tile size (px) (>= 1)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "infill_tile"
    VERSION = "1.2.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("seed", "IntegerField", minimum=0, maximum=4294967295),
        field("tile_size", "IntegerField", minimum=1),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        seed: int | Output[int] | None = 0,
        tile_size: int | Output[int] | None = 32,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            seed=seed,
            tile_size=tile_size,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class IntegerBatchInvocation(Node):
    """Integer Batch (integer_batch; batch, special).

    Create a batched generation, where the workflow is executed once for each integer in the batch.

    Args:
        batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the same ID will be 'zipped' before execution, and all nodes' collections must be of the same size. Value only (no connection).
        integers: The integers to batch over (at least 1 items)

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "integer_batch"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "batch_group_id",
            "EnumField",
            input="direct",
            options=("Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"),
        ),
        field("integers", "IntegerField", cardinality="COLLECTION", required=True, min_items=1),
    )
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        batch_group_id: Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"] | None = "None",
        integers: Sequence[int] | Output[Sequence[int]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, batch_group_id=batch_group_id, integers=integers)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class IntegerCollectionInvocation(Node):
    """Integer Collection Primitive (integer_collection; primitives, stable).

    A collection of integer primitive values

    Args:
        collection: The collection of integer values

    Outputs:
        collection: The int collection
    """

    __slots__ = ()
    TYPE = "integer_collection"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "IntegerField", cardinality="COLLECTION"))
    OUTPUTS = {"collection": ("IntegerField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[int] | Output[Sequence[int]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def collection(self) -> Output[Sequence[int]]:
        """The int collection"""
        return Output(self, "collection")


class IntegerGenerator(Node):
    """Integer Generator (integer_generator; batch, special).

    Generated a range of integers for use in a batched generation

    Args:
        generator: The integer generator. Value only (no connection).

    Outputs:
        integers: The generated integers
    """

    __slots__ = ()
    TYPE = "integer_generator"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("generator", "IntegerGeneratorField", input="direct", required=True))
    OUTPUTS = {"integers": ("IntegerField", "COLLECTION")}

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, generator=generator)

    @property
    def integers(self) -> Output[Sequence[int]]:
        """The generated integers"""
        return Output(self, "integers")


class IntegerInvocation(Node):
    """Integer Primitive (integer; primitives, stable).

    An integer primitive value

    Args:
        value: The integer value

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "integer"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("value", "IntegerField"))
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        value: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, value=value)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class IntegerMathInvocation(Node):
    """Integer Math (integer_math; math, stable).

    Performs integer math.

    Args:
        a: The first number
        b: The second number
        operation: The operation to perform Choices: 'ABS': Absolute Value of A, 'ADD': Add A+B, 'DIV': Divide A/B, 'EXP': Exponentiate A^B, 'MAX': Maximum(A,B), 'MIN': Minimum(A,B), 'MOD': Modulus A%B, 'MUL': Multiply A*B, 'SUB': Subtract A-B.

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "integer_math"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("a", "IntegerField"),
        field("b", "IntegerField"),
        field("operation", "EnumField", options=("ABS", "ADD", "DIV", "EXP", "MAX", "MIN", "MOD", "MUL", "SUB")),
    )
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        a: int | Output[int] | None = 1,
        b: int | Output[int] | None = 1,
        operation: Literal["ABS", "ADD", "DIV", "EXP", "MAX", "MIN", "MOD", "MUL", "SUB"]
        | Output[EnumField]
        | None = "ADD",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, a=a, b=b, operation=operation)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class InvertTensorMaskInvocation(Node):
    """Invert Tensor Mask (invert_tensor_mask; mask, stable).

    Inverts a tensor mask.

    Args:
        mask: The tensor mask to convert.

    Outputs:
        height: The height of the mask in pixels.
        mask: The mask.
        width: The width of the mask in pixels.
    """

    __slots__ = ()
    TYPE = "invert_tensor_mask"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("mask", "TensorField", required=True))
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "mask": ("TensorField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        mask: Mapping[str, Any] | Output[TensorField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, mask=mask)

    @property
    def height(self) -> Output[int]:
        """The height of the mask in pixels."""
        return Output(self, "height")

    @property
    def mask(self) -> Output[TensorField]:
        """The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the mask in pixels."""
        return Output(self, "width")


class InvokeAdjustImageHuePlusInvocation(Node):
    """Adjust Image Hue Plus (invokeai_img_hue_adjust_plus; image, stable).

    Adjusts the Hue of an image by rotating it in the selected color space. Originally created by @dwringer

    Args:
        board: The board to save the image to Value only (no connection).
        degrees: Degrees by which to rotate image hue
        image: The image to adjust
        metadata: Optional metadata to be saved with the image Connection only.
        ok_adaptive_gamut: Higher preserves chroma at the expense of lightness (Oklab) (>= 0)
        ok_high_precision: Use more steps in computing gamut (Oklab/Okhsv/Okhsl)
        preserve_lightness: Whether to preserve CIELAB lightness values
        space: Color space in which to rotate hue by polar coords (*: non-invertible)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_img_hue_adjust_plus"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("degrees", "FloatField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("ok_adaptive_gamut", "FloatField", minimum=0),
        field("ok_high_precision", "BooleanField"),
        field("preserve_lightness", "BooleanField"),
        field(
            "space",
            "EnumField",
            options=(
                "*LCh / CIELab",
                "*Oklch / Oklab",
                "*UPLab (w/CIELab_to_UPLab.icc)",
                "HSV / HSL / RGB",
                "Okhsl",
                "Okhsv",
            ),
        ),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        degrees: float | Output[float] | None = 0.0,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        ok_adaptive_gamut: float | Output[float] | None = 0.05,
        ok_high_precision: bool | Output[bool] | None = True,
        preserve_lightness: bool | Output[bool] | None = False,
        space: Literal[
            "*LCh / CIELab", "*Oklch / Oklab", "*UPLab (w/CIELab_to_UPLab.icc)", "HSV / HSL / RGB", "Okhsl", "Okhsv"
        ]
        | Output[EnumField]
        | None = "HSV / HSL / RGB",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            degrees=degrees,
            image=image,
            metadata=metadata,
            ok_adaptive_gamut=ok_adaptive_gamut,
            ok_high_precision=ok_high_precision,
            preserve_lightness=preserve_lightness,
            space=space,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InvokeEquivalentAchromaticLightnessInvocation(Node):
    """Equivalent Achromatic Lightness (invokeai_ealightness; image, stable).

    Calculate Equivalent Achromatic Lightness from image. Originally created by @dwringer

    Args:
        board: The board to save the image to Value only (no connection).
        image: Image from which to get channel
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_ealightness"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InvokeImageBlendInvocation(Node):
    """Image Layer Blend (invokeai_img_blend; image, stable).

    Blend two images together, with optional opacity, mask, and blend modes. Originally created by @dwringer

    Args:
        adaptive_gamut: Adaptive gamut clipping (0=off). Higher prioritizes chroma over lightness (>= 0)
        blend_mode: Available blend modes
        board: The board to save the image to Value only (no connection).
        color_space: Available color spaces for blend computations
        fit_to_height: Scale upper layer to fit base height
        fit_to_width: Scale upper layer to fit base width
        high_precision: Use more steps in computing gamut when possible
        layer_base: The bottom image to blend
        layer_upper: The top image to blend
        mask: Optional mask, used to restrict areas from blending
        metadata: Optional metadata to be saved with the image Connection only.
        opacity: Desired opacity of the upper layer (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_img_blend"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("adaptive_gamut", "FloatField", minimum=0),
        field(
            "blend_mode",
            "EnumField",
            options=(
                "Color Burn",
                "Color Dodge",
                "Color",
                "Darken Only (EAL)",
                "Darken Only",
                "Difference",
                "Divide",
                "Hard Light",
                "Hue",
                "Lighten Only (EAL)",
                "Lighten Only",
                "Linear Burn",
                "Linear Dodge (Add)",
                "Linear Light",
                "Luminosity",
                "Multiply",
                "Normal",
                "Overlay",
                "Saturation",
                "Screen",
                "Soft Light",
                "Subtract",
                "Vivid Light",
            ),
        ),
        field("board", "BoardField", input="direct", internal=True),
        field(
            "color_space",
            "EnumField",
            options=("HSL (RGB)", "HSV (RGB)", "LCh (CIELab)", "Linear RGB", "Okhsl", "Okhsv", "Oklch (Oklab)", "RGB"),
        ),
        field("fit_to_height", "BooleanField"),
        field("fit_to_width", "BooleanField"),
        field("high_precision", "BooleanField"),
        field("layer_base", "ImageField", required=True),
        field("layer_upper", "ImageField", required=True),
        field("mask", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("opacity", "FloatField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        adaptive_gamut: float | Output[float] | None = 0.0,
        blend_mode: Literal[
            "Color Burn",
            "Color Dodge",
            "Color",
            "Darken Only (EAL)",
            "Darken Only",
            "Difference",
            "Divide",
            "Hard Light",
            "Hue",
            "Lighten Only (EAL)",
            "Lighten Only",
            "Linear Burn",
            "Linear Dodge (Add)",
            "Linear Light",
            "Luminosity",
            "Multiply",
            "Normal",
            "Overlay",
            "Saturation",
            "Screen",
            "Soft Light",
            "Subtract",
            "Vivid Light",
        ]
        | Output[EnumField]
        | None = "Normal",
        board: BoardValue | None = None,
        color_space: Literal[
            "HSL (RGB)", "HSV (RGB)", "LCh (CIELab)", "Linear RGB", "Okhsl", "Okhsv", "Oklch (Oklab)", "RGB"
        ]
        | Output[EnumField]
        | None = "RGB",
        fit_to_height: bool | Output[bool] | None = True,
        fit_to_width: bool | Output[bool] | None = False,
        high_precision: bool | Output[bool] | None = True,
        layer_base: ImageValue | Output[ImageField] | None,
        layer_upper: ImageValue | Output[ImageField] | None,
        mask: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        opacity: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            adaptive_gamut=adaptive_gamut,
            blend_mode=blend_mode,
            board=board,
            color_space=color_space,
            fit_to_height=fit_to_height,
            fit_to_width=fit_to_width,
            high_precision=high_precision,
            layer_base=layer_base,
            layer_upper=layer_upper,
            mask=mask,
            metadata=metadata,
            opacity=opacity,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InvokeImageCompositorInvocation(Node):
    """Image Compositor (invokeai_img_composite; image, stable).

    Removes backdrop from subject image then overlays subject on background image. Originally created by @dwringer

    Args:
        board: The board to save the image to Value only (no connection).
        chroma_key: Can be empty for corner flood select, or CSS-3 color or tuple
        fill_x: Scale base subject image to fit background width
        fill_y: Scale base subject image to fit background height
        image_background: Image of a background scene
        image_subject: Image of the subject on a plain monochrome background
        metadata: Optional metadata to be saved with the image Connection only.
        threshold: Subject isolation flood-fill threshold (>= 0)
        x_offset: x-offset for the subject
        y_offset: y-offset for the subject

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_img_composite"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("chroma_key", "StringField"),
        field("fill_x", "BooleanField"),
        field("fill_y", "BooleanField"),
        field("image_background", "ImageField", required=True),
        field("image_subject", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("threshold", "IntegerField", minimum=0),
        field("x_offset", "IntegerField"),
        field("y_offset", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        chroma_key: str | Output[str] | Output[float] | None = "",
        fill_x: bool | Output[bool] | None = False,
        fill_y: bool | Output[bool] | None = True,
        image_background: ImageValue | Output[ImageField] | None,
        image_subject: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        threshold: int | Output[int] | None = 50,
        x_offset: int | Output[int] | None = 0,
        y_offset: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            chroma_key=chroma_key,
            fill_x=fill_x,
            fill_y=fill_y,
            image_background=image_background,
            image_subject=image_subject,
            metadata=metadata,
            threshold=threshold,
            x_offset=x_offset,
            y_offset=y_offset,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InvokeImageDilateOrErodeInvocation(Node):
    """Image Dilate or Erode (invokeai_img_dilate_erode; image, stable).

    Dilate (expand) or erode (contract) an image. Originally created by @dwringer

    Args:
        image: The image from which to create a mask
        lightness_only: If true, only applies to image lightness (CIELa*b*)
        metadata: Optional metadata to be saved with the image Connection only.
        mode: How to operate on the image
        radius_h: Height (in pixels) by which to dilate(expand) or erode (contract) the image (>= 0)
        radius_w: Width (in pixels) by which to dilate(expand) or erode (contract) the image (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_img_dilate_erode"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("image", "ImageField", required=True),
        field("lightness_only", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("Dilate", "Erode")),
        field("radius_h", "IntegerField", minimum=0),
        field("radius_w", "IntegerField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        lightness_only: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["Dilate", "Erode"] | Output[EnumField] | None = "Dilate",
        radius_h: int | Output[int] | None = 4,
        radius_w: int | Output[int] | None = 4,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            image=image,
            lightness_only=lightness_only,
            metadata=metadata,
            mode=mode,
            radius_h=radius_h,
            radius_w=radius_w,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InvokeImageEnhanceInvocation(Node):
    """Enhance Image (invokeai_img_enhance; image, stable).

    Applies processing from PIL's ImageEnhance module. Originally created by @dwringer

    Args:
        board: The board to save the image to Value only (no connection).
        brightness: Brightness enhancement factor (>= 0)
        color: Color enhancement factor (>= 0)
        contrast: Contrast enhancement factor (>= 0)
        image: The image for which to apply processing
        invert: Whether to invert the image colors
        metadata: Optional metadata to be saved with the image Connection only.
        sharpness: Sharpness enhancement factor (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_img_enhance"
    VERSION = "1.2.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("brightness", "FloatField", minimum=0),
        field("color", "FloatField", minimum=0),
        field("contrast", "FloatField", minimum=0),
        field("image", "ImageField", required=True),
        field("invert", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("sharpness", "FloatField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        brightness: float | Output[float] | None = 1.0,
        color: float | Output[float] | None = 1.0,
        contrast: float | Output[float] | None = 1.0,
        image: ImageValue | Output[ImageField] | None,
        invert: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        sharpness: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            brightness=brightness,
            color=color,
            contrast=contrast,
            image=image,
            invert=invert,
            metadata=metadata,
            sharpness=sharpness,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class InvokeImageValueThresholdsInvocation(Node):
    """Image Value Thresholds (invokeai_img_val_thresholds; image, stable).

    Clip image to pure black/white past specified thresholds. Originally created by @dwringer

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image from which to create a mask
        invert_output: Make light areas dark and vice versa
        lightness_only: If true, only applies to image lightness (CIELa*b*)
        metadata: Optional metadata to be saved with the image Connection only.
        renormalize_values: Rescale remaining values from minimum to maximum
        threshold_lower: Threshold below which will be set to minimum value
        threshold_upper: Threshold above which will be set to full value

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "invokeai_img_val_thresholds"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("invert_output", "BooleanField"),
        field("lightness_only", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("renormalize_values", "BooleanField"),
        field("threshold_lower", "FloatField"),
        field("threshold_upper", "FloatField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        invert_output: bool | Output[bool] | None = False,
        lightness_only: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        renormalize_values: bool | Output[bool] | None = False,
        threshold_lower: float | Output[float] | None = 0.5,
        threshold_upper: float | Output[float] | None = 0.5,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            invert_output=invert_output,
            lightness_only=lightness_only,
            metadata=metadata,
            renormalize_values=renormalize_values,
            threshold_lower=threshold_lower,
            threshold_upper=threshold_upper,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class IterateInvocation(Node):
    """IterateInvocation (iterate; stable).

    Iterates over a list of items

    Args:
        collection: The list of items to iterate over

    Outputs:
        index: The index of the item
        item: The item being iterated over
        total: The total number of items
    """

    __slots__ = ()
    TYPE = "iterate"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "CollectionField", cardinality="COLLECTION"))
    OUTPUTS = {
        "index": ("IntegerField", "SINGLE"),
        "item": ("CollectionItemField", "SINGLE"),
        "total": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        collection: Sequence[Any] | Output[Sequence[Any]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def index(self) -> Output[int]:
        """The index of the item"""
        return Output(self, "index")

    @property
    def item(self) -> Output[Any]:
        """The item being iterated over"""
        return Output(self, "item")

    @property
    def total(self) -> Output[int]:
        """The total number of items"""
        return Output(self, "total")


class Krea2ConditioningRebalanceInvocation(Node):
    """Conditioning Rebalance - Krea-2 (krea2_conditioning_rebalance; conditioning, prototype).

    Per-layer rebalancing of Krea-2 text conditioning (improves prompt adherence). Krea-2 conditioning stacks 12 Qwen3-VL hidden-state layers per token. Weighting those layers individually (and applying an overall multiplier) lets you push the model harder toward the prompt, counteracting the quality-dilution from distillation. Ported from the ComfyUI `ConditioningKrea2Rebalance` node. This is an optional pass between the text encoder and denoise.

    Args:
        conditioning: Conditioning tensor Connection only.
        multiplier: Overall multiplier applied to the conditioning after per-layer weighting.
        per_layer_weights: Comma-separated gains for the 12 tapped encoder layers (exactly 12 values).

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "krea2_conditioning_rebalance"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("conditioning", "Krea2ConditioningField", input="connection", required=True),
        field("multiplier", "FloatField"),
        field("per_layer_weights", "StringField"),
    )
    OUTPUTS = {"conditioning": ("Krea2ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        conditioning: Output[Krea2ConditioningField] | None = None,
        multiplier: float | Output[float] | None = 4.0,
        per_layer_weights: str | Output[str] | Output[float] | None = "1.0,1.0,1.0,1.0,1.0,1.0,1.0,2.5,5.0,1.1,4.0,1.0",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            conditioning=conditioning,
            multiplier=multiplier,
            per_layer_weights=per_layer_weights,
        )

    @property
    def conditioning(self) -> Output[Krea2ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class Krea2DenoiseInvocation(Node):
    """Denoise - Krea-2 (krea2_denoise; image, prototype).

    Run the denoising process with a Krea-2 model.

    Args:
        board: The board to save the image to Value only (no connection).
        cfg_scale: Classifier-Free Guidance scale
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        height: Height of the generated image. (> 0, a multiple of 16)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        seed: Randomness seed for reproducibility.
        shift: Override the resolution-aware timestep shift (mu). Leave unset -- or 0, which is what the node editor fills in for an untouched optional float -- to use the model default: mu=1.15 for the distilled Turbo checkpoint, resolution-dependent for Raw.
        steps: Number of steps to run (> 0)
        style_reference: Training-free style reference. Adds one reference forward per step, so generation takes roughly twice as long, and retains the reference's attention keys/values for the whole step (~0.5 GB at 1024x1024, ~1.7 GB at 2560x1440). At 1440p the combined footprint no longer fits a 24 GB card alongside the model. A style_strength of 0 is ignored entirely and costs nothing. Connection only.
        style_reference_conditioning: Prompt for the style-reference pass. Leave unconnected to reuse the positive prompt; a short neutral prompt describing the reference can give a purer style transfer. Connection only.
        transformer: Krea-2 model (Transformer) to load Connection only.
        width: Width of the generated image. (> 0, a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "krea2_denoise"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field(
            "negative_conditioning", "Krea2ConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field(
            "positive_conditioning",
            "Krea2ConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("seed", "IntegerField"),
        field("shift", "FloatField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("style_reference", "Krea2StyleReferenceField", input="connection"),
        field("style_reference_conditioning", "Krea2ConditioningField", input="connection"),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", exclusive_minimum=0, multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1.0,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[Krea2ConditioningField] | Output[Sequence[Krea2ConditioningField]] | None = None,
        positive_conditioning: Output[Krea2ConditioningField] | Output[Sequence[Krea2ConditioningField]] | None = None,
        seed: int | Output[int] | None = 0,
        shift: float | Output[float] | None = None,
        steps: int | Output[int] | None = 8,
        style_reference: Output[Krea2StyleReferenceField] | None = None,
        style_reference_conditioning: Output[Krea2ConditioningField] | None = None,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            cfg_scale=cfg_scale,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            height=height,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            seed=seed,
            shift=shift,
            steps=steps,
            style_reference=style_reference,
            style_reference_conditioning=style_reference_conditioning,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class Krea2LoRACollectionLoader(Node):
    """Apply LoRA Collection - Krea-2 (krea2_lora_collection_loader; model, stable).

    Applies a collection of LoRAs to a Krea-2 transformer and/or Qwen3-VL encoder.

    Args:
        loras: LoRA models and weights. May be a single LoRA or collection.
        qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "krea2_lora_collection_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION"),
        field("qwen3_vl_encoder", "Qwen3VLEncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {"qwen3_vl_encoder": ("Qwen3VLEncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        qwen3_vl_encoder: Output[Qwen3VLEncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            loras=loras,
            qwen3_vl_encoder=qwen3_vl_encoder,
            transformer=transformer,
        )

    @property
    def qwen3_vl_encoder(self) -> Output[Qwen3VLEncoderField]:
        """Qwen3-VL tokenizer and text encoder"""
        return Output(self, "qwen3_vl_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class Krea2LoRALoaderInvocation(Node):
    """Apply LoRA - Krea-2 (krea2_lora_loader; model, stable).

    Apply a LoRA model to a Krea-2 transformer and/or Qwen3-VL text encoder.

    Args:
        lora: LoRA model to load Model base ['krea-2'], type ['lora'].
        qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "krea2_lora_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("krea-2",), model_type=("lora",)),
        field("qwen3_vl_encoder", "Qwen3VLEncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"qwen3_vl_encoder": ("Qwen3VLEncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        qwen3_vl_encoder: Output[Qwen3VLEncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            lora=lora,
            qwen3_vl_encoder=qwen3_vl_encoder,
            transformer=transformer,
            weight=weight,
        )

    @property
    def qwen3_vl_encoder(self) -> Output[Qwen3VLEncoderField]:
        """Qwen3-VL tokenizer and text encoder"""
        return Output(self, "qwen3_vl_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class Krea2ModelLoaderInvocation(Node):
    """Main Model - Krea-2 (krea2_model_loader; model, prototype).

    Loads a Krea-2 model, outputting its submodels. By default the VAE (Qwen-Image VAE) and Qwen3-VL text encoder are extracted from the Krea-2 diffusers pipeline. Standalone overrides may be supplied (e.g. when the transformer is a single-file checkpoint that has no bundled VAE / encoder).

    Args:
        model: Krea-2 model (Transformer) to load Value only (no connection). Model base ['krea-2'], type ['main'].
        qwen3_vl_encoder_model: Standalone Qwen3-VL Encoder model. If not provided, the encoder is loaded from the Krea-2 (diffusers) model. Value only (no connection). Model base [], type ['qwen3_vl_encoder'].
        vae_model: Standalone VAE model. Krea-2 uses the Qwen-Image VAE (16-channel). If not provided, the VAE is loaded from the Krea-2 (diffusers) model. Value only (no connection). Model base ['qwen-image', 'anima'], type ['vae'].

    Outputs:
        qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "krea2_model_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("krea-2",), model_type=("main",)
        ),
        field("qwen3_vl_encoder_model", "ModelIdentifierField", input="direct", model_type=("qwen3_vl_encoder",)),
        field(
            "vae_model", "ModelIdentifierField", input="direct", model_base=("qwen-image", "anima"), model_type=("vae",)
        ),
    )
    OUTPUTS = {
        "qwen3_vl_encoder": ("Qwen3VLEncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | None,
        qwen3_vl_encoder_model: ModelValue | None = None,
        vae_model: ModelValue | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            model=model,
            qwen3_vl_encoder_model=qwen3_vl_encoder_model,
            vae_model=vae_model,
        )

    @property
    def qwen3_vl_encoder(self) -> Output[Qwen3VLEncoderField]:
        """Qwen3-VL tokenizer and text encoder"""
        return Output(self, "qwen3_vl_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class Krea2SeedVarianceInvocation(Node):
    """Seed Variance - Krea-2 (krea2_seed_variance; conditioning, prototype).

    Inject per-seed diversity into Krea-2 text conditioning. Distilled few-step models (like Krea-2-Turbo) suffer from low seed variance — different seeds give near-identical images. This adds seeded uniform noise to a random subset of the text-embedding values, trading some prompt adherence for variety (the same idea as the Z-Image-Turbo `SeedVarianceEnhancer`). Optional pass between the text encoder and denoise. The noise magnitude is auto-calibrated relative to the embedding's standard deviation, so a given `strength` behaves consistently regardless of the embedding scale — in particular it stays sane whether or not the upstream Conditioning Rebalance node has scaled the embeddings up.

    Args:
        conditioning: Conditioning tensor Connection only.
        randomize_percent: Percentage of embedding values that get perturbed (Bernoulli mask); 0 disables. (>= 0.0, <= 100.0)
        strength: Noise strength as a multiplier of the embedding std (0=off, 0.1=subtle, 0.5=strong). (>= 0.0, <= 2.0)
        variance_seed: Seed for the variance noise (vary this to get variety).

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "krea2_seed_variance"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("conditioning", "Krea2ConditioningField", input="connection", required=True),
        field("randomize_percent", "FloatField", minimum=0.0, maximum=100.0),
        field("strength", "FloatField", minimum=0.0, maximum=2.0),
        field("variance_seed", "IntegerField"),
    )
    OUTPUTS = {"conditioning": ("Krea2ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        conditioning: Output[Krea2ConditioningField] | None = None,
        randomize_percent: float | Output[float] | None = 50.0,
        strength: float | Output[float] | None = 0.1,
        variance_seed: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            conditioning=conditioning,
            randomize_percent=randomize_percent,
            strength=strength,
            variance_seed=variance_seed,
        )

    @property
    def conditioning(self) -> Output[Krea2ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class Krea2StyleReferenceInvocation(Node):
    """Style Reference - Krea-2 (krea2_style_reference; conditioning, prototype).

    Encode a reference image into Krea-2 style-reference conditioning. Transfers the *look* of the reference image -- palette, texture, rendering -- while the prompt keeps driving the content. No adapter model or LoRA is involved. ``width`` and ``height`` must match the Krea-2 denoise node. Everything below ``style_strength`` is for tuning and should be left at its default; ``style_strength`` already modulates several of them.

    Args:
        adain_strength: How strongly the reference's query/key statistics are applied to the target. (>= 0.0, <= 1.0)
        beta: Exponent of the high-to-low frequency falloff curve. (<= 20.0, > 0.0)
        blocks: Transformer blocks to inject the reference into, e.g. '7-27'. Styling the earliest blocks damages composition.
        fit: How to reconcile the reference's aspect ratio with the target size. 'crop' scales to cover and center-crops, 'contain' letterboxes on white, 'stretch' distorts.
        height: Height to encode the reference at (must match the denoise node's height). (> 0, a multiple of 16)
        high_scale_end: Scale on the reference key's high-frequency bands at the last step. 0 decays them away, which is what keeps reference content from leaking in.
        high_scale_start: Scale on the reference key's high-frequency bands at the first step.
        image: Reference image whose style should be transferred.
        low_scale_end: Scale on the reference key's low-frequency bands at the last step. Raising this strengthens the style but also invites content leakage and quality loss.
        low_scale_start: Scale on the reference key's low-frequency bands at the first step.
        ref_k_strength: Multiplier on the reference key path. This is the knob that makes the style visible without raising low_scale_end (which would also let reference content leak in). (>= 0.0, <= 5.0)
        ref_value_mix: How much raw reference value signal is kept. Higher usually preserves style material. (>= 0.0, <= 1.0)
        style_strength: Overall style strength. 1.0 is the recommended setting. 0 makes the denoise node ignore the reference entirely - no capture pass, no retained keys/values - though this node still encodes it; disconnect the node to skip that too. (>= 0.0, <= 2.0)
        vae: VAE Connection only.
        value_adain_strength: Reference statistics applied to the target value path. Has no effect while ref_value_mix is 1.0. (>= 0.0, <= 1.5)
        value_mode: How the reference value vectors are built.
        width: Width to encode the reference at (must match the denoise node's width). (> 0, a multiple of 16)

    Outputs:
        style_reference: Style-reference conditioning for Krea-2.
    """

    __slots__ = ()
    TYPE = "krea2_style_reference"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("adain_strength", "FloatField", minimum=0.0, maximum=1.0),
        field("beta", "FloatField", maximum=20.0, exclusive_minimum=0.0),
        field("blocks", "StringField"),
        field("fit", "EnumField", options=("contain", "crop", "stretch")),
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=16),
        field("high_scale_end", "FloatField"),
        field("high_scale_start", "FloatField"),
        field("image", "ImageField", required=True),
        field("low_scale_end", "FloatField"),
        field("low_scale_start", "FloatField"),
        field("ref_k_strength", "FloatField", minimum=0.0, maximum=5.0),
        field("ref_value_mix", "FloatField", minimum=0.0, maximum=1.0),
        field("style_strength", "FloatField", minimum=0.0, maximum=2.0),
        field("vae", "VAEField", input="connection", required=True),
        field("value_adain_strength", "FloatField", minimum=0.0, maximum=1.5),
        field(
            "value_mode",
            "EnumField",
            options=("raw_reference", "ref_mean", "target", "target_adain", "target_adain_plus_ref"),
        ),
        field("width", "IntegerField", exclusive_minimum=0, multiple_of=16),
    )
    OUTPUTS = {"style_reference": ("Krea2StyleReferenceField", "SINGLE")}

    def __init__(
        self,
        *,
        adain_strength: float | Output[float] | None = 0.85,
        beta: float | Output[float] | None = 2.5,
        blocks: str | Output[str] | Output[float] | None = "7-27",
        fit: Literal["contain", "crop", "stretch"] | Output[EnumField] | None = "crop",
        height: int | Output[int] | None = 1024,
        high_scale_end: float | Output[float] | None = 0.0,
        high_scale_start: float | Output[float] | None = 1.04,
        image: ImageValue | Output[ImageField] | None,
        low_scale_end: float | Output[float] | None = 1.1,
        low_scale_start: float | Output[float] | None = 1.0,
        ref_k_strength: float | Output[float] | None = 1.06,
        ref_value_mix: float | Output[float] | None = 1.0,
        style_strength: float | Output[float] | None = 1.0,
        vae: Output[VAEField] | None = None,
        value_adain_strength: float | Output[float] | None = 0.65,
        value_mode: Literal["raw_reference", "ref_mean", "target", "target_adain", "target_adain_plus_ref"]
        | Output[EnumField]
        | None = "target_adain_plus_ref",
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            adain_strength=adain_strength,
            beta=beta,
            blocks=blocks,
            fit=fit,
            height=height,
            high_scale_end=high_scale_end,
            high_scale_start=high_scale_start,
            image=image,
            low_scale_end=low_scale_end,
            low_scale_start=low_scale_start,
            ref_k_strength=ref_k_strength,
            ref_value_mix=ref_value_mix,
            style_strength=style_strength,
            vae=vae,
            value_adain_strength=value_adain_strength,
            value_mode=value_mode,
            width=width,
        )

    @property
    def style_reference(self) -> Output[Krea2StyleReferenceField]:
        """Style-reference conditioning for Krea-2."""
        return Output(self, "style_reference")


class Krea2TextEncoderInvocation(Node):
    """Prompt - Krea-2 (krea2_text_encoder; conditioning, prototype).

    Encodes a text prompt for Krea-2 using the Qwen3-VL text encoder. The encoder taps 12 decoder hidden-state layers and stacks them per token, producing a 4D conditioning tensor (B, seq, 12, hidden) that the Krea-2 transformer's text-fusion stage consumes.

    Args:
        mask: A mask defining the image region that this conditioning prompt applies to. Connection only.
        prompt: Text prompt describing the desired image.
        qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "krea2_text_encoder"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("mask", "TensorField", input="connection"),
        field("prompt", "StringField", required=True),
        field("qwen3_vl_encoder", "Qwen3VLEncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("Krea2ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        mask: Output[TensorField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        qwen3_vl_encoder: Output[Qwen3VLEncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, mask=mask, prompt=prompt, qwen3_vl_encoder=qwen3_vl_encoder
        )

    @property
    def conditioning(self) -> Output[Krea2ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class LaMaInfillInvocation(Node):
    """LaMa Infill (infill_lama; inpaint, stable).

    Infills transparent areas of an image using the LaMa model

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "infill_lama"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class LatentsCollectionInvocation(Node):
    """Latents Collection Primitive (latents_collection; primitives, stable).

    A collection of latents tensor primitive values

    Args:
        collection: The collection of latents tensors

    Outputs:
        collection: Latents tensor
    """

    __slots__ = ()
    TYPE = "latents_collection"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "LatentsField", cardinality="COLLECTION", required=True))
    OUTPUTS = {"collection": ("LatentsField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[Mapping[str, Any]] | Output[Sequence[LatentsField]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def collection(self) -> Output[Sequence[LatentsField]]:
        """Latents tensor"""
        return Output(self, "collection")


class LatentsInvocation(Node):
    """Latents Primitive (latents; primitives, stable).

    A latents tensor primitive value

    Args:
        latents: The latents tensor Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "latents"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("latents", "LatentsField", input="connection", required=True))
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, latents=latents)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class LatentsToImageInvocation(Node):
    """Latents to Image - SD1.5, SDXL (l2i; latents, stable).

    Generates an image from latents.

    Args:
        board: The board to save the image to Value only (no connection).
        fp32: Whether or not to use full float32 precision
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile size for the model will be used. Larger tile sizes generally produce better results at the cost of higher memory usage. (a multiple of 8)
        tiled: Processing using overlapping tiles (reduce memory consumption)
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "l2i"
    VERSION = "1.3.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("fp32", "BooleanField"),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tile_size", "IntegerField", multiple_of=8),
        field("tiled", "BooleanField"),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        fp32: bool | Output[bool] | None = False,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        tile_size: int | Output[int] | None = 0,
        tiled: bool | Output[bool] | None = False,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            fp32=fp32,
            latents=latents,
            metadata=metadata,
            tile_size=tile_size,
            tiled=tiled,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class LineartAnimeEdgeDetectionInvocation(Node):
    """Lineart Anime Edge Detection (lineart_anime_edge_detection; controlnet_preprocessors, stable).

    Geneartes an edge map using the Lineart model.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "lineart_anime_edge_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class LineartEdgeDetectionInvocation(Node):
    """Lineart Edge Detection (lineart_edge_detection; controlnet_preprocessors, stable).

    Generates an edge map using the Lineart model.

    Args:
        board: The board to save the image to Value only (no connection).
        coarse: Whether to use coarse mode
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "lineart_edge_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("coarse", "BooleanField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        coarse: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, coarse=coarse, image=image, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class LlavaOnevisionVllmInvocation(Node):
    """LLaVA OneVision VLLM (llava_onevision_vllm; multimodal, beta).

    Run a LLaVA OneVision VLLM model.

    Args:
        images: Input image. (at most 3 characters)
        prompt: Input text prompt.
        vllm_model: The VLLM model to use Model base [], type ['llava_onevision'].

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "llava_onevision_vllm"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("images", "ImageField", cardinality="SINGLE_OR_COLLECTION", max_length=3),
        field("prompt", "StringField"),
        field("vllm_model", "ModelIdentifierField", required=True, model_type=("llava_onevision",)),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        images: ImageValue | Sequence[ImageValue] | Output[ImageField] | Output[Sequence[ImageField]] | None = None,
        prompt: str | Output[str] | Output[float] | None = "",
        vllm_model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, images=images, prompt=prompt, vllm_model=vllm_model)

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class LoRACollectionLoader(Node):
    """Apply LoRA Collection - SD1.5 (lora_collection_loader; model, stable).

    Applies a collection of LoRAs to the provided UNet and CLIP models.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['sd-1', 'sd-2'], type ['lora'].
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "lora_collection_loader"
    VERSION = "1.1.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field(
            "loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("sd-1", "sd-2"), model_type=("lora",)
        ),
        field("unet", "UNetField", input="connection"),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, loras=loras, unet=unet)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class LoRALoaderInvocation(Node):
    """Apply LoRA - SD1.5 (lora_loader; model, stable).

    Apply selected lora to unet and text_encoder.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        lora: LoRA model to load Model base ['sd-1'], type ['lora'].
        unet: UNet (scheduler, LoRAs) Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "lora_loader"
    VERSION = "1.0.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("lora", "ModelIdentifierField", required=True, model_base=("sd-1",), model_type=("lora",)),
        field("unet", "UNetField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        unet: Output[UNetField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, lora=lora, unet=unet, weight=weight)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class LoRASelectorInvocation(Node):
    """Select LoRA (lora_selector; model, stable).

    Selects a LoRA model and weight.

    Args:
        lora: LoRA model to load Model base [], type ['lora'].
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        lora: LoRA model and weight
    """

    __slots__ = ()
    TYPE = "lora_selector"
    VERSION = "1.0.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_type=("lora",)), field("weight", "FloatField")
    )
    OUTPUTS = {"lora": ("LoRAField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, lora=lora, weight=weight)

    @property
    def lora(self) -> Output[LoRAField]:
        """LoRA model and weight"""
        return Output(self, "lora")


class MLSDDetectionInvocation(Node):
    """MLSD Detection (mlsd_detection; controlnet_preprocessors, stable).

    Generates an line segment map using MLSD.

    Args:
        board: The board to save the image to Value only (no connection).
        distance_threshold: Threshold for including a line segment - lines shorter than this distance will be discarded (>= 0)
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        score_threshold: The threshold used to score points when determining line segments (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "mlsd_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("distance_threshold", "FloatField", minimum=0),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("score_threshold", "FloatField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        distance_threshold: float | Output[float] | None = 20.0,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        score_threshold: float | Output[float] | None = 0.1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            distance_threshold=distance_threshold,
            image=image,
            metadata=metadata,
            score_threshold=score_threshold,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MainModelLoaderInvocation(Node):
    """Main Model - SD1.5, SD2 (main_model_loader; model, stable).

    Loads a main model, outputting its submodels.

    Args:
        model: Main model (UNet, VAE, CLIP) to load Model base ['sd-1', 'sd-2'], type ['main'].

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
        vae: VAE
    """

    __slots__ = ()
    TYPE = "main_model_loader"
    VERSION = "1.0.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("model", "ModelIdentifierField", required=True, model_base=("sd-1", "sd-2"), model_type=("main",))
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE"), "vae": ("VAEField", "SINGLE")}

    def __init__(
        self,
        *,
        model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class MaskCombineInvocation(Node):
    """Combine Masks (mask_combine; mask, stable).

    Combine two masks together by multiplying them using `PIL.ImageChops.multiply()`.

    Args:
        board: The board to save the image to Value only (no connection).
        mask1: The first mask to combine
        mask2: The second image to combine
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "mask_combine"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("mask1", "ImageField", required=True),
        field("mask2", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        mask1: ImageValue | Output[ImageField] | None,
        mask2: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, mask1=mask1, mask2=mask2, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MaskEdgeInvocation(Node):
    """Mask Edge (mask_edge; mask, stable).

    Applies an edge mask to an image

    Args:
        board: The board to save the image to Value only (no connection).
        edge_blur: The amount of blur on the edge
        edge_size: The size of the edge
        high_threshold: Second threshold for the hysteresis procedure in Canny edge detection
        image: The image to apply the mask to
        low_threshold: First threshold for the hysteresis procedure in Canny edge detection
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "mask_edge"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("edge_blur", "IntegerField", required=True),
        field("edge_size", "IntegerField", required=True),
        field("high_threshold", "IntegerField", required=True),
        field("image", "ImageField", required=True),
        field("low_threshold", "IntegerField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        edge_blur: int | Output[int] | None,
        edge_size: int | Output[int] | None,
        high_threshold: int | Output[int] | None,
        image: ImageValue | Output[ImageField] | None,
        low_threshold: int | Output[int] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            edge_blur=edge_blur,
            edge_size=edge_size,
            high_threshold=high_threshold,
            image=image,
            low_threshold=low_threshold,
            metadata=metadata,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MaskFromAlphaInvocation(Node):
    """Mask from Alpha (tomask; mask, stable).

    Extracts the alpha channel of an image as a mask.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to create the mask from
        invert: Whether or not to invert the mask
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "tomask"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("invert", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        invert: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, image=image, invert=invert, metadata=metadata
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MaskFromIDInvocation(Node):
    """Mask from Segmented Image (mask_from_id; mask, stable).

    Generate a mask for a particular color in an ID Map

    Args:
        board: The board to save the image to Value only (no connection).
        color: ID color to mask
        image: The image to create the mask from
        invert: Whether or not to invert the mask
        metadata: Optional metadata to be saved with the image Connection only.
        threshold: Threshold for color detection

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "mask_from_id"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("color", "ColorField", required=True),
        field("image", "ImageField", required=True),
        field("invert", "BooleanField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("threshold", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        color: ColorValue | Output[ColorField] | None,
        image: ImageValue | Output[ImageField] | None,
        invert: bool | Output[bool] | None = False,
        metadata: Output[MetadataField] | None = None,
        threshold: int | Output[int] | None = 100,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            color=color,
            image=image,
            invert=invert,
            metadata=metadata,
            threshold=threshold,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MaskTensorToImageInvocation(Node):
    """Tensor Mask to Image (tensor_mask_to_image; mask, stable).

    Convert a mask tensor to an image.

    Args:
        board: The board to save the image to Value only (no connection).
        mask: The mask tensor to convert.
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "tensor_mask_to_image"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("mask", "TensorField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, mask=mask, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MediaPipeFaceDetectionInvocation(Node):
    """MediaPipe Face Detection (mediapipe_face_detection; controlnet_preprocessors, stable).

    Detects faces using MediaPipe.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        max_faces: Maximum number of faces to detect (>= 1)
        metadata: Optional metadata to be saved with the image Connection only.
        min_confidence: Minimum confidence for face detection (>= 0, <= 1)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "mediapipe_face_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("max_faces", "IntegerField", minimum=1),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("min_confidence", "FloatField", minimum=0, maximum=1),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        max_faces: int | Output[int] | None = 1,
        metadata: Output[MetadataField] | None = None,
        min_confidence: float | Output[float] | None = 0.5,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            max_faces=max_faces,
            metadata=metadata,
            min_confidence=min_confidence,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MergeMetadataInvocation(Node):
    """Metadata Merge (merge_metadata; metadata, stable).

    Merged a collection of MetadataDict into a single MetadataDict.

    Args:
        collection: Collection of Metadata

    Outputs:
        metadata: Metadata Dict
    """

    __slots__ = ()
    TYPE = "merge_metadata"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "MetadataField", cardinality="COLLECTION", required=True))
    OUTPUTS = {"metadata": ("MetadataField", "SINGLE")}

    def __init__(
        self,
        *,
        collection: Sequence[Mapping[str, Any]] | Output[Sequence[MetadataField]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")


class MergeTilesToImageInvocation(Node):
    """Merge Tiles to Image (merge_tiles_to_image; tiles, stable).

    Merge multiple tile images into a single image.

    Args:
        blend_amount: The amount to blend adjacent tiles in pixels. Must be <= the amount of overlap between adjacent tiles. (>= 0)
        blend_mode: blending type Linear or Seam Value only (no connection).
        board: The board to save the image to Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.
        tiles_with_images: A list of tile images with tile properties.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "merge_tiles_to_image"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("blend_amount", "IntegerField", minimum=0),
        field("blend_mode", "EnumField", input="direct", options=("Linear", "Seam")),
        field("board", "BoardField", input="direct", internal=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tiles_with_images", "TileWithImage", cardinality="COLLECTION", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        blend_amount: int | Output[int] | None = 32,
        blend_mode: Literal["Linear", "Seam"] | None = "Seam",
        board: BoardValue | None = None,
        metadata: Output[MetadataField] | None = None,
        tiles_with_images: Sequence[Mapping[str, Any]] | Output[Sequence[TileWithImage]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            blend_amount=blend_amount,
            blend_mode=blend_mode,
            board=board,
            metadata=metadata,
            tiles_with_images=tiles_with_images,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class MetadataFieldExtractorInvocation(Node):
    """Metadata Field Extractor (metadata_field_extractor; metadata, deprecated).

    Extracts the text value from an image's metadata given a key. Raises an error if the image has no metadata or if the value is not a string (nesting not permitted).

    Args:
        image: The image to extract metadata from
        key: The key in the image's metadata to extract the value from

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "metadata_field_extractor"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True), field("key", "StringField", required=True))
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        key: str | Output[str] | Output[float] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, key=key)

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class MetadataFromImageInvocation(Node):
    """Metadata From Image (metadata_from_image; metadata, beta).

    Used to create a core metadata item then Add/Update it to the provided metadata

    Args:
        image: The image to process

    Outputs:
        metadata: Metadata Dict
    """

    __slots__ = ()
    TYPE = "metadata_from_image"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True))
    OUTPUTS = {"metadata": ("MetadataField", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image)

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")


class MetadataInvocation(Node):
    """Metadata (metadata; metadata, stable).

    Takes a MetadataItem or collection of MetadataItems and outputs a MetadataDict.

    Args:
        items: A single metadata item or collection of metadata items

    Outputs:
        metadata: Metadata Dict
    """

    __slots__ = ()
    TYPE = "metadata"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("items", "MetadataItemField", cardinality="SINGLE_OR_COLLECTION", required=True))
    OUTPUTS = {"metadata": ("MetadataField", "SINGLE")}

    def __init__(
        self,
        *,
        items: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[MetadataItemField]
        | Output[Sequence[MetadataItemField]]
        | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, items=items)

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")


class MetadataItemInvocation(Node):
    """Metadata Item (metadata_item; metadata, stable).

    Used to create an arbitrary metadata item. Provide "label" and make a connection to "value" to store that data as the value.

    Args:
        label: Label for this metadata item
        value: The value for this metadata item (may be any type)

    Outputs:
        item: Metadata Item
    """

    __slots__ = ()
    TYPE = "metadata_item"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("label", "StringField", required=True), field("value", "AnyField", required=True))
    OUTPUTS = {"item": ("MetadataItemField", "SINGLE")}

    def __init__(
        self,
        *,
        label: str | Output[str] | Output[float] | None,
        value: Any,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, node_label, is_intermediate, use_cache, label=label, value=value)

    @property
    def item(self) -> Output[MetadataItemField]:
        """Metadata Item"""
        return Output(self, "item")


class MetadataItemLinkedInvocation(Node):
    """Metadata Item Linked (metadata_item_linked; metadata, beta).

    Used to Create/Add/Update a value into a metadata label

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.
        value: The value for this metadata item (may be any type)

    Outputs:
        metadata: Metadata Dict
    """

    __slots__ = ()
    TYPE = "metadata_item_linked"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field(
            "label",
            "EnumField",
            input="direct",
            options=(
                "* CUSTOM LABEL *",
                "cfg_rescale_multiplier",
                "cfg_scale",
                "cfg_scale_end_step",
                "cfg_scale_start_step",
                "clip_skip",
                "guidance",
                "height",
                "model",
                "negative_prompt",
                "negative_style_prompt",
                "positive_prompt",
                "positive_style_prompt",
                "scheduler",
                "seamless_x",
                "seamless_y",
                "seed",
                "steps",
                "vae",
                "width",
            ),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("value", "AnyField", required=True),
    )
    OUTPUTS = {"metadata": ("MetadataField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        label: Literal[
            "* CUSTOM LABEL *",
            "cfg_rescale_multiplier",
            "cfg_scale",
            "cfg_scale_end_step",
            "cfg_scale_start_step",
            "clip_skip",
            "guidance",
            "height",
            "model",
            "negative_prompt",
            "negative_style_prompt",
            "positive_prompt",
            "positive_style_prompt",
            "scheduler",
            "seamless_x",
            "seamless_y",
            "seed",
            "steps",
            "vae",
            "width",
        ]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        value: Any,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            label=label,
            metadata=metadata,
            value=value,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")


class MetadataToBoolCollectionInvocation(Node):
    """Metadata To Bool Collection (metadata_to_bool_collection; metadata, beta).

    Extracts a Boolean value Collection of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default bool to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        collection: The output boolean collection
    """

    __slots__ = ()
    TYPE = "metadata_to_bool_collection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "BooleanField", cardinality="COLLECTION", required=True),
        field("label", "EnumField", input="direct", options=("* CUSTOM LABEL *", "seamless_x", "seamless_y")),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"collection": ("BooleanField", "COLLECTION")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: Sequence[bool] | Output[Sequence[bool]] | None,
        label: Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"] | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def collection(self) -> Output[Sequence[bool]]:
        """The output boolean collection"""
        return Output(self, "collection")


class MetadataToBoolInvocation(Node):
    """Metadata To Bool (metadata_to_bool; metadata, beta).

    Extracts a Boolean value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default bool to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        value: The output boolean
    """

    __slots__ = ()
    TYPE = "metadata_to_bool"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "BooleanField", required=True),
        field("label", "EnumField", input="direct", options=("* CUSTOM LABEL *", "seamless_x", "seamless_y")),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"value": ("BooleanField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: bool | Output[bool] | None,
        label: Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"] | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def value(self) -> Output[bool]:
        """The output boolean"""
        return Output(self, "value")


class MetadataToControlnetsInvocation(Node):
    """Metadata To ControlNets (metadata_to_controlnets; metadata, beta).

    Extracts a Controlnets value of a label from metadata

    Args:
        control_list: ControlNet-List Connection only.
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        control_list: ControlNet(s) to apply
    """

    __slots__ = ()
    TYPE = "metadata_to_controlnets"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("control_list", "ControlField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"control_list": ("ControlField", "SINGLE_OR_COLLECTION")}

    def __init__(
        self,
        *,
        control_list: Output[ControlField] | Output[Sequence[ControlField]] | None = None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, control_list=control_list, metadata=metadata)

    @property
    def control_list(self) -> Output[ControlField | Sequence[ControlField]]:
        """ControlNet(s) to apply"""
        return Output(self, "control_list")


class MetadataToFloatCollectionInvocation(Node):
    """Metadata To Float Collection (metadata_to_float_collection; metadata, beta).

    Extracts a Float value Collection of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default float to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        collection: The float collection
    """

    __slots__ = ()
    TYPE = "metadata_to_float_collection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "FloatField", cardinality="COLLECTION", required=True),
        field(
            "label",
            "EnumField",
            input="direct",
            options=("* CUSTOM LABEL *", "cfg_rescale_multiplier", "cfg_scale", "guidance"),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"collection": ("FloatField", "COLLECTION")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: Sequence[float] | Output[Sequence[float]] | None,
        label: Literal["* CUSTOM LABEL *", "cfg_rescale_multiplier", "cfg_scale", "guidance"]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def collection(self) -> Output[Sequence[float]]:
        """The float collection"""
        return Output(self, "collection")


class MetadataToFloatInvocation(Node):
    """Metadata To Float (metadata_to_float; metadata, beta).

    Extracts a Float value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default float to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        value: The output float
    """

    __slots__ = ()
    TYPE = "metadata_to_float"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "FloatField", required=True),
        field(
            "label",
            "EnumField",
            input="direct",
            options=("* CUSTOM LABEL *", "cfg_rescale_multiplier", "cfg_scale", "guidance"),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"value": ("FloatField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: float | Output[float] | None,
        label: Literal["* CUSTOM LABEL *", "cfg_rescale_multiplier", "cfg_scale", "guidance"]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def value(self) -> Output[float]:
        """The output float"""
        return Output(self, "value")


class MetadataToIPAdaptersInvocation(Node):
    """Metadata To IP-Adapters (metadata_to_ip_adapters; metadata, beta).

    Extracts a IP-Adapters value of a label from metadata

    Args:
        ip_adapter_list: IP-Adapter to apply Connection only.
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        ip_adapter_list: IP-Adapter to apply
    """

    __slots__ = ()
    TYPE = "metadata_to_ip_adapters"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("ip_adapter_list", "IPAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"ip_adapter_list": ("IPAdapterField", "SINGLE_OR_COLLECTION")}

    def __init__(
        self,
        *,
        ip_adapter_list: Output[IPAdapterField] | Output[Sequence[IPAdapterField]] | None = None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, ip_adapter_list=ip_adapter_list, metadata=metadata)

    @property
    def ip_adapter_list(self) -> Output[IPAdapterField | Sequence[IPAdapterField]]:
        """IP-Adapter to apply"""
        return Output(self, "ip_adapter_list")


class MetadataToIntegerCollectionInvocation(Node):
    """Metadata To Integer Collection (metadata_to_integer_collection; metadata, beta).

    Extracts an integer value Collection of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default integer to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        collection: The int collection
    """

    __slots__ = ()
    TYPE = "metadata_to_integer_collection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "IntegerField", cardinality="COLLECTION", required=True),
        field(
            "label",
            "EnumField",
            input="direct",
            options=(
                "* CUSTOM LABEL *",
                "cfg_scale_end_step",
                "cfg_scale_start_step",
                "clip_skip",
                "height",
                "seed",
                "steps",
                "width",
            ),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"collection": ("IntegerField", "COLLECTION")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: Sequence[int] | Output[Sequence[int]] | None,
        label: Literal[
            "* CUSTOM LABEL *",
            "cfg_scale_end_step",
            "cfg_scale_start_step",
            "clip_skip",
            "height",
            "seed",
            "steps",
            "width",
        ]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def collection(self) -> Output[Sequence[int]]:
        """The int collection"""
        return Output(self, "collection")


class MetadataToIntegerInvocation(Node):
    """Metadata To Integer (metadata_to_integer; metadata, beta).

    Extracts an integer value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default integer to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "metadata_to_integer"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "IntegerField", required=True),
        field(
            "label",
            "EnumField",
            input="direct",
            options=(
                "* CUSTOM LABEL *",
                "cfg_scale_end_step",
                "cfg_scale_start_step",
                "clip_skip",
                "height",
                "seed",
                "steps",
                "width",
            ),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: int | Output[int] | None,
        label: Literal[
            "* CUSTOM LABEL *",
            "cfg_scale_end_step",
            "cfg_scale_start_step",
            "clip_skip",
            "height",
            "seed",
            "steps",
            "width",
        ]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class MetadataToLorasCollectionInvocation(Node):
    """Metadata To LoRA Collection (metadata_to_lora_collection; metadata, beta).

    Extracts Lora(s) from metadata into a collection

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        loras: LoRA models and weights. May be a single LoRA or collection.
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        lora: Collection of LoRA model and weights
    """

    __slots__ = ()
    TYPE = "metadata_to_lora_collection"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION"),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"lora": ("LoRAField", "COLLECTION")}

    def __init__(
        self,
        *,
        custom_label: str | None = "loras",
        loras: Any = [],
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, custom_label=custom_label, loras=loras, metadata=metadata
        )

    @property
    def lora(self) -> Output[Sequence[LoRAField]]:
        """Collection of LoRA model and weights"""
        return Output(self, "lora")


class MetadataToLorasInvocation(Node):
    """Metadata To LoRAs (metadata_to_loras; metadata, beta).

    Extracts a Loras value of a label from metadata

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "metadata_to_loras"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("unet", "UNetField", input="connection"),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        metadata: Output[MetadataField] | None = None,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, metadata=metadata, unet=unet)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class MetadataToModelInvocation(Node):
    """Metadata To Model (metadata_to_model; metadata, beta).

    Extracts a Model value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default model to use if not found in the metadata Model base [], type ['main'].
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        model: Main model (UNet, VAE, CLIP) to load
        name: Model Name
        unet: UNet (scheduler, LoRAs)
        vae: VAE
    """

    __slots__ = ()
    TYPE = "metadata_to_model"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "ModelIdentifierField", required=True, model_type=("main",)),
        field("label", "EnumField", input="direct", options=("* CUSTOM LABEL *", "model")),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "clip": ("CLIPField", "SINGLE"),
        "model": ("ModelIdentifierField", "SINGLE"),
        "name": ("StringField", "SINGLE"),
        "unet": ("UNetField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: ModelValue | Output[ModelIdentifierField] | None,
        label: Literal["* CUSTOM LABEL *", "model"] | None = "model",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def model(self) -> Output[ModelIdentifierField]:
        """Main model (UNet, VAE, CLIP) to load"""
        return Output(self, "model")

    @property
    def name(self) -> Output[str]:
        """Model Name"""
        return Output(self, "name")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class MetadataToSDXLLorasInvocation(Node):
    """Metadata To SDXL LoRAs (metadata_to_sdlx_loras; metadata, beta).

    Extracts a SDXL Loras value of a label from metadata

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "metadata_to_sdlx_loras"
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("clip2", "CLIPField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("unet", "UNetField", input="connection"),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "clip2": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        metadata: Output[MetadataField] | None = None,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, clip2=clip2, metadata=metadata, unet=unet)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class MetadataToSDXLModelInvocation(Node):
    """Metadata To SDXL Model (metadata_to_sdxl_model; metadata, beta).

    Extracts a SDXL Model value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default SDXL Model to use if not found in the metadata Model base ['sdxl'], type ['main'].
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        model: Main model (UNet, VAE, CLIP) to load
        name: Model Name
        unet: UNet (scheduler, LoRAs)
        vae: VAE
    """

    __slots__ = ()
    TYPE = "metadata_to_sdxl_model"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "ModelIdentifierField", required=True, model_base=("sdxl",), model_type=("main",)),
        field("label", "EnumField", input="direct", options=("* CUSTOM LABEL *", "model")),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "clip": ("CLIPField", "SINGLE"),
        "clip2": ("CLIPField", "SINGLE"),
        "model": ("ModelIdentifierField", "SINGLE"),
        "name": ("StringField", "SINGLE"),
        "unet": ("UNetField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: ModelValue | Output[ModelIdentifierField] | None,
        label: Literal["* CUSTOM LABEL *", "model"] | None = "model",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def model(self) -> Output[ModelIdentifierField]:
        """Main model (UNet, VAE, CLIP) to load"""
        return Output(self, "model")

    @property
    def name(self) -> Output[str]:
        """Model Name"""
        return Output(self, "name")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class MetadataToSchedulerInvocation(Node):
    """Metadata To Scheduler (metadata_to_scheduler; metadata, beta).

    Extracts a Scheduler value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default scheduler to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        scheduler: Scheduler to use during inference
    """

    __slots__ = ()
    TYPE = "metadata_to_scheduler"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field(
            "default_value",
            "SchedulerField",
            options=(
                "ddim",
                "ddpm",
                "deis",
                "deis_k",
                "dpmpp_2m",
                "dpmpp_2m_k",
                "dpmpp_2m_sde",
                "dpmpp_2m_sde_k",
                "dpmpp_2s",
                "dpmpp_2s_k",
                "dpmpp_3m",
                "dpmpp_3m_k",
                "dpmpp_sde",
                "dpmpp_sde_k",
                "er_sde",
                "euler",
                "euler_a",
                "euler_k",
                "heun",
                "heun_k",
                "kdpm_2",
                "kdpm_2_a",
                "kdpm_2_a_k",
                "kdpm_2_k",
                "lcm",
                "lms",
                "lms_k",
                "pndm",
                "tcd",
                "unipc",
                "unipc_k",
            ),
        ),
        field("label", "EnumField", input="direct", options=("* CUSTOM LABEL *", "scheduler")),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"scheduler": ("SchedulerField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "euler",
            "euler_a",
            "euler_k",
            "heun",
            "heun_k",
            "kdpm_2",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "kdpm_2_k",
            "lcm",
            "lms",
            "lms_k",
            "pndm",
            "tcd",
            "unipc",
            "unipc_k",
        ]
        | Output[SchedulerField]
        | None = "euler",
        label: Literal["* CUSTOM LABEL *", "scheduler"] | None = "scheduler",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def scheduler(self) -> Output[SchedulerField]:
        """Scheduler to use during inference"""
        return Output(self, "scheduler")


class MetadataToStringCollectionInvocation(Node):
    """Metadata To String Collection (metadata_to_string_collection; metadata, beta).

    Extracts a string collection value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default string collection to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        collection: The output strings
    """

    __slots__ = ()
    TYPE = "metadata_to_string_collection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "StringField", cardinality="COLLECTION", required=True),
        field(
            "label",
            "EnumField",
            input="direct",
            options=(
                "* CUSTOM LABEL *",
                "negative_prompt",
                "negative_style_prompt",
                "positive_prompt",
                "positive_style_prompt",
            ),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"collection": ("StringField", "COLLECTION")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: Sequence[str] | Output[Sequence[str]] | Output[Sequence[float]] | None,
        label: Literal[
            "* CUSTOM LABEL *", "negative_prompt", "negative_style_prompt", "positive_prompt", "positive_style_prompt"
        ]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def collection(self) -> Output[Sequence[str]]:
        """The output strings"""
        return Output(self, "collection")


class MetadataToStringInvocation(Node):
    """Metadata To String (metadata_to_string; metadata, beta).

    Extracts a string value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default string to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "metadata_to_string"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "StringField", required=True),
        field(
            "label",
            "EnumField",
            input="direct",
            options=(
                "* CUSTOM LABEL *",
                "negative_prompt",
                "negative_style_prompt",
                "positive_prompt",
                "positive_style_prompt",
            ),
        ),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: str | Output[str] | Output[float] | None,
        label: Literal[
            "* CUSTOM LABEL *", "negative_prompt", "negative_style_prompt", "positive_prompt", "positive_style_prompt"
        ]
        | None = "* CUSTOM LABEL *",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class MetadataToT2IAdaptersInvocation(Node):
    """Metadata To T2I-Adapters (metadata_to_t2i_adapters; metadata, beta).

    Extracts a T2I-Adapters value of a label from metadata

    Args:
        metadata: Optional metadata to be saved with the image Connection only.
        t2i_adapter_list: IP-Adapter to apply Connection only.

    Outputs:
        t2i_adapter_list: T2I-Adapter(s) to apply
    """

    __slots__ = ()
    TYPE = "metadata_to_t2i_adapters"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("metadata", "MetadataField", input="connection", internal=True),
        field("t2i_adapter_list", "T2IAdapterField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
    )
    OUTPUTS = {"t2i_adapter_list": ("T2IAdapterField", "SINGLE_OR_COLLECTION")}

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        t2i_adapter_list: Output[T2IAdapterField] | Output[Sequence[T2IAdapterField]] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, metadata=metadata, t2i_adapter_list=t2i_adapter_list)

    @property
    def t2i_adapter_list(self) -> Output[T2IAdapterField | Sequence[T2IAdapterField]]:
        """T2I-Adapter(s) to apply"""
        return Output(self, "t2i_adapter_list")


class MetadataToVAEInvocation(Node):
    """Metadata To VAE (metadata_to_vae; metadata, beta).

    Extracts a VAE value of a label from metadata

    Args:
        custom_label: Label for this metadata item Value only (no connection).
        default_value: The default VAE to use if not found in the metadata
        label: Label for this metadata item Value only (no connection).
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        vae: VAE
    """

    __slots__ = ()
    TYPE = "metadata_to_vae"
    VERSION = "1.2.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("custom_label", "StringField", input="direct"),
        field("default_value", "VAEField", required=True),
        field("label", "EnumField", input="direct", options=("* CUSTOM LABEL *", "vae")),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {"vae": ("VAEField", "SINGLE")}

    def __init__(
        self,
        *,
        custom_label: str | None = None,
        default_value: Mapping[str, Any] | Output[VAEField] | None,
        label: Literal["* CUSTOM LABEL *", "vae"] | None = "vae",
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            node_label,
            is_intermediate,
            use_cache,
            custom_label=custom_label,
            default_value=default_value,
            label=label,
            metadata=metadata,
        )

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class ModelIdentifierInvocation(Node):
    """Any Model (model_identifier; model, stable).

    Selects any model, outputting it its identifier. Be careful with this one! The identifier will be accepted as input for any model, even if the model types don't match. If you connect this to a mismatched input, you'll get an error.

    Args:
        model: The model to select

    Outputs:
        model: Model identifier
    """

    __slots__ = ()
    TYPE = "model_identifier"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("model", "ModelIdentifierField", required=True))
    OUTPUTS = {"model": ("ModelIdentifierField", "SINGLE")}

    def __init__(
        self,
        *,
        model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model)

    @property
    def model(self) -> Output[ModelIdentifierField]:
        """Model identifier"""
        return Output(self, "model")


class MultiplyInvocation(Node):
    """Multiply Integers (mul; math, stable).

    Multiplies two numbers

    Args:
        a: The first number
        b: The second number

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "mul"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("a", "IntegerField"), field("b", "IntegerField"))
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        a: int | Output[int] | None = 0,
        b: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, a=a, b=b)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class NoiseInvocation(Node):
    """Create Latent Noise (noise; latents, stable).

    Generates latent noise for supported denoiser architectures.

    Args:
        height: Height of output (px) (> 0, a multiple of 8)
        noise_type: Architecture-specific noise type.
        seed: Seed for random number generation (>= 0, <= 4294967295)
        use_cpu: Use CPU for noise generation (for reproducible results across platforms)
        width: Width of output (px) (> 0, a multiple of 8)

    Outputs:
        height: Height of output (px)
        noise: Noise tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "noise"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=8),
        field("noise_type", "EnumField", options=("Anima", "CogView4", "FLUX", "FLUX.2", "SD", "SD3", "Z-Image")),
        field("seed", "IntegerField", minimum=0, maximum=4294967295),
        field("use_cpu", "BooleanField"),
        field("width", "IntegerField", exclusive_minimum=0, multiple_of=8),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "noise": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        height: int | Output[int] | None = 512,
        noise_type: Literal["Anima", "CogView4", "FLUX", "FLUX.2", "SD", "SD3", "Z-Image"]
        | Output[EnumField]
        | None = "SD",
        seed: int | Output[int] | None = 0,
        use_cpu: bool | Output[bool] | None = True,
        width: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            height=height,
            noise_type=noise_type,
            seed=seed,
            use_cpu=use_cpu,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def noise(self) -> Output[LatentsField]:
        """Noise tensor"""
        return Output(self, "noise")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class NormalMapInvocation(Node):
    """Normal Map (normal_map; controlnet_preprocessors, stable).

    Generates a normal map.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "normal_map"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class OklabUnsharpMaskInvocation(Node):
    """Unsharp Mask (Oklab) (unsharp_mask_oklab; image, stable).

    Applies an unsharp mask filter to an image in the Oklab color space

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to use
        metadata: Optional metadata to be saved with the image Connection only.
        radius: Unsharp mask radius (> 0)
        strength: Unsharp mask strength (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "unsharp_mask_oklab"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("radius", "FloatField", exclusive_minimum=0),
        field("strength", "FloatField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        radius: float | Output[float] | None = 2,
        strength: float | Output[float] | None = 50,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            radius=radius,
            strength=strength,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class OklchImageHueAdjustmentInvocation(Node):
    """Adjust Image Hue (Oklch) (img_hue_adjust_oklch; image, stable).

    Adjusts the hue of an image in Oklch space.

    Args:
        board: The board to save the image to Value only (no connection).
        hue: The degrees by which to rotate the hue, 0-360
        image: The image to adjust
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "img_hue_adjust_oklch"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("hue", "IntegerField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        hue: int | Output[int] | None = 0,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, hue=hue, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class OpenAIImageGenerationInvocation(Node):
    """OpenAI Image Generation (openai_image_generation; image, stable).

    Generate images using an OpenAI-hosted external model.

    Args:
        background: Background transparency handling
        board: The board to save the image to Value only (no connection).
        height: Height of output (px) (> 0)
        image_size: Image size preset (e.g. 1K, 2K, 4K)
        init_image: Init image (use reference_images instead)
        input_fidelity: Fidelity to source images (edits only)
        mask_image: Mask image for inpaint
        metadata: Optional metadata to be saved with the image Connection only.
        mode: Generation mode.
        model: Main model (UNet, VAE, CLIP) to load Model base ['external'], type ['external_image_generator'].
        num_images: Number of images to generate (> 0)
        prompt: Prompt
        quality: Output image quality
        reference_images: Reference images
        seed: Seed for random number generation
        width: Width of output (px) (> 0)

    Outputs:
        collection: The output images
    """

    __slots__ = ()
    TYPE = "openai_image_generation"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("background", "EnumField", options=("auto", "opaque", "transparent")),
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField", exclusive_minimum=0),
        field("image_size", "StringField"),
        field("init_image", "ImageField"),
        field("input_fidelity", "EnumField", options=("high", "low")),
        field("mask_image", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("img2img", "inpaint", "txt2img")),
        field(
            "model",
            "ModelIdentifierField",
            required=True,
            model_base=("external",),
            model_type=("external_image_generator",),
        ),
        field("num_images", "IntegerField", exclusive_minimum=0),
        field("prompt", "StringField", required=True),
        field("quality", "EnumField", options=("auto", "high", "low", "medium")),
        field("reference_images", "ImageField", cardinality="COLLECTION"),
        field("seed", "IntegerField"),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {"collection": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        background: Literal["auto", "opaque", "transparent"] | Output[EnumField] | None = "auto",
        board: BoardValue | None = None,
        height: int | Output[int] | None = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageValue | Output[ImageField] | None = None,
        input_fidelity: Literal["high", "low"] | Output[EnumField] | None = None,
        mask_image: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["img2img", "inpaint", "txt2img"] | Output[EnumField] | None = "txt2img",
        model: ModelValue | Output[ModelIdentifierField] | None,
        num_images: int | Output[int] | None = 1,
        prompt: str | Output[str] | Output[float] | None,
        quality: Literal["auto", "high", "low", "medium"] | Output[EnumField] | None = "auto",
        reference_images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None = [],
        seed: int | Output[int] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            background=background,
            board=board,
            height=height,
            image_size=image_size,
            init_image=init_image,
            input_fidelity=input_fidelity,
            mask_image=mask_image,
            metadata=metadata,
            mode=mode,
            model=model,
            num_images=num_images,
            prompt=prompt,
            quality=quality,
            reference_images=reference_images,
            seed=seed,
            width=width,
        )

    @property
    def collection(self) -> Output[Sequence[ImageField]]:
        """The output images"""
        return Output(self, "collection")


class PBRMapsInvocation(Node):
    """PBR Maps (pbr_maps; controlnet_preprocessors, stable).

    Generate Normal, Displacement and Roughness Map from a given image

    Args:
        board: The board to save the image to Value only (no connection).
        border_mode: Border mode to apply to eliminate any artifacts or seams
        image: Input image
        metadata: Optional metadata to be saved with the image Connection only.
        tile_size: Tile size

    Outputs:
        displacement_map: The generated displacement map
        normal_map: The generated normal map
        roughness_map: The generated roughness map
    """

    __slots__ = ()
    TYPE = "pbr_maps"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("border_mode", "EnumField", options=("mirror", "none", "replicate", "seamless")),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tile_size", "IntegerField"),
    )
    OUTPUTS = {
        "displacement_map": ("ImageField", "SINGLE"),
        "normal_map": ("ImageField", "SINGLE"),
        "roughness_map": ("ImageField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        border_mode: Literal["mirror", "none", "replicate", "seamless"] | Output[EnumField] | None = "none",
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        tile_size: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            border_mode=border_mode,
            image=image,
            metadata=metadata,
            tile_size=tile_size,
        )

    @property
    def displacement_map(self) -> Output[ImageField]:
        """The generated displacement map"""
        return Output(self, "displacement_map")

    @property
    def normal_map(self) -> Output[ImageField]:
        """The generated normal map"""
        return Output(self, "normal_map")

    @property
    def roughness_map(self) -> Output[ImageField]:
        """The generated roughness map"""
        return Output(self, "roughness_map")


class PairTileImageInvocation(Node):
    """Pair Tile with Image (pair_tile_image; tiles, stable).

    Pair an image with its tile properties.

    Args:
        image: The tile image.
        tile: The tile properties.

    Outputs:
        tile_with_image: A tile description with its corresponding image.
    """

    __slots__ = ()
    TYPE = "pair_tile_image"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True), field("tile", "Tile", required=True))
    OUTPUTS = {"tile_with_image": ("TileWithImage", "SINGLE")}

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        tile: Mapping[str, Any] | Output[Tile] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image, tile=tile)

    @property
    def tile_with_image(self) -> Output[TileWithImage]:
        """A tile description with its corresponding image."""
        return Output(self, "tile_with_image")


class PasteImageIntoBoundingBoxInvocation(Node):
    """Paste Image into Bounding Box (paste_image_into_bounding_box; image, stable).

    Paste the source image into the target image at the given bounding box. The source image must be the same size as the bounding box, and the bounding box must fit within the target image.

    Args:
        board: The board to save the image to Value only (no connection).
        bounding_box: The bounding box to paste the image into
        metadata: Optional metadata to be saved with the image Connection only.
        source_image: The image to paste
        target_image: The image to paste into

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "paste_image_into_bounding_box"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("bounding_box", "BoundingBoxField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("source_image", "ImageField", required=True),
        field("target_image", "ImageField", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        bounding_box: Mapping[str, Any] | Output[BoundingBoxField] | None,
        metadata: Output[MetadataField] | None = None,
        source_image: ImageValue | Output[ImageField] | None,
        target_image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            bounding_box=bounding_box,
            metadata=metadata,
            source_image=source_image,
            target_image=target_image,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class PiDDecoderLoaderInvocation(Node):
    """PiD Decoder - FLUX / FLUX.2 / SD3 / SDXL / Qwen-Image (pid_decoder_loader; model, prototype).

    Loads a PiD decoder checkpoint, outputting a PiDDecoderField for use by the per-backbone PiD decode nodes.

    Args:
        pid_decoder_model: PiD decoder checkpoint matching the upstream backbone. Model base [], type ['pid_decoder'].

    Outputs:
        pid_decoder: PiD (Pixel Diffusion Decoder) checkpoint
    """

    __slots__ = ()
    TYPE = "pid_decoder_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("pid_decoder_model", "ModelIdentifierField", required=True, model_type=("pid_decoder",)))
    OUTPUTS = {"pid_decoder": ("PiDDecoderField", "SINGLE")}

    def __init__(
        self,
        *,
        pid_decoder_model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, pid_decoder_model=pid_decoder_model)

    @property
    def pid_decoder(self) -> Output[PiDDecoderField]:
        """PiD (Pixel Diffusion Decoder) checkpoint"""
        return Output(self, "pid_decoder")


class PiDUpscaleInvocation(Node):
    """PiD Upscale (4x) - FLUX VAE (pid_upscale; image, prototype).

    Upscale any image 4x via FLUX VAE encode + PiD pixel-diffusion decode. Works for source images that the FLUX VAE can encode (i.e. natural photos / generated images at any size that lands on the VAE's 8-pixel grid). The caption is used to condition the PiD decoder; leaving it empty produces an unconditional decode and is the cheapest option, but the model was distilled with rich captions and benefits from one.

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        image: Image to upscale.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD FLUX decoder checkpoint. Connection only.
        prompt: Optional caption describing the image. Empty -> empty-caption decode.
        seed: Seed for the PiD decoder's noise.
        vae: FLUX AutoEncoder VAE. PiD upscale runs the FLUX backbone and applies FLUX VAE scaling, and the encode path only supports InvokeAI's FLUX AutoEncoder — a diffusers AutoencoderKL (e.g. Z-Image) is not supported here. Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "pid_upscale"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField"),
        field("seed", "IntegerField"),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None = "",
        seed: int | Output[int] | None = 0,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            image=image,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class PiDiNetEdgeDetectionInvocation(Node):
    """PiDiNet Edge Detection (pidi_edge_detection; controlnet_preprocessors, stable).

    Generates an edge map using PiDiNet.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.
        quantize_edges: Whether or not to use safe mode
        scribble: Whether or not to use scribble mode

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "pidi_edge_detection"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("quantize_edges", "BooleanField"),
        field("scribble", "BooleanField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        quantize_edges: bool | Output[bool] | None = False,
        scribble: bool | Output[bool] | None = False,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            quantize_edges=quantize_edges,
            scribble=scribble,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class PromptTemplateInvocation(Node):
    """Prompt Template (prompt_template; prompt, stable).

    Applies a Style Preset template to positive and negative prompts. Select a Style Preset and provide positive/negative prompts. The node replaces {prompt} placeholders in the template with your input prompts.

    Args:
        negative_prompt: The negative prompt to insert into the template's {prompt} placeholder
        positive_prompt: The positive prompt to insert into the template's {prompt} placeholder
        style_preset: The Style Preset to use as a template

    Outputs:
        negative_prompt: The negative prompt with the template applied
        positive_prompt: The positive prompt with the template applied
    """

    __slots__ = ()
    TYPE = "prompt_template"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("negative_prompt", "StringField"),
        field("positive_prompt", "StringField"),
        field("style_preset", "StylePresetField", required=True),
    )
    OUTPUTS = {"negative_prompt": ("StringField", "SINGLE"), "positive_prompt": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        negative_prompt: str | Output[str] | Output[float] | None = "",
        positive_prompt: str | Output[str] | Output[float] | None = "",
        style_preset: Mapping[str, Any] | Output[StylePresetField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            negative_prompt=negative_prompt,
            positive_prompt=positive_prompt,
            style_preset=style_preset,
        )

    @property
    def negative_prompt(self) -> Output[str]:
        """The negative prompt with the template applied"""
        return Output(self, "negative_prompt")

    @property
    def positive_prompt(self) -> Output[str]:
        """The positive prompt with the template applied"""
        return Output(self, "positive_prompt")


class PromptsFromFileInvocation(Node):
    """Prompts from File (prompt_from_file; prompt, stable).

    Loads prompts from a text file

    Args:
        file_path: Path to prompt text file
        max_prompts: Max lines to read from file (0=all) (>= 0)
        post_prompt: String to append to each prompt
        pre_prompt: String to prepend to each prompt
        start_line: Line in the file to start start from (>= 1)

    Outputs:
        collection: The output strings
    """

    __slots__ = ()
    TYPE = "prompt_from_file"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("file_path", "StringField", required=True),
        field("max_prompts", "IntegerField", minimum=0),
        field("post_prompt", "StringField"),
        field("pre_prompt", "StringField"),
        field("start_line", "IntegerField", minimum=1),
    )
    OUTPUTS = {"collection": ("StringField", "COLLECTION")}

    def __init__(
        self,
        *,
        file_path: str | Output[str] | Output[float] | None,
        max_prompts: int | Output[int] | None = 1,
        post_prompt: str | Output[str] | Output[float] | None = None,
        pre_prompt: str | Output[str] | Output[float] | None = None,
        start_line: int | Output[int] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            file_path=file_path,
            max_prompts=max_prompts,
            post_prompt=post_prompt,
            pre_prompt=pre_prompt,
            start_line=start_line,
        )

    @property
    def collection(self) -> Output[Sequence[str]]:
        """The output strings"""
        return Output(self, "collection")


class QwenImageDenoiseInvocation(Node):
    """Denoise - Qwen Image (qwen_image_denoise; image, prototype).

    Run the denoising process with a Qwen Image model.

    Args:
        board: The board to save the image to Value only (no connection).
        cfg_scale: Classifier-Free Guidance scale
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        height: Height of the generated image. (a multiple of 16)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        reference_latents: Reference image latents to guide generation. Encoded through the VAE. Connection only.
        seed: Randomness seed for reproducibility.
        shift: Override the sigma schedule shift. When set, uses a fixed shift (e.g. 3.0 for Lightning LoRAs) instead of the default dynamic shifting. Leave unset for the base model's default schedule.
        steps: Number of steps to run (> 0)
        transformer: Qwen Image Edit model (Transformer) to load Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "qwen_image_denoise"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("height", "IntegerField", multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("negative_conditioning", "QwenImageConditioningField", input="connection"),
        field("positive_conditioning", "QwenImageConditioningField", input="connection", required=True),
        field("reference_latents", "LatentsField", input="connection"),
        field("seed", "IntegerField"),
        field("shift", "FloatField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 4.0,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[QwenImageConditioningField] | None = None,
        positive_conditioning: Output[QwenImageConditioningField] | None = None,
        reference_latents: Output[LatentsField] | None = None,
        seed: int | Output[int] | None = 0,
        shift: float | Output[float] | None = None,
        steps: int | Output[int] | None = 40,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            cfg_scale=cfg_scale,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            height=height,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            reference_latents=reference_latents,
            seed=seed,
            shift=shift,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class QwenImageImageToLatentsInvocation(Node):
    """Image to Latents - Qwen Image (qwen_image_i2l; image, prototype).

    Generates latents from an image using the Qwen Image VAE.

    Args:
        board: The board to save the image to Value only (no connection).
        height: Resize the image to this height before encoding. If not set, encodes at the image's original size.
        image: The image to encode.
        metadata: Optional metadata to be saved with the image Connection only.
        tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile size for the model will be used. Larger tile sizes generally produce better results at the cost of higher memory usage. Values between 1 and 64 are raised to 64. (a multiple of 8)
        tiled: Processing using overlapping tiles (reduce memory consumption)
        vae: VAE Connection only.
        width: Resize the image to this width before encoding. If not set, encodes at the image's original size.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "qwen_image_i2l"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField"),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tile_size", "IntegerField", multiple_of=8),
        field("tiled", "BooleanField"),
        field("vae", "VAEField", input="connection", required=True),
        field("width", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        height: int | Output[int] | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        tile_size: int | Output[int] | None = 0,
        tiled: bool | Output[bool] | None = False,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            height=height,
            image=image,
            metadata=metadata,
            tile_size=tile_size,
            tiled=tiled,
            vae=vae,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class QwenImageLatentsToImageInvocation(Node):
    """Latents to Image - Qwen Image (qwen_image_l2i; latents, prototype).

    Generates an image from latents using the Qwen Image VAE.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile size for the model will be used. Larger tile sizes generally produce better results at the cost of higher memory usage. Values between 1 and 64 are raised to 64. (a multiple of 8)
        tiled: Processing using overlapping tiles (reduce memory consumption)
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "qwen_image_l2i"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tile_size", "IntegerField", multiple_of=8),
        field("tiled", "BooleanField"),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        tile_size: int | Output[int] | None = 0,
        tiled: bool | Output[bool] | None = False,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            latents=latents,
            metadata=metadata,
            tile_size=tile_size,
            tiled=tiled,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class QwenImageLoRACollectionLoader(Node):
    """Apply LoRA Collection - Qwen Image (qwen_image_lora_collection_loader; model, prototype).

    Applies a collection of LoRAs to a Qwen Image transformer.

    Args:
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['qwen-image'], type ['lora'].
        transformer: Transformer Connection only.

    Outputs:
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "qwen_image_lora_collection_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("qwen-image",), model_type=("lora",)
        ),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {"transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, loras=loras, transformer=transformer)

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class QwenImageLoRALoaderInvocation(Node):
    """Apply LoRA - Qwen Image (qwen_image_lora_loader; model, prototype).

    Apply a LoRA model to a Qwen Image transformer.

    Args:
        lora: LoRA model to load Model base ['qwen-image'], type ['lora'].
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "qwen_image_lora_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("qwen-image",), model_type=("lora",)),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 1.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, lora=lora, transformer=transformer, weight=weight)

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class QwenImageModelLoaderInvocation(Node):
    """Main Model - Qwen Image (qwen_image_model_loader; model, prototype).

    Loads a Qwen Image model, outputting its submodels. The transformer is always loaded from the main model (Diffusers or GGUF). Components can be mixed and matched: - VAE: standalone Qwen Image VAE checkpoint, the Component Source (Diffusers), or the main model if it's Diffusers. - Qwen VL Encoder: standalone Qwen2.5-VL encoder, the Component Source (Diffusers), or the main model if it's Diffusers. Together, the standalone VAE and standalone encoder allow running a GGUF transformer without ever downloading the full ~40 GB Diffusers pipeline.

    Args:
        component_source: Diffusers Qwen Image model to extract VAE and/or Qwen VL encoder from. Use this if you don't have separate VAE/encoder models. Ignored for any submodel that is provided separately. Value only (no connection). Model base ['qwen-image'], type ['main'].
        model: Qwen Image Edit model (Transformer) to load Value only (no connection). Model base ['qwen-image'], type ['main'].
        qwen_vl_encoder_model: Standalone Qwen2.5-VL encoder model. If not provided, the encoder will be loaded from the Component Source (or from the main model if it is Diffusers). Value only (no connection). Model base [], type ['qwen_vl_encoder'].
        vae_model: Standalone Qwen Image VAE model. If not provided, VAE will be loaded from the Component Source (or from the main model if it is Diffusers). Value only (no connection). Model base ['qwen-image'], type ['vae'].

    Outputs:
        qwen_vl_encoder: Qwen2.5-VL tokenizer, processor and text/vision encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "qwen_image_model_loader"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "component_source", "ModelIdentifierField", input="direct", model_base=("qwen-image",), model_type=("main",)
        ),
        field(
            "model",
            "ModelIdentifierField",
            input="direct",
            required=True,
            model_base=("qwen-image",),
            model_type=("main",),
        ),
        field("qwen_vl_encoder_model", "ModelIdentifierField", input="direct", model_type=("qwen_vl_encoder",)),
        field("vae_model", "ModelIdentifierField", input="direct", model_base=("qwen-image",), model_type=("vae",)),
    )
    OUTPUTS = {
        "qwen_vl_encoder": ("QwenVLEncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        component_source: ModelValue | None = None,
        model: ModelValue | None,
        qwen_vl_encoder_model: ModelValue | None = None,
        vae_model: ModelValue | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            component_source=component_source,
            model=model,
            qwen_vl_encoder_model=qwen_vl_encoder_model,
            vae_model=vae_model,
        )

    @property
    def qwen_vl_encoder(self) -> Output[QwenVLEncoderField]:
        """Qwen2.5-VL tokenizer, processor and text/vision encoder"""
        return Output(self, "qwen_vl_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class QwenImagePiDDecodeInvocation(Node):
    """Latents to Image - Qwen-Image + PiD (4x SR) (qwen_image_pid_decode; latents, prototype).

    Decode a Qwen-Image latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a single pass. The 5D Qwen latent is reduced to 2D and per-channel denormalized (``z * std + mean``) before PiD.

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD Qwen-Image decoder checkpoint. Connection only.
        prompt: Text prompt the latent was generated from. PiD conditions on it.
        seed: Seed for the PiD decoder's noise.
        vae: Qwen-Image VAE, used to read the per-channel latents_mean / latents_std. If omitted, the diffusers default Qwen-Image constants are used. Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "qwen_image_pid_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("seed", "IntegerField"),
        field("vae", "VAEField", input="connection"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        seed: int | Output[int] | None = 0,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class QwenImageTextEncoderInvocation(Node):
    """Prompt - Qwen Image (qwen_image_text_encoder; conditioning, prototype).

    Encodes text and reference images for Qwen Image using Qwen2.5-VL.

    Args:
        prompt: Text prompt describing the desired edit.
        quantization: Quantize the Qwen VL encoder to reduce VRAM usage. 'nf4' (4-bit) saves the most memory, 'int8' (8-bit) is a middle ground.
        qwen_vl_encoder: Qwen2.5-VL tokenizer, processor and text/vision encoder Connection only.
        reference_images: Reference images to guide the edit. The model can use multiple reference images.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "qwen_image_text_encoder"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("prompt", "StringField", required=True),
        field("quantization", "EnumField", options=("int8", "nf4", "none")),
        field("qwen_vl_encoder", "QwenVLEncoderField", input="connection", required=True),
        field("reference_images", "ImageField", cardinality="COLLECTION"),
    )
    OUTPUTS = {"conditioning": ("QwenImageConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None,
        quantization: Literal["int8", "nf4", "none"] | Output[EnumField] | None = "none",
        qwen_vl_encoder: Output[QwenVLEncoderField] | None = None,
        reference_images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            prompt=prompt,
            quantization=quantization,
            qwen_vl_encoder=qwen_vl_encoder,
            reference_images=reference_images,
        )

    @property
    def conditioning(self) -> Output[QwenImageConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class RandomFloatInvocation(Node):
    """Random Float (rand_float; math, stable).

    Outputs a single random float

    Args:
        decimals: The number of decimal places to round to
        high: The exclusive high value
        low: The inclusive low value

    Outputs:
        value: The output float
    """

    __slots__ = ()
    TYPE = "rand_float"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("decimals", "IntegerField"), field("high", "FloatField"), field("low", "FloatField"))
    OUTPUTS = {"value": ("FloatField", "SINGLE")}

    def __init__(
        self,
        *,
        decimals: int | Output[int] | None = 2,
        high: float | Output[float] | None = 1.0,
        low: float | Output[float] | None = 0.0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, decimals=decimals, high=high, low=low)

    @property
    def value(self) -> Output[float]:
        """The output float"""
        return Output(self, "value")


class RandomIntInvocation(Node):
    """Random Integer (rand_int; math, stable).

    Outputs a single random integer.

    Args:
        high: The exclusive high value
        low: The inclusive low value

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "rand_int"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("high", "IntegerField"), field("low", "IntegerField"))
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        high: int | Output[int] | None = 2147483647,
        low: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, high=high, low=low)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class RandomRangeInvocation(Node):
    """Random Range (random_range; batch, stable).

    Creates a collection of random numbers

    Args:
        high: The exclusive high value
        low: The inclusive low value
        seed: The seed for the RNG (omit for random) (>= 0, <= 4294967295)
        size: The number of values to generate

    Outputs:
        collection: The int collection
    """

    __slots__ = ()
    TYPE = "random_range"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("high", "IntegerField"),
        field("low", "IntegerField"),
        field("seed", "IntegerField", minimum=0, maximum=4294967295),
        field("size", "IntegerField"),
    )
    OUTPUTS = {"collection": ("IntegerField", "COLLECTION")}

    def __init__(
        self,
        *,
        high: int | Output[int] | None = 2147483647,
        low: int | Output[int] | None = 0,
        seed: int | Output[int] | None = 0,
        size: int | Output[int] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, high=high, low=low, seed=seed, size=size)

    @property
    def collection(self) -> Output[Sequence[int]]:
        """The int collection"""
        return Output(self, "collection")


class RangeInvocation(Node):
    """Integer Range (range; batch, stable).

    Creates a range of numbers from start to stop with step

    Args:
        start: The start of the range
        step: The step of the range
        stop: The stop of the range

    Outputs:
        collection: The int collection
    """

    __slots__ = ()
    TYPE = "range"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("start", "IntegerField"), field("step", "IntegerField"), field("stop", "IntegerField"))
    OUTPUTS = {"collection": ("IntegerField", "COLLECTION")}

    def __init__(
        self,
        *,
        start: int | Output[int] | None = 0,
        step: int | Output[int] | None = 1,
        stop: int | Output[int] | None = 10,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, start=start, step=step, stop=stop)

    @property
    def collection(self) -> Output[Sequence[int]]:
        """The int collection"""
        return Output(self, "collection")


class RangeOfSizeInvocation(Node):
    """Integer Range of Size (range_of_size; batch, stable).

    Creates a range from start to start + (size * step) incremented by step

    Args:
        size: The number of values (> 0)
        start: The start of the range
        step: The step of the range

    Outputs:
        collection: The int collection
    """

    __slots__ = ()
    TYPE = "range_of_size"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("size", "IntegerField", exclusive_minimum=0),
        field("start", "IntegerField"),
        field("step", "IntegerField"),
    )
    OUTPUTS = {"collection": ("IntegerField", "COLLECTION")}

    def __init__(
        self,
        *,
        size: int | Output[int] | None = 1,
        start: int | Output[int] | None = 0,
        step: int | Output[int] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, size=size, start=start, step=step)

    @property
    def collection(self) -> Output[Sequence[int]]:
        """The int collection"""
        return Output(self, "collection")


class RectangleMaskInvocation(Node):
    """Create Rectangle Mask (rectangle_mask; mask, stable).

    Create a rectangular mask.

    Args:
        height: The height of the entire mask.
        metadata: Optional metadata to be saved with the image Connection only.
        rectangle_height: The height of the rectangular masked region.
        rectangle_width: The width of the rectangular masked region.
        width: The width of the entire mask.
        x_left: The left x-coordinate of the rectangular masked region (inclusive).
        y_top: The top y-coordinate of the rectangular masked region (inclusive).

    Outputs:
        height: The height of the mask in pixels.
        mask: The mask.
        width: The width of the mask in pixels.
    """

    __slots__ = ()
    TYPE = "rectangle_mask"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("rectangle_height", "IntegerField", required=True),
        field("rectangle_width", "IntegerField", required=True),
        field("width", "IntegerField", required=True),
        field("x_left", "IntegerField", required=True),
        field("y_top", "IntegerField", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "mask": ("TensorField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        height: int | Output[int] | None,
        metadata: Output[MetadataField] | None = None,
        rectangle_height: int | Output[int] | None,
        rectangle_width: int | Output[int] | None,
        width: int | Output[int] | None,
        x_left: int | Output[int] | None,
        y_top: int | Output[int] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            height=height,
            metadata=metadata,
            rectangle_height=rectangle_height,
            rectangle_width=rectangle_width,
            width=width,
            x_left=x_left,
            y_top=y_top,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the mask in pixels."""
        return Output(self, "height")

    @property
    def mask(self) -> Output[TensorField]:
        """The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the mask in pixels."""
        return Output(self, "width")


class ResizeLatentsInvocation(Node):
    """Resize Latents (lresize; latents, stable).

    Resizes latents to explicit width/height (in pixels). Provided dimensions are floor-divided by 8.

    Args:
        antialias: Whether or not to apply antialiasing (bilinear or bicubic only)
        height: Width of output (px) (>= 64, a multiple of 8)
        latents: Latents tensor Connection only.
        mode: Interpolation mode
        width: Width of output (px) (>= 64, a multiple of 8)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "lresize"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("antialias", "BooleanField"),
        field("height", "IntegerField", required=True, minimum=64, multiple_of=8),
        field("latents", "LatentsField", input="connection", required=True),
        field(
            "mode",
            "EnumField",
            options=("area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"),
        ),
        field("width", "IntegerField", required=True, minimum=64, multiple_of=8),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        antialias: bool | Output[bool] | None = False,
        height: int | Output[int] | None,
        latents: Output[LatentsField] | None = None,
        mode: Literal["area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"]
        | Output[EnumField]
        | None = "bilinear",
        width: int | Output[int] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            antialias=antialias,
            height=height,
            latents=latents,
            mode=mode,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class RoundInvocation(Node):
    """Round Float (round_float; math, stable).

    Rounds a float to a specified number of decimal places.

    Args:
        decimals: The number of decimal places
        value: The float value

    Outputs:
        value: The output float
    """

    __slots__ = ()
    TYPE = "round_float"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("decimals", "IntegerField"), field("value", "FloatField"))
    OUTPUTS = {"value": ("FloatField", "SINGLE")}

    def __init__(
        self,
        *,
        decimals: int | Output[int] | None = 0,
        value: float | Output[float] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, decimals=decimals, value=value)

    @property
    def value(self) -> Output[float]:
        """The output float"""
        return Output(self, "value")


class SD3DenoiseInvocation(Node):
    """Denoise - SD3 (sd3_denoise; latents, stable).

    Run denoising process with a SD3 model.

    Args:
        board: The board to save the image to Value only (no connection).
        cfg_scale: Classifier-Free Guidance scale
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        height: Height of the generated image. (a multiple of 16)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        seed: Randomness seed for reproducibility.
        steps: Number of steps to run (> 0)
        transformer: SD3 model (MMDiTX) to load Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "sd3_denoise"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("height", "IntegerField", multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("negative_conditioning", "SD3ConditioningField", input="connection", required=True),
        field("noise", "LatentsField", input="connection"),
        field("positive_conditioning", "SD3ConditioningField", input="connection", required=True),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 3.5,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[SD3ConditioningField] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[SD3ConditioningField] | None = None,
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 10,
        transformer: Output[TransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            cfg_scale=cfg_scale,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            height=height,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class SD3ImageToLatentsInvocation(Node):
    """Image to Latents - SD3 (sd3_i2l; latents, stable).

    Generates latents from an image.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to encode
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "sd3_i2l"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class SD3LatentsToImageInvocation(Node):
    """Latents to Image - SD3 (sd3_l2i; latents, stable).

    Generates an image from latents.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "sd3_l2i"
    VERSION = "1.3.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class SD3PiDDecodeInvocation(Node):
    """Latents to Image - SD3 + PiD (4x SR) (sd3_pid_decode; latents, prototype).

    Decode an SD3 latent with the PiD pixel-diffusion decoder.

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD SD3 decoder checkpoint. Connection only.
        prompt: Text prompt the latent was generated from. PiD conditions on it.
        seed: Seed for the PiD decoder's noise.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "sd3_pid_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("seed", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        seed: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class SDXLCompelPromptInvocation(Node):
    """Prompt - SDXL (sdxl_compel_prompt; prompt, stable).

    Parse prompt using compel package to conditioning.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        crop_left: Crop Left
        crop_top: Crop Top
        mask: A mask defining the region that this conditioning prompt applies to.
        original_height: Original Height
        original_width: Original Width
        prompt: Prompt to be parsed by Compel to create a conditioning tensor
        style: Prompt to be parsed by Compel to create a conditioning tensor
        target_height: Target Height
        target_width: Target Width

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "sdxl_compel_prompt"
    VERSION = "1.2.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection", required=True),
        field("clip2", "CLIPField", input="connection", required=True),
        field("crop_left", "IntegerField"),
        field("crop_top", "IntegerField"),
        field("mask", "TensorField"),
        field("original_height", "IntegerField"),
        field("original_width", "IntegerField"),
        field("prompt", "StringField"),
        field("style", "StringField"),
        field("target_height", "IntegerField"),
        field("target_width", "IntegerField"),
    )
    OUTPUTS = {"conditioning": ("ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        crop_left: int | Output[int] | None = 0,
        crop_top: int | Output[int] | None = 0,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        original_height: int | Output[int] | None = 1024,
        original_width: int | Output[int] | None = 1024,
        prompt: str | Output[str] | Output[float] | None = "",
        style: str | Output[str] | Output[float] | None = "",
        target_height: int | Output[int] | None = 1024,
        target_width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            clip=clip,
            clip2=clip2,
            crop_left=crop_left,
            crop_top=crop_top,
            mask=mask,
            original_height=original_height,
            original_width=original_width,
            prompt=prompt,
            style=style,
            target_height=target_height,
            target_width=target_width,
        )

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class SDXLLoRACollectionLoader(Node):
    """Apply LoRA Collection - SDXL (sdxl_lora_collection_loader; model, stable).

    Applies a collection of SDXL LoRAs to the provided UNet and CLIP models.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['sdxl'], type ['lora'].
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "sdxl_lora_collection_loader"
    VERSION = "1.1.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("clip2", "CLIPField", input="connection"),
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("sdxl",), model_type=("lora",)),
        field("unet", "UNetField", input="connection"),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "clip2": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, clip=clip, clip2=clip2, loras=loras, unet=unet)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class SDXLLoRALoaderInvocation(Node):
    """Apply LoRA - SDXL (sdxl_lora_loader; model, stable).

    Apply selected lora to unet and text_encoder.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        lora: LoRA model to load Model base ['sdxl'], type ['lora'].
        unet: UNet (scheduler, LoRAs) Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "sdxl_lora_loader"
    VERSION = "1.0.5"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("clip2", "CLIPField", input="connection"),
        field("lora", "ModelIdentifierField", required=True, model_base=("sdxl",), model_type=("lora",)),
        field("unet", "UNetField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"clip": ("CLIPField", "SINGLE"), "clip2": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE")}

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        unet: Output[UNetField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, clip=clip, clip2=clip2, lora=lora, unet=unet, weight=weight
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class SDXLModelLoaderInvocation(Node):
    """Main Model - SDXL (sdxl_model_loader; model, stable).

    Loads an sdxl base model, outputting its submodels.

    Args:
        model: SDXL Main model (UNet, VAE, CLIP1, CLIP2) to load Model base ['sdxl'], type ['main'].

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
        vae: VAE
    """

    __slots__ = ()
    TYPE = "sdxl_model_loader"
    VERSION = "1.0.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("model", "ModelIdentifierField", required=True, model_base=("sdxl",), model_type=("main",)))
    OUTPUTS = {
        "clip": ("CLIPField", "SINGLE"),
        "clip2": ("CLIPField", "SINGLE"),
        "unet": ("UNetField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model)

    @property
    def clip(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class SDXLPiDDecodeInvocation(Node):
    """Latents to Image - SDXL + PiD (4x SR) (sdxl_pid_decode; latents, prototype).

    Decode an SDXL latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a single pass. The SDXL latent is 4-channel at an 8x down-factor, so it is denormalized (``z / scaling_factor``) and handed straight to PiD - no packing needed.

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD SDXL decoder checkpoint. Connection only.
        prompt: Text prompt the latent was generated from. PiD conditions on it.
        seed: Seed for the PiD decoder's noise.
        vae: SDXL VAE, used to read scaling_factor / shift_factor. If omitted, the SDXL fallback constants (0.13025 / 0.0) are used. Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "sdxl_pid_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("seed", "IntegerField"),
        field("vae", "VAEField", input="connection"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        seed: int | Output[int] | None = 0,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class SDXLRefinerCompelPromptInvocation(Node):
    """Prompt - SDXL Refiner (sdxl_refiner_compel_prompt; prompt, stable).

    Parse prompt using compel package to conditioning.

    Args:
        aesthetic_score: The aesthetic score to apply to the conditioning tensor
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        crop_left: Crop Left
        crop_top: Crop Top
        original_height: Original Height
        original_width: Original Width
        style: Prompt to be parsed by Compel to create a conditioning tensor

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "sdxl_refiner_compel_prompt"
    VERSION = "1.1.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("aesthetic_score", "FloatField"),
        field("clip2", "CLIPField", input="connection", required=True),
        field("crop_left", "IntegerField"),
        field("crop_top", "IntegerField"),
        field("original_height", "IntegerField"),
        field("original_width", "IntegerField"),
        field("style", "StringField"),
    )
    OUTPUTS = {"conditioning": ("ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        aesthetic_score: float | Output[float] | None = 6.0,
        clip2: Output[CLIPField] | None = None,
        crop_left: int | Output[int] | None = 0,
        crop_top: int | Output[int] | None = 0,
        original_height: int | Output[int] | None = 1024,
        original_width: int | Output[int] | None = 1024,
        style: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            aesthetic_score=aesthetic_score,
            clip2=clip2,
            crop_left=crop_left,
            crop_top=crop_top,
            original_height=original_height,
            original_width=original_width,
            style=style,
        )

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class SDXLRefinerModelLoaderInvocation(Node):
    """Refiner Model - SDXL (sdxl_refiner_model_loader; model, stable).

    Loads an sdxl refiner model, outputting its submodels.

    Args:
        model: SDXL Refiner Main Modde (UNet, VAE, CLIP2) to load Model base ['sdxl-refiner'], type ['main'].

    Outputs:
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
        vae: VAE
    """

    __slots__ = ()
    TYPE = "sdxl_refiner_model_loader"
    VERSION = "1.0.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("model", "ModelIdentifierField", required=True, model_base=("sdxl-refiner",), model_type=("main",))
    )
    OUTPUTS = {"clip2": ("CLIPField", "SINGLE"), "unet": ("UNetField", "SINGLE"), "vae": ("VAEField", "SINGLE")}

    def __init__(
        self,
        *,
        model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, model=model)

    @property
    def clip2(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class SaveImageInvocation(Node):
    """Save Image (save_image; image, stable).

    Saves an image. Unlike an image primitive, this invocation stores a copy of the image.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to process
        metadata: Optional metadata to be saved with the image Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "save_image"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class SaveImageToFileInvocation(Node):
    """Save Image (Gallery + File Export) (save_image_to_file; image, stable).

    Saves an image to the gallery (like the standard Save Image node) AND additionally exports a copy to the filesystem with a custom filename. Filename pattern: {prefix}{uuid}{suffix}.{file_format} - The UUID is the same UUID used for the gallery entry, so the exported file can be matched to the gallery item. - The gallery entry itself always uses the plain UUID (prefix/suffix apply only to the exported file on disk). - Board and Metadata inputs behave exactly like the standard Save Image node. - The export target is restricted to (subfolders of) the InvokeAI outputs folder — absolute paths are rejected. Example: prefix="hero_", suffix="_final", file_format="png" → "hero_<uuid>_final.png"

    Args:
        board: The board to save the image to Value only (no connection).
        file_format: File format for the exported file. PNG is lossless; JPG/WEBP are lossy and respect 'quality'.
        image: The image to save and export
        metadata: Optional metadata to be saved with the image Connection only.
        output_directory: Target subdirectory (relative to the configured InvokeAI outputs folder) for the exported file. Leave empty to use the outputs folder directly. Example: 'my-exports' → <outputs>/my-exports/. Nested paths like 'exports/2026' are allowed. Absolute paths and path traversal ('..') are not allowed for security reasons. The directory is created automatically if it doesn't exist.
        prefix: Text prepended to the UUID in the exported filename. Example: 'portrait_' → 'portrait_<uuid>.png'
        quality: Compression quality for JPG and WEBP (1-100, higher = better quality, larger file). Ignored for PNG. (>= 1, <= 100)
        suffix: Text appended to the UUID (before the extension). Example: '_v2' → '<uuid>_v2.png'

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "save_image_to_file"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("file_format", "EnumField", options=("jpg", "png", "webp")),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("output_directory", "StringField"),
        field("prefix", "StringField"),
        field("quality", "IntegerField", minimum=1, maximum=100),
        field("suffix", "StringField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        file_format: Literal["jpg", "png", "webp"] | Output[EnumField] | None = "png",
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        output_directory: str | Output[str] | Output[float] | None = "",
        prefix: str | Output[str] | Output[float] | None = "",
        quality: int | Output[int] | None = 95,
        suffix: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            file_format=file_format,
            image=image,
            metadata=metadata,
            output_directory=output_directory,
            prefix=prefix,
            quality=quality,
            suffix=suffix,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ScaleLatentsInvocation(Node):
    """Scale Latents (lscale; latents, stable).

    Scales latents by a given factor.

    Args:
        antialias: Whether or not to apply antialiasing (bilinear or bicubic only)
        latents: Latents tensor Connection only.
        mode: Interpolation mode
        scale_factor: The factor by which to scale (> 0)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "lscale"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("antialias", "BooleanField"),
        field("latents", "LatentsField", input="connection", required=True),
        field(
            "mode",
            "EnumField",
            options=("area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"),
        ),
        field("scale_factor", "FloatField", required=True, exclusive_minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        antialias: bool | Output[bool] | None = False,
        latents: Output[LatentsField] | None = None,
        mode: Literal["area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"]
        | Output[EnumField]
        | None = "bilinear",
        scale_factor: float | Output[float] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            antialias=antialias,
            latents=latents,
            mode=mode,
            scale_factor=scale_factor,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class SchedulerInvocation(Node):
    """Scheduler (scheduler; latents, stable).

    Selects a scheduler.

    Args:
        scheduler: Scheduler to use during inference

    Outputs:
        scheduler: Scheduler to use during inference
    """

    __slots__ = ()
    TYPE = "scheduler"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "scheduler",
            "SchedulerField",
            options=(
                "ddim",
                "ddpm",
                "deis",
                "deis_k",
                "dpmpp_2m",
                "dpmpp_2m_k",
                "dpmpp_2m_sde",
                "dpmpp_2m_sde_k",
                "dpmpp_2s",
                "dpmpp_2s_k",
                "dpmpp_3m",
                "dpmpp_3m_k",
                "dpmpp_sde",
                "dpmpp_sde_k",
                "er_sde",
                "euler",
                "euler_a",
                "euler_k",
                "heun",
                "heun_k",
                "kdpm_2",
                "kdpm_2_a",
                "kdpm_2_a_k",
                "kdpm_2_k",
                "lcm",
                "lms",
                "lms_k",
                "pndm",
                "tcd",
                "unipc",
                "unipc_k",
            ),
        )
    )
    OUTPUTS = {"scheduler": ("SchedulerField", "SINGLE")}

    def __init__(
        self,
        *,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "euler",
            "euler_a",
            "euler_k",
            "heun",
            "heun_k",
            "kdpm_2",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "kdpm_2_k",
            "lcm",
            "lms",
            "lms_k",
            "pndm",
            "tcd",
            "unipc",
            "unipc_k",
        ]
        | Output[SchedulerField]
        | None = "euler",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, scheduler=scheduler)

    @property
    def scheduler(self) -> Output[SchedulerField]:
        """Scheduler to use during inference"""
        return Output(self, "scheduler")


class Sd3ModelLoaderInvocation(Node):
    """Main Model - SD3 (sd3_model_loader; model, stable).

    Loads a SD3 base model, outputting its submodels.

    Args:
        clip_g_model: CLIP-G Embed loader Value only (no connection). Model base [], type ['clip_embed'].
        clip_l_model: CLIP Embed loader Value only (no connection). Model base [], type ['clip_embed'].
        model: SD3 model (MMDiTX) to load Value only (no connection). Model base ['sd-3'], type ['main'].
        t5_encoder_model: T5 tokenizer and text encoder Value only (no connection). Model base [], type ['t5_encoder'].
        vae_model: VAE model to load Model base ['sd-3'], type ['vae'].

    Outputs:
        clip_g: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip_l: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        t5_encoder: T5 tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "sd3_model_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip_g_model", "ModelIdentifierField", input="direct", model_type=("clip_embed",)),
        field("clip_l_model", "ModelIdentifierField", input="direct", model_type=("clip_embed",)),
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("sd-3",), model_type=("main",)
        ),
        field("t5_encoder_model", "ModelIdentifierField", input="direct", model_type=("t5_encoder",)),
        field("vae_model", "ModelIdentifierField", model_base=("sd-3",), model_type=("vae",)),
    )
    OUTPUTS = {
        "clip_g": ("CLIPField", "SINGLE"),
        "clip_l": ("CLIPField", "SINGLE"),
        "t5_encoder": ("T5EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        clip_g_model: ModelValue | None = None,
        clip_l_model: ModelValue | None = None,
        model: ModelValue | None,
        t5_encoder_model: ModelValue | None = None,
        vae_model: ModelValue | Output[ModelIdentifierField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            clip_g_model=clip_g_model,
            clip_l_model=clip_l_model,
            model=model,
            t5_encoder_model=t5_encoder_model,
            vae_model=vae_model,
        )

    @property
    def clip_g(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip_g")

    @property
    def clip_l(self) -> Output[CLIPField]:
        """CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip_l")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class Sd3TextEncoderInvocation(Node):
    """Prompt - SD3 (sd3_text_encoder; prompt, stable).

    Encodes and preps a prompt for a SD3 image.

    Args:
        clip_g: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        clip_l: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        prompt: Text prompt to encode.
        t5_encoder: T5 tokenizer and text encoder Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "sd3_text_encoder"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip_g", "CLIPField", input="connection", required=True),
        field("clip_l", "CLIPField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("t5_encoder", "T5EncoderField", input="connection"),
    )
    OUTPUTS = {"conditioning": ("SD3ConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        clip_g: Output[CLIPField] | None = None,
        clip_l: Output[CLIPField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        t5_encoder: Output[T5EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, clip_g=clip_g, clip_l=clip_l, prompt=prompt, t5_encoder=t5_encoder
        )

    @property
    def conditioning(self) -> Output[SD3ConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class SeamlessModeInvocation(Node):
    """Apply Seamless - SD1.5, SDXL (seamless; model, stable).

    Applies the seamless transformation to the Model UNet and VAE.

    Args:
        seamless_x: Specify whether X axis is seamless
        seamless_y: Specify whether Y axis is seamless
        unet: UNet (scheduler, LoRAs) Connection only.
        vae: VAE model to load Connection only.

    Outputs:
        unet: UNet (scheduler, LoRAs)
        vae: VAE
    """

    __slots__ = ()
    TYPE = "seamless"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("seamless_x", "BooleanField"),
        field("seamless_y", "BooleanField"),
        field("unet", "UNetField", input="connection"),
        field("vae", "VAEField", input="connection"),
    )
    OUTPUTS = {"unet": ("UNetField", "SINGLE"), "vae": ("VAEField", "SINGLE")}

    def __init__(
        self,
        *,
        seamless_x: bool | Output[bool] | None = True,
        seamless_y: bool | Output[bool] | None = True,
        unet: Output[UNetField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, seamless_x=seamless_x, seamless_y=seamless_y, unet=unet, vae=vae
        )

    @property
    def unet(self) -> Output[UNetField]:
        """UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class SeedreamImageGenerationInvocation(Node):
    """Seedream Image Generation (seedream_image_generation; image, stable).

    Generate images using a BytePlus Seedream model.

    Args:
        board: The board to save the image to Value only (no connection).
        height: Height of output (px) (> 0)
        image_size: Image size preset (e.g. 1K, 2K, 4K)
        init_image: Init image for img2img/inpaint
        mask_image: Mask image for inpaint
        metadata: Optional metadata to be saved with the image Connection only.
        mode: Generation mode.
        model: Main model (UNet, VAE, CLIP) to load Model base ['external'], type ['external_image_generator'].
        num_images: Number of images to generate (> 0)
        optimize_prompt: Let the model optimize the prompt before generation
        prompt: Prompt
        reference_images: Reference images
        seed: Seed for random number generation
        watermark: Add watermark to generated images
        width: Width of output (px) (> 0)

    Outputs:
        collection: The output images
    """

    __slots__ = ()
    TYPE = "seedream_image_generation"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("height", "IntegerField", exclusive_minimum=0),
        field("image_size", "StringField"),
        field("init_image", "ImageField"),
        field("mask_image", "ImageField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("mode", "EnumField", options=("img2img", "inpaint", "txt2img")),
        field(
            "model",
            "ModelIdentifierField",
            required=True,
            model_base=("external",),
            model_type=("external_image_generator",),
        ),
        field("num_images", "IntegerField", exclusive_minimum=0),
        field("optimize_prompt", "BooleanField"),
        field("prompt", "StringField", required=True),
        field("reference_images", "ImageField", cardinality="COLLECTION"),
        field("seed", "IntegerField"),
        field("watermark", "BooleanField"),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {"collection": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        height: int | Output[int] | None = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageValue | Output[ImageField] | None = None,
        mask_image: ImageValue | Output[ImageField] | None = None,
        metadata: Output[MetadataField] | None = None,
        mode: Literal["img2img", "inpaint", "txt2img"] | Output[EnumField] | None = "txt2img",
        model: ModelValue | Output[ModelIdentifierField] | None,
        num_images: int | Output[int] | None = 1,
        optimize_prompt: bool | Output[bool] | None = False,
        prompt: str | Output[str] | Output[float] | None,
        reference_images: Sequence[ImageValue] | Output[Sequence[ImageField]] | None = [],
        seed: int | Output[int] | None = None,
        watermark: bool | Output[bool] | None = False,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            height=height,
            image_size=image_size,
            init_image=init_image,
            mask_image=mask_image,
            metadata=metadata,
            mode=mode,
            model=model,
            num_images=num_images,
            optimize_prompt=optimize_prompt,
            prompt=prompt,
            reference_images=reference_images,
            seed=seed,
            watermark=watermark,
            width=width,
        )

    @property
    def collection(self) -> Output[Sequence[ImageField]]:
        """The output images"""
        return Output(self, "collection")


class SegmentAnythingInvocation(Node):
    """Segment Anything (segment_anything; segmentation, stable).

    Runs a Segment Anything Model (SAM or SAM2).

    Args:
        apply_polygon_refinement: Whether to apply polygon refinement to the masks. This will smooth the edges of the masks slightly and ensure that each mask consists of a single closed polygon (before merging).
        bounding_boxes: The bounding boxes to prompt the model with.
        image: The image to segment.
        mask_filter: The filtering to apply to the detected masks before merging them into a final output.
        model: The Segment Anything model to use (SAM or SAM2).
        point_lists: The list of point lists to prompt the model with. Each list of points represents a single object.

    Outputs:
        height: The height of the mask in pixels.
        mask: The mask.
        width: The width of the mask in pixels.
    """

    __slots__ = ()
    TYPE = "segment_anything"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("apply_polygon_refinement", "BooleanField"),
        field("bounding_boxes", "BoundingBoxField", cardinality="COLLECTION"),
        field("image", "ImageField", required=True),
        field("mask_filter", "EnumField", options=("all", "highest_box_score", "largest")),
        field(
            "model",
            "EnumField",
            required=True,
            options=(
                "segment-anything-2-base",
                "segment-anything-2-large",
                "segment-anything-2-small",
                "segment-anything-2-tiny",
                "segment-anything-base",
                "segment-anything-huge",
                "segment-anything-large",
            ),
        ),
        field("point_lists", "SAMPointsField", cardinality="COLLECTION"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "mask": ("TensorField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        apply_polygon_refinement: bool | Output[bool] | None = True,
        bounding_boxes: Sequence[Mapping[str, Any]] | Output[Sequence[BoundingBoxField]] | None = None,
        image: ImageValue | Output[ImageField] | None,
        mask_filter: Literal["all", "highest_box_score", "largest"] | Output[EnumField] | None = "all",
        model: Literal[
            "segment-anything-2-base",
            "segment-anything-2-large",
            "segment-anything-2-small",
            "segment-anything-2-tiny",
            "segment-anything-base",
            "segment-anything-huge",
            "segment-anything-large",
        ]
        | Output[EnumField]
        | None,
        point_lists: Sequence[Mapping[str, Any]] | Output[Sequence[SAMPointsField]] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            apply_polygon_refinement=apply_polygon_refinement,
            bounding_boxes=bounding_boxes,
            image=image,
            mask_filter=mask_filter,
            model=model,
            point_lists=point_lists,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the mask in pixels."""
        return Output(self, "height")

    @property
    def mask(self) -> Output[TensorField]:
        """The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """The width of the mask in pixels."""
        return Output(self, "width")


class ShowImageInvocation(Node):
    """Show Image (show_image; image, stable).

    Displays a provided image using the OS image viewer, and passes it forward in the pipeline.

    Args:
        image: The image to show

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "show_image"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("image", "ImageField", required=True))
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, image=image)

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class SpandrelImageToImageAutoscaleInvocation(Node):
    """Image-to-Image (Autoscale) (spandrel_image_to_image_autoscale; upscale, stable).

    Run any spandrel image-to-image model (https://github.com/chaiNNer-org/spandrel) until the target scale is reached.

    Args:
        board: The board to save the image to Value only (no connection).
        fit_to_multiple_of_8: If true, the output image will be resized to the nearest multiple of 8 in both dimensions.
        image: The input image
        image_to_image_model: Image-to-Image model Model base [], type ['spandrel_image_to_image'].
        metadata: Optional metadata to be saved with the image Connection only.
        scale: The final scale of the output image. If the model does not upscale the image, this will be ignored. (<= 16.0, > 0.0)
        tile_size: The tile size for tiled image-to-image. Set to 0 to disable tiling.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "spandrel_image_to_image_autoscale"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("fit_to_multiple_of_8", "BooleanField"),
        field("image", "ImageField", required=True),
        field("image_to_image_model", "ModelIdentifierField", required=True, model_type=("spandrel_image_to_image",)),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("scale", "FloatField", maximum=16.0, exclusive_minimum=0.0),
        field("tile_size", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        fit_to_multiple_of_8: bool | Output[bool] | None = False,
        image: ImageValue | Output[ImageField] | None,
        image_to_image_model: ModelValue | Output[ModelIdentifierField] | None,
        metadata: Output[MetadataField] | None = None,
        scale: float | Output[float] | None = 4.0,
        tile_size: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            fit_to_multiple_of_8=fit_to_multiple_of_8,
            image=image,
            image_to_image_model=image_to_image_model,
            metadata=metadata,
            scale=scale,
            tile_size=tile_size,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class SpandrelImageToImageInvocation(Node):
    """Image-to-Image (spandrel_image_to_image; upscale, stable).

    Run any spandrel image-to-image model (https://github.com/chaiNNer-org/spandrel).

    Args:
        board: The board to save the image to Value only (no connection).
        image: The input image
        image_to_image_model: Image-to-Image model Model base [], type ['spandrel_image_to_image'].
        metadata: Optional metadata to be saved with the image Connection only.
        tile_size: The tile size for tiled image-to-image. Set to 0 to disable tiling.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "spandrel_image_to_image"
    VERSION = "1.3.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("image_to_image_model", "ModelIdentifierField", required=True, model_type=("spandrel_image_to_image",)),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("tile_size", "IntegerField"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        image_to_image_model: ModelValue | Output[ModelIdentifierField] | None,
        metadata: Output[MetadataField] | None = None,
        tile_size: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            image_to_image_model=image_to_image_model,
            metadata=metadata,
            tile_size=tile_size,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class StringBatchInvocation(Node):
    """String Batch (string_batch; batch, special).

    Create a batched generation, where the workflow is executed once for each string in the batch.

    Args:
        batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the same ID will be 'zipped' before execution, and all nodes' collections must be of the same size. Value only (no connection).
        strings: The strings to batch over (at least 1 items)

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "string_batch"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "batch_group_id",
            "EnumField",
            input="direct",
            options=("Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"),
        ),
        field("strings", "StringField", cardinality="COLLECTION", required=True, min_items=1),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        batch_group_id: Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"] | None = "None",
        strings: Sequence[str] | Output[Sequence[str]] | Output[Sequence[float]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, batch_group_id=batch_group_id, strings=strings)

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class StringCollectionInvocation(Node):
    """String Collection Primitive (string_collection; primitives, stable).

    A collection of string primitive values

    Args:
        collection: The collection of string values

    Outputs:
        collection: The output strings
    """

    __slots__ = ()
    TYPE = "string_collection"
    VERSION = "1.0.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "StringField", cardinality="COLLECTION"))
    OUTPUTS = {"collection": ("StringField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[str] | Output[Sequence[str]] | Output[Sequence[float]] | None = [],
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

    @property
    def collection(self) -> Output[Sequence[str]]:
        """The output strings"""
        return Output(self, "collection")


class StringGenerator(Node):
    """String Generator (string_generator; batch, special).

    Generated a range of strings for use in a batched generation

    Args:
        generator: The string generator. Value only (no connection).

    Outputs:
        strings: The generated strings
    """

    __slots__ = ()
    TYPE = "string_generator"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("generator", "StringGeneratorField", input="direct", required=True))
    OUTPUTS = {"strings": ("StringField", "COLLECTION")}

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, generator=generator)

    @property
    def strings(self) -> Output[Sequence[str]]:
        """The generated strings"""
        return Output(self, "strings")


class StringInvocation(Node):
    """String Primitive (string; primitives, stable).

    A string primitive value

    Args:
        value: The string value

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "string"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("value", "StringField"))
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        value: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, value=value)

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class StringJoinInvocation(Node):
    """String Join (string_join; strings, stable).

    Joins string left to string right

    Args:
        string_left: String Left
        string_right: String Right

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "string_join"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("string_left", "StringField"), field("string_right", "StringField"))
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        string_left: str | Output[str] | Output[float] | None = "",
        string_right: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, string_left=string_left, string_right=string_right)

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class StringJoinThreeInvocation(Node):
    """String Join Three (string_join_three; strings, stable).

    Joins string left to string middle to string right

    Args:
        string_left: String Left
        string_middle: String Middle
        string_right: String Right

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "string_join_three"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("string_left", "StringField"), field("string_middle", "StringField"), field("string_right", "StringField")
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        string_left: str | Output[str] | Output[float] | None = "",
        string_middle: str | Output[str] | Output[float] | None = "",
        string_right: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            string_left=string_left,
            string_middle=string_middle,
            string_right=string_right,
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class StringReplaceInvocation(Node):
    """String Replace (string_replace; strings, stable).

    Replaces the search string with the replace string

    Args:
        replace_string: String to replace the search
        search_string: String to search for
        string: String to work on
        use_regex: Use search string as a regex expression (non regex is case insensitive)

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "string_replace"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("replace_string", "StringField"),
        field("search_string", "StringField"),
        field("string", "StringField"),
        field("use_regex", "BooleanField"),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        replace_string: str | Output[str] | Output[float] | None = "",
        search_string: str | Output[str] | Output[float] | None = "",
        string: str | Output[str] | Output[float] | None = "",
        use_regex: bool | Output[bool] | None = False,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            replace_string=replace_string,
            search_string=search_string,
            string=string,
            use_regex=use_regex,
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class StringSplitInvocation(Node):
    """String Split (string_split; strings, stable).

    Splits string into two strings, based on the first occurance of the delimiter. The delimiter will be removed from the string

    Args:
        delimiter: Delimiter to spilt with. blank will split on the first whitespace
        string: String to split

    Outputs:
        string_1: string 1
        string_2: string 2
    """

    __slots__ = ()
    TYPE = "string_split"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("delimiter", "StringField"), field("string", "StringField"))
    OUTPUTS = {"string_1": ("StringField", "SINGLE"), "string_2": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        delimiter: str | Output[str] | Output[float] | None = "",
        string: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, delimiter=delimiter, string=string)

    @property
    def string_1(self) -> Output[str]:
        """string 1"""
        return Output(self, "string_1")

    @property
    def string_2(self) -> Output[str]:
        """string 2"""
        return Output(self, "string_2")


class StringSplitNegInvocation(Node):
    """String Split Negative (string_split_neg; strings, stable).

    Splits string into two strings, inside [] goes into negative string everthing else goes into positive string. Each [ and ] character is replaced with a space

    Args:
        string: String to split

    Outputs:
        negative_string: Negative string
        positive_string: Positive string
    """

    __slots__ = ()
    TYPE = "string_split_neg"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("string", "StringField"))
    OUTPUTS = {"negative_string": ("StringField", "SINGLE"), "positive_string": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        string: str | Output[str] | Output[float] | None = "",
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, string=string)

    @property
    def negative_string(self) -> Output[str]:
        """Negative string"""
        return Output(self, "negative_string")

    @property
    def positive_string(self) -> Output[str]:
        """Positive string"""
        return Output(self, "positive_string")


class SubtractInvocation(Node):
    """Subtract Integers (sub; math, stable).

    Subtracts two numbers

    Args:
        a: The first number
        b: The second number

    Outputs:
        value: The output integer
    """

    __slots__ = ()
    TYPE = "sub"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("a", "IntegerField"), field("b", "IntegerField"))
    OUTPUTS = {"value": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        a: int | Output[int] | None = 0,
        b: int | Output[int] | None = 0,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, a=a, b=b)

    @property
    def value(self) -> Output[int]:
        """The output integer"""
        return Output(self, "value")


class T2IAdapterInvocation(Node):
    """T2I-Adapter - SD1.5, SDXL (t2i_adapter; conditioning, stable).

    Collects T2I-Adapter info to pass to other nodes.

    Args:
        begin_step_percent: When the T2I-Adapter is first applied (% of total steps) (>= 0, <= 1)
        end_step_percent: When the T2I-Adapter is last applied (% of total steps) (>= 0, <= 1)
        image: The IP-Adapter image prompt.
        resize_mode: The resize mode applied to the T2I-Adapter input image so that it matches the target output size.
        t2i_adapter_model: The T2I-Adapter model. Model base ['sd-1', 'sdxl'], type ['t2i_adapter'].
        weight: The weight given to the T2I-Adapter (>= 0)

    Outputs:
        t2i_adapter: T2I-Adapter(s) to apply
    """

    __slots__ = ()
    TYPE = "t2i_adapter"
    VERSION = "1.0.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0, maximum=1),
        field("end_step_percent", "FloatField", minimum=0, maximum=1),
        field("image", "ImageField", required=True),
        field("resize_mode", "EnumField", options=("crop_resize", "fill_resize", "just_resize", "just_resize_simple")),
        field(
            "t2i_adapter_model",
            "ModelIdentifierField",
            required=True,
            model_base=("sd-1", "sdxl"),
            model_type=("t2i_adapter",),
        ),
        field("weight", "FloatField", cardinality="SINGLE_OR_COLLECTION", minimum=0),
    )
    OUTPUTS = {"t2i_adapter": ("T2IAdapterField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0,
        end_step_percent: float | Output[float] | None = 1,
        image: ImageValue | Output[ImageField] | None,
        resize_mode: Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]
        | Output[EnumField]
        | None = "just_resize",
        t2i_adapter_model: ModelValue | Output[ModelIdentifierField] | None,
        weight: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            end_step_percent=end_step_percent,
            image=image,
            resize_mode=resize_mode,
            t2i_adapter_model=t2i_adapter_model,
            weight=weight,
        )

    @property
    def t2i_adapter(self) -> Output[T2IAdapterField]:
        """T2I-Adapter(s) to apply"""
        return Output(self, "t2i_adapter")


class TextLLMInvocation(Node):
    """Text LLM (text_llm; llm, beta).

    Run a text language model to generate or expand text (e.g. for prompt expansion).

    Args:
        max_tokens: Maximum number of tokens to generate. (>= 1, <= 2048)
        prompt: Input text prompt.
        seed: Seed for random number generation (>= 0, <= 4294967295)
        system_prompt: System prompt that guides the model's behavior.
        text_llm_model: The text language model to use for text generation Model base [], type ['text_llm'].

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "text_llm"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("max_tokens", "IntegerField", minimum=1, maximum=2048),
        field("prompt", "StringField"),
        field("seed", "IntegerField", minimum=0, maximum=4294967295),
        field("system_prompt", "StringField"),
        field("text_llm_model", "ModelIdentifierField", required=True, model_type=("text_llm",)),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        max_tokens: int | Output[int] | None = 300,
        prompt: str | Output[str] | Output[float] | None = "",
        seed: int | Output[int] | None = 0,
        system_prompt: str
        | Output[str]
        | Output[float]
        | None = "You are an expert prompt writer for AI image generation. Given a brief description, expand it into a detailed, vivid prompt suitable for generating high-quality images. Only output the expanded prompt, nothing else.",
        text_llm_model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            max_tokens=max_tokens,
            prompt=prompt,
            seed=seed,
            system_prompt=system_prompt,
            text_llm_model=text_llm_model,
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class TextLLMWithPresetInvocation(Node):
    """Text LLM (with System Prompt Preset) (text_llm_with_preset; llm, beta).

    Run a text language model using a saved system prompt from the System Prompts library. Behaves identically to the Text LLM node, but the system prompt is selected from a DB-backed preset instead of being typed inline. Useful when you maintain a curated library of expansion strategies and want to reuse them across workflows. Note: the field stores the preset's id, not its text. A workflow exported from one install only resolves on another if that install has a prompt with the same id -- true for the seeded defaults (fixed UUIDs), not for user-created prompts. `StylePresetField` has the same limitation.

    Args:
        max_tokens: Maximum number of tokens to generate. (>= 1, <= 2048)
        prompt: Input text prompt.
        seed: Seed for random number generation (>= 0, <= 4294967295)
        system_prompt: The saved system prompt to use as the LLM's instruction.
        text_llm_model: The text language model to use for text generation Model base [], type ['text_llm'].

    Outputs:
        value: The output string
    """

    __slots__ = ()
    TYPE = "text_llm_with_preset"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("max_tokens", "IntegerField", minimum=1, maximum=2048),
        field("prompt", "StringField"),
        field("seed", "IntegerField", minimum=0, maximum=4294967295),
        field("system_prompt", "SystemPromptField", required=True),
        field("text_llm_model", "ModelIdentifierField", required=True, model_type=("text_llm",)),
    )
    OUTPUTS = {"value": ("StringField", "SINGLE")}

    def __init__(
        self,
        *,
        max_tokens: int | Output[int] | None = 300,
        prompt: str | Output[str] | Output[float] | None = "",
        seed: int | Output[int] | None = 0,
        system_prompt: Mapping[str, Any] | Output[SystemPromptField] | None,
        text_llm_model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            max_tokens=max_tokens,
            prompt=prompt,
            seed=seed,
            system_prompt=system_prompt,
            text_llm_model=text_llm_model,
        )

    @property
    def value(self) -> Output[str]:
        """The output string"""
        return Output(self, "value")


class TileToPropertiesInvocation(Node):
    """Tile to Properties (tile_to_properties; tiles, stable).

    Split a Tile into its individual properties.

    Args:
        tile: The tile to split into properties.

    Outputs:
        coords_bottom: Bottom coordinate of the tile relative to its parent image.
        coords_left: Left coordinate of the tile relative to its parent image.
        coords_right: Right coordinate of the tile relative to its parent image.
        coords_top: Top coordinate of the tile relative to its parent image.
        height: The height of the tile. Equal to coords_bottom - coords_top.
        overlap_bottom: Overlap between this tile and its bottom neighbor.
        overlap_left: Overlap between this tile and its left neighbor.
        overlap_right: Overlap between this tile and its right neighbor.
        overlap_top: Overlap between this tile and its top neighbor.
        width: The width of the tile. Equal to coords_right - coords_left.
    """

    __slots__ = ()
    TYPE = "tile_to_properties"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("tile", "Tile", required=True))
    OUTPUTS = {
        "coords_bottom": ("IntegerField", "SINGLE"),
        "coords_left": ("IntegerField", "SINGLE"),
        "coords_right": ("IntegerField", "SINGLE"),
        "coords_top": ("IntegerField", "SINGLE"),
        "height": ("IntegerField", "SINGLE"),
        "overlap_bottom": ("IntegerField", "SINGLE"),
        "overlap_left": ("IntegerField", "SINGLE"),
        "overlap_right": ("IntegerField", "SINGLE"),
        "overlap_top": ("IntegerField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        tile: Mapping[str, Any] | Output[Tile] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, tile=tile)

    @property
    def coords_bottom(self) -> Output[int]:
        """Bottom coordinate of the tile relative to its parent image."""
        return Output(self, "coords_bottom")

    @property
    def coords_left(self) -> Output[int]:
        """Left coordinate of the tile relative to its parent image."""
        return Output(self, "coords_left")

    @property
    def coords_right(self) -> Output[int]:
        """Right coordinate of the tile relative to its parent image."""
        return Output(self, "coords_right")

    @property
    def coords_top(self) -> Output[int]:
        """Top coordinate of the tile relative to its parent image."""
        return Output(self, "coords_top")

    @property
    def height(self) -> Output[int]:
        """The height of the tile. Equal to coords_bottom - coords_top."""
        return Output(self, "height")

    @property
    def overlap_bottom(self) -> Output[int]:
        """Overlap between this tile and its bottom neighbor."""
        return Output(self, "overlap_bottom")

    @property
    def overlap_left(self) -> Output[int]:
        """Overlap between this tile and its left neighbor."""
        return Output(self, "overlap_left")

    @property
    def overlap_right(self) -> Output[int]:
        """Overlap between this tile and its right neighbor."""
        return Output(self, "overlap_right")

    @property
    def overlap_top(self) -> Output[int]:
        """Overlap between this tile and its top neighbor."""
        return Output(self, "overlap_top")

    @property
    def width(self) -> Output[int]:
        """The width of the tile. Equal to coords_right - coords_left."""
        return Output(self, "width")


class TiledMultiDiffusionDenoiseLatents(Node):
    """Tiled Multi-Diffusion Denoise - SD1.5, SDXL (tiled_multi_diffusion_denoise_latents; latents, stable).

    Tiled Multi-Diffusion denoising. This node handles automatically tiling the input image, and is primarily intended for global refinement of images in tiled upscaling workflows. Future Multi-Diffusion nodes should allow the user to specify custom regions with different parameters for each region to harness the full power of Multi-Diffusion. This node has a similar interface to the `DenoiseLatents` node, but it has a reduced feature set (no IP-Adapter, T2I-Adapter, masking, etc.).

    Args:
        cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with zero-terminal SNR (>= 0, < 1)
        cfg_scale: Classifier-Free Guidance scale
        control: Control Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        latents: Latents tensor Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler to use during inference
        steps: Number of steps to run (> 0)
        tile_height: Height of the tiles in image space. (> 0, a multiple of 8)
        tile_overlap: The overlap between adjacent tiles in pixel space. (Of course, tile merging is applied in latent space.) Tiles will be cropped during merging (if necessary) to ensure that they overlap by exactly this amount. (> 0, a multiple of 8)
        tile_width: Width of the tiles in image space. (> 0, a multiple of 8)
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "tiled_multi_diffusion_denoise_latents"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cfg_rescale_multiplier", "FloatField", minimum=0, exclusive_maximum=1),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("control", "ControlField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("latents", "LatentsField", input="connection"),
        field("negative_conditioning", "ConditioningField", input="connection", required=True),
        field("noise", "LatentsField", input="connection"),
        field("positive_conditioning", "ConditioningField", input="connection", required=True),
        field(
            "scheduler",
            "SchedulerField",
            options=(
                "ddim",
                "ddpm",
                "deis",
                "deis_k",
                "dpmpp_2m",
                "dpmpp_2m_k",
                "dpmpp_2m_sde",
                "dpmpp_2m_sde_k",
                "dpmpp_2s",
                "dpmpp_2s_k",
                "dpmpp_3m",
                "dpmpp_3m_k",
                "dpmpp_sde",
                "dpmpp_sde_k",
                "er_sde",
                "euler",
                "euler_a",
                "euler_k",
                "heun",
                "heun_k",
                "kdpm_2",
                "kdpm_2_a",
                "kdpm_2_a_k",
                "kdpm_2_k",
                "lcm",
                "lms",
                "lms_k",
                "pndm",
                "tcd",
                "unipc",
                "unipc_k",
            ),
        ),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("tile_height", "IntegerField", exclusive_minimum=0, multiple_of=8),
        field("tile_overlap", "IntegerField", exclusive_minimum=0, multiple_of=8),
        field("tile_width", "IntegerField", exclusive_minimum=0, multiple_of=8),
        field("unet", "UNetField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        cfg_rescale_multiplier: float | Output[float] | None = 0,
        cfg_scale: float | Sequence[float] | Output[float] | Output[Sequence[float]] | None = 6.0,
        control: Output[ControlField] | Output[Sequence[ControlField]] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        latents: Output[LatentsField] | None = None,
        negative_conditioning: Output[ConditioningField] | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[ConditioningField] | None = None,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "euler",
            "euler_a",
            "euler_k",
            "heun",
            "heun_k",
            "kdpm_2",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "kdpm_2_k",
            "lcm",
            "lms",
            "lms_k",
            "pndm",
            "tcd",
            "unipc",
            "unipc_k",
        ]
        | Output[SchedulerField]
        | None = "euler",
        steps: int | Output[int] | None = 18,
        tile_height: int | Output[int] | None = 1024,
        tile_overlap: int | Output[int] | None = 32,
        tile_width: int | Output[int] | None = 1024,
        unet: Output[UNetField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            cfg_rescale_multiplier=cfg_rescale_multiplier,
            cfg_scale=cfg_scale,
            control=control,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            latents=latents,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            steps=steps,
            tile_height=tile_height,
            tile_overlap=tile_overlap,
            tile_width=tile_width,
            unet=unet,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class UnsharpMaskInvocation(Node):
    """Unsharp Mask (unsharp_mask; image, stable).

    Applies an unsharp mask filter to an image

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to use
        metadata: Optional metadata to be saved with the image Connection only.
        radius: Unsharp mask radius (> 0)
        strength: Unsharp mask strength (>= 0)

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "unsharp_mask"
    VERSION = "1.2.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("radius", "FloatField", exclusive_minimum=0),
        field("strength", "FloatField", minimum=0),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        radius: float | Output[float] | None = 2,
        strength: float | Output[float] | None = 50,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            image=image,
            metadata=metadata,
            radius=radius,
            strength=strength,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class VAELoaderInvocation(Node):
    """VAE Model - SD1.5, SD2, SDXL, SD3, FLUX (vae_loader; model, stable).

    Loads a VAE model, outputting a VaeLoaderOutput

    Args:
        vae_model: VAE model to load Model base ['sd-1', 'sd-2', 'sdxl', 'sd-3', 'flux', 'flux2'], type ['vae'].

    Outputs:
        vae: VAE
    """

    __slots__ = ()
    TYPE = "vae_loader"
    VERSION = "1.0.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "vae_model",
            "ModelIdentifierField",
            required=True,
            model_base=("sd-1", "sd-2", "sdxl", "sd-3", "flux", "flux2"),
            model_type=("vae",),
        )
    )
    OUTPUTS = {"vae": ("VAEField", "SINGLE")}

    def __init__(
        self,
        *,
        vae_model: ModelValue | Output[ModelIdentifierField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, vae_model=vae_model)

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class VideoConcatInvocation(Node):
    """Concatenate Videos (video_concat; video, prototype).

    Join two or more videos into a single MP4. Transitions: * ``cut`` — hard splice, no blending. Fastest; total length is the sum of inputs. * ``crossfade`` — linear A→B cross-dissolve over ``transition_frames``. Each boundary consumes ``transition_frames`` from both adjacent clips, so total length is ``sum(inputs) - transition_frames * (n - 1)``. * ``fade_through_black`` — A fades to black, then B fades in from black. Each boundary consumes ``transition_frames // 2`` frames from the preceding clip's tail and the remainder (``transition_frames - transition_frames // 2``) from the next clip's head, so the total emitted is exactly ``transition_frames`` per boundary — even for odd ``transition_frames`` — and the overall length equals the sum of inputs. All inputs must share the same pixel dimensions. Output frame rate defaults to the first input's fps; override with ``fps`` to force a specific rate (the frames are not resampled, only the container is encoded at the new rate).

    Args:
        board: The board to save the image to Value only (no connection).
        fps: Output frame rate. Defaults to the first input's fps. (>= 1, <= 120)
        metadata: Optional metadata to be saved with the image Connection only.
        transition: Transition between consecutive clips.
        transition_frames: Length of each transition in frames. Ignored when transition is 'cut'. (>= 0, <= 240)
        videos: Videos to concatenate, in order. At least two are required. (at least 2 items)

    Outputs:
        duration: The duration of the video in seconds
        fps: The frames-per-second of the video
        height: The height of the video in pixels
        num_frames: The number of frames in the video
        video: The output video
        width: The width of the video in pixels
    """

    __slots__ = ()
    TYPE = "video_concat"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("fps", "IntegerField", minimum=1, maximum=120),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("transition", "EnumField", options=("crossfade", "cut", "fade_through_black")),
        field("transition_frames", "IntegerField", minimum=0, maximum=240),
        field("videos", "VideoField", cardinality="COLLECTION", required=True, min_items=2),
    )
    OUTPUTS = {
        "duration": ("FloatField", "SINGLE"),
        "fps": ("FloatField", "SINGLE"),
        "height": ("IntegerField", "SINGLE"),
        "num_frames": ("IntegerField", "SINGLE"),
        "video": ("VideoField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        fps: int | Output[int] | None = None,
        metadata: Output[MetadataField] | None = None,
        transition: Literal["crossfade", "cut", "fade_through_black"] | Output[EnumField] | None = "cut",
        transition_frames: int | Output[int] | None = 8,
        videos: Sequence[VideoValue] | Output[Sequence[VideoField]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            fps=fps,
            metadata=metadata,
            transition=transition,
            transition_frames=transition_frames,
            videos=videos,
        )

    @property
    def duration(self) -> Output[float]:
        """The duration of the video in seconds"""
        return Output(self, "duration")

    @property
    def fps(self) -> Output[float]:
        """The frames-per-second of the video"""
        return Output(self, "fps")

    @property
    def height(self) -> Output[int]:
        """The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """The number of frames in the video"""
        return Output(self, "num_frames")

    @property
    def video(self) -> Output[VideoField]:
        """The output video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """The width of the video in pixels"""
        return Output(self, "width")


class VideoFrameExtractInvocation(Node):
    """Frame from Video (video_frame_extract; image, prototype).

    Extract a single frame from a video and save it as an image. ``frame_index`` is 0-based. Negative indices count from the end, so the default of -1 returns the final frame — the typical setup for chaining I2V clips into a longer sequence.

    Args:
        board: The board to save the image to Value only (no connection).
        frame_index: Index of the frame to extract. 0 = first frame, -1 = last frame, -2 = second-to-last, etc.
        metadata: Optional metadata to be saved with the image Connection only.
        video: The video to extract a frame from.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "video_frame_extract"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("frame_index", "IntegerField"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("video", "VideoField", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        frame_index: int | Output[int] | None = -1,
        metadata: Output[MetadataField] | None = None,
        video: VideoValue | Output[VideoField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, frame_index=frame_index, metadata=metadata, video=video
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class VideoInvocation(Node):
    """Video Primitive (video; primitives, stable).

    A video primitive value. Drop a video onto the field to make it available as an input to downstream nodes (e.g. Frame from Video, Concatenate Videos).

    Args:
        video: The video to load

    Outputs:
        duration: The duration of the video in seconds
        fps: The frames-per-second of the video
        height: The height of the video in pixels
        num_frames: The number of frames in the video
        video: The output video
        width: The width of the video in pixels
    """

    __slots__ = ()
    TYPE = "video"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("video", "VideoField", required=True))
    OUTPUTS = {
        "duration": ("FloatField", "SINGLE"),
        "fps": ("FloatField", "SINGLE"),
        "height": ("IntegerField", "SINGLE"),
        "num_frames": ("IntegerField", "SINGLE"),
        "video": ("VideoField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        video: VideoValue | Output[VideoField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, video=video)

    @property
    def duration(self) -> Output[float]:
        """The duration of the video in seconds"""
        return Output(self, "duration")

    @property
    def fps(self) -> Output[float]:
        """The frames-per-second of the video"""
        return Output(self, "fps")

    @property
    def height(self) -> Output[int]:
        """The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """The number of frames in the video"""
        return Output(self, "num_frames")

    @property
    def video(self) -> Output[VideoField]:
        """The output video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """The width of the video in pixels"""
        return Output(self, "width")


class WanDenoiseInvocation(Node):
    """Denoise - Wan 2.2 (wan_denoise; image, prototype).

    Run the denoising process with a Wan 2.2 model. Drives the flow-matching schedule the model ships with (UniPC with flow sigmas for the Wan 2.2 reference repos; see ``_build_scheduler``). CFG is supported when negative conditioning is provided and ``guidance_scale != 1.0``. For Wan 2.2 A14B the high-noise expert handles timesteps at and above ``boundary_ratio * num_train_timesteps``; the low-noise expert handles timesteps below. Both experts share the model cache; only the active one is GPU-resident at any time.

    Args:
        add_noise: Add noise based on denoising start.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance_scale: Classifier-free guidance scale. 4.0 is the Wan 2.2 default for A14B; TI2V-5B can tolerate higher values up to ~5.5. (>= 1.0)
        guidance_scale_low_noise: Optional separate CFG scale for the low-noise expert (Wan 2.2 A14B only). Values below 1.0 (including 0) fall back to the primary 'Guidance Scale'. Ignored for TI2V-5B. (>= 0.0)
        height: Height of the generated image. (> 0, a multiple of 16)
        latents: Latents tensor Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        ref_image: Reference-image (VAE-latent) conditioning for Wan 2.2 I2V. Connection only.
        seed: Randomness seed for reproducibility.
        steps: Number of denoising steps. (> 0)
        transformer: Wan transformer field (transformer + optional dual-expert metadata). Connection only.
        width: Width of the generated image. (> 0, a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "wan_denoise"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance_scale", "FloatField", minimum=1.0),
        field("guidance_scale_low_noise", "FloatField", minimum=0.0),
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field("negative_conditioning", "WanConditioningField", input="connection"),
        field("positive_conditioning", "WanConditioningField", input="connection", required=True),
        field("ref_image", "WanRefImageConditioningField", input="connection"),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "WanTransformerField", input="connection", required=True),
        field("width", "IntegerField", exclusive_minimum=0, multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance_scale: float | Output[float] | None = 4.0,
        guidance_scale_low_noise: float | Output[float] | None = None,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        negative_conditioning: Output[WanConditioningField] | None = None,
        positive_conditioning: Output[WanConditioningField] | None = None,
        ref_image: Output[WanRefImageConditioningField] | None = None,
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 40,
        transformer: Output[WanTransformerField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            guidance_scale_low_noise=guidance_scale_low_noise,
            height=height,
            latents=latents,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            ref_image=ref_image,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class WanI2VIdealDimensionsInvocation(Node):
    """Wan 2.2 I2V Ideal Dimensions (A14B) (wan_i2v_ideal_dimensions; video, prototype).

    Ideal dimensions for the Wan 2.2 A14B models (I2V-A14B and T2V-A14B). Use this node for the A14B family. For the TI2V-5B model use "Wan 2.2 TI2V Ideal Dimensions" instead — TI2V-5B requires multiples of 32, and feeding it these multiples-of-16 dims fails the patchify step. Scales the input W×H so the shorter side equals the chosen preset (480 / 720 / 1080 px), then snaps each dimension to a multiple of 16 (the A14B pixel-grid constraint). Wire from ``Image Primitive``'s width/height outputs and into ``wan_ref_image_encoder`` / ``wan_denoise``.

    Args:
        height: Source image height in pixels. (> 0)
        rounding: How to snap each dimension to a multiple of 16. 'floor' rounds down — safest for VRAM, guaranteed not to exceed the unsnapped target. 'ceiling' rounds up. 'nearest' minimizes aspect-ratio drift (default).
        target_resolution: Short-side resolution preset. 480p and 720p are Wan 2.2's native training resolutions; 1080p works but is extrapolation and costs ~2.25x the memory of 720p. Choices: '1080p': 1080p (extrapolated — not a Wan training size), '480p': 480p (Wan native), '720p': 720p (Wan native, default).
        width: Source image width in pixels. (> 0)

    Outputs:
        height: The ideal height of the image (in pixels)
        width: The ideal width of the image (in pixels)
    """

    __slots__ = ()
    TYPE = "wan_i2v_ideal_dimensions"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", exclusive_minimum=0),
        field("rounding", "EnumField", options=("ceiling", "floor", "nearest")),
        field("target_resolution", "EnumField", options=("1080p", "480p", "720p")),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {"height": ("IntegerField", "SINGLE"), "width": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        height: int | Output[int] | None = 1024,
        rounding: Literal["ceiling", "floor", "nearest"] | Output[EnumField] | None = "nearest",
        target_resolution: Literal["1080p", "480p", "720p"] | Output[EnumField] | None = "720p",
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            height=height,
            rounding=rounding,
            target_resolution=target_resolution,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """The ideal height of the image (in pixels)"""
        return Output(self, "height")

    @property
    def width(self) -> Output[int]:
        """The ideal width of the image (in pixels)"""
        return Output(self, "width")


class WanImageToLatentsInvocation(Node):
    """Image to Latents - Wan 2.2 (wan_i2l; image, prototype).

    Encodes an image with the Wan VAE (AutoencoderKLWan). The output latents have the temporal dimension squeezed out, so downstream nodes see 4D ``[B, C, H, W]``. The denoise loop re-adds ``T=1`` before feeding the transformer.

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to encode.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "wan_i2l"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class WanLatentsToImageInvocation(Node):
    """Latents to Image - Wan 2.2 (wan_l2i; latents, prototype).

    Decodes Wan latents back to RGB.

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "wan_l2i"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class WanLatentsToVideoInvocation(Node):
    """Latents to Video - Wan 2.2 (wan_l2v; latents, prototype).

    Decode 5D Wan latents to RGB frames and encode an MP4.

    Args:
        board: The board to save the image to Value only (no connection).
        fps: Frames-per-second for the encoded MP4. Wan 2.2 was trained at 16 FPS. (>= 1, <= 120)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        duration: The duration of the video in seconds
        fps: The frames-per-second of the video
        height: The height of the video in pixels
        num_frames: The number of frames in the video
        video: The output video
        width: The width of the video in pixels
    """

    __slots__ = ()
    TYPE = "wan_l2v"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("fps", "IntegerField", minimum=1, maximum=120),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "duration": ("FloatField", "SINGLE"),
        "fps": ("FloatField", "SINGLE"),
        "height": ("IntegerField", "SINGLE"),
        "num_frames": ("IntegerField", "SINGLE"),
        "video": ("VideoField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        fps: int | Output[int] | None = 16,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, fps=fps, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def duration(self) -> Output[float]:
        """The duration of the video in seconds"""
        return Output(self, "duration")

    @property
    def fps(self) -> Output[float]:
        """The frames-per-second of the video"""
        return Output(self, "fps")

    @property
    def height(self) -> Output[int]:
        """The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """The number of frames in the video"""
        return Output(self, "num_frames")

    @property
    def video(self) -> Output[VideoField]:
        """The output video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """The width of the video in pixels"""
        return Output(self, "width")


class WanLoRACollectionLoader(Node):
    """Apply LoRA Collection - Wan 2.2 (wan_lora_collection_loader; model, prototype).

    Apply a collection of LoRAs to the Wan 2.2 transformer(s). Each LoRA is routed to the primary and/or low-noise list based on its recorded ``expert`` tag (set by the probe from the filename). Untagged LoRAs go to both lists. Against a TI2V-5B main, which is a single transformer with no low-noise expert, a LoRA that would land only in the low-noise list is applied to the transformer instead, with a warning.

    Args:
        loras: LoRAs to apply. May be a single LoRA or a collection. Model base ['wan'], type ['lora'].
        transformer: Transformer Connection only.

    Outputs:
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "wan_lora_collection_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("wan",), model_type=("lora",)),
        field("transformer", "WanTransformerField", input="connection"),
    )
    OUTPUTS = {"transformer": ("WanTransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        transformer: Output[WanTransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, loras=loras, transformer=transformer)

    @property
    def transformer(self) -> Output[WanTransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class WanLoRALoaderInvocation(Node):
    """Apply LoRA - Wan 2.2 (wan_lora_loader; model, prototype).

    Apply a LoRA to the Wan 2.2 transformer(s). For A14B (dual expert) the LoRA's recorded ``expert`` field determines which expert list it lands in: ``"high"`` -> primary list, ``"low"`` -> low-noise list, ``None`` (untagged) -> both lists. Use the ``target`` field to override. For TI2V-5B (single transformer) only the primary list is used at denoise time, so a LoRA that would land only in the low-noise list is applied to the transformer instead, with a warning. The alternative is to accept the LoRA and silently have no effect.

    Args:
        lora: LoRA model to load Model base ['wan'], type ['lora'].
        target: Which expert(s) to apply this LoRA to. 'auto' uses the LoRA's recorded expert tag (or both if untagged); 'both'/'high'/'low' override it. On the single-transformer TI2V-5B, which has no low-noise expert, 'low' is applied to the transformer instead of being discarded.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "wan_lora_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("wan",), model_type=("lora",)),
        field("target", "EnumField", options=("auto", "both", "high", "low")),
        field("transformer", "WanTransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"transformer": ("WanTransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        target: Literal["auto", "both", "high", "low"] | Output[EnumField] | None = "auto",
        transformer: Output[WanTransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, lora=lora, target=target, transformer=transformer, weight=weight
        )

    @property
    def transformer(self) -> Output[WanTransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class WanModelLoaderInvocation(Node):
    """Main Model - Wan 2.2 (wan_model_loader; model, prototype).

    Loads a Wan 2.2 model, outputting its submodels. Components can be mixed and matched, mirroring the Qwen Image loader pattern: - Transformer(s): * Diffusers main: emits ``transformer/`` and (for A14B) ``transformer_2/`` from the same model record. * Single-file main (GGUF or safetensors checkpoint): emits the file as the primary transformer; for A14B the second-expert file must be wired to ``Transformer (Low Noise)``. - VAE: standalone Wan VAE > main (if Diffusers) > Component Source (Diffusers). - UMT5-XXL encoder: standalone Wan T5 encoder > main (if Diffusers) > Component Source (Diffusers). The Component Source slot lets users supply a Diffusers Wan main model purely for VAE / encoder extraction when the actual transformer is in a single-file format. Together, the standalone VAE + standalone encoder let a single-file transformer run without a full ~30 GB Diffusers install.

    Args:
        component_source: Diffusers Wan main model to extract VAE and/or encoder from. Use this if you don't have separate VAE/encoder models. Ignored for any submodel that is provided separately. Value only (no connection). Model base ['wan'], type ['main'].
        model: Wan 2.2 model (Transformer) to load Value only (no connection). Model base ['wan'], type ['main'].
        transformer_low_noise_model: Optional second single-file transformer for the A14B low-noise expert. Only relevant when the main model is a single-file GGUF or safetensors checkpoint and the variant is A14B; ignored when the main is a Diffusers A14B (both experts are pulled from transformer/ and transformer_2/ already) or when the variant is TI2V-5B. Value only (no connection). Model base ['wan'], type ['main'].
        vae_model: Standalone Wan VAE model. If not set, the VAE is loaded from the main model (when in Diffusers format) or from the Component Source. Value only (no connection). Model base ['wan'], type ['vae'].
        wan_t5_encoder_model: Standalone Wan UMT5-XXL encoder. If not set, the encoder is loaded from the main model (when in Diffusers format) or from the Component Source. Value only (no connection). Model base [], type ['wan_t5_encoder'].

    Outputs:
        transformer: Wan transformer (one or two experts depending on the variant)
        vae: VAE
        wan_t5_encoder: UMT5-XXL tokenizer and text encoder for Wan 2.2
    """

    __slots__ = ()
    TYPE = "wan_model_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("component_source", "ModelIdentifierField", input="direct", model_base=("wan",), model_type=("main",)),
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("wan",), model_type=("main",)
        ),
        field(
            "transformer_low_noise_model",
            "ModelIdentifierField",
            input="direct",
            model_base=("wan",),
            model_type=("main",),
        ),
        field("vae_model", "ModelIdentifierField", input="direct", model_base=("wan",), model_type=("vae",)),
        field("wan_t5_encoder_model", "ModelIdentifierField", input="direct", model_type=("wan_t5_encoder",)),
    )
    OUTPUTS = {
        "transformer": ("WanTransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
        "wan_t5_encoder": ("WanT5EncoderField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        component_source: ModelValue | None = None,
        model: ModelValue | None,
        transformer_low_noise_model: ModelValue | None = None,
        vae_model: ModelValue | None = None,
        wan_t5_encoder_model: ModelValue | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            component_source=component_source,
            model=model,
            transformer_low_noise_model=transformer_low_noise_model,
            vae_model=vae_model,
            wan_t5_encoder_model=wan_t5_encoder_model,
        )

    @property
    def transformer(self) -> Output[WanTransformerField]:
        """Wan transformer (one or two experts depending on the variant)"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")

    @property
    def wan_t5_encoder(self) -> Output[WanT5EncoderField]:
        """UMT5-XXL tokenizer and text encoder for Wan 2.2"""
        return Output(self, "wan_t5_encoder")


class WanRefImageEncoderInvocation(Node):
    """Reference Image - Wan 2.2 (wan_ref_image_encoder; conditioning, prototype).

    VAE-encode a reference image into Wan 2.2 I2V conditioning. The wired VAE selects the output shape. With the 16-channel A14B VAE the output is a ``[1, 20, T_lat, height // 8, width // 8]`` condition (4-ch first-frame mask + 16-ch image latents) that the denoise loop concatenates to the noise latents each step, producing the 36-channel input the I2V-A14B transformer expects. With the 48-channel TI2V-5B VAE the output is a ``[1, 48, 1, height // 16, width // 16]`` condition that the denoise loop blends into the noisy latents at every step. For image (single-frame) I2V leave ``num_frames=1`` (T_lat=1). For A14B video I2V set ``num_frames`` to match the value on the video-denoise node (e.g. 81 for the Wan 2.2 reference defaults); TI2V-5B always uses the single-frame condition. Supply an optional ``end_image`` for **first-last-frame interpolation (FLF2V)** — the model then interpolates the motion from ``image`` (first frame) to ``end_image`` (final frame). FLF2V is I2V-A14B video only (``num_frames > 1``); it is not supported for TI2V-5B or single-frame I2V. For T2V (no reference image), omit this node entirely.

    Args:
        end_image: Optional end frame for first-last-frame interpolation (FLF2V). When set, the video interpolates from the reference image (first frame) to this image (final frame). I2V-A14B video only (num_frames > 1); not supported for TI2V-5B or single-frame I2V.
        height: Height to resize the reference image to (must match denoise height). (> 0, a multiple of 16)
        image: Reference image to condition on (the first frame).
        num_frames: Pixel-frame count to build the condition for. Use 1 for single-frame image I2V. For video I2V, set this to match the video-denoise node's num_frames (and ensure (num_frames - 1) %% 4 == 0, e.g. 81). (>= 1)
        vae: VAE Connection only.
        width: Width to resize the reference image to (must match denoise width). (> 0, a multiple of 16)

    Outputs:
        ref_image: VAE-latent reference-image conditioning for Wan 2.2 I2V.
    """

    __slots__ = ()
    TYPE = "wan_ref_image_encoder"
    VERSION = "1.2.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("end_image", "ImageField"),
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=16),
        field("image", "ImageField", required=True),
        field("num_frames", "IntegerField", minimum=1),
        field("vae", "VAEField", input="connection", required=True),
        field("width", "IntegerField", exclusive_minimum=0, multiple_of=16),
    )
    OUTPUTS = {"ref_image": ("WanRefImageConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        end_image: ImageValue | Output[ImageField] | None = None,
        height: int | Output[int] | None = 1024,
        image: ImageValue | Output[ImageField] | None,
        num_frames: int | Output[int] | None = 1,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            end_image=end_image,
            height=height,
            image=image,
            num_frames=num_frames,
            vae=vae,
            width=width,
        )

    @property
    def ref_image(self) -> Output[WanRefImageConditioningField]:
        """VAE-latent reference-image conditioning for Wan 2.2 I2V."""
        return Output(self, "ref_image")


class WanTI2VIdealDimensionsInvocation(Node):
    """Wan 2.2 TI2V Ideal Dimensions (5B) (wan_ti2v_ideal_dimensions; video, prototype).

    Ideal dimensions for the Wan 2.2 TI2V-5B model. Use this node for TI2V-5B only. For the A14B models (I2V-A14B / T2V-A14B) use "Wan 2.2 I2V Ideal Dimensions" instead — those need multiples of 16, and this node's multiples-of-32 dims would overshoot their pixel grid. Identical to the A14B node but snaps each dimension to a multiple of 32 instead of 16: the Wan 2.2-VAE used by TI2V-5B applies 16x spatial compression and the transformer adds a 2x patch on top, so pixel dims must divide by 32 for the patchify step. Wire from ``Image Primitive``'s width/height outputs and into the matching ``wan_denoise`` inputs.

    Args:
        height: Source image height in pixels. (> 0)
        rounding: How to snap each dimension to a multiple of 32. 'floor' rounds down — safest for VRAM, guaranteed not to exceed the unsnapped target. 'ceiling' rounds up. 'nearest' minimizes aspect-ratio drift (default).
        target_resolution: Short-side resolution preset. 480p and 720p are Wan 2.2's native training resolutions; 1080p works but is extrapolation and costs ~2.25x the memory of 720p. Choices: '1080p': 1080p (extrapolated — not a Wan training size), '480p': 480p (Wan native), '720p': 720p (Wan native, default).
        width: Source image width in pixels. (> 0)

    Outputs:
        height: The ideal height of the image (in pixels)
        width: The ideal width of the image (in pixels)
    """

    __slots__ = ()
    TYPE = "wan_ti2v_ideal_dimensions"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", exclusive_minimum=0),
        field("rounding", "EnumField", options=("ceiling", "floor", "nearest")),
        field("target_resolution", "EnumField", options=("1080p", "480p", "720p")),
        field("width", "IntegerField", exclusive_minimum=0),
    )
    OUTPUTS = {"height": ("IntegerField", "SINGLE"), "width": ("IntegerField", "SINGLE")}

    def __init__(
        self,
        *,
        height: int | Output[int] | None = 1024,
        rounding: Literal["ceiling", "floor", "nearest"] | Output[EnumField] | None = "nearest",
        target_resolution: Literal["1080p", "480p", "720p"] | Output[EnumField] | None = "720p",
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            height=height,
            rounding=rounding,
            target_resolution=target_resolution,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """The ideal height of the image (in pixels)"""
        return Output(self, "height")

    @property
    def width(self) -> Output[int]:
        """The ideal width of the image (in pixels)"""
        return Output(self, "width")


class WanTextEncoderInvocation(Node):
    """Prompt - Wan 2.2 (wan_text_encoder; conditioning, prototype).

    Encodes a text prompt for Wan 2.2 using the UMT5-XXL encoder. Output is the encoder's last hidden state (shape: [seq_len=512, 4096]) plus an attention mask marking valid (non-padding) tokens. The Wan transformer consumes these directly as ``encoder_hidden_states``.

    Args:
        prompt: Text prompt for Wan 2.2.
        wan_t5_encoder: UMT5-XXL tokenizer and text encoder for Wan 2.2 Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "wan_text_encoder"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("prompt", "StringField", required=True),
        field("wan_t5_encoder", "WanT5EncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("WanConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None,
        wan_t5_encoder: Output[WanT5EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, prompt=prompt, wan_t5_encoder=wan_t5_encoder)

    @property
    def conditioning(self) -> Output[WanConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class WanVideoDenoiseInvocation(Node):
    """Denoise Video - Wan 2.2 (wan_video_denoise; latents, prototype).

    Run the Wan 2.2 denoising loop on a multi-frame latent tensor. The output is a 5D ``[1, C, T_lat, H/8, W/8]`` latent tensor ready for :class:`WanLatentsToVideoInvocation` to VAE-decode and encode as MP4. Mirrors :class:`WanDenoiseInvocation` for the per-step logic (CFG, MoE expert swap at the boundary timestep, LoRA patching, scheduler selection). Differences from the image denoise: * The noise tensor has a real temporal dim built from ``num_frames``. * The I2V condition is built across all latent frames (frame 0 conditioned, rest zero) via :func:`encode_reference_image_to_video_condition` upstream — the ``ref_image`` field on this node carries a tensor of shape ``[1, 20, T_lat, H_lat, W_lat]`` instead of ``[1, 20, 1, ...]``. * No ``denoising_start`` / ``denoising_end`` / initial-latents inputs. The image denoise node uses those for img2img (noise injection on an existing latent), but image-conditioned video generation flows through the reference-frame conditioning mechanism instead — the first frame drives subsequent frames at every step, so a partial-schedule run from an initial latent has no analogue here. Run the schedule from t=1 to t=0 every time. The base ``WanDenoiseInvocation`` still handles the img2img case for stills.

    Args:
        guidance_scale: Classifier-free guidance scale. Wan 2.2 video reference uses 5.0 for the high-noise expert and 4.0 for the low-noise expert. (>= 1.0)
        guidance_scale_low_noise: Optional separate CFG scale for the low-noise expert (Wan 2.2 A14B only). Values below 1.0 fall back to the primary 'Guidance Scale'. (>= 0.0)
        height: Height of the generated video. (> 0, a multiple of 16)
        negative_conditioning: Negative conditioning tensor Connection only.
        num_frames: Number of output frames. Must satisfy (num_frames - 1) %% 4 == 0 so the latent temporal dim divides cleanly. Wan 2.2 was trained at 81 frames @ 16 FPS (~5 s). (>= 5)
        positive_conditioning: Positive conditioning tensor Connection only.
        ref_image: Reference-image (VAE-latent) conditioning for Wan 2.2 I2V. Connection only.
        seed: Randomness seed for reproducibility.
        steps: Number of denoising steps. (> 0)
        transformer: Wan transformer field. Supported: T2V-A14B / I2V-A14B (dual-expert) and TI2V-5B (single-expert, handles both T2V and I2V). All three accept a Reference Image input for image-to-video; A14B uses the 36-channel concat scheme while TI2V-5B uses the expand_timesteps first-frame-mask blend. Connection only.
        width: Width of the generated video. (> 0, a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "wan_video_denoise"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("guidance_scale", "FloatField", minimum=1.0),
        field("guidance_scale_low_noise", "FloatField", minimum=0.0),
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=16),
        field("negative_conditioning", "WanConditioningField", input="connection"),
        field("num_frames", "IntegerField", minimum=5),
        field("positive_conditioning", "WanConditioningField", input="connection", required=True),
        field("ref_image", "WanRefImageConditioningField", input="connection"),
        field("seed", "IntegerField"),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "WanTransformerField", input="connection", required=True),
        field("width", "IntegerField", exclusive_minimum=0, multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        guidance_scale: float | Output[float] | None = 5.0,
        guidance_scale_low_noise: float | Output[float] | None = 4.0,
        height: int | Output[int] | None = 480,
        negative_conditioning: Output[WanConditioningField] | None = None,
        num_frames: int | Output[int] | None = 81,
        positive_conditioning: Output[WanConditioningField] | None = None,
        ref_image: Output[WanRefImageConditioningField] | None = None,
        seed: int | Output[int] | None = 0,
        steps: int | Output[int] | None = 40,
        transformer: Output[WanTransformerField] | None = None,
        width: int | Output[int] | None = 832,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            guidance_scale=guidance_scale,
            guidance_scale_low_noise=guidance_scale_low_noise,
            height=height,
            negative_conditioning=negative_conditioning,
            num_frames=num_frames,
            positive_conditioning=positive_conditioning,
            ref_image=ref_image,
            seed=seed,
            steps=steps,
            transformer=transformer,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class WorkflowReturnGetInvocation(Node):
    """Get Workflow Return Value (workflow_return_get; workflow, beta).

    Extracts one named value from a callable workflow return.

    Args:
        key: The return key to extract.
        values: The named workflow return values. Connection only.

    Outputs:
        value: The extracted workflow return value.
    """

    __slots__ = ()
    TYPE = "workflow_return_get"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("key", "StringField"), field("values", "AnyField", input="connection"))
    OUTPUTS = {"value": ("AnyField", "SINGLE")}

    def __init__(
        self,
        *,
        key: str | Output[str] | Output[float] | None = "",
        values: Any = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, key=key, values=values)

    @property
    def value(self) -> Output[Any]:
        """The extracted workflow return value."""
        return Output(self, "value")


class WorkflowReturnInvocation(Node):
    """Workflow Return (workflow_return; workflow, beta).

    Defines the explicit named result returned by a callable workflow.

    Args:
        values: The named values returned to a calling workflow. Connection only.

    Outputs:
        values_: The workflow return values, keyed by return name.
    """

    __slots__ = ()
    TYPE = "workflow_return"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("values", "WorkflowReturnValueField", input="connection", cardinality="SINGLE_OR_COLLECTION"))
    OUTPUTS = {"values": ("AnyField", "SINGLE")}

    def __init__(
        self,
        *,
        values: Output[WorkflowReturnValueField] | Output[Sequence[WorkflowReturnValueField]] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, values=values)

    @property
    def values_(self) -> Output[Any]:
        """The workflow return values, keyed by return name."""
        return Output(self, "values")


class WorkflowReturnValueInvocation(Node):
    """Workflow Return Value (workflow_return_value; workflow, beta).

    Creates one named value for a callable workflow return.

    Args:
        key: The return key.
        value: The value returned under this key.

    Outputs:
        value: The named workflow return value.
    """

    __slots__ = ()
    TYPE = "workflow_return_value"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("key", "StringField"), field("value", "AnyField"))
    OUTPUTS = {"value": ("CollectionItemField", "SINGLE")}

    def __init__(
        self,
        *,
        key: str | Output[str] | Output[float] | None = "",
        value: Any = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = False,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, key=key, value=value)

    @property
    def value(self) -> Output[Any]:
        """The named workflow return value."""
        return Output(self, "value")


class ZImageControlInvocation(Node):
    """Z-Image ControlNet (z_image_control; conditioning, prototype).

    Configure Z-Image ControlNet for spatial conditioning. Takes a preprocessed control image (e.g., Canny edges, depth map, pose) and a Z-Image ControlNet adapter model to enable spatial control. Supports 5 control modes: Canny, HED, Depth, Pose, MLSD. Recommended control_context_scale: 0.65-0.80.

    Args:
        begin_step_percent: When the control is first applied (% of total steps) (>= 0.0, <= 1.0)
        control_context_scale: Strength of the control signal. Recommended range: 0.65-0.80. (>= 0.0, <= 2.0)
        control_model: ControlNet model to load Model base ['z-image'], type ['controlnet'].
        end_step_percent: When the control is last applied (% of total steps) (>= 0.0, <= 1.0)
        image: The preprocessed control image (Canny, HED, Depth, Pose, or MLSD)

    Outputs:
        control: Z-Image control conditioning
    """

    __slots__ = ()
    TYPE = "z_image_control"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("begin_step_percent", "FloatField", minimum=0.0, maximum=1.0),
        field("control_context_scale", "FloatField", minimum=0.0, maximum=2.0),
        field(
            "control_model", "ModelIdentifierField", required=True, model_base=("z-image",), model_type=("controlnet",)
        ),
        field("end_step_percent", "FloatField", minimum=0.0, maximum=1.0),
        field("image", "ImageField", required=True),
    )
    OUTPUTS = {"control": ("ZImageControlField", "SINGLE")}

    def __init__(
        self,
        *,
        begin_step_percent: float | Output[float] | None = 0.0,
        control_context_scale: float | Output[float] | None = 0.75,
        control_model: ModelValue | Output[ModelIdentifierField] | None,
        end_step_percent: float | Output[float] | None = 1.0,
        image: ImageValue | Output[ImageField] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            begin_step_percent=begin_step_percent,
            control_context_scale=control_context_scale,
            control_model=control_model,
            end_step_percent=end_step_percent,
            image=image,
        )

    @property
    def control(self) -> Output[ZImageControlField]:
        """Z-Image control conditioning"""
        return Output(self, "control")


class ZImageDenoiseInvocation(Node):
    """Denoise - Z-Image (z_image_denoise; latents, prototype).

    Run the denoising process with a Z-Image model. Supports regional prompting by connecting multiple conditioning inputs with masks.

    Args:
        add_noise: Add noise based on denoising start.
        control: Z-Image control conditioning for spatial control (Canny, HED, Depth, Pose, MLSD). Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance_scale: Guidance scale for classifier-free guidance. 1.0 = no CFG (recommended for Z-Image-Turbo). Values > 1.0 amplify guidance. (>= 1.0)
        height: Height of the generated image. (a multiple of 16)
        latents: Latents tensor Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler (sampler) for the denoising process. Euler is the default and recommended. Heun is 2nd-order (better quality, 2x slower). LCM works with Turbo only (not Base). Choices: 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        shift: Override the timestep shift (mu) for the sigma schedule. Leave blank to auto-calculate based on image dimensions (recommended). Lower values (~0.5) produce less noise shifting, higher values (~1.15) produce more. (>= 0.0)
        steps: Number of denoising steps. 8 recommended for Z-Image-Turbo. (> 0)
        transformer: Z-Image model (Transformer) to load Connection only.
        vae: VAE Required for control conditioning. Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "z_image_denoise"
    VERSION = "1.6.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("control", "ZImageControlField", input="connection"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance_scale", "FloatField", minimum=1.0),
        field("height", "IntegerField", multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field(
            "negative_conditioning", "ZImageConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field("noise", "LatentsField", input="connection"),
        field(
            "positive_conditioning",
            "ZImageConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("scheduler", "EnumField", options=("euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("shift", "FloatField", minimum=0.0),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("vae", "VAEField", input="connection"),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        control: Output[ZImageControlField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance_scale: float | Output[float] | None = 1.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        negative_conditioning: Output[ZImageConditioningField]
        | Output[Sequence[ZImageConditioningField]]
        | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[ZImageConditioningField]
        | Output[Sequence[ZImageConditioningField]]
        | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[EnumField] | None = "euler",
        seed: int | Output[int] | None = 0,
        shift: float | Output[float] | None = None,
        steps: int | Output[int] | None = 8,
        transformer: Output[TransformerField] | None = None,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            control=control,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            latents=latents,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            seed=seed,
            shift=shift,
            steps=steps,
            transformer=transformer,
            vae=vae,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class ZImageDenoiseMetaInvocation(Node):
    """Denoise - Z-Image + Metadata (z_image_denoise_meta; metadata, stable).

    Run denoising process with a Z-Image transformer model + metadata.

    Args:
        add_noise: Add noise based on denoising start.
        control: Z-Image control conditioning for spatial control (Canny, HED, Depth, Pose, MLSD). Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
        guidance_scale: Guidance scale for classifier-free guidance. 1.0 = no CFG (recommended for Z-Image-Turbo). Values > 1.0 amplify guidance. (>= 1.0)
        height: Height of the generated image. (a multiple of 16)
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_conditioning: Negative conditioning tensor Connection only.
        noise: Noise tensor Connection only.
        positive_conditioning: Positive conditioning tensor Connection only.
        scheduler: Scheduler (sampler) for the denoising process. Euler is the default and recommended. Heun is 2nd-order (better quality, 2x slower). LCM works with Turbo only (not Base). Choices: 'euler': Euler, 'heun': Heun (2nd order), 'lcm': LCM.
        seed: Randomness seed for reproducibility.
        shift: Override the timestep shift (mu) for the sigma schedule. Leave blank to auto-calculate based on image dimensions (recommended). Lower values (~0.5) produce less noise shifting, higher values (~1.15) produce more. (>= 0.0)
        steps: Number of denoising steps. 8 recommended for Z-Image-Turbo. (> 0)
        transformer: Z-Image model (Transformer) to load Connection only.
        vae: VAE Required for control conditioning. Connection only.
        width: Width of the generated image. (a multiple of 16)

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        metadata: Metadata Dict
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "z_image_denoise_meta"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("add_noise", "BooleanField"),
        field("control", "ZImageControlField", input="connection"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
        field("guidance_scale", "FloatField", minimum=1.0),
        field("height", "IntegerField", multiple_of=16),
        field("latents", "LatentsField", input="connection"),
        field("metadata", "MetadataField", input="connection", internal=True),
        field(
            "negative_conditioning", "ZImageConditioningField", input="connection", cardinality="SINGLE_OR_COLLECTION"
        ),
        field("noise", "LatentsField", input="connection"),
        field(
            "positive_conditioning",
            "ZImageConditioningField",
            input="connection",
            cardinality="SINGLE_OR_COLLECTION",
            required=True,
        ),
        field("scheduler", "EnumField", options=("euler", "heun", "lcm")),
        field("seed", "IntegerField"),
        field("shift", "FloatField", minimum=0.0),
        field("steps", "IntegerField", exclusive_minimum=0),
        field("transformer", "TransformerField", input="connection", required=True),
        field("vae", "VAEField", input="connection"),
        field("width", "IntegerField", multiple_of=16),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "metadata": ("MetadataField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        add_noise: bool | Output[bool] | None = True,
        control: Output[ZImageControlField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_end: float | Output[float] | None = 1.0,
        denoising_start: float | Output[float] | None = 0.0,
        guidance_scale: float | Output[float] | None = 1.0,
        height: int | Output[int] | None = 1024,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        negative_conditioning: Output[ZImageConditioningField]
        | Output[Sequence[ZImageConditioningField]]
        | None = None,
        noise: Output[LatentsField] | None = None,
        positive_conditioning: Output[ZImageConditioningField]
        | Output[Sequence[ZImageConditioningField]]
        | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[EnumField] | None = "euler",
        seed: int | Output[int] | None = 0,
        shift: float | Output[float] | None = None,
        steps: int | Output[int] | None = 8,
        transformer: Output[TransformerField] | None = None,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] | None = 1024,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            add_noise=add_noise,
            control=control,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            seed=seed,
            shift=shift,
            steps=steps,
            transformer=transformer,
            vae=vae,
            width=width,
        )

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def metadata(self) -> Output[MetadataField]:
        """Metadata Dict"""
        return Output(self, "metadata")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class ZImageImageToLatentsInvocation(Node):
    """Image to Latents - Z-Image (z_image_i2l; latents, prototype).

    Generates latents from an image using Z-Image VAE (supports both Diffusers and FLUX VAE).

    Args:
        board: The board to save the image to Value only (no connection).
        image: The image to encode.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: Height of output (px)
        latents: Latents tensor
        width: Width of output (px)
    """

    __slots__ = ()
    TYPE = "z_image_i2l"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("image", "ImageField", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "latents": ("LatentsField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        image: ImageValue | Output[ImageField] | None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, board=board, image=image, metadata=metadata, vae=vae)

    @property
    def height(self) -> Output[int]:
        """Height of output (px)"""
        return Output(self, "height")

    @property
    def latents(self) -> Output[LatentsField]:
        """Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Width of output (px)"""
        return Output(self, "width")


class ZImageLatentsToImageInvocation(Node):
    """Latents to Image - Z-Image (z_image_l2i; latents, prototype).

    Generates an image from latents using Z-Image VAE (supports both Diffusers and FLUX VAE).

    Args:
        board: The board to save the image to Value only (no connection).
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        vae: VAE Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "z_image_l2i"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("vae", "VAEField", input="connection", required=True),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, board=board, latents=latents, metadata=metadata, vae=vae
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ZImageLoRACollectionLoader(Node):
    """Apply LoRA Collection - Z-Image (z_image_lora_collection_loader; model, stable).

    Applies a collection of LoRAs to a Z-Image transformer.

    Args:
        loras: LoRA models and weights. May be a single LoRA or collection. Model base ['z-image'], type ['lora'].
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "z_image_lora_collection_loader"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION", model_base=("z-image",), model_type=("lora",)),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
    )
    OUTPUTS = {"qwen3_encoder": ("Qwen3EncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[Sequence[LoRAField]]
        | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id, label, is_intermediate, use_cache, loras=loras, qwen3_encoder=qwen3_encoder, transformer=transformer
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class ZImageLoRALoaderInvocation(Node):
    """Apply LoRA - Z-Image (z_image_lora_loader; model, stable).

    Apply a LoRA model to a Z-Image transformer and/or Qwen3 text encoder.

    Args:
        lora: LoRA model to load Model base ['z-image'], type ['lora'].
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.
        weight: The weight at which the LoRA is applied to each model

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "z_image_lora_loader"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("lora", "ModelIdentifierField", required=True, model_base=("z-image",), model_type=("lora",)),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection"),
        field("transformer", "TransformerField", input="connection"),
        field("weight", "FloatField"),
    )
    OUTPUTS = {"qwen3_encoder": ("Qwen3EncoderField", "SINGLE"), "transformer": ("TransformerField", "SINGLE")}

    def __init__(
        self,
        *,
        lora: ModelValue | Output[ModelIdentifierField] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        transformer: Output[TransformerField] | None = None,
        weight: float | Output[float] | None = 0.75,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            lora=lora,
            qwen3_encoder=qwen3_encoder,
            transformer=transformer,
            weight=weight,
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")


class ZImageModelLoaderInvocation(Node):
    """Main Model - Z-Image (z_image_model_loader; model, prototype).

    Loads a Z-Image model, outputting its submodels. Similar to FLUX, you can mix and match components: - Transformer: From Z-Image main model (GGUF quantized or Diffusers format) - VAE: Separate FLUX VAE (shared with FLUX models) or from a Diffusers Z-Image model - Qwen3 Encoder: Separate Qwen3Encoder model or from a Diffusers Z-Image model

    Args:
        model: Z-Image model (Transformer) to load Value only (no connection). Model base ['z-image'], type ['main'].
        qwen3_encoder_model: Standalone Qwen3 Encoder model. If not provided, encoder will be loaded from the Qwen3 Source model. Value only (no connection). Model base [], type ['qwen3_encoder'].
        qwen3_source_model: Z-Image pipeline model to extract VAE and/or Qwen3 encoder from. Use this if you don't have separate VAE/Qwen3 models. Ignored if both VAE and Qwen3 Encoder are provided separately. Value only (no connection). Model base ['z-image'], type ['main'].
        vae_model: Standalone VAE model. Z-Image uses the same VAE as FLUX (16-channel). If not provided, VAE will be loaded from the Qwen3 Source model. Value only (no connection). Model base ['flux'], type ['vae'].

    Outputs:
        qwen3_encoder: Qwen3 tokenizer and text encoder
        transformer: Transformer
        vae: VAE
    """

    __slots__ = ()
    TYPE = "z_image_model_loader"
    VERSION = "3.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field(
            "model",
            "ModelIdentifierField",
            input="direct",
            required=True,
            model_base=("z-image",),
            model_type=("main",),
        ),
        field("qwen3_encoder_model", "ModelIdentifierField", input="direct", model_type=("qwen3_encoder",)),
        field(
            "qwen3_source_model", "ModelIdentifierField", input="direct", model_base=("z-image",), model_type=("main",)
        ),
        field("vae_model", "ModelIdentifierField", input="direct", model_base=("flux",), model_type=("vae",)),
    )
    OUTPUTS = {
        "qwen3_encoder": ("Qwen3EncoderField", "SINGLE"),
        "transformer": ("TransformerField", "SINGLE"),
        "vae": ("VAEField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        model: ModelValue | None,
        qwen3_encoder_model: ModelValue | None = None,
        qwen3_source_model: ModelValue | None = None,
        vae_model: ModelValue | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            model=model,
            qwen3_encoder_model=qwen3_encoder_model,
            qwen3_source_model=qwen3_source_model,
            vae_model=vae_model,
        )

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def transformer(self) -> Output[TransformerField]:
        """Transformer"""
        return Output(self, "transformer")

    @property
    def vae(self) -> Output[VAEField]:
        """VAE"""
        return Output(self, "vae")


class ZImagePiDDecodeInvocation(Node):
    """Latents to Image - Z-Image + PiD (4x SR) (z_image_pid_decode; latents, prototype).

    Decode a Z-Image latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a single pass (Z-Image decoder is trained on FLUX.1 latents; ``sr_scale=4`` with the FLUX VAE's 8x spatial down-factor gives a 32x linear scale from latent to pixel).

    Args:
        board: The board to save the image to Value only (no connection).
        gemma2_encoder: Gemma-2 caption encoder. Required by PiD. Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for 4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps. (>= 1, <= 4)
        pid_decoder: PiD FLUX decoder checkpoint. Connection only.
        prompt: Text prompt the latent was generated from. PiD conditions on it.
        seed: Seed for the PiD decoder's noise.
        vae: Z-Image VAE used to read scaling_factor / shift_factor. If omitted, the FLUX.1 fallback constants (0.3611 / 0.1159) are used. Connection only.

    Outputs:
        height: The height of the image in pixels
        image: The output image
        width: The width of the image in pixels
    """

    __slots__ = ()
    TYPE = "z_image_pid_decode"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("board", "BoardField", input="direct", internal=True),
        field("gemma2_encoder", "Gemma2EncoderField", input="connection", required=True),
        field("latents", "LatentsField", input="connection", required=True),
        field("metadata", "MetadataField", input="connection", internal=True),
        field("num_inference_steps", "IntegerField", minimum=1, maximum=4),
        field("pid_decoder", "PiDDecoderField", input="connection", required=True),
        field("prompt", "StringField", required=True),
        field("seed", "IntegerField"),
        field("vae", "VAEField", input="connection"),
    )
    OUTPUTS = {
        "height": ("IntegerField", "SINGLE"),
        "image": ("ImageField", "SINGLE"),
        "width": ("IntegerField", "SINGLE"),
    }

    def __init__(
        self,
        *,
        board: BoardValue | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        latents: Output[LatentsField] | None = None,
        metadata: Output[MetadataField] | None = None,
        num_inference_steps: int | Output[int] | None = 4,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        seed: int | Output[int] | None = 0,
        vae: Output[VAEField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            board=board,
            gemma2_encoder=gemma2_encoder,
            latents=latents,
            metadata=metadata,
            num_inference_steps=num_inference_steps,
            pid_decoder=pid_decoder,
            prompt=prompt,
            seed=seed,
            vae=vae,
        )

    @property
    def height(self) -> Output[int]:
        """The height of the image in pixels"""
        return Output(self, "height")

    @property
    def image(self) -> Output[ImageField]:
        """The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """The width of the image in pixels"""
        return Output(self, "width")


class ZImageSeedVarianceEnhancerInvocation(Node):
    """Seed Variance Enhancer - Z-Image (z_image_seed_variance_enhancer; prompt, prototype).

    Adds seed-based noise to Z-Image conditioning to increase variance between seeds. Z-Image-Turbo can produce relatively similar images with different seeds, making it harder to explore variations of a prompt. This node implements reproducible, seed-based noise injection into text embeddings to increase visual variation while maintaining reproducibility. The noise strength is auto-calibrated relative to the embedding's standard deviation, ensuring consistent results across different prompts.

    Args:
        conditioning: Conditioning tensor Connection only.
        randomize_percent: Percentage of embedding values to add noise to (1-100). Lower values create more selective noise patterns. (>= 1.0, <= 100.0)
        seed: Seed for reproducible noise generation. Different seeds produce different noise patterns. (>= 0)
        strength: Noise strength as multiplier of embedding std. 0=off, 0.1=subtle, 0.5=strong. (>= 0.0, <= 2.0)

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "z_image_seed_variance_enhancer"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("conditioning", "ZImageConditioningField", input="connection", required=True),
        field("randomize_percent", "FloatField", minimum=1.0, maximum=100.0),
        field("seed", "IntegerField", minimum=0),
        field("strength", "FloatField", minimum=0.0, maximum=2.0),
    )
    OUTPUTS = {"conditioning": ("ZImageConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        conditioning: Output[ZImageConditioningField] | None = None,
        randomize_percent: float | Output[float] | None = 50.0,
        seed: int | Output[int] | None = 0,
        strength: float | Output[float] | None = 0.1,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(
            id,
            label,
            is_intermediate,
            use_cache,
            conditioning=conditioning,
            randomize_percent=randomize_percent,
            seed=seed,
            strength=strength,
        )

    @property
    def conditioning(self) -> Output[ZImageConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


class ZImageTextEncoderInvocation(Node):
    """Prompt - Z-Image (z_image_text_encoder; prompt, prototype).

    Encodes and preps a prompt for a Z-Image image. Supports regional prompting by connecting a mask input.

    Args:
        mask: A mask defining the region that this conditioning prompt applies to.
        prompt: Text prompt to encode.
        qwen3_encoder: Qwen3 tokenizer and text encoder Connection only.

    Outputs:
        conditioning: Conditioning tensor
    """

    __slots__ = ()
    TYPE = "z_image_text_encoder"
    VERSION = "1.1.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("mask", "TensorField"),
        field("prompt", "StringField", required=True),
        field("qwen3_encoder", "Qwen3EncoderField", input="connection", required=True),
    )
    OUTPUTS = {"conditioning": ("ZImageConditioningField", "SINGLE")}

    def __init__(
        self,
        *,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        prompt: str | Output[str] | Output[float] | None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, mask=mask, prompt=prompt, qwen3_encoder=qwen3_encoder)

    @property
    def conditioning(self) -> Output[ZImageConditioningField]:
        """Conditioning tensor"""
        return Output(self, "conditioning")


#: node type -> its class
NODE_CLASSES: dict[str, type[Node]] = {
    "add": AddInvocation,
    "alibabacloud_image_generation": AlibabaCloudImageGenerationInvocation,
    "alpha_mask_to_tensor": AlphaMaskToTensorInvocation,
    "anima_denoise": AnimaDenoiseInvocation,
    "anima_denoise_meta": AnimaDenoiseMetaInvocation,
    "anima_i2l": AnimaImageToLatentsInvocation,
    "anima_l2i": AnimaLatentsToImageInvocation,
    "anima_lllite": AnimaLLLiteInvocation,
    "anima_lora_collection_loader": AnimaLoRACollectionLoader,
    "anima_lora_loader": AnimaLoRALoaderInvocation,
    "anima_model_loader": AnimaModelLoaderInvocation,
    "anima_text_encoder": AnimaTextEncoderInvocation,
    "apply_mask_to_image": ApplyMaskToImageInvocation,
    "apply_tensor_mask_to_image": ApplyMaskTensorToImageInvocation,
    "blank_image": BlankImageInvocation,
    "boolean": BooleanInvocation,
    "boolean_collection": BooleanCollectionInvocation,
    "bounding_box": BoundingBoxInvocation,
    "calculate_image_tiles": CalculateImageTilesInvocation,
    "calculate_image_tiles_even_split": CalculateImageTilesEvenSplitInvocation,
    "calculate_image_tiles_min_overlap": CalculateImageTilesMinimumOverlapInvocation,
    "call_saved_workflow": CallSavedWorkflowInvocation,
    "canny_edge_detection": CannyEdgeDetectionInvocation,
    "canvas_output": CanvasOutputInvocation,
    "canvas_paste_back": CanvasPasteBackInvocation,
    "canvas_v2_mask_and_crop": CanvasV2MaskAndCropInvocation,
    "clip_skip": CLIPSkipInvocation,
    "cogview4_denoise": CogView4DenoiseInvocation,
    "cogview4_i2l": CogView4ImageToLatentsInvocation,
    "cogview4_l2i": CogView4LatentsToImageInvocation,
    "cogview4_model_loader": CogView4ModelLoaderInvocation,
    "cogview4_text_encoder": CogView4TextEncoderInvocation,
    "collect": CollectInvocation,
    "color": ColorInvocation,
    "color_correct": ColorCorrectInvocation,
    "color_map": ColorMapInvocation,
    "compel": CompelInvocation,
    "conditioning": ConditioningInvocation,
    "conditioning_collection": ConditioningCollectionInvocation,
    "content_shuffle": ContentShuffleInvocation,
    "controlnet": ControlNetInvocation,
    "core_metadata": CoreMetadataInvocation,
    "create_denoise_mask": CreateDenoiseMaskInvocation,
    "create_gradient_mask": CreateGradientMaskInvocation,
    "crop_image_to_bounding_box": CropImageToBoundingBoxInvocation,
    "crop_latents": CropLatentsCoreInvocation,
    "cv_inpaint": CvInpaintInvocation,
    "decode_watermark": DecodeInvisibleWatermarkInvocation,
    "denoise_latents": DenoiseLatentsInvocation,
    "denoise_latents_meta": DenoiseLatentsMetaInvocation,
    "depth_anything_depth_estimation": DepthAnythingDepthEstimationInvocation,
    "div": DivideInvocation,
    "dw_openpose_detection": DWOpenposeDetectionInvocation,
    "dynamic_prompt": DynamicPromptInvocation,
    "ernie_image_denoise": ErnieImageDenoiseInvocation,
    "ernie_image_model_loader": ErnieImageModelLoaderInvocation,
    "ernie_image_prompt_enhancer": ErnieImagePromptEnhancerInvocation,
    "ernie_image_text_encoder": ErnieImageTextEncoderInvocation,
    "ernie_image_vae_decode": ErnieImageVaeDecodeInvocation,
    "esrgan": ESRGANInvocation,
    "expand_mask_with_fade": ExpandMaskWithFadeInvocation,
    "extract_video_range": ExtractVideoRangeInvocation,
    "face_identifier": FaceIdentifierInvocation,
    "face_mask_detection": FaceMaskInvocation,
    "face_off": FaceOffInvocation,
    "float": FloatInvocation,
    "float_batch": FloatBatchInvocation,
    "float_collection": FloatCollectionInvocation,
    "float_generator": FloatGenerator,
    "float_math": FloatMathInvocation,
    "float_range": FloatLinearRangeInvocation,
    "float_to_int": FloatToIntegerInvocation,
    "flux2_denoise": Flux2DenoiseInvocation,
    "flux2_dev_lora_collection_loader": Flux2DevLoRACollectionLoader,
    "flux2_dev_lora_loader": Flux2DevLoRALoaderInvocation,
    "flux2_dev_model_loader": Flux2DevModelLoaderInvocation,
    "flux2_dev_text_encoder": Flux2DevTextEncoderInvocation,
    "flux2_klein_lora_collection_loader": Flux2KleinLoRACollectionLoader,
    "flux2_klein_lora_loader": Flux2KleinLoRALoaderInvocation,
    "flux2_klein_model_loader": Flux2KleinModelLoaderInvocation,
    "flux2_klein_text_encoder": Flux2KleinTextEncoderInvocation,
    "flux2_pid_decode": Flux2PiDDecodeInvocation,
    "flux2_vae_decode": Flux2VaeDecodeInvocation,
    "flux2_vae_encode": Flux2VaeEncodeInvocation,
    "flux_control_lora_loader": FluxControlLoRALoaderInvocation,
    "flux_controlnet": FluxControlNetInvocation,
    "flux_denoise": FluxDenoiseInvocation,
    "flux_denoise_meta": FluxDenoiseLatentsMetaInvocation,
    "flux_fill": FluxFillInvocation,
    "flux_ip_adapter": FluxIPAdapterInvocation,
    "flux_kontext": FluxKontextInvocation,
    "flux_kontext_image_prep": FluxKontextConcatenateImagesInvocation,
    "flux_lora_collection_loader": FLUXLoRACollectionLoader,
    "flux_lora_loader": FluxLoRALoaderInvocation,
    "flux_model_loader": FluxModelLoaderInvocation,
    "flux_pid_decode": FluxPiDDecodeInvocation,
    "flux_redux": FluxReduxInvocation,
    "flux_text_encoder": FluxTextEncoderInvocation,
    "flux_vae_decode": FluxVaeDecodeInvocation,
    "flux_vae_encode": FluxVaeEncodeInvocation,
    "freeu": FreeUInvocation,
    "gemini_image_generation": GeminiImageGenerationInvocation,
    "gemma2_encoder_loader": Gemma2EncoderLoaderInvocation,
    "get_image_mask_bounding_box": GetMaskBoundingBoxInvocation,
    "grounding_dino": GroundingDinoInvocation,
    "hed_edge_detection": HEDEdgeDetectionInvocation,
    "heuristic_resize": HeuristicResizeInvocation,
    "i2l": ImageToLatentsInvocation,
    "ideal_size": IdealSizeInvocation,
    "ideogram4_caption_builder": Ideogram4CaptionBuilderInvocation,
    "ideogram4_denoise": Ideogram4DenoiseInvocation,
    "ideogram4_l2i": Ideogram4LatentsToImageInvocation,
    "ideogram4_model_loader": Ideogram4ModelLoaderInvocation,
    "ideogram4_text_encoder": Ideogram4TextEncoderInvocation,
    "if": IfInvocation,
    "image": ImageInvocation,
    "image_batch": ImageBatchInvocation,
    "image_collection": ImageCollectionInvocation,
    "image_generator": ImageGenerator,
    "image_mask_to_tensor": ImageMaskToTensorInvocation,
    "image_panel_layout": ImagePanelLayoutInvocation,
    "img_blur": ImageBlurInvocation,
    "img_chan": ImageChannelInvocation,
    "img_channel_multiply": ImageChannelMultiplyInvocation,
    "img_channel_offset": ImageChannelOffsetInvocation,
    "img_conv": ImageConvertInvocation,
    "img_crop": ImageCropInvocation,
    "img_hue_adjust": ImageHueAdjustmentInvocation,
    "img_hue_adjust_oklch": OklchImageHueAdjustmentInvocation,
    "img_ilerp": ImageInverseLerpInvocation,
    "img_lerp": ImageLerpInvocation,
    "img_mul": ImageMultiplyInvocation,
    "img_noise": ImageNoiseInvocation,
    "img_nsfw": ImageNSFWBlurInvocation,
    "img_pad_crop": CenterPadCropInvocation,
    "img_paste": ImagePasteInvocation,
    "img_resize": ImageResizeInvocation,
    "img_scale": ImageScaleInvocation,
    "img_watermark": ImageWatermarkInvocation,
    "infill_cv2": CV2InfillInvocation,
    "infill_lama": LaMaInfillInvocation,
    "infill_patchmatch": InfillPatchMatchInvocation,
    "infill_rgba": InfillColorInvocation,
    "infill_tile": InfillTileInvocation,
    "integer": IntegerInvocation,
    "integer_batch": IntegerBatchInvocation,
    "integer_collection": IntegerCollectionInvocation,
    "integer_generator": IntegerGenerator,
    "integer_math": IntegerMathInvocation,
    "invert_tensor_mask": InvertTensorMaskInvocation,
    "invokeai_ealightness": InvokeEquivalentAchromaticLightnessInvocation,
    "invokeai_img_blend": InvokeImageBlendInvocation,
    "invokeai_img_composite": InvokeImageCompositorInvocation,
    "invokeai_img_dilate_erode": InvokeImageDilateOrErodeInvocation,
    "invokeai_img_enhance": InvokeImageEnhanceInvocation,
    "invokeai_img_hue_adjust_plus": InvokeAdjustImageHuePlusInvocation,
    "invokeai_img_val_thresholds": InvokeImageValueThresholdsInvocation,
    "ip_adapter": IPAdapterInvocation,
    "iterate": IterateInvocation,
    "krea2_conditioning_rebalance": Krea2ConditioningRebalanceInvocation,
    "krea2_denoise": Krea2DenoiseInvocation,
    "krea2_lora_collection_loader": Krea2LoRACollectionLoader,
    "krea2_lora_loader": Krea2LoRALoaderInvocation,
    "krea2_model_loader": Krea2ModelLoaderInvocation,
    "krea2_seed_variance": Krea2SeedVarianceInvocation,
    "krea2_style_reference": Krea2StyleReferenceInvocation,
    "krea2_text_encoder": Krea2TextEncoderInvocation,
    "l2i": LatentsToImageInvocation,
    "latents": LatentsInvocation,
    "latents_collection": LatentsCollectionInvocation,
    "lblend": BlendLatentsInvocation,
    "lineart_anime_edge_detection": LineartAnimeEdgeDetectionInvocation,
    "lineart_edge_detection": LineartEdgeDetectionInvocation,
    "llava_onevision_vllm": LlavaOnevisionVllmInvocation,
    "lora_collection_loader": LoRACollectionLoader,
    "lora_loader": LoRALoaderInvocation,
    "lora_selector": LoRASelectorInvocation,
    "lresize": ResizeLatentsInvocation,
    "lscale": ScaleLatentsInvocation,
    "main_model_loader": MainModelLoaderInvocation,
    "mask_combine": MaskCombineInvocation,
    "mask_edge": MaskEdgeInvocation,
    "mask_from_id": MaskFromIDInvocation,
    "mediapipe_face_detection": MediaPipeFaceDetectionInvocation,
    "merge_metadata": MergeMetadataInvocation,
    "merge_tiles_to_image": MergeTilesToImageInvocation,
    "metadata": MetadataInvocation,
    "metadata_field_extractor": MetadataFieldExtractorInvocation,
    "metadata_from_image": MetadataFromImageInvocation,
    "metadata_item": MetadataItemInvocation,
    "metadata_item_linked": MetadataItemLinkedInvocation,
    "metadata_to_bool": MetadataToBoolInvocation,
    "metadata_to_bool_collection": MetadataToBoolCollectionInvocation,
    "metadata_to_controlnets": MetadataToControlnetsInvocation,
    "metadata_to_float": MetadataToFloatInvocation,
    "metadata_to_float_collection": MetadataToFloatCollectionInvocation,
    "metadata_to_integer": MetadataToIntegerInvocation,
    "metadata_to_integer_collection": MetadataToIntegerCollectionInvocation,
    "metadata_to_ip_adapters": MetadataToIPAdaptersInvocation,
    "metadata_to_lora_collection": MetadataToLorasCollectionInvocation,
    "metadata_to_loras": MetadataToLorasInvocation,
    "metadata_to_model": MetadataToModelInvocation,
    "metadata_to_scheduler": MetadataToSchedulerInvocation,
    "metadata_to_sdlx_loras": MetadataToSDXLLorasInvocation,
    "metadata_to_sdxl_model": MetadataToSDXLModelInvocation,
    "metadata_to_string": MetadataToStringInvocation,
    "metadata_to_string_collection": MetadataToStringCollectionInvocation,
    "metadata_to_t2i_adapters": MetadataToT2IAdaptersInvocation,
    "metadata_to_vae": MetadataToVAEInvocation,
    "mlsd_detection": MLSDDetectionInvocation,
    "model_identifier": ModelIdentifierInvocation,
    "mul": MultiplyInvocation,
    "noise": NoiseInvocation,
    "normal_map": NormalMapInvocation,
    "openai_image_generation": OpenAIImageGenerationInvocation,
    "pair_tile_image": PairTileImageInvocation,
    "paste_image_into_bounding_box": PasteImageIntoBoundingBoxInvocation,
    "pbr_maps": PBRMapsInvocation,
    "pid_decoder_loader": PiDDecoderLoaderInvocation,
    "pid_upscale": PiDUpscaleInvocation,
    "pidi_edge_detection": PiDiNetEdgeDetectionInvocation,
    "prompt_from_file": PromptsFromFileInvocation,
    "prompt_template": PromptTemplateInvocation,
    "qwen_image_denoise": QwenImageDenoiseInvocation,
    "qwen_image_i2l": QwenImageImageToLatentsInvocation,
    "qwen_image_l2i": QwenImageLatentsToImageInvocation,
    "qwen_image_lora_collection_loader": QwenImageLoRACollectionLoader,
    "qwen_image_lora_loader": QwenImageLoRALoaderInvocation,
    "qwen_image_model_loader": QwenImageModelLoaderInvocation,
    "qwen_image_pid_decode": QwenImagePiDDecodeInvocation,
    "qwen_image_text_encoder": QwenImageTextEncoderInvocation,
    "rand_float": RandomFloatInvocation,
    "rand_int": RandomIntInvocation,
    "random_range": RandomRangeInvocation,
    "range": RangeInvocation,
    "range_of_size": RangeOfSizeInvocation,
    "rectangle_mask": RectangleMaskInvocation,
    "round_float": RoundInvocation,
    "save_image": SaveImageInvocation,
    "save_image_to_file": SaveImageToFileInvocation,
    "scheduler": SchedulerInvocation,
    "sd3_denoise": SD3DenoiseInvocation,
    "sd3_i2l": SD3ImageToLatentsInvocation,
    "sd3_l2i": SD3LatentsToImageInvocation,
    "sd3_model_loader": Sd3ModelLoaderInvocation,
    "sd3_pid_decode": SD3PiDDecodeInvocation,
    "sd3_text_encoder": Sd3TextEncoderInvocation,
    "sdxl_compel_prompt": SDXLCompelPromptInvocation,
    "sdxl_lora_collection_loader": SDXLLoRACollectionLoader,
    "sdxl_lora_loader": SDXLLoRALoaderInvocation,
    "sdxl_model_loader": SDXLModelLoaderInvocation,
    "sdxl_pid_decode": SDXLPiDDecodeInvocation,
    "sdxl_refiner_compel_prompt": SDXLRefinerCompelPromptInvocation,
    "sdxl_refiner_model_loader": SDXLRefinerModelLoaderInvocation,
    "seamless": SeamlessModeInvocation,
    "seedream_image_generation": SeedreamImageGenerationInvocation,
    "segment_anything": SegmentAnythingInvocation,
    "show_image": ShowImageInvocation,
    "spandrel_image_to_image": SpandrelImageToImageInvocation,
    "spandrel_image_to_image_autoscale": SpandrelImageToImageAutoscaleInvocation,
    "string": StringInvocation,
    "string_batch": StringBatchInvocation,
    "string_collection": StringCollectionInvocation,
    "string_generator": StringGenerator,
    "string_join": StringJoinInvocation,
    "string_join_three": StringJoinThreeInvocation,
    "string_replace": StringReplaceInvocation,
    "string_split": StringSplitInvocation,
    "string_split_neg": StringSplitNegInvocation,
    "sub": SubtractInvocation,
    "t2i_adapter": T2IAdapterInvocation,
    "tensor_mask_to_image": MaskTensorToImageInvocation,
    "text_llm": TextLLMInvocation,
    "text_llm_with_preset": TextLLMWithPresetInvocation,
    "tile_to_properties": TileToPropertiesInvocation,
    "tiled_multi_diffusion_denoise_latents": TiledMultiDiffusionDenoiseLatents,
    "tomask": MaskFromAlphaInvocation,
    "unsharp_mask": UnsharpMaskInvocation,
    "unsharp_mask_oklab": OklabUnsharpMaskInvocation,
    "vae_loader": VAELoaderInvocation,
    "video": VideoInvocation,
    "video_concat": VideoConcatInvocation,
    "video_frame_extract": VideoFrameExtractInvocation,
    "wan_denoise": WanDenoiseInvocation,
    "wan_i2l": WanImageToLatentsInvocation,
    "wan_i2v_ideal_dimensions": WanI2VIdealDimensionsInvocation,
    "wan_l2i": WanLatentsToImageInvocation,
    "wan_l2v": WanLatentsToVideoInvocation,
    "wan_lora_collection_loader": WanLoRACollectionLoader,
    "wan_lora_loader": WanLoRALoaderInvocation,
    "wan_model_loader": WanModelLoaderInvocation,
    "wan_ref_image_encoder": WanRefImageEncoderInvocation,
    "wan_text_encoder": WanTextEncoderInvocation,
    "wan_ti2v_ideal_dimensions": WanTI2VIdealDimensionsInvocation,
    "wan_video_denoise": WanVideoDenoiseInvocation,
    "workflow_return": WorkflowReturnInvocation,
    "workflow_return_get": WorkflowReturnGetInvocation,
    "workflow_return_value": WorkflowReturnValueInvocation,
    "z_image_control": ZImageControlInvocation,
    "z_image_denoise": ZImageDenoiseInvocation,
    "z_image_denoise_meta": ZImageDenoiseMetaInvocation,
    "z_image_i2l": ZImageImageToLatentsInvocation,
    "z_image_l2i": ZImageLatentsToImageInvocation,
    "z_image_lora_collection_loader": ZImageLoRACollectionLoader,
    "z_image_lora_loader": ZImageLoRALoaderInvocation,
    "z_image_model_loader": ZImageModelLoaderInvocation,
    "z_image_pid_decode": ZImagePiDDecodeInvocation,
    "z_image_seed_variance_enhancer": ZImageSeedVarianceEnhancerInvocation,
    "z_image_text_encoder": ZImageTextEncoderInvocation,
}

__all__ = [
    "AddInvocation",
    "AlibabaCloudImageGenerationInvocation",
    "AlphaMaskToTensorInvocation",
    "AnimaConditioningField",
    "AnimaDenoiseInvocation",
    "AnimaDenoiseMetaInvocation",
    "AnimaImageToLatentsInvocation",
    "AnimaLLLiteField",
    "AnimaLLLiteInvocation",
    "AnimaLatentsToImageInvocation",
    "AnimaLoRACollectionLoader",
    "AnimaLoRALoaderInvocation",
    "AnimaModelLoaderInvocation",
    "AnimaTextEncoderInvocation",
    "ApplyMaskTensorToImageInvocation",
    "ApplyMaskToImageInvocation",
    "BlankImageInvocation",
    "BlendLatentsInvocation",
    "BoardField",
    "BooleanCollectionInvocation",
    "BooleanInvocation",
    "BoundingBoxField",
    "BoundingBoxInvocation",
    "CLIPField",
    "CLIPSkipInvocation",
    "CV2InfillInvocation",
    "CalculateImageTilesEvenSplitInvocation",
    "CalculateImageTilesInvocation",
    "CalculateImageTilesMinimumOverlapInvocation",
    "CallSavedWorkflowInvocation",
    "CannyEdgeDetectionInvocation",
    "CanvasOutputInvocation",
    "CanvasPasteBackInvocation",
    "CanvasV2MaskAndCropInvocation",
    "CenterPadCropInvocation",
    "CogView4ConditioningField",
    "CogView4DenoiseInvocation",
    "CogView4ImageToLatentsInvocation",
    "CogView4LatentsToImageInvocation",
    "CogView4ModelLoaderInvocation",
    "CogView4TextEncoderInvocation",
    "CollectInvocation",
    "ColorCorrectInvocation",
    "ColorField",
    "ColorInvocation",
    "ColorMapInvocation",
    "CompelInvocation",
    "ConditioningCollectionInvocation",
    "ConditioningField",
    "ConditioningInvocation",
    "ContentShuffleInvocation",
    "ControlField",
    "ControlLoRAField",
    "ControlNetInvocation",
    "ControlNetMetadataField",
    "CoreMetadataInvocation",
    "CreateDenoiseMaskInvocation",
    "CreateGradientMaskInvocation",
    "CropImageToBoundingBoxInvocation",
    "CropLatentsCoreInvocation",
    "CvInpaintInvocation",
    "DWOpenposeDetectionInvocation",
    "DecodeInvisibleWatermarkInvocation",
    "DenoiseLatentsInvocation",
    "DenoiseLatentsMetaInvocation",
    "DenoiseMaskField",
    "DepthAnythingDepthEstimationInvocation",
    "DivideInvocation",
    "DynamicPromptInvocation",
    "ESRGANInvocation",
    "EnumField",
    "ErnieImageConditioningField",
    "ErnieImageDenoiseInvocation",
    "ErnieImageModelLoaderInvocation",
    "ErnieImagePromptEnhancerInvocation",
    "ErnieImageTextEncoderInvocation",
    "ErnieImageVaeDecodeInvocation",
    "ExpandMaskWithFadeInvocation",
    "ExtractVideoRangeInvocation",
    "FLUXLoRACollectionLoader",
    "FaceIdentifierInvocation",
    "FaceMaskInvocation",
    "FaceOffInvocation",
    "FloatBatchInvocation",
    "FloatCollectionInvocation",
    "FloatGenerator",
    "FloatGeneratorField",
    "FloatInvocation",
    "FloatLinearRangeInvocation",
    "FloatMathInvocation",
    "FloatToIntegerInvocation",
    "Flux2DenoiseInvocation",
    "Flux2DevLoRACollectionLoader",
    "Flux2DevLoRALoaderInvocation",
    "Flux2DevModelLoaderInvocation",
    "Flux2DevTextEncoderInvocation",
    "Flux2KleinLoRACollectionLoader",
    "Flux2KleinLoRALoaderInvocation",
    "Flux2KleinModelLoaderInvocation",
    "Flux2KleinTextEncoderInvocation",
    "Flux2PiDDecodeInvocation",
    "Flux2VaeDecodeInvocation",
    "Flux2VaeEncodeInvocation",
    "FluxConditioningField",
    "FluxControlLoRALoaderInvocation",
    "FluxControlNetField",
    "FluxControlNetInvocation",
    "FluxDenoiseInvocation",
    "FluxDenoiseLatentsMetaInvocation",
    "FluxFillConditioningField",
    "FluxFillInvocation",
    "FluxIPAdapterInvocation",
    "FluxKontextConcatenateImagesInvocation",
    "FluxKontextConditioningField",
    "FluxKontextInvocation",
    "FluxLoRALoaderInvocation",
    "FluxModelLoaderInvocation",
    "FluxPiDDecodeInvocation",
    "FluxReduxConditioningField",
    "FluxReduxInvocation",
    "FluxTextEncoderInvocation",
    "FluxVaeDecodeInvocation",
    "FluxVaeEncodeInvocation",
    "FreeUInvocation",
    "GeminiImageGenerationInvocation",
    "Gemma2EncoderField",
    "Gemma2EncoderLoaderInvocation",
    "GetMaskBoundingBoxInvocation",
    "GlmEncoderField",
    "GroundingDinoInvocation",
    "HEDEdgeDetectionInvocation",
    "HeuristicResizeInvocation",
    "IPAdapterField",
    "IPAdapterInvocation",
    "IPAdapterMetadataField",
    "IdealSizeInvocation",
    "Ideogram4CaptionBuilderInvocation",
    "Ideogram4ConditioningField",
    "Ideogram4DenoiseInvocation",
    "Ideogram4LatentsToImageInvocation",
    "Ideogram4ModelLoaderInvocation",
    "Ideogram4Region",
    "Ideogram4TextEncoderInvocation",
    "IfInvocation",
    "ImageBatchInvocation",
    "ImageBlurInvocation",
    "ImageChannelInvocation",
    "ImageChannelMultiplyInvocation",
    "ImageChannelOffsetInvocation",
    "ImageCollectionInvocation",
    "ImageConvertInvocation",
    "ImageCropInvocation",
    "ImageField",
    "ImageGenerator",
    "ImageGeneratorField",
    "ImageHueAdjustmentInvocation",
    "ImageInverseLerpInvocation",
    "ImageInvocation",
    "ImageLerpInvocation",
    "ImageMaskToTensorInvocation",
    "ImageMultiplyInvocation",
    "ImageNSFWBlurInvocation",
    "ImageNoiseInvocation",
    "ImagePanelLayoutInvocation",
    "ImagePasteInvocation",
    "ImageResizeInvocation",
    "ImageScaleInvocation",
    "ImageToLatentsInvocation",
    "ImageWatermarkInvocation",
    "InfillColorInvocation",
    "InfillPatchMatchInvocation",
    "InfillTileInvocation",
    "IntegerBatchInvocation",
    "IntegerCollectionInvocation",
    "IntegerGenerator",
    "IntegerGeneratorField",
    "IntegerInvocation",
    "IntegerMathInvocation",
    "InvertTensorMaskInvocation",
    "InvokeAdjustImageHuePlusInvocation",
    "InvokeEquivalentAchromaticLightnessInvocation",
    "InvokeImageBlendInvocation",
    "InvokeImageCompositorInvocation",
    "InvokeImageDilateOrErodeInvocation",
    "InvokeImageEnhanceInvocation",
    "InvokeImageValueThresholdsInvocation",
    "IterateInvocation",
    "Krea2ConditioningField",
    "Krea2ConditioningRebalanceInvocation",
    "Krea2DenoiseInvocation",
    "Krea2LoRACollectionLoader",
    "Krea2LoRALoaderInvocation",
    "Krea2ModelLoaderInvocation",
    "Krea2SeedVarianceInvocation",
    "Krea2StyleReferenceField",
    "Krea2StyleReferenceInvocation",
    "Krea2TextEncoderInvocation",
    "LaMaInfillInvocation",
    "LatentsCollectionInvocation",
    "LatentsField",
    "LatentsInvocation",
    "LatentsToImageInvocation",
    "LineartAnimeEdgeDetectionInvocation",
    "LineartEdgeDetectionInvocation",
    "LlavaOnevisionVllmInvocation",
    "LoRACollectionLoader",
    "LoRAField",
    "LoRALoaderInvocation",
    "LoRAMetadataField",
    "LoRASelectorInvocation",
    "MLSDDetectionInvocation",
    "MainModelLoaderInvocation",
    "MaskCombineInvocation",
    "MaskEdgeInvocation",
    "MaskFromAlphaInvocation",
    "MaskFromIDInvocation",
    "MaskTensorToImageInvocation",
    "MediaPipeFaceDetectionInvocation",
    "MergeMetadataInvocation",
    "MergeTilesToImageInvocation",
    "MetadataField",
    "MetadataFieldExtractorInvocation",
    "MetadataFromImageInvocation",
    "MetadataInvocation",
    "MetadataItemField",
    "MetadataItemInvocation",
    "MetadataItemLinkedInvocation",
    "MetadataToBoolCollectionInvocation",
    "MetadataToBoolInvocation",
    "MetadataToControlnetsInvocation",
    "MetadataToFloatCollectionInvocation",
    "MetadataToFloatInvocation",
    "MetadataToIPAdaptersInvocation",
    "MetadataToIntegerCollectionInvocation",
    "MetadataToIntegerInvocation",
    "MetadataToLorasCollectionInvocation",
    "MetadataToLorasInvocation",
    "MetadataToModelInvocation",
    "MetadataToSDXLLorasInvocation",
    "MetadataToSDXLModelInvocation",
    "MetadataToSchedulerInvocation",
    "MetadataToStringCollectionInvocation",
    "MetadataToStringInvocation",
    "MetadataToT2IAdaptersInvocation",
    "MetadataToVAEInvocation",
    "Mistral3EncoderField",
    "MistralEncoderField",
    "ModelIdentifierField",
    "ModelIdentifierInvocation",
    "MultiplyInvocation",
    "NODE_CLASSES",
    "NoiseInvocation",
    "NormalMapInvocation",
    "OklabUnsharpMaskInvocation",
    "OklchImageHueAdjustmentInvocation",
    "OpenAIImageGenerationInvocation",
    "PBRMapsInvocation",
    "PairTileImageInvocation",
    "PasteImageIntoBoundingBoxInvocation",
    "PiDDecoderField",
    "PiDDecoderLoaderInvocation",
    "PiDUpscaleInvocation",
    "PiDiNetEdgeDetectionInvocation",
    "PromptEnhancerField",
    "PromptTemplateInvocation",
    "PromptsFromFileInvocation",
    "Qwen3EncoderField",
    "Qwen3VLEncoderField",
    "QwenImageConditioningField",
    "QwenImageDenoiseInvocation",
    "QwenImageImageToLatentsInvocation",
    "QwenImageLatentsToImageInvocation",
    "QwenImageLoRACollectionLoader",
    "QwenImageLoRALoaderInvocation",
    "QwenImageModelLoaderInvocation",
    "QwenImagePiDDecodeInvocation",
    "QwenImageTextEncoderInvocation",
    "QwenVLEncoderField",
    "RandomFloatInvocation",
    "RandomIntInvocation",
    "RandomRangeInvocation",
    "RangeInvocation",
    "RangeOfSizeInvocation",
    "RectangleMaskInvocation",
    "ResizeLatentsInvocation",
    "RoundInvocation",
    "SAMPointsField",
    "SD3ConditioningField",
    "SD3DenoiseInvocation",
    "SD3ImageToLatentsInvocation",
    "SD3LatentsToImageInvocation",
    "SD3PiDDecodeInvocation",
    "SDXLCompelPromptInvocation",
    "SDXLLoRACollectionLoader",
    "SDXLLoRALoaderInvocation",
    "SDXLModelLoaderInvocation",
    "SDXLPiDDecodeInvocation",
    "SDXLRefinerCompelPromptInvocation",
    "SDXLRefinerModelLoaderInvocation",
    "SERVER_VERSION",
    "SaveImageInvocation",
    "SaveImageToFileInvocation",
    "SavedWorkflowField",
    "ScaleLatentsInvocation",
    "SchedulerField",
    "SchedulerInvocation",
    "Sd3ModelLoaderInvocation",
    "Sd3TextEncoderInvocation",
    "SeamlessModeInvocation",
    "SeedreamImageGenerationInvocation",
    "SegmentAnythingInvocation",
    "ShowImageInvocation",
    "SpandrelImageToImageAutoscaleInvocation",
    "SpandrelImageToImageInvocation",
    "StringBatchInvocation",
    "StringCollectionInvocation",
    "StringGenerator",
    "StringGeneratorField",
    "StringInvocation",
    "StringJoinInvocation",
    "StringJoinThreeInvocation",
    "StringReplaceInvocation",
    "StringSplitInvocation",
    "StringSplitNegInvocation",
    "StylePresetField",
    "SubtractInvocation",
    "SystemPromptField",
    "T2IAdapterField",
    "T2IAdapterInvocation",
    "T2IAdapterMetadataField",
    "T5EncoderField",
    "TensorField",
    "TextLLMInvocation",
    "TextLLMWithPresetInvocation",
    "Tile",
    "TileToPropertiesInvocation",
    "TileWithImage",
    "TiledMultiDiffusionDenoiseLatents",
    "TransformerField",
    "UNetField",
    "UnsharpMaskInvocation",
    "VAEField",
    "VAELoaderInvocation",
    "VideoConcatInvocation",
    "VideoField",
    "VideoFrameExtractInvocation",
    "VideoInvocation",
    "WanConditioningField",
    "WanDenoiseInvocation",
    "WanI2VIdealDimensionsInvocation",
    "WanImageToLatentsInvocation",
    "WanLatentsToImageInvocation",
    "WanLatentsToVideoInvocation",
    "WanLoRACollectionLoader",
    "WanLoRALoaderInvocation",
    "WanModelLoaderInvocation",
    "WanRefImageConditioningField",
    "WanRefImageEncoderInvocation",
    "WanT5EncoderField",
    "WanTI2VIdealDimensionsInvocation",
    "WanTextEncoderInvocation",
    "WanTransformerField",
    "WanVideoDenoiseInvocation",
    "WorkflowReturnGetInvocation",
    "WorkflowReturnInvocation",
    "WorkflowReturnValueField",
    "WorkflowReturnValueInvocation",
    "ZImageConditioningField",
    "ZImageControlField",
    "ZImageControlInvocation",
    "ZImageDenoiseInvocation",
    "ZImageDenoiseMetaInvocation",
    "ZImageImageToLatentsInvocation",
    "ZImageLatentsToImageInvocation",
    "ZImageLoRACollectionLoader",
    "ZImageLoRALoaderInvocation",
    "ZImageModelLoaderInvocation",
    "ZImagePiDDecodeInvocation",
    "ZImageSeedVarianceEnhancerInvocation",
    "ZImageTextEncoderInvocation",
]
