from typing import Literal

GeminiImageGenerationInvocationThinkingLevelType0 = Literal["high", "minimal"]

GEMINI_IMAGE_GENERATION_INVOCATION_THINKING_LEVEL_TYPE_0_VALUES: set[
    GeminiImageGenerationInvocationThinkingLevelType0
] = {
    "high",
    "minimal",
}


def check_gemini_image_generation_invocation_thinking_level_type_0(
    value: str,
) -> GeminiImageGenerationInvocationThinkingLevelType0:
    if value in GEMINI_IMAGE_GENERATION_INVOCATION_THINKING_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_IMAGE_GENERATION_INVOCATION_THINKING_LEVEL_TYPE_0_VALUES!r}"
    )
