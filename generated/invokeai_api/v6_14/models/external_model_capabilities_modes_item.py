from typing import Literal

ExternalModelCapabilitiesModesItem = Literal["img2img", "inpaint", "txt2img"]

EXTERNAL_MODEL_CAPABILITIES_MODES_ITEM_VALUES: set[ExternalModelCapabilitiesModesItem] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_external_model_capabilities_modes_item(value: str) -> ExternalModelCapabilitiesModesItem:
    if value in EXTERNAL_MODEL_CAPABILITIES_MODES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_MODEL_CAPABILITIES_MODES_ITEM_VALUES!r}")
