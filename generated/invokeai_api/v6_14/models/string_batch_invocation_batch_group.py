from typing import Literal

StringBatchInvocationBatchGroup = Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"]

STRING_BATCH_INVOCATION_BATCH_GROUP_VALUES: set[StringBatchInvocationBatchGroup] = {
    "Group 1",
    "Group 2",
    "Group 3",
    "Group 4",
    "Group 5",
    "None",
}


def check_string_batch_invocation_batch_group(value: str) -> StringBatchInvocationBatchGroup:
    if value in STRING_BATCH_INVOCATION_BATCH_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STRING_BATCH_INVOCATION_BATCH_GROUP_VALUES!r}")
