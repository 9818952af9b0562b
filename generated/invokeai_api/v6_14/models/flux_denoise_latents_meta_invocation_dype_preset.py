from typing import Literal

FluxDenoiseLatentsMetaInvocationDypePreset = Literal["4k", "area", "auto", "manual", "off"]

FLUX_DENOISE_LATENTS_META_INVOCATION_DYPE_PRESET_VALUES: set[FluxDenoiseLatentsMetaInvocationDypePreset] = {
    "4k",
    "area",
    "auto",
    "manual",
    "off",
}


def check_flux_denoise_latents_meta_invocation_dype_preset(value: str) -> FluxDenoiseLatentsMetaInvocationDypePreset:
    if value in FLUX_DENOISE_LATENTS_META_INVOCATION_DYPE_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DENOISE_LATENTS_META_INVOCATION_DYPE_PRESET_VALUES!r}"
    )
