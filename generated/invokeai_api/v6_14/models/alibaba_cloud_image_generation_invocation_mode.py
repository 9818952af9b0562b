from typing import Literal

AlibabaCloudImageGenerationInvocationMode = Literal["img2img", "inpaint", "txt2img"]

ALIBABA_CLOUD_IMAGE_GENERATION_INVOCATION_MODE_VALUES: set[AlibabaCloudImageGenerationInvocationMode] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_alibaba_cloud_image_generation_invocation_mode(value: str) -> AlibabaCloudImageGenerationInvocationMode:
    if value in ALIBABA_CLOUD_IMAGE_GENERATION_INVOCATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_CLOUD_IMAGE_GENERATION_INVOCATION_MODE_VALUES!r}"
    )
