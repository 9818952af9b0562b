from typing import Literal

MetadataToSchedulerInvocationDefaultValue = Literal[
    "ddim",
    "ddpm",
    "deis",
    "deis_k",
    "dpmpp_2m",
    "dpmpp_2m_k",
    "dpmpp_2m_sde",
    "dpmpp_2m_sde_k",
    "dpmpp_2s",
    "dpmpp_2s_k",
    "dpmpp_3m",
    "dpmpp_3m_k",
    "dpmpp_sde",
    "dpmpp_sde_k",
    "euler",
    "euler_a",
    "euler_k",
    "heun",
    "heun_k",
    "kdpm_2",
    "kdpm_2_a",
    "kdpm_2_a_k",
    "kdpm_2_k",
    "lcm",
    "lms",
    "lms_k",
    "pndm",
    "tcd",
    "unipc",
    "unipc_k",
]

METADATA_TO_SCHEDULER_INVOCATION_DEFAULT_VALUE_VALUES: set[MetadataToSchedulerInvocationDefaultValue] = {
    "ddim",
    "ddpm",
    "deis",
    "deis_k",
    "dpmpp_2m",
    "dpmpp_2m_k",
    "dpmpp_2m_sde",
    "dpmpp_2m_sde_k",
    "dpmpp_2s",
    "dpmpp_2s_k",
    "dpmpp_3m",
    "dpmpp_3m_k",
    "dpmpp_sde",
    "dpmpp_sde_k",
    "euler",
    "euler_a",
    "euler_k",
    "heun",
    "heun_k",
    "kdpm_2",
    "kdpm_2_a",
    "kdpm_2_a_k",
    "kdpm_2_k",
    "lcm",
    "lms",
    "lms_k",
    "pndm",
    "tcd",
    "unipc",
    "unipc_k",
}


def check_metadata_to_scheduler_invocation_default_value(value: str) -> MetadataToSchedulerInvocationDefaultValue:
    if value in METADATA_TO_SCHEDULER_INVOCATION_DEFAULT_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METADATA_TO_SCHEDULER_INVOCATION_DEFAULT_VALUE_VALUES!r}"
    )
