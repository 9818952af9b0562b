from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicPromptInvocation")


@_attrs_define
class DynamicPromptInvocation:
    """Parses a prompt using adieyal/dynamicprompts' random or combinatorial generator"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["dynamic_prompt"] = "dynamic_prompt"
    combinatorial: bool | Unset = False
    """ Whether to use the combinatorial generator """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    max_prompts: int | Unset = 1
    """ The number of prompts to generate """
    prompt: None | str | Unset = UNSET
    """ The prompt to parse with dynamicprompts """
    use_cache: bool | Unset = False
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        combinatorial = self.combinatorial

        is_intermediate = self.is_intermediate

        max_prompts = self.max_prompts

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if combinatorial is not UNSET:
            field_dict["combinatorial"] = combinatorial
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if max_prompts is not UNSET:
            field_dict["max_prompts"] = max_prompts
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["dynamic_prompt"], d.pop("type"))
        if type_ != "dynamic_prompt":
            raise ValueError(f"type must match const 'dynamic_prompt', got '{type_}'")

        combinatorial = d.pop("combinatorial", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        max_prompts = d.pop("max_prompts", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        dynamic_prompt_invocation = cls(
            id=id,
            type_=type_,
            combinatorial=combinatorial,
            is_intermediate=is_intermediate,
            max_prompts=max_prompts,
            prompt=prompt,
            use_cache=use_cache,
        )

        dynamic_prompt_invocation.additional_properties = d
        return dynamic_prompt_invocation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
