from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_to_bool_collection_invocation_label import (
    MetadataToBoolCollectionInvocationLabel,
    check_metadata_to_bool_collection_invocation_label,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="MetadataToBoolCollectionInvocation")


@_attrs_define
class MetadataToBoolCollectionInvocation:
    """Extracts a Boolean value Collection of a label from metadata"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["metadata_to_bool_collection"] = "metadata_to_bool_collection"
    custom_label: None | str | Unset = UNSET
    """ Label for this metadata item """
    default_value: list[bool] | None | Unset = UNSET
    """ The default bool to use if not found in the metadata """
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    label: MetadataToBoolCollectionInvocationLabel | Unset = "* CUSTOM LABEL *"
    """ Label for this metadata item """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
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

        default_value: list[bool] | None | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, list):
            default_value = self.default_value

        else:
            default_value = self.default_value

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
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["metadata_to_bool_collection"], d.pop("type"))
        if type_ != "metadata_to_bool_collection":
            raise ValueError(f"type must match const 'metadata_to_bool_collection', got '{type_}'")

        def _parse_custom_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_label = _parse_custom_label(d.pop("custom_label", UNSET))

        def _parse_default_value(data: object) -> list[bool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_value_type_0 = cast(list[bool], data)

                return default_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool] | None | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        _label = d.pop("label", UNSET)
        label: MetadataToBoolCollectionInvocationLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = check_metadata_to_bool_collection_invocation_label(_label)

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

        metadata_to_bool_collection_invocation = cls(
            id=id,
            type_=type_,
            custom_label=custom_label,
            default_value=default_value,
            is_intermediate=is_intermediate,
            label=label,
            metadata=metadata,
            use_cache=use_cache,
        )

        metadata_to_bool_collection_invocation.additional_properties = d
        return metadata_to_bool_collection_invocation

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
