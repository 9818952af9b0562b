from typing import Literal

InvokeAIAppConfigImageSubfolderStrategy = Literal["date", "flat", "hash", "type"]

INVOKE_AI_APP_CONFIG_IMAGE_SUBFOLDER_STRATEGY_VALUES: set[InvokeAIAppConfigImageSubfolderStrategy] = {
    "date",
    "flat",
    "hash",
    "type",
}


def check_invoke_ai_app_config_image_subfolder_strategy(value: str) -> InvokeAIAppConfigImageSubfolderStrategy:
    if value in INVOKE_AI_APP_CONFIG_IMAGE_SUBFOLDER_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_IMAGE_SUBFOLDER_STRATEGY_VALUES!r}"
    )
