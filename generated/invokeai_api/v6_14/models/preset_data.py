from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PresetData")


@_attrs_define
class PresetData:
    negative_prompt: str
    """ Negative prompt """
    positive_prompt: str
    """ Positive prompt """

    def to_dict(self) -> dict[str, Any]:
        negative_prompt = self.negative_prompt

        positive_prompt = self.positive_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "negative_prompt": negative_prompt,
                "positive_prompt": positive_prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        negative_prompt = d.pop("negative_prompt")

        positive_prompt = d.pop("positive_prompt")

        preset_data = cls(
            negative_prompt=negative_prompt,
            positive_prompt=positive_prompt,
        )

        return preset_data
