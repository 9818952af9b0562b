from typing import Literal

MetadataToFloatCollectionInvocationLabel = Literal[
    "* CUSTOM LABEL *", "cfg_rescale_multiplier", "cfg_scale", "guidance"
]

METADATA_TO_FLOAT_COLLECTION_INVOCATION_LABEL_VALUES: set[MetadataToFloatCollectionInvocationLabel] = {
    "* CUSTOM LABEL *",
    "cfg_rescale_multiplier",
    "cfg_scale",
    "guidance",
}


def check_metadata_to_float_collection_invocation_label(value: str) -> MetadataToFloatCollectionInvocationLabel:
    if value in METADATA_TO_FLOAT_COLLECTION_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METADATA_TO_FLOAT_COLLECTION_INVOCATION_LABEL_VALUES!r}"
    )
