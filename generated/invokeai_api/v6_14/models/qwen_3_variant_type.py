from typing import Literal

Qwen3VariantType = Literal["qwen3_06b", "qwen3_4b", "qwen3_8b"]

QWEN_3_VARIANT_TYPE_VALUES: set[Qwen3VariantType] = {
    "qwen3_06b",
    "qwen3_4b",
    "qwen3_8b",
}


def check_qwen_3_variant_type(value: str) -> Qwen3VariantType:
    if value in QWEN_3_VARIANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QWEN_3_VARIANT_TYPE_VALUES!r}")
