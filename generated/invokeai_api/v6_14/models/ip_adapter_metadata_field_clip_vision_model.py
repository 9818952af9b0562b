from typing import Literal

IPAdapterMetadataFieldClipVisionModel = Literal["ViT-G", "ViT-H", "ViT-L"]

IP_ADAPTER_METADATA_FIELD_CLIP_VISION_MODEL_VALUES: set[IPAdapterMetadataFieldClipVisionModel] = {
    "ViT-G",
    "ViT-H",
    "ViT-L",
}


def check_ip_adapter_metadata_field_clip_vision_model(value: str) -> IPAdapterMetadataFieldClipVisionModel:
    if value in IP_ADAPTER_METADATA_FIELD_CLIP_VISION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_METADATA_FIELD_CLIP_VISION_MODEL_VALUES!r}"
    )
