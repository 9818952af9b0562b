from typing import Literal

DepthAnythingDepthEstimationInvocationModelSize = Literal["base", "large", "small", "small_v2"]

DEPTH_ANYTHING_DEPTH_ESTIMATION_INVOCATION_MODEL_SIZE_VALUES: set[DepthAnythingDepthEstimationInvocationModelSize] = {
    "base",
    "large",
    "small",
    "small_v2",
}


def check_depth_anything_depth_estimation_invocation_model_size(
    value: str,
) -> DepthAnythingDepthEstimationInvocationModelSize:
    if value in DEPTH_ANYTHING_DEPTH_ESTIMATION_INVOCATION_MODEL_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_DEPTH_ESTIMATION_INVOCATION_MODEL_SIZE_VALUES!r}"
    )
