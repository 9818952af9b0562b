from typing import Literal

BlankImageInvocationMode = Literal["RGB", "RGBA"]

BLANK_IMAGE_INVOCATION_MODE_VALUES: set[BlankImageInvocationMode] = {
    "RGB",
    "RGBA",
}


def check_blank_image_invocation_mode(value: str) -> BlankImageInvocationMode:
    if value in BLANK_IMAGE_INVOCATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLANK_IMAGE_INVOCATION_MODE_VALUES!r}")
