from typing import Literal

ResizeLatentsInvocationMode = Literal["area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"]

RESIZE_LATENTS_INVOCATION_MODE_VALUES: set[ResizeLatentsInvocationMode] = {
    "area",
    "bicubic",
    "bilinear",
    "linear",
    "nearest",
    "nearest-exact",
    "trilinear",
}


def check_resize_latents_invocation_mode(value: str) -> ResizeLatentsInvocationMode:
    if value in RESIZE_LATENTS_INVOCATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESIZE_LATENTS_INVOCATION_MODE_VALUES!r}")
