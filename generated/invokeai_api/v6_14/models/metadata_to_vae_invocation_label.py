from typing import Literal

MetadataToVAEInvocationLabel = Literal["* CUSTOM LABEL *", "vae"]

METADATA_TO_VAE_INVOCATION_LABEL_VALUES: set[MetadataToVAEInvocationLabel] = {
    "* CUSTOM LABEL *",
    "vae",
}


def check_metadata_to_vae_invocation_label(value: str) -> MetadataToVAEInvocationLabel:
    if value in METADATA_TO_VAE_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_VAE_INVOCATION_LABEL_VALUES!r}")
