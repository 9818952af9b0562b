from typing import Literal

ImageMoveStatusResponseOperationType0 = Literal["move_all", "recovery"]

IMAGE_MOVE_STATUS_RESPONSE_OPERATION_TYPE_0_VALUES: set[ImageMoveStatusResponseOperationType0] = {
    "move_all",
    "recovery",
}


def check_image_move_status_response_operation_type_0(value: str) -> ImageMoveStatusResponseOperationType0:
    if value in IMAGE_MOVE_STATUS_RESPONSE_OPERATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_MOVE_STATUS_RESPONSE_OPERATION_TYPE_0_VALUES!r}"
    )
