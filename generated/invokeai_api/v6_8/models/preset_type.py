from typing import Literal

PresetType = Literal["default", "project", "user"]

PRESET_TYPE_VALUES: set[PresetType] = {
    "default",
    "project",
    "user",
}


def check_preset_type(value: str) -> PresetType:
    if value in PRESET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRESET_TYPE_VALUES!r}")
