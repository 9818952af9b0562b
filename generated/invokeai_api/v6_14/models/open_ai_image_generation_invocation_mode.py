from typing import Literal

OpenAIImageGenerationInvocationMode = Literal["img2img", "inpaint", "txt2img"]

OPEN_AI_IMAGE_GENERATION_INVOCATION_MODE_VALUES: set[OpenAIImageGenerationInvocationMode] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_open_ai_image_generation_invocation_mode(value: str) -> OpenAIImageGenerationInvocationMode:
    if value in OPEN_AI_IMAGE_GENERATION_INVOCATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPEN_AI_IMAGE_GENERATION_INVOCATION_MODE_VALUES!r}")
