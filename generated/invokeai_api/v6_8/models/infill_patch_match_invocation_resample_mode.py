from typing import Literal

InfillPatchMatchInvocationResampleMode = Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]

INFILL_PATCH_MATCH_INVOCATION_RESAMPLE_MODE_VALUES: set[InfillPatchMatchInvocationResampleMode] = {
    "bicubic",
    "bilinear",
    "box",
    "hamming",
    "lanczos",
    "nearest",
}


def check_infill_patch_match_invocation_resample_mode(value: str) -> InfillPatchMatchInvocationResampleMode:
    if value in INFILL_PATCH_MATCH_INVOCATION_RESAMPLE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFILL_PATCH_MATCH_INVOCATION_RESAMPLE_MODE_VALUES!r}"
    )
