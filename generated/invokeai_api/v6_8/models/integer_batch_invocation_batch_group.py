from typing import Literal

IntegerBatchInvocationBatchGroup = Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"]

INTEGER_BATCH_INVOCATION_BATCH_GROUP_VALUES: set[IntegerBatchInvocationBatchGroup] = {
    "Group 1",
    "Group 2",
    "Group 3",
    "Group 4",
    "Group 5",
    "None",
}


def check_integer_batch_invocation_batch_group(value: str) -> IntegerBatchInvocationBatchGroup:
    if value in INTEGER_BATCH_INVOCATION_BATCH_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGER_BATCH_INVOCATION_BATCH_GROUP_VALUES!r}")
