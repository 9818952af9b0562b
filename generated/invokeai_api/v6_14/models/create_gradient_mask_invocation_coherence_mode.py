from typing import Literal

CreateGradientMaskInvocationCoherenceMode = Literal["Box Blur", "Gaussian Blur", "Staged"]

CREATE_GRADIENT_MASK_INVOCATION_COHERENCE_MODE_VALUES: set[CreateGradientMaskInvocationCoherenceMode] = {
    "Box Blur",
    "Gaussian Blur",
    "Staged",
}


def check_create_gradient_mask_invocation_coherence_mode(value: str) -> CreateGradientMaskInvocationCoherenceMode:
    if value in CREATE_GRADIENT_MASK_INVOCATION_COHERENCE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GRADIENT_MASK_INVOCATION_COHERENCE_MODE_VALUES!r}"
    )
