from typing import Literal

IPAdapterInvocationClipVisionModel = Literal["ViT-G", "ViT-H", "ViT-L"]

IP_ADAPTER_INVOCATION_CLIP_VISION_MODEL_VALUES: set[IPAdapterInvocationClipVisionModel] = {
    "ViT-G",
    "ViT-H",
    "ViT-L",
}


def check_ip_adapter_invocation_clip_vision_model(value: str) -> IPAdapterInvocationClipVisionModel:
    if value in IP_ADAPTER_INVOCATION_CLIP_VISION_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_INVOCATION_CLIP_VISION_MODEL_VALUES!r}")
