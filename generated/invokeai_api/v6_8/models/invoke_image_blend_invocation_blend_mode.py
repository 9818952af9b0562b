from typing import Literal

InvokeImageBlendInvocationBlendMode = Literal[
    "Color",
    "Color Burn",
    "Color Dodge",
    "Darken Only",
    "Darken Only (EAL)",
    "Difference",
    "Divide",
    "Hard Light",
    "Hue",
    "Lighten Only",
    "Lighten Only (EAL)",
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

INVOKE_IMAGE_BLEND_INVOCATION_BLEND_MODE_VALUES: set[InvokeImageBlendInvocationBlendMode] = {
    "Color",
    "Color Burn",
    "Color Dodge",
    "Darken Only",
    "Darken Only (EAL)",
    "Difference",
    "Divide",
    "Hard Light",
    "Hue",
    "Lighten Only",
    "Lighten Only (EAL)",
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
}


def check_invoke_image_blend_invocation_blend_mode(value: str) -> InvokeImageBlendInvocationBlendMode:
    if value in INVOKE_IMAGE_BLEND_INVOCATION_BLEND_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_IMAGE_BLEND_INVOCATION_BLEND_MODE_VALUES!r}")
