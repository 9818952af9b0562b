from typing import Literal

ResourceOrigin = Literal["external", "internal"]

RESOURCE_ORIGIN_VALUES: set[ResourceOrigin] = {
    "external",
    "internal",
}


def check_resource_origin(value: str) -> ResourceOrigin:
    if value in RESOURCE_ORIGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_ORIGIN_VALUES!r}")
