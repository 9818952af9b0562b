from typing import Literal

OpenAIImageGenerationInvocationQuality = Literal["auto", "high", "low", "medium"]

OPEN_AI_IMAGE_GENERATION_INVOCATION_QUALITY_VALUES: set[OpenAIImageGenerationInvocationQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_open_ai_image_generation_invocation_quality(value: str) -> OpenAIImageGenerationInvocationQuality:
    if value in OPEN_AI_IMAGE_GENERATION_INVOCATION_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_IMAGE_GENERATION_INVOCATION_QUALITY_VALUES!r}"
    )
