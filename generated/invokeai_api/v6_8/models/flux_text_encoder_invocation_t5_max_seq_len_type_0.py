from typing import Literal

FluxTextEncoderInvocationT5MaxSeqLenType0 = Literal[256, 512]

FLUX_TEXT_ENCODER_INVOCATION_T5_MAX_SEQ_LEN_TYPE_0_VALUES: set[FluxTextEncoderInvocationT5MaxSeqLenType0] = {
    256,
    512,
}


def check_flux_text_encoder_invocation_t5_max_seq_len_type_0(value: int) -> FluxTextEncoderInvocationT5MaxSeqLenType0:
    if value in FLUX_TEXT_ENCODER_INVOCATION_T5_MAX_SEQ_LEN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_TEXT_ENCODER_INVOCATION_T5_MAX_SEQ_LEN_TYPE_0_VALUES!r}"
    )
