from typing import Literal

FluxVariantType = Literal["dev", "dev_fill", "schnell"]

FLUX_VARIANT_TYPE_VALUES: set[FluxVariantType] = {
    "dev",
    "dev_fill",
    "schnell",
}


def check_flux_variant_type(value: str) -> FluxVariantType:
    if value in FLUX_VARIANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_VARIANT_TYPE_VALUES!r}")
