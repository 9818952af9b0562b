from typing import Literal

UpdateAppGenerationSettingsRequestImageSubfolderStrategy = Literal["date", "flat", "hash", "type"]

UPDATE_APP_GENERATION_SETTINGS_REQUEST_IMAGE_SUBFOLDER_STRATEGY_VALUES: set[
    UpdateAppGenerationSettingsRequestImageSubfolderStrategy
] = {
    "date",
    "flat",
    "hash",
    "type",
}


def check_update_app_generation_settings_request_image_subfolder_strategy(
    value: str,
) -> UpdateAppGenerationSettingsRequestImageSubfolderStrategy:
    if value in UPDATE_APP_GENERATION_SETTINGS_REQUEST_IMAGE_SUBFOLDER_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APP_GENERATION_SETTINGS_REQUEST_IMAGE_SUBFOLDER_STRATEGY_VALUES!r}"
    )
