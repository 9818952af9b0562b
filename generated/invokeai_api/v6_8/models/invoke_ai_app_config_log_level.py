from typing import Literal

InvokeAIAppConfigLogLevel = Literal["critical", "debug", "error", "info", "warning"]

INVOKE_AI_APP_CONFIG_LOG_LEVEL_VALUES: set[InvokeAIAppConfigLogLevel] = {
    "critical",
    "debug",
    "error",
    "info",
    "warning",
}


def check_invoke_ai_app_config_log_level(value: str) -> InvokeAIAppConfigLogLevel:
    if value in INVOKE_AI_APP_CONFIG_LOG_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_LOG_LEVEL_VALUES!r}")
