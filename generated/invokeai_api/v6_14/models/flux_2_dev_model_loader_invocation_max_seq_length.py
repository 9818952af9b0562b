from typing import Literal

Flux2DevModelLoaderInvocationMaxSeqLength = Literal[256, 512]

FLUX_2_DEV_MODEL_LOADER_INVOCATION_MAX_SEQ_LENGTH_VALUES: set[Flux2DevModelLoaderInvocationMaxSeqLength] = {
    256,
    512,
}


def check_flux_2_dev_model_loader_invocation_max_seq_length(value: int) -> Flux2DevModelLoaderInvocationMaxSeqLength:
    if value in FLUX_2_DEV_MODEL_LOADER_INVOCATION_MAX_SEQ_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_DEV_MODEL_LOADER_INVOCATION_MAX_SEQ_LENGTH_VALUES!r}"
    )
