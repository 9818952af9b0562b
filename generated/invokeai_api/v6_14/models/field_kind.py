from typing import Literal

FieldKind = Literal["input", "internal", "node_attribute", "output"]

FIELD_KIND_VALUES: set[FieldKind] = {
    "input",
    "internal",
    "node_attribute",
    "output",
}


def check_field_kind(value: str) -> FieldKind:
    if value in FIELD_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_KIND_VALUES!r}")
