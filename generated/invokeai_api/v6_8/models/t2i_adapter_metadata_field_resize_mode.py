from typing import Literal

T2IAdapterMetadataFieldResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

T2I_ADAPTER_METADATA_FIELD_RESIZE_MODE_VALUES: set[T2IAdapterMetadataFieldResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_t2i_adapter_metadata_field_resize_mode(value: str) -> T2IAdapterMetadataFieldResizeMode:
    if value in T2I_ADAPTER_METADATA_FIELD_RESIZE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {T2I_ADAPTER_METADATA_FIELD_RESIZE_MODE_VALUES!r}")
