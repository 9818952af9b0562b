from typing import Literal

InstallStatus = Literal[
    "cancelled", "completed", "downloading", "downloads_done", "error", "paused", "running", "waiting"
]

INSTALL_STATUS_VALUES: set[InstallStatus] = {
    "cancelled",
    "completed",
    "downloading",
    "downloads_done",
    "error",
    "paused",
    "running",
    "waiting",
}


def check_install_status(value: str) -> InstallStatus:
    if value in INSTALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTALL_STATUS_VALUES!r}")
