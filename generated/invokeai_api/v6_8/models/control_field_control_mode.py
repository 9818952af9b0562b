from typing import Literal

ControlFieldControlMode = Literal["balanced", "more_control", "more_prompt", "unbalanced"]

CONTROL_FIELD_CONTROL_MODE_VALUES: set[ControlFieldControlMode] = {
    "balanced",
    "more_control",
    "more_prompt",
    "unbalanced",
}


def check_control_field_control_mode(value: str) -> ControlFieldControlMode:
    if value in CONTROL_FIELD_CONTROL_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_FIELD_CONTROL_MODE_VALUES!r}")
