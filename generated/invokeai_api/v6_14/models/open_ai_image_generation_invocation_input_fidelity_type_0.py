from typing import Literal

OpenAIImageGenerationInvocationInputFidelityType0 = Literal["high", "low"]

OPEN_AI_IMAGE_GENERATION_INVOCATION_INPUT_FIDELITY_TYPE_0_VALUES: set[
    OpenAIImageGenerationInvocationInputFidelityType0
] = {
    "high",
    "low",
}


def check_open_ai_image_generation_invocation_input_fidelity_type_0(
    value: str,
) -> OpenAIImageGenerationInvocationInputFidelityType0:
    if value in OPEN_AI_IMAGE_GENERATION_INVOCATION_INPUT_FIDELITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_IMAGE_GENERATION_INVOCATION_INPUT_FIDELITY_TYPE_0_VALUES!r}"
    )
