from typing import Literal

DownloadJobStatus = Literal["cancelled", "completed", "error", "running", "waiting"]

DOWNLOAD_JOB_STATUS_VALUES: set[DownloadJobStatus] = {
    "cancelled",
    "completed",
    "error",
    "running",
    "waiting",
}


def check_download_job_status(value: str) -> DownloadJobStatus:
    if value in DOWNLOAD_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOWNLOAD_JOB_STATUS_VALUES!r}")
