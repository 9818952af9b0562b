from typing import Literal

Flux2DenoiseInvocationScheduler = Literal["euler", "heun", "lcm"]

FLUX_2_DENOISE_INVOCATION_SCHEDULER_VALUES: set[Flux2DenoiseInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_flux_2_denoise_invocation_scheduler(value: str) -> Flux2DenoiseInvocationScheduler:
    if value in FLUX_2_DENOISE_INVOCATION_SCHEDULER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_DENOISE_INVOCATION_SCHEDULER_VALUES!r}")
