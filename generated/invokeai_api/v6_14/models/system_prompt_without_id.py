from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SystemPromptWithoutId")


@_attrs_define
class SystemPromptWithoutId:
    content: str
    """ The system prompt content. """
    name: str
    """ The name of the system prompt. """

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name")

        system_prompt_without_id = cls(
            content=content,
            name=name,
        )

        return system_prompt_without_id
