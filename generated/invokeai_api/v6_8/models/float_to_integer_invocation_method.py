from typing import Literal

FloatToIntegerInvocationMethod = Literal["Ceiling", "Floor", "Nearest", "Truncate"]

FLOAT_TO_INTEGER_INVOCATION_METHOD_VALUES: set[FloatToIntegerInvocationMethod] = {
    "Ceiling",
    "Floor",
    "Nearest",
    "Truncate",
}


def check_float_to_integer_invocation_method(value: str) -> FloatToIntegerInvocationMethod:
    if value in FLOAT_TO_INTEGER_INVOCATION_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOAT_TO_INTEGER_INVOCATION_METHOD_VALUES!r}")
