from typing import Literal

TiledMultiDiffusionDenoiseLatentsScheduler = Literal[
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

TILED_MULTI_DIFFUSION_DENOISE_LATENTS_SCHEDULER_VALUES: set[TiledMultiDiffusionDenoiseLatentsScheduler] = {
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


def check_tiled_multi_diffusion_denoise_latents_scheduler(value: str) -> TiledMultiDiffusionDenoiseLatentsScheduler:
    if value in TILED_MULTI_DIFFUSION_DENOISE_LATENTS_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TILED_MULTI_DIFFUSION_DENOISE_LATENTS_SCHEDULER_VALUES!r}"
    )
