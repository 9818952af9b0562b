from typing import Literal

AnimaDenoiseInvocationScheduler = Literal["dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm"]

ANIMA_DENOISE_INVOCATION_SCHEDULER_VALUES: set[AnimaDenoiseInvocationScheduler] = {
    "dpmpp_2m",
    "dpmpp_2m_sde",
    "er_sde",
    "euler",
    "heun",
    "lcm",
}


def check_anima_denoise_invocation_scheduler(value: str) -> AnimaDenoiseInvocationScheduler:
    if value in ANIMA_DENOISE_INVOCATION_SCHEDULER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANIMA_DENOISE_INVOCATION_SCHEDULER_VALUES!r}")
