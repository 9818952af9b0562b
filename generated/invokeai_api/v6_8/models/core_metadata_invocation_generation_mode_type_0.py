from typing import Literal

CoreMetadataInvocationGenerationModeType0 = Literal[
    "cogview4_img2img",
    "cogview4_inpaint",
    "cogview4_outpaint",
    "cogview4_txt2img",
    "flux_img2img",
    "flux_inpaint",
    "flux_outpaint",
    "flux_txt2img",
    "img2img",
    "inpaint",
    "outpaint",
    "sd3_img2img",
    "sd3_inpaint",
    "sd3_outpaint",
    "sd3_txt2img",
    "sdxl_img2img",
    "sdxl_inpaint",
    "sdxl_outpaint",
    "sdxl_txt2img",
    "txt2img",
]

CORE_METADATA_INVOCATION_GENERATION_MODE_TYPE_0_VALUES: set[CoreMetadataInvocationGenerationModeType0] = {
    "cogview4_img2img",
    "cogview4_inpaint",
    "cogview4_outpaint",
    "cogview4_txt2img",
    "flux_img2img",
    "flux_inpaint",
    "flux_outpaint",
    "flux_txt2img",
    "img2img",
    "inpaint",
    "outpaint",
    "sd3_img2img",
    "sd3_inpaint",
    "sd3_outpaint",
    "sd3_txt2img",
    "sdxl_img2img",
    "sdxl_inpaint",
    "sdxl_outpaint",
    "sdxl_txt2img",
    "txt2img",
}


def check_core_metadata_invocation_generation_mode_type_0(value: str) -> CoreMetadataInvocationGenerationModeType0:
    if value in CORE_METADATA_INVOCATION_GENERATION_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CORE_METADATA_INVOCATION_GENERATION_MODE_TYPE_0_VALUES!r}"
    )
