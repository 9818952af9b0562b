from typing import Literal

T2IAdapterFieldResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

T2I_ADAPTER_FIELD_RESIZE_MODE_VALUES: set[T2IAdapterFieldResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_t2i_adapter_field_resize_mode(value: str) -> T2IAdapterFieldResizeMode:
    if value in T2I_ADAPTER_FIELD_RESIZE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {T2I_ADAPTER_FIELD_RESIZE_MODE_VALUES!r}")
