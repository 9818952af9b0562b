from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ControlAdapterDefaultSettings")


@_attrs_define
class ControlAdapterDefaultSettings:
    preprocessor: None | str

    def to_dict(self) -> dict[str, Any]:
        preprocessor: None | str
        preprocessor = self.preprocessor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preprocessor": preprocessor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_preprocessor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preprocessor = _parse_preprocessor(d.pop("preprocessor"))

        control_adapter_default_settings = cls(
            preprocessor=preprocessor,
        )

        return control_adapter_default_settings
