"""Typed node classes of InvokeAI 6.8.1: one per invocation type (211).

Generated from openapi/invokeai-6.8.1.json by invokeai-client; never edited by hand. Build graphs with
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
    field,
    fields,
)

SERVER_VERSION = "6.8.1"


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


class GlmEncoderField(FieldType):
    """A GlmEncoderField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class IPAdapterField(FieldType):
    """A IPAdapterField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class IPAdapterMetadataField(FieldType):
    """A IPAdapterMetadataField output (a marker type for ``Output[...]``)."""

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


class ModelIdentifierField(FieldType):
    """A ModelIdentifierField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SAMPointsField(FieldType):
    """A SAMPointsField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SD3ConditioningField(FieldType):
    """A SD3ConditioningField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class SchedulerField(FieldType):
    """A SchedulerField output (a marker type for ``Output[...]``)."""

    __slots__ = ()


class StringGeneratorField(FieldType):
    """A StringGeneratorField output (a marker type for ``Output[...]``)."""

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


class AlphaMaskToTensorInvocation(Node):
    """Alpha Mask to Tensor (alpha_mask_to_tensor; conditioning, stable).

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
    """Apply Mask to Image (apply_mask_to_image; image, stable).

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
    """Apply CLIP Skip - SD1.5, SDXL (clip_skip; conditioning, stable).

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


class CannyEdgeDetectionInvocation(Node):
    """Canny Edge Detection (canny_edge_detection; controlnet, stable).

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


