from typing import Literal

InvokeImageDilateOrErodeInvocationMode = Literal["Dilate", "Erode"]

INVOKE_IMAGE_DILATE_OR_ERODE_INVOCATION_MODE_VALUES: set[InvokeImageDilateOrErodeInvocationMode] = {
    "Dilate",
    "Erode",
}


def check_invoke_image_dilate_or_erode_invocation_mode(value: str) -> InvokeImageDilateOrErodeInvocationMode:
    if value in INVOKE_IMAGE_DILATE_OR_ERODE_INVOCATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_IMAGE_DILATE_OR_ERODE_INVOCATION_MODE_VALUES!r}"
    )
