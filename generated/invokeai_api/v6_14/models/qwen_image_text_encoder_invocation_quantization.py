from typing import Literal

QwenImageTextEncoderInvocationQuantization = Literal["int8", "nf4", "none"]

QWEN_IMAGE_TEXT_ENCODER_INVOCATION_QUANTIZATION_VALUES: set[QwenImageTextEncoderInvocationQuantization] = {
    "int8",
    "nf4",
    "none",
}


def check_qwen_image_text_encoder_invocation_quantization(value: str) -> QwenImageTextEncoderInvocationQuantization:
    if value in QWEN_IMAGE_TEXT_ENCODER_INVOCATION_QUANTIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_TEXT_ENCODER_INVOCATION_QUANTIZATION_VALUES!r}"
    )
