from typing import Literal

BoardRecordOrderBy = Literal["board_name", "created_at"]

BOARD_RECORD_ORDER_BY_VALUES: set[BoardRecordOrderBy] = {
    "board_name",
    "created_at",
}


def check_board_record_order_by(value: str) -> BoardRecordOrderBy:
    if value in BOARD_RECORD_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOARD_RECORD_ORDER_BY_VALUES!r}")
