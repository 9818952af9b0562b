from typing import Literal

FluxControlNetFieldResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

FLUX_CONTROL_NET_FIELD_RESIZE_MODE_VALUES: set[FluxControlNetFieldResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_flux_control_net_field_resize_mode(value: str) -> FluxControlNetFieldResizeMode:
    if value in FLUX_CONTROL_NET_FIELD_RESIZE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_NET_FIELD_RESIZE_MODE_VALUES!r}")
