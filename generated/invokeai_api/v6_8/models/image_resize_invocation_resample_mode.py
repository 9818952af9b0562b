from typing import Literal

ImageResizeInvocationResampleMode = Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]

IMAGE_RESIZE_INVOCATION_RESAMPLE_MODE_VALUES: set[ImageResizeInvocationResampleMode] = {
    "bicubic",
    "bilinear",
    "box",
    "hamming",
    "lanczos",
    "nearest",
}


def check_image_resize_invocation_resample_mode(value: str) -> ImageResizeInvocationResampleMode:
    if value in IMAGE_RESIZE_INVOCATION_RESAMPLE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_RESIZE_INVOCATION_RESAMPLE_MODE_VALUES!r}")
