from typing import Literal

GeminiImageGenerationInvocationMode = Literal["img2img", "inpaint", "txt2img"]

GEMINI_IMAGE_GENERATION_INVOCATION_MODE_VALUES: set[GeminiImageGenerationInvocationMode] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_gemini_image_generation_invocation_mode(value: str) -> GeminiImageGenerationInvocationMode:
    if value in GEMINI_IMAGE_GENERATION_INVOCATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GEMINI_IMAGE_GENERATION_INVOCATION_MODE_VALUES!r}")
