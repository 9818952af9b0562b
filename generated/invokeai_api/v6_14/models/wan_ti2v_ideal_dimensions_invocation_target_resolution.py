from typing import Literal

WanTI2VIdealDimensionsInvocationTargetResolution = Literal["1080p", "480p", "720p"]

WAN_TI2V_IDEAL_DIMENSIONS_INVOCATION_TARGET_RESOLUTION_VALUES: set[WanTI2VIdealDimensionsInvocationTargetResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_ti2v_ideal_dimensions_invocation_target_resolution(
    value: str,
) -> WanTI2VIdealDimensionsInvocationTargetResolution:
    if value in WAN_TI2V_IDEAL_DIMENSIONS_INVOCATION_TARGET_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_TI2V_IDEAL_DIMENSIONS_INVOCATION_TARGET_RESOLUTION_VALUES!r}"
    )
