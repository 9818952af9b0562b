from typing import Literal

SessionQueueItemStatus = Literal["canceled", "completed", "failed", "in_progress", "pending", "waiting"]

SESSION_QUEUE_ITEM_STATUS_VALUES: set[SessionQueueItemStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "pending",
    "waiting",
}


def check_session_queue_item_status(value: str) -> SessionQueueItemStatus:
    if value in SESSION_QUEUE_ITEM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_QUEUE_ITEM_STATUS_VALUES!r}")
