from typing import Literal

ExternalModelPanelControlName = Literal["dimensions", "reference_images", "seed"]

EXTERNAL_MODEL_PANEL_CONTROL_NAME_VALUES: set[ExternalModelPanelControlName] = {
    "dimensions",
    "reference_images",
    "seed",
}


def check_external_model_panel_control_name(value: str) -> ExternalModelPanelControlName:
    if value in EXTERNAL_MODEL_PANEL_CONTROL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_MODEL_PANEL_CONTROL_NAME_VALUES!r}")
