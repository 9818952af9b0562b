from typing import Literal

InvokeAIAppConfigAttentionSliceSizeType0 = Literal[1, 2, 3, 4, 5, 6, 7, 8]

INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_0_VALUES: set[InvokeAIAppConfigAttentionSliceSizeType0] = {
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
}


def check_invoke_ai_app_config_attention_slice_size_type_0(value: int) -> InvokeAIAppConfigAttentionSliceSizeType0:
    if value in INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_0_VALUES!r}"
    )
