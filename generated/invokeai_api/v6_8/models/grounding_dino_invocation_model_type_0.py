from typing import Literal

GroundingDinoInvocationModelType0 = Literal["grounding-dino-base", "grounding-dino-tiny"]

GROUNDING_DINO_INVOCATION_MODEL_TYPE_0_VALUES: set[GroundingDinoInvocationModelType0] = {
    "grounding-dino-base",
    "grounding-dino-tiny",
}


def check_grounding_dino_invocation_model_type_0(value: str) -> GroundingDinoInvocationModelType0:
    if value in GROUNDING_DINO_INVOCATION_MODEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUNDING_DINO_INVOCATION_MODEL_TYPE_0_VALUES!r}")
