from typing import Literal

MetadataToBoolCollectionInvocationLabel = Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"]

METADATA_TO_BOOL_COLLECTION_INVOCATION_LABEL_VALUES: set[MetadataToBoolCollectionInvocationLabel] = {
    "* CUSTOM LABEL *",
    "seamless_x",
    "seamless_y",
}


def check_metadata_to_bool_collection_invocation_label(value: str) -> MetadataToBoolCollectionInvocationLabel:
    if value in METADATA_TO_BOOL_COLLECTION_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METADATA_TO_BOOL_COLLECTION_INVOCATION_LABEL_VALUES!r}"
    )
