from typing import Literal

MetadataToSchedulerInvocationLabel = Literal["* CUSTOM LABEL *", "scheduler"]

METADATA_TO_SCHEDULER_INVOCATION_LABEL_VALUES: set[MetadataToSchedulerInvocationLabel] = {
    "* CUSTOM LABEL *",
    "scheduler",
}


def check_metadata_to_scheduler_invocation_label(value: str) -> MetadataToSchedulerInvocationLabel:
    if value in METADATA_TO_SCHEDULER_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_SCHEDULER_INVOCATION_LABEL_VALUES!r}")
