from typing import Literal

Classification = Literal["beta", "deprecated", "internal", "prototype", "special", "stable"]

CLASSIFICATION_VALUES: set[Classification] = {
    "beta",
    "deprecated",
    "internal",
    "prototype",
    "special",
    "stable",
}


def check_classification(value: str) -> Classification:
    if value in CLASSIFICATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLASSIFICATION_VALUES!r}")
