from typing import Literal

ImageChannelInvocationChannel = Literal["A", "B", "G", "R"]

IMAGE_CHANNEL_INVOCATION_CHANNEL_VALUES: set[ImageChannelInvocationChannel] = {
    "A",
    "B",
    "G",
    "R",
}


def check_image_channel_invocation_channel(value: str) -> ImageChannelInvocationChannel:
    if value in IMAGE_CHANNEL_INVOCATION_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CHANNEL_INVOCATION_CHANNEL_VALUES!r}")
