from typing import Literal

MainCheckpointConfigFormat = Literal["bnb_quantized_nf4b", "checkpoint", "gguf_quantized"]

MAIN_CHECKPOINT_CONFIG_FORMAT_VALUES: set[MainCheckpointConfigFormat] = {
    "bnb_quantized_nf4b",
    "checkpoint",
    "gguf_quantized",
}


def check_main_checkpoint_config_format(value: str) -> MainCheckpointConfigFormat:
    if value in MAIN_CHECKPOINT_CONFIG_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAIN_CHECKPOINT_CONFIG_FORMAT_VALUES!r}")
