from typing import Literal

MainModelDefaultSettingsSchedulerType0 = Literal[
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
    "er_sde",
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

MAIN_MODEL_DEFAULT_SETTINGS_SCHEDULER_TYPE_0_VALUES: set[MainModelDefaultSettingsSchedulerType0] = {
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
    "er_sde",
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


def check_main_model_default_settings_scheduler_type_0(value: str) -> MainModelDefaultSettingsSchedulerType0:
    if value in MAIN_MODEL_DEFAULT_SETTINGS_SCHEDULER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAIN_MODEL_DEFAULT_SETTINGS_SCHEDULER_TYPE_0_VALUES!r}"
    )
