from typing import Literal

InvokeAIAppConfigLogLevelNetwork = Literal["critical", "debug", "error", "info", "warning"]

INVOKE_AI_APP_CONFIG_LOG_LEVEL_NETWORK_VALUES: set[InvokeAIAppConfigLogLevelNetwork] = {
    "critical",
    "debug",
    "error",
    "info",
    "warning",
}


def check_invoke_ai_app_config_log_level_network(value: str) -> InvokeAIAppConfigLogLevelNetwork:
    if value in INVOKE_AI_APP_CONFIG_LOG_LEVEL_NETWORK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_LOG_LEVEL_NETWORK_VALUES!r}")
