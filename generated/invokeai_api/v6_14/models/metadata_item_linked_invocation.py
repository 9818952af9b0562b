from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_item_linked_invocation_label import (
    MetadataItemLinkedInvocationLabel,
    check_metadata_item_linked_invocation_label,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="MetadataItemLinkedInvocation")


@_attrs_define
class MetadataItemLinkedInvocation:
    """Used to Create/Add/Update a value into a metadata label"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["metadata_item_linked"] = "metadata_item_linked"
    custom_label: None | str | Unset = UNSET
    """ Label for this metadata item """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    label: MetadataItemLinkedInvocationLabel | Unset = "* CUSTOM LABEL *"
    """ Label for this metadata item """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    value: Any | None | Unset = UNSET
    """ The value for this metadata item (may be any type) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        is_intermediate = self.is_intermediate

        label: str | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        use_cache = self.use_cache

        value: Any | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["metadata_item_linked"], d.pop("type"))
        if type_ != "metadata_item_linked":
            raise ValueError(f"type must match const 'metadata_item_linked', got '{type_}'")

        def _parse_custom_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_label = _parse_custom_label(d.pop("custom_label", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        _label = d.pop("label", UNSET)
        label: MetadataItemLinkedInvocationLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = check_metadata_item_linked_invocation_label(_label)

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        def _parse_value(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        metadata_item_linked_invocation = cls(
            id=id,
            type_=type_,
            custom_label=custom_label,
            is_intermediate=is_intermediate,
            label=label,
            metadata=metadata,
            use_cache=use_cache,
            value=value,
        )

        metadata_item_linked_invocation.additional_properties = d
        return metadata_item_linked_invocation

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
