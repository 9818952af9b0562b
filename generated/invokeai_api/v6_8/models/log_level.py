from typing import Literal

LogLevel = Literal[0, 10, 20, 30, 40, 50]

LOG_LEVEL_VALUES: set[LogLevel] = {
    0,
    10,
    20,
    30,
    40,
    50,
}


def check_log_level(value: int) -> LogLevel:
    if value in LOG_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOG_LEVEL_VALUES!r}")
