from typing import Literal

VAECheckpointConfigFormat = Literal["bnb_quantized_nf4b", "checkpoint", "gguf_quantized"]

VAE_CHECKPOINT_CONFIG_FORMAT_VALUES: set[VAECheckpointConfigFormat] = {
    "bnb_quantized_nf4b",
    "checkpoint",
    "gguf_quantized",
}


def check_vae_checkpoint_config_format(value: str) -> VAECheckpointConfigFormat:
    if value in VAE_CHECKPOINT_CONFIG_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VAE_CHECKPOINT_CONFIG_FORMAT_VALUES!r}")
