from typing import Literal

Ideogram4DenoiseInvocationSamplerPreset = Literal["V4_DEFAULT_20", "V4_QUALITY_48", "V4_TURBO_12"]

IDEOGRAM_4_DENOISE_INVOCATION_SAMPLER_PRESET_VALUES: set[Ideogram4DenoiseInvocationSamplerPreset] = {
    "V4_DEFAULT_20",
    "V4_QUALITY_48",
    "V4_TURBO_12",
}


def check_ideogram_4_denoise_invocation_sampler_preset(value: str) -> Ideogram4DenoiseInvocationSamplerPreset:
    if value in IDEOGRAM_4_DENOISE_INVOCATION_SAMPLER_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_4_DENOISE_INVOCATION_SAMPLER_PRESET_VALUES!r}"
    )
