from typing import Literal

WorkflowCategory = Literal["default", "user"]

WORKFLOW_CATEGORY_VALUES: set[WorkflowCategory] = {
    "default",
    "user",
}


def check_workflow_category(value: str) -> WorkflowCategory:
    if value in WORKFLOW_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_CATEGORY_VALUES!r}")
