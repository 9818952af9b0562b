from typing import Literal

ControlNetCheckpointConfigFormat = Literal["bnb_quantized_nf4b", "checkpoint", "gguf_quantized"]

CONTROL_NET_CHECKPOINT_CONFIG_FORMAT_VALUES: set[ControlNetCheckpointConfigFormat] = {
    "bnb_quantized_nf4b",
    "checkpoint",
    "gguf_quantized",
}


def check_control_net_checkpoint_config_format(value: str) -> ControlNetCheckpointConfigFormat:
    if value in CONTROL_NET_CHECKPOINT_CONFIG_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_NET_CHECKPOINT_CONFIG_FORMAT_VALUES!r}")
