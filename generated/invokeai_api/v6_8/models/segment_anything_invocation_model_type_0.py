from typing import Literal

SegmentAnythingInvocationModelType0 = Literal[
    "segment-anything-2-base",
    "segment-anything-2-large",
    "segment-anything-2-small",
    "segment-anything-2-tiny",
    "segment-anything-base",
    "segment-anything-huge",
    "segment-anything-large",
]

SEGMENT_ANYTHING_INVOCATION_MODEL_TYPE_0_VALUES: set[SegmentAnythingInvocationModelType0] = {
    "segment-anything-2-base",
    "segment-anything-2-large",
    "segment-anything-2-small",
    "segment-anything-2-tiny",
    "segment-anything-base",
    "segment-anything-huge",
    "segment-anything-large",
}


def check_segment_anything_invocation_model_type_0(value: str) -> SegmentAnythingInvocationModelType0:
    if value in SEGMENT_ANYTHING_INVOCATION_MODEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_ANYTHING_INVOCATION_MODEL_TYPE_0_VALUES!r}")
