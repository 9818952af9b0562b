from typing import Literal

QwenImageVariantType = Literal["edit", "generate"]

QWEN_IMAGE_VARIANT_TYPE_VALUES: set[QwenImageVariantType] = {
    "edit",
    "generate",
}


def check_qwen_image_variant_type(value: str) -> QwenImageVariantType:
    if value in QWEN_IMAGE_VARIANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_VARIANT_TYPE_VALUES!r}")