class CanvasPasteBackInvocation(Node):
    """Canvas Paste Back (canvas_paste_back; image, stable).

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
    """Canvas V2 Mask and Crop (canvas_v2_mask_and_crop; image, deprecated).

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
    """Denoise - CogView4 (cogview4_denoise; image, prototype).

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
    VERSION = "1.0.0"
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
    """Image to Latents - CogView4 (cogview4_i2l; image, prototype).

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
    """Prompt - CogView4 (cogview4_text_encoder; conditioning, prototype).

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
        item: The item to collect (all inputs must be of the same type) Connection only.

    Outputs:
        collection: The collection of input items
    """

    __slots__ = ()
    TYPE = "collect"
    VERSION = "1.0.0"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("item", "CollectionItemField", input="connection"))
    OUTPUTS = {"collection": ("CollectionField", "COLLECTION")}

    def __init__(
        self,
        *,
        item: Output[Any] | Sequence[Output[Any]] | None = None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, item=item)

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
    """Color Map (color_map; controlnet, stable).

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
    """Prompt - SD1.5 (compel; conditioning, stable).

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
    """Content Shuffle (content_shuffle; controlnet, stable).

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
    """ControlNet - SD1.5, SD2, SDXL (controlnet; controlnet, stable).

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
        init_image: The name of the initial image
        ipAdapters: The IP Adapters used for inference
        loras: The LoRAs used for inference
        model: The main model used for inference
        negative_prompt: The negative prompt parameter
        negative_style_prompt: The negative style prompt parameter
        positive_prompt: The positive prompt parameter
        positive_style_prompt: The positive style prompt parameter
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
    VERSION = "2.0.0"
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
                "cogview4_img2img",
                "cogview4_inpaint",
                "cogview4_outpaint",
                "cogview4_txt2img",
                "flux_img2img",
                "flux_inpaint",
                "flux_outpaint",
                "flux_txt2img",
                "img2img",
                "inpaint",
                "outpaint",
                "sd3_img2img",
                "sd3_inpaint",
                "sd3_outpaint",
                "sd3_txt2img",
                "sdxl_img2img",
                "sdxl_inpaint",
                "sdxl_outpaint",
                "sdxl_txt2img",
                "txt2img",
            ),
        ),
        field("height", "IntegerField"),
        field("hrf_enabled", "BooleanField"),
        field("hrf_method", "StringField"),
        field("hrf_strength", "FloatField"),
        field("init_image", "StringField"),
        field("ipAdapters", "IPAdapterMetadataField", cardinality="COLLECTION"),
        field("loras", "LoRAMetadataField", cardinality="COLLECTION"),
        field("model", "ModelIdentifierField"),
        field("negative_prompt", "StringField"),
        field("negative_style_prompt", "StringField"),
        field("positive_prompt", "StringField"),
        field("positive_style_prompt", "StringField"),
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
            "cogview4_img2img",
            "cogview4_inpaint",
            "cogview4_outpaint",
            "cogview4_txt2img",
            "flux_img2img",
            "flux_inpaint",
            "flux_outpaint",
            "flux_txt2img",
            "img2img",
            "inpaint",
            "outpaint",
            "sd3_img2img",
            "sd3_inpaint",
            "sd3_outpaint",
            "sd3_txt2img",
            "sdxl_img2img",
            "sdxl_inpaint",
            "sdxl_outpaint",
            "sdxl_txt2img",
            "txt2img",
        ]
        | Output[EnumField]
        | None = None,
        height: int | Output[int] | None = None,
        hrf_enabled: bool | Output[bool] | None = None,
        hrf_method: str | Output[str] | Output[float] | None = None,
        hrf_strength: float | Output[float] | None = None,
        init_image: str | Output[str] | Output[float] | None = None,
        ipAdapters: Sequence[Mapping[str, Any]] | Output[Sequence[IPAdapterMetadataField]] | None = None,
        loras: Sequence[Mapping[str, Any]] | Output[Sequence[LoRAMetadataField]] | None = None,
        model: ModelValue | Output[ModelIdentifierField] | None = None,
        negative_prompt: str | Output[str] | Output[float] | None = None,
        negative_style_prompt: str | Output[str] | Output[float] | None = None,
        positive_prompt: str | Output[str] | Output[float] | None = None,
        positive_style_prompt: str | Output[str] | Output[float] | None = None,
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
            init_image=init_image,
            ipAdapters=ipAdapters,
            loras=loras,
            model=model,
            negative_prompt=negative_prompt,
            negative_style_prompt=negative_style_prompt,
            positive_prompt=positive_prompt,
            positive_style_prompt=positive_style_prompt,
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
    """Create Denoise Mask (create_denoise_mask; latents, stable).

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
    """Create Gradient Mask (create_gradient_mask; latents, stable).

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
    """DW Openpose Detection (dw_openpose_detection; controlnet, stable).

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
    VERSION = "1.5.4"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cfg_rescale_multiplier", "FloatField", minimum=0, exclusive_maximum=1),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("control", "ControlField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
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
    """Denoise - SD1.5, SDXL + Metadata (denoise_latents_meta; latents, stable).

    Args:
        cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with zero-terminal SNR (>= 0, < 1)
        cfg_scale: Classifier-Free Guidance scale
        control: Control Connection only.
        denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved. Connection only.
        denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0, <= 1)
        denoising_start: When to start denoising, expressed a percentage of total steps (>= 0, <= 1)
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
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("cfg_rescale_multiplier", "FloatField", minimum=0, exclusive_maximum=1),
        field("cfg_scale", "FloatField", cardinality="SINGLE_OR_COLLECTION"),
        field("control", "ControlField", input="connection", cardinality="SINGLE_OR_COLLECTION"),
        field("denoise_mask", "DenoiseMaskField", input="connection"),
        field("denoising_end", "FloatField", minimum=0, maximum=1),
        field("denoising_start", "FloatField", minimum=0, maximum=1),
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
    """Depth Anything Depth Estimation (depth_anything_depth_estimation; controlnet, stable).

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
    """Upscale (RealESRGAN) (esrgan; esrgan, stable).

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


