from typing import Literal

ZImageDenoiseInvocationScheduler = Literal["euler", "heun", "lcm"]

Z_IMAGE_DENOISE_INVOCATION_SCHEDULER_VALUES: set[ZImageDenoiseInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_z_image_denoise_invocation_scheduler(value: str) -> ZImageDenoiseInvocationScheduler:
    if value in Z_IMAGE_DENOISE_INVOCATION_SCHEDULER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {Z_IMAGE_DENOISE_INVOCATION_SCHEDULER_VALUES!r}")
