from typing import Literal

WorkflowRecordOrderBy = Literal["created_at", "is_public", "name", "opened_at", "updated_at"]

WORKFLOW_RECORD_ORDER_BY_VALUES: set[WorkflowRecordOrderBy] = {
    "created_at",
    "is_public",
    "name",
    "opened_at",
    "updated_at",
}


def check_workflow_record_order_by(value: str) -> WorkflowRecordOrderBy:
    if value in WORKFLOW_RECORD_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_RECORD_ORDER_BY_VALUES!r}")
