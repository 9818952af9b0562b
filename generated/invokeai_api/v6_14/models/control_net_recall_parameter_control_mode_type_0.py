from typing import Literal

ControlNetRecallParameterControlModeType0 = Literal["balanced", "more_control", "more_prompt"]

CONTROL_NET_RECALL_PARAMETER_CONTROL_MODE_TYPE_0_VALUES: set[ControlNetRecallParameterControlModeType0] = {
    "balanced",
    "more_control",
    "more_prompt",
}


def check_control_net_recall_parameter_control_mode_type_0(value: str) -> ControlNetRecallParameterControlModeType0:
    if value in CONTROL_NET_RECALL_PARAMETER_CONTROL_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTROL_NET_RECALL_PARAMETER_CONTROL_MODE_TYPE_0_VALUES!r}"
    )
