from typing import Literal

MetadataToSDXLModelInvocationLabel = Literal["* CUSTOM LABEL *", "model"]

METADATA_TO_SDXL_MODEL_INVOCATION_LABEL_VALUES: set[MetadataToSDXLModelInvocationLabel] = {
    "* CUSTOM LABEL *",
    "model",
}


def check_metadata_to_sdxl_model_invocation_label(value: str) -> MetadataToSDXLModelInvocationLabel:
    if value in METADATA_TO_SDXL_MODEL_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_SDXL_MODEL_INVOCATION_LABEL_VALUES!r}")
