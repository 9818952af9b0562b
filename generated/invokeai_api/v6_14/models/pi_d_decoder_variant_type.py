from typing import Literal

PiDDecoderVariantType = Literal["res2k_sr4x", "res2kto4k_sr4x"]

PI_D_DECODER_VARIANT_TYPE_VALUES: set[PiDDecoderVariantType] = {
    "res2k_sr4x",
    "res2kto4k_sr4x",
}


def check_pi_d_decoder_variant_type(value: str) -> PiDDecoderVariantType:
    if value in PI_D_DECODER_VARIANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PI_D_DECODER_VARIANT_TYPE_VALUES!r}")
