from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_field import ControlField
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="MetadataToControlnetsInvocation")


@_attrs_define
class MetadataToControlnetsInvocation:
    """Extracts a Controlnets value of a label from metadata"""

    id: str
    """ The id of this instance of an invocation. Must be unique among all instances of invocations. """
    type_: Literal["metadata_to_controlnets"] = "metadata_to_controlnets"
    control_list: ControlField | list[ControlField] | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    """ Whether or not this is an intermediate invocation. """
    metadata: MetadataField | None | Unset = UNSET
    """ Optional metadata to be saved with the image """
    use_cache: bool | Unset = True
    """ Whether or not to use the cache """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_field import ControlField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        control_list: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.control_list, Unset):
            control_list = UNSET
        elif isinstance(self.control_list, ControlField):
            control_list = self.control_list.to_dict()
        elif isinstance(self.control_list, list):
            control_list = []
            for control_list_type_1_item_data in self.control_list:
                control_list_type_1_item = control_list_type_1_item_data.to_dict()
                control_list.append(control_list_type_1_item)

        else:
            control_list = self.control_list

        is_intermediate = self.is_intermediate

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
        if control_list is not UNSET:
            field_dict["control_list"] = control_list
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_field import ControlField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["metadata_to_controlnets"], d.pop("type"))
        if type_ != "metadata_to_controlnets":
            raise ValueError(f"type must match const 'metadata_to_controlnets', got '{type_}'")

        def _parse_control_list(data: object) -> ControlField | list[ControlField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_list_type_0 = ControlField.from_dict(data)

                return control_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                control_list_type_1 = []
                _control_list_type_1 = data
                for control_list_type_1_item_data in _control_list_type_1:
                    control_list_type_1_item = ControlField.from_dict(control_list_type_1_item_data)

                    control_list_type_1.append(control_list_type_1_item)

                return control_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlField | list[ControlField] | None | Unset, data)

        control_list = _parse_control_list(d.pop("control_list", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

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

        metadata_to_controlnets_invocation = cls(
            id=id,
            type_=type_,
            control_list=control_list,
            is_intermediate=is_intermediate,
            metadata=metadata,
            use_cache=use_cache,
        )

        metadata_to_controlnets_invocation.additional_properties = d
        return metadata_to_controlnets_invocation

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
