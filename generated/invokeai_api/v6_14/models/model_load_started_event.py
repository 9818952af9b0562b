from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_load_started_event_config import ModelLoadStartedEventConfig


T = TypeVar("T", bound="ModelLoadStartedEvent")


@_attrs_define
class ModelLoadStartedEvent:
    """Event model for model_load_started"""

    config: ModelLoadStartedEventConfig
    """ The model's config """
    submodel_type: None | str
    """ The submodel type, if any """
    timestamp: int
    """ The timestamp of the event """
    user_id: str = "system"
    """ The ID of the user whose action triggered the load """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        submodel_type: None | str
        submodel_type = self.submodel_type

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "submodel_type": submodel_type,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_load_started_event_config import ModelLoadStartedEventConfig  # noqa: PLC0415

        d = dict(src_dict)
        config = ModelLoadStartedEventConfig.from_dict(d.pop("config"))

        def _parse_submodel_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submodel_type = _parse_submodel_type(d.pop("submodel_type"))

        timestamp = d.pop("timestamp")

        user_id = d.pop("user_id")

        model_load_started_event = cls(
            config=config,
            submodel_type=submodel_type,
            timestamp=timestamp,
            user_id=user_id,
        )

        model_load_started_event.additional_properties = d
        return model_load_started_event

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
