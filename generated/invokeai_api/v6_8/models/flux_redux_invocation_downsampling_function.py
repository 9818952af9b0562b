from typing import Literal

FluxReduxInvocationDownsamplingFunction = Literal["area", "bicubic", "bilinear", "nearest", "nearest-exact"]

FLUX_REDUX_INVOCATION_DOWNSAMPLING_FUNCTION_VALUES: set[FluxReduxInvocationDownsamplingFunction] = {
    "area",
    "bicubic",
    "bilinear",
    "nearest",
    "nearest-exact",
}


def check_flux_redux_invocation_downsampling_function(value: str) -> FluxReduxInvocationDownsamplingFunction:
    if value in FLUX_REDUX_INVOCATION_DOWNSAMPLING_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_REDUX_INVOCATION_DOWNSAMPLING_FUNCTION_VALUES!r}"
    )
