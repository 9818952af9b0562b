from typing import Literal

IntegerMathInvocationOperation = Literal["ABS", "ADD", "DIV", "EXP", "MAX", "MIN", "MOD", "MUL", "SUB"]

INTEGER_MATH_INVOCATION_OPERATION_VALUES: set[IntegerMathInvocationOperation] = {
    "ABS",
    "ADD",
    "DIV",
    "EXP",
    "MAX",
    "MIN",
    "MOD",
    "MUL",
    "SUB",
}


def check_integer_math_invocation_operation(value: str) -> IntegerMathInvocationOperation:
    if value in INTEGER_MATH_INVOCATION_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGER_MATH_INVOCATION_OPERATION_VALUES!r}")
