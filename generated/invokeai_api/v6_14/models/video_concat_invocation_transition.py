from typing import Literal

VideoConcatInvocationTransition = Literal["crossfade", "cut", "fade_through_black"]

VIDEO_CONCAT_INVOCATION_TRANSITION_VALUES: set[VideoConcatInvocationTransition] = {
    "crossfade",
    "cut",
    "fade_through_black",
}


def check_video_concat_invocation_transition(value: str) -> VideoConcatInvocationTransition:
    if value in VIDEO_CONCAT_INVOCATION_TRANSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONCAT_INVOCATION_TRANSITION_VALUES!r}")
