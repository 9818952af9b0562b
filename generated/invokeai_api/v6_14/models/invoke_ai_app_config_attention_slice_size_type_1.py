from typing import Literal

InvokeAIAppConfigAttentionSliceSizeType1 = Literal["auto", "balanced", "max"]

INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_1_VALUES: set[InvokeAIAppConfigAttentionSliceSizeType1] = {
    "auto",
    "balanced",
    "max",
}


def check_invoke_ai_app_config_attention_slice_size_type_1(value: str) -> InvokeAIAppConfigAttentionSliceSizeType1:
    if value in INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_1_VALUES!r}"
    )