class ExpandMaskWithFadeInvocation(Node):
    """Expand Mask with Fade (expand_mask_with_fade; image, stable).

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


class FLUXLoRACollectionLoader(Node):
    """Apply LoRA Collection - FLUX (flux_lora_collection_loader; model, stable).

    Applies a collection of LoRAs to a FLUX transformer.

    Args:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count Connection only.
        loras: LoRA models and weights. May be a single LoRA or collection.
        t5_encoder: T5 tokenizer and text encoder Connection only.
        transformer: Transformer Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        t5_encoder: T5 tokenizer and text encoder
        transformer: Transformer
    """

    __slots__ = ()
    TYPE = "flux_lora_collection_loader"
    VERSION = "1.3.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION"),
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
    """FaceIdentifier (face_identifier; image, stable).

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
    """FaceMask (face_mask_detection; image, stable).

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
    """FaceOff (face_off; image, stable).

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
    """Float Batch (float_batch; primitives, special).

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
    """Float Generator (float_generator; primitives, special).

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
    """FLUX ControlNet (flux_controlnet; controlnet, stable).

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
    """FLUX Denoise (flux_denoise; image, stable).

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
        fill_conditioning: FLUX Fill conditioning. Connection only.
        guidance: The guidance strength. Higher values adhere more strictly to the prompt, and will produce less diverse images. FLUX dev only, ignored for schnell.
        height: Height of the generated image. (a multiple of 16)
        ip_adapter: IP-Adapter to apply Connection only.
        kontext_conditioning: FLUX Kontext conditioning (reference image). Connection only.
        latents: Latents tensor Connection only.
        negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0. Connection only.
        num_steps: Number of diffusion steps. Recommended values are schnell: 4, dev: 50.
        positive_text_conditioning: Positive conditioning tensor Connection only.
        redux_conditioning: FLUX Redux conditioning tensor. Connection only.
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
    VERSION = "4.1.0"
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
        num_steps: int | Output[int] | None = 4,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        redux_conditioning: Output[FluxReduxConditioningField]
        | Output[Sequence[FluxReduxConditioningField]]
        | None = None,
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
            fill_conditioning=fill_conditioning,
            guidance=guidance,
            height=height,
            ip_adapter=ip_adapter,
            kontext_conditioning=kontext_conditioning,
            latents=latents,
            negative_text_conditioning=negative_text_conditioning,
            num_steps=num_steps,
            positive_text_conditioning=positive_text_conditioning,
            redux_conditioning=redux_conditioning,
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
    """FLUX Denoise + Metadata (flux_denoise_meta; latents, stable).

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
        fill_conditioning: FLUX Fill conditioning. Connection only.
        guidance: The guidance strength. Higher values adhere more strictly to the prompt, and will produce less diverse images. FLUX dev only, ignored for schnell.
        height: Height of the generated image. (a multiple of 16)
        ip_adapter: IP-Adapter to apply Connection only.
        kontext_conditioning: FLUX Kontext conditioning (reference image). Connection only.
        latents: Latents tensor Connection only.
        metadata: Optional metadata to be saved with the image Connection only.
        negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0. Connection only.
        num_steps: Number of diffusion steps. Recommended values are schnell: 4, dev: 50.
        positive_text_conditioning: Positive conditioning tensor Connection only.
        redux_conditioning: FLUX Redux conditioning tensor. Connection only.
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
        num_steps: int | Output[int] | None = 4,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[Sequence[FluxConditioningField]]
        | None = None,
        redux_conditioning: Output[FluxReduxConditioningField]
        | Output[Sequence[FluxReduxConditioningField]]
        | None = None,
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
            fill_conditioning=fill_conditioning,
            guidance=guidance,
            height=height,
            ip_adapter=ip_adapter,
            kontext_conditioning=kontext_conditioning,
            latents=latents,
            metadata=metadata,
            negative_text_conditioning=negative_text_conditioning,
            num_steps=num_steps,
            positive_text_conditioning=positive_text_conditioning,
            redux_conditioning=redux_conditioning,
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
    """FLUX Fill Conditioning (flux_fill; inpaint, beta).

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
    """FLUX IP-Adapter (flux_ip_adapter; ip_adapter, stable).

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
    """FLUX Kontext Image Prep (flux_kontext_image_prep; image, stable).

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
        clip_embed_model: CLIP Embed loader Value only (no connection). Model base [], type ['clip_embed'].
        model: Flux model (Transformer) to load Value only (no connection). Model base ['flux'], type ['main'].
        t5_encoder_model: T5 tokenizer and text encoder Value only (no connection). Model base [], type ['t5_encoder'].
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
    VERSION = "1.0.6"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip_embed_model", "ModelIdentifierField", input="direct", required=True, model_type=("clip_embed",)),
        field(
            "model", "ModelIdentifierField", input="direct", required=True, model_base=("flux",), model_type=("main",)
        ),
        field("t5_encoder_model", "ModelIdentifierField", input="direct", required=True, model_type=("t5_encoder",)),
        field("vae_model", "ModelIdentifierField", required=True, model_base=("flux",), model_type=("vae",)),
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
        clip_embed_model: ModelValue | None,
        model: ModelValue | None,
        t5_encoder_model: ModelValue | None,
        vae_model: ModelValue | Output[ModelIdentifierField] | None,
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


