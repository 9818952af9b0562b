from typing import Literal

IPAdapterMetadataFieldMethod = Literal["composition", "full", "style", "style_precise", "style_strong"]

IP_ADAPTER_METADATA_FIELD_METHOD_VALUES: set[IPAdapterMetadataFieldMethod] = {
    "composition",
    "full",
    "style",
    "style_precise",
    "style_strong",
}


def check_ip_adapter_metadata_field_method(value: str) -> IPAdapterMetadataFieldMethod:
    if value in IP_ADAPTER_METADATA_FIELD_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_METADATA_FIELD_METHOD_VALUES!r}")
