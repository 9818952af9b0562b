from typing import Literal

SegmentAnythingInvocationMaskFilter = Literal["all", "highest_box_score", "largest"]

SEGMENT_ANYTHING_INVOCATION_MASK_FILTER_VALUES: set[SegmentAnythingInvocationMaskFilter] = {
    "all",
    "highest_box_score",
    "largest",
}


def check_segment_anything_invocation_mask_filter(value: str) -> SegmentAnythingInvocationMaskFilter:
    if value in SEGMENT_ANYTHING_INVOCATION_MASK_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_ANYTHING_INVOCATION_MASK_FILTER_VALUES!r}")
