from typing import Literal

ZImageDenoiseMetaInvocationScheduler = Literal["euler", "heun", "lcm"]

Z_IMAGE_DENOISE_META_INVOCATION_SCHEDULER_VALUES: set[ZImageDenoiseMetaInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_z_image_denoise_meta_invocation_scheduler(value: str) -> ZImageDenoiseMetaInvocationScheduler:
    if value in Z_IMAGE_DENOISE_META_INVOCATION_SCHEDULER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {Z_IMAGE_DENOISE_META_INVOCATION_SCHEDULER_VALUES!r}")