class FluxReduxInvocation(Node):
    """FLUX Redux (flux_redux; ip_adapter, beta).

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
    """Prompt - FLUX (flux_text_encoder; conditioning, stable).

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
    """Apply FreeU - SD1.5, SDXL (freeu; unet, stable).

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
    """Grounding DINO (Text Prompt Object Detection) (grounding_dino; image, stable).

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
    """HED Edge Detection (hed_edge_detection; controlnet, stable).

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
    """Heuristic Resize (heuristic_resize; image, prototype).

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
    """IP-Adapter - SD1.5, SDXL (ip_adapter; ip_adapter, stable).

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
    """Ideal Size - SD1.5, SDXL (ideal_size; stable).

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


class ImageBatchInvocation(Node):
    """Image Batch (image_batch; primitives, special).

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
        collection: The collection of image values

    Outputs:
        collection: The output images
    """

    __slots__ = ()
    TYPE = "image_collection"
    VERSION = "1.0.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(field("collection", "ImageField", cardinality="COLLECTION", required=True))
    OUTPUTS = {"collection": ("ImageField", "COLLECTION")}

    def __init__(
        self,
        *,
        collection: Sequence[ImageValue] | Output[Sequence[ImageField]] | None,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, collection=collection)

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
    """Image Generator (image_generator; primitives, special).

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
    """Image Mask to Tensor (image_mask_to_tensor; conditioning, stable).

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
    """Image Panel Layout (image_panel_layout; image, prototype).

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
    VERSION = "1.1.1"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
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
            id, label, is_intermediate, use_cache, fp32=fp32, image=image, tile_size=tile_size, tiled=tiled, vae=vae
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
    """Integer Batch (integer_batch; primitives, special).

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
    """Integer Generator (integer_generator; primitives, special).

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
    """Invert Tensor Mask (invert_tensor_mask; conditioning, stable).

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
        use_cache: bool = True,
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
    """Lineart Anime Edge Detection (lineart_anime_edge_detection; controlnet, stable).

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
    """Lineart Edge Detection (lineart_edge_detection; controlnet, stable).

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
    """LLaVA OneVision VLLM (llava_onevision_vllm; vllm, beta).

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
        loras: LoRA models and weights. May be a single LoRA or collection.
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "lora_collection_loader"
    VERSION = "1.1.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION"),
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
    """MLSD Detection (mlsd_detection; controlnet, stable).

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
    """Combine Masks (mask_combine; image, stable).

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
    """Mask Edge (mask_edge; image, stable).

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
    """Mask from Alpha (tomask; image, stable).

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
    """Mask from Segmented Image (mask_from_id; image, stable).

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
    """MediaPipe Face Detection (mediapipe_face_detection; controlnet, stable).

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

    Generates latent noise.

    Args:
        height: Height of output (px) (> 0, a multiple of 8)
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
    VERSION = "1.0.3"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("height", "IntegerField", exclusive_minimum=0, multiple_of=8),
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
        seed: int | Output[int] | None = 0,
        use_cpu: bool | Output[bool] | None = True,
        width: int | Output[int] | None = 512,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool = True,
        use_cache: bool = True,
    ) -> None:
        super().__init__(id, label, is_intermediate, use_cache, height=height, seed=seed, use_cpu=use_cpu, width=width)

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
    """Normal Map (normal_map; controlnet, stable).

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


