from typing import Literal

Krea2StyleReferenceInvocationFit = Literal["contain", "crop", "stretch"]

KREA_2_STYLE_REFERENCE_INVOCATION_FIT_VALUES: set[Krea2StyleReferenceInvocationFit] = {
    "contain",
    "crop",
    "stretch",
}


def check_krea_2_style_reference_invocation_fit(value: str) -> Krea2StyleReferenceInvocationFit:
    if value in KREA_2_STYLE_REFERENCE_INVOCATION_FIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KREA_2_STYLE_REFERENCE_INVOCATION_FIT_VALUES!r}")
