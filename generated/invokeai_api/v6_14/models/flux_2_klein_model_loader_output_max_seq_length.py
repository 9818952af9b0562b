from typing import Literal

Flux2KleinModelLoaderOutputMaxSeqLength = Literal[256, 512]

FLUX_2_KLEIN_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES: set[Flux2KleinModelLoaderOutputMaxSeqLength] = {
    256,
    512,
}


def check_flux_2_klein_model_loader_output_max_seq_length(value: int) -> Flux2KleinModelLoaderOutputMaxSeqLength:
    if value in FLUX_2_KLEIN_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES!r}"
    )
