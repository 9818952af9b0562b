from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch import Batch
    from ..models.validation_run_data import ValidationRunData


T = TypeVar("T", bound="BodyEnqueueBatch")


@_attrs_define
class BodyEnqueueBatch:
    batch: Batch
    prepend: bool | Unset = False
    """ Whether or not to prepend this batch in the queue """
    validation_run_data: None | Unset | ValidationRunData = UNSET
    """ The validation run data to use for this batch. This is only used if this is a validation run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_run_data import ValidationRunData  # noqa: PLC0415

        batch = self.batch.to_dict()

        prepend = self.prepend

        validation_run_data: dict[str, Any] | None | Unset
        if isinstance(self.validation_run_data, Unset):
            validation_run_data = UNSET
        elif isinstance(self.validation_run_data, ValidationRunData):
            validation_run_data = self.validation_run_data.to_dict()
        else:
            validation_run_data = self.validation_run_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
            }
        )
        if prepend is not UNSET:
            field_dict["prepend"] = prepend
        if validation_run_data is not UNSET:
            field_dict["validation_run_data"] = validation_run_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch import Batch  # noqa: PLC0415
        from ..models.validation_run_data import ValidationRunData  # noqa: PLC0415

        d = dict(src_dict)
        batch = Batch.from_dict(d.pop("batch"))

        prepend = d.pop("prepend", UNSET)

        def _parse_validation_run_data(data: object) -> None | Unset | ValidationRunData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_run_data_type_0 = ValidationRunData.from_dict(data)

                return validation_run_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationRunData, data)

        validation_run_data = _parse_validation_run_data(d.pop("validation_run_data", UNSET))

        body_enqueue_batch = cls(
            batch=batch,
            prepend=prepend,
            validation_run_data=validation_run_data,
        )

        body_enqueue_batch.additional_properties = d
        return body_enqueue_batch

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