class PiDiNetEdgeDetectionInvocation(Node):
    """PiDiNet Edge Detection (pidi_edge_detection; controlnet, stable).

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
    """Random Range (random_range; collections, stable).

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
    """Integer Range (range; collections, stable).

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
    """Integer Range of Size (range_of_size; collections, stable).

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
    """Create Rectangle Mask (rectangle_mask; conditioning, stable).

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
    """Denoise - SD3 (sd3_denoise; image, stable).

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
    VERSION = "1.1.1"
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
    """Image to Latents - SD3 (sd3_i2l; image, stable).

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


class SDXLCompelPromptInvocation(Node):
    """Prompt - SDXL (sdxl_compel_prompt; conditioning, stable).

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
        loras: LoRA models and weights. May be a single LoRA or collection.
        unet: UNet (scheduler, LoRAs) Connection only.

    Outputs:
        clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        unet: UNet (scheduler, LoRAs)
    """

    __slots__ = ()
    TYPE = "sdxl_lora_collection_loader"
    VERSION = "1.1.2"
    SERVER_VERSION = SERVER_VERSION
    INPUTS = fields(
        field("clip", "CLIPField", input="connection"),
        field("clip2", "CLIPField", input="connection"),
        field("loras", "LoRAField", cardinality="SINGLE_OR_COLLECTION"),
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


class SDXLRefinerCompelPromptInvocation(Node):
    """Prompt - SDXL Refiner (sdxl_refiner_compel_prompt; conditioning, stable).

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
    """Save Image (save_image; primitives, stable).

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
    """Prompt - SD3 (sd3_text_encoder; conditioning, stable).

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
    """String Batch (string_batch; primitives, special).

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
    """String Generator (string_generator; primitives, special).

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
    """String Join (string_join; string, stable).

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
    """String Join Three (string_join_three; string, stable).

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
    """String Replace (string_replace; string, stable).

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
    """String Split (string_split; string, stable).

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
    """String Split Negative (string_split_neg; string, stable).

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
    """T2I-Adapter - SD1.5, SDXL (t2i_adapter; t2i_adapter, stable).

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
        vae_model: VAE model to load Model base ['sd-1', 'sd-2', 'sdxl', 'sd-3', 'flux'], type ['vae'].

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
            model_base=("sd-1", "sd-2", "sdxl", "sd-3", "flux"),
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


#: node type -> its class
NODE_CLASSES: dict[str, type[Node]] = {
    "add": AddInvocation,
    "alpha_mask_to_tensor": AlphaMaskToTensorInvocation,
    "apply_mask_to_image": ApplyMaskToImageInvocation,
    "apply_tensor_mask_to_image": ApplyMaskTensorToImageInvocation,
    "blank_image": BlankImageInvocation,
    "boolean": BooleanInvocation,
    "boolean_collection": BooleanCollectionInvocation,
    "bounding_box": BoundingBoxInvocation,
    "calculate_image_tiles": CalculateImageTilesInvocation,
    "calculate_image_tiles_even_split": CalculateImageTilesEvenSplitInvocation,
    "calculate_image_tiles_min_overlap": CalculateImageTilesMinimumOverlapInvocation,
    "canny_edge_detection": CannyEdgeDetectionInvocation,
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
    "denoise_latents": DenoiseLatentsInvocation,
    "denoise_latents_meta": DenoiseLatentsMetaInvocation,
    "depth_anything_depth_estimation": DepthAnythingDepthEstimationInvocation,
    "div": DivideInvocation,
    "dw_openpose_detection": DWOpenposeDetectionInvocation,
    "dynamic_prompt": DynamicPromptInvocation,
    "esrgan": ESRGANInvocation,
    "expand_mask_with_fade": ExpandMaskWithFadeInvocation,
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
    "flux_redux": FluxReduxInvocation,
    "flux_text_encoder": FluxTextEncoderInvocation,
    "flux_vae_decode": FluxVaeDecodeInvocation,
    "flux_vae_encode": FluxVaeEncodeInvocation,
    "freeu": FreeUInvocation,
    "get_image_mask_bounding_box": GetMaskBoundingBoxInvocation,
    "grounding_dino": GroundingDinoInvocation,
    "hed_edge_detection": HEDEdgeDetectionInvocation,
    "heuristic_resize": HeuristicResizeInvocation,
    "i2l": ImageToLatentsInvocation,
    "ideal_size": IdealSizeInvocation,
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
    "pair_tile_image": PairTileImageInvocation,
    "paste_image_into_bounding_box": PasteImageIntoBoundingBoxInvocation,
    "pidi_edge_detection": PiDiNetEdgeDetectionInvocation,
    "prompt_from_file": PromptsFromFileInvocation,
    "rand_float": RandomFloatInvocation,
    "rand_int": RandomIntInvocation,
    "random_range": RandomRangeInvocation,
    "range": RangeInvocation,
    "range_of_size": RangeOfSizeInvocation,
    "rectangle_mask": RectangleMaskInvocation,
    "round_float": RoundInvocation,
    "save_image": SaveImageInvocation,
    "scheduler": SchedulerInvocation,
    "sd3_denoise": SD3DenoiseInvocation,
    "sd3_i2l": SD3ImageToLatentsInvocation,
    "sd3_l2i": SD3LatentsToImageInvocation,
    "sd3_model_loader": Sd3ModelLoaderInvocation,
    "sd3_text_encoder": Sd3TextEncoderInvocation,
    "sdxl_compel_prompt": SDXLCompelPromptInvocation,
    "sdxl_lora_collection_loader": SDXLLoRACollectionLoader,
    "sdxl_lora_loader": SDXLLoRALoaderInvocation,
    "sdxl_model_loader": SDXLModelLoaderInvocation,
    "sdxl_refiner_compel_prompt": SDXLRefinerCompelPromptInvocation,
    "sdxl_refiner_model_loader": SDXLRefinerModelLoaderInvocation,
    "seamless": SeamlessModeInvocation,
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
    "tile_to_properties": TileToPropertiesInvocation,
    "tiled_multi_diffusion_denoise_latents": TiledMultiDiffusionDenoiseLatents,
    "tomask": MaskFromAlphaInvocation,
    "unsharp_mask": UnsharpMaskInvocation,
    "vae_loader": VAELoaderInvocation,
}

