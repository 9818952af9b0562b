from typing import Literal

HFTokenStatus = Literal["invalid", "unknown", "valid"]

HF_TOKEN_STATUS_VALUES: set[HFTokenStatus] = {
    "invalid",
    "unknown",
    "valid",
}


def check_hf_token_status(value: str) -> HFTokenStatus:
    if value in HF_TOKEN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HF_TOKEN_STATUS_VALUES!r}")
