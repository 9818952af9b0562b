from typing import Literal

ImageToLatentsInvocationColorCompensation = Literal["None", "SDXL"]

IMAGE_TO_LATENTS_INVOCATION_COLOR_COMPENSATION_VALUES: set[ImageToLatentsInvocationColorCompensation] = {
    "None",
    "SDXL",
}


def check_image_to_latents_invocation_color_compensation(value: str) -> ImageToLatentsInvocationColorCompensation:
    if value in IMAGE_TO_LATENTS_INVOCATION_COLOR_COMPENSATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TO_LATENTS_INVOCATION_COLOR_COMPENSATION_VALUES!r}"
    )