__all__ = [
    "AddInvocation",
    "AlphaMaskToTensorInvocation",
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
    "CannyEdgeDetectionInvocation",
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
    "DenoiseLatentsInvocation",
    "DenoiseLatentsMetaInvocation",
    "DenoiseMaskField",
    "DepthAnythingDepthEstimationInvocation",
    "DivideInvocation",
    "DynamicPromptInvocation",
    "ESRGANInvocation",
    "EnumField",
    "ExpandMaskWithFadeInvocation",
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
    "FluxReduxConditioningField",
    "FluxReduxInvocation",
    "FluxTextEncoderInvocation",
    "FluxVaeDecodeInvocation",
    "FluxVaeEncodeInvocation",
    "FreeUInvocation",
    "GetMaskBoundingBoxInvocation",
    "GlmEncoderField",
    "GroundingDinoInvocation",
    "HEDEdgeDetectionInvocation",
    "HeuristicResizeInvocation",
    "IPAdapterField",
    "IPAdapterInvocation",
    "IPAdapterMetadataField",
    "IdealSizeInvocation",
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
    "ModelIdentifierField",
    "ModelIdentifierInvocation",
    "MultiplyInvocation",
    "NODE_CLASSES",
    "NoiseInvocation",
    "NormalMapInvocation",
    "PairTileImageInvocation",
    "PasteImageIntoBoundingBoxInvocation",
    "PiDiNetEdgeDetectionInvocation",
    "PromptsFromFileInvocation",
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
    "SDXLCompelPromptInvocation",
    "SDXLLoRACollectionLoader",
    "SDXLLoRALoaderInvocation",
    "SDXLModelLoaderInvocation",
    "SDXLRefinerCompelPromptInvocation",
    "SDXLRefinerModelLoaderInvocation",
    "SERVER_VERSION",
    "SaveImageInvocation",
    "ScaleLatentsInvocation",
    "SchedulerField",
    "SchedulerInvocation",
    "Sd3ModelLoaderInvocation",
    "Sd3TextEncoderInvocation",
    "SeamlessModeInvocation",
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
    "SubtractInvocation",
    "T2IAdapterField",
    "T2IAdapterInvocation",
    "T2IAdapterMetadataField",
    "T5EncoderField",
    "TensorField",
    "Tile",
    "TileToPropertiesInvocation",
    "TileWithImage",
    "TiledMultiDiffusionDenoiseLatents",
    "TransformerField",
    "UNetField",
    "UnsharpMaskInvocation",
    "VAEField",
    "VAELoaderInvocation",
]
