from typing import Literal

WanTI2VIdealDimensionsInvocationRounding = Literal["ceiling", "floor", "nearest"]

WAN_TI2V_IDEAL_DIMENSIONS_INVOCATION_ROUNDING_VALUES: set[WanTI2VIdealDimensionsInvocationRounding] = {
    "ceiling",
    "floor",
    "nearest",
}


def check_wan_ti2v_ideal_dimensions_invocation_rounding(value: str) -> WanTI2VIdealDimensionsInvocationRounding:
    if value in WAN_TI2V_IDEAL_DIMENSIONS_INVOCATION_ROUNDING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_TI2V_IDEAL_DIMENSIONS_INVOCATION_ROUNDING_VALUES!r}"
    )
