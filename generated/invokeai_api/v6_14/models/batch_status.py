from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchStatus")


@_attrs_define
class BatchStatus:
    batch_id: str
    """ The ID of the batch """
    canceled: int
    """ Number of queue items with status 'canceled' """
    completed: int
    """ Number of queue items with status 'complete' """
    destination: None | str
    """ The destination of the batch """
    failed: int
    """ Number of queue items with status 'error' """
    in_progress: int
    """ Number of queue items with status 'in_progress' """
    origin: None | str
    """ The origin of the batch """
    pending: int
    """ Number of queue items with status 'pending' """
    queue_id: str
    """ The ID of the queue """
    total: int
    """ Total number of queue items """
    waiting: int
    """ Number of queue items with status 'waiting' """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        canceled = self.canceled

        completed = self.completed

        destination: None | str
        destination = self.destination

        failed = self.failed

        in_progress = self.in_progress

        origin: None | str
        origin = self.origin

        pending = self.pending

        queue_id = self.queue_id

        total = self.total

        waiting = self.waiting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "canceled": canceled,
                "completed": completed,
                "destination": destination,
                "failed": failed,
                "in_progress": in_progress,
                "origin": origin,
                "pending": pending,
                "queue_id": queue_id,
                "total": total,
                "waiting": waiting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        canceled = d.pop("canceled")

        completed = d.pop("completed")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        failed = d.pop("failed")

        in_progress = d.pop("in_progress")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        pending = d.pop("pending")

        queue_id = d.pop("queue_id")

        total = d.pop("total")

        waiting = d.pop("waiting")

        batch_status = cls(
            batch_id=batch_id,
            canceled=canceled,
            completed=completed,
            destination=destination,
            failed=failed,
            in_progress=in_progress,
            origin=origin,
            pending=pending,
            queue_id=queue_id,
            total=total,
            waiting=waiting,
        )

        batch_status.additional_properties = d
        return batch_status

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
