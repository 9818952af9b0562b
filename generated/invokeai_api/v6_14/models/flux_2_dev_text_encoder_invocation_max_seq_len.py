from typing import Literal

Flux2DevTextEncoderInvocationMaxSeqLen = Literal[256, 512]

FLUX_2_DEV_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES: set[Flux2DevTextEncoderInvocationMaxSeqLen] = {
    256,
    512,
}


def check_flux_2_dev_text_encoder_invocation_max_seq_len(value: int) -> Flux2DevTextEncoderInvocationMaxSeqLen:
    if value in FLUX_2_DEV_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_DEV_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES!r}"
    )
