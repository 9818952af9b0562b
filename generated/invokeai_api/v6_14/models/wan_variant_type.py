from typing import Literal

WanVariantType = Literal["i2v_a14b", "t2v_a14b", "ti2v_5b"]

WAN_VARIANT_TYPE_VALUES: set[WanVariantType] = {
    "i2v_a14b",
    "t2v_a14b",
    "ti2v_5b",
}


def check_wan_variant_type(value: str) -> WanVariantType:
    if value in WAN_VARIANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_VARIANT_TYPE_VALUES!r}")
