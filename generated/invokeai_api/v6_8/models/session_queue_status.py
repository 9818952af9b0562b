from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionQueueStatus")


@_attrs_define
class SessionQueueStatus:
    batch_id: None | str
    """ The current queue item's batch id """
    canceled: int
    """ Number of queue items with status 'canceled' """
    completed: int
    """ Number of queue items with status 'complete' """
    failed: int
    """ Number of queue items with status 'error' """
    in_progress: int
    """ Number of queue items with status 'in_progress' """
    item_id: int | None
    """ The current queue item id """
    pending: int
    """ Number of queue items with status 'pending' """
    queue_id: str
    """ The ID of the queue """
    session_id: None | str
    """ The current queue item's session id """
    total: int
    """ Total number of queue items """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: None | str
        batch_id = self.batch_id

        canceled = self.canceled

        completed = self.completed

        failed = self.failed

        in_progress = self.in_progress

        item_id: int | None
        item_id = self.item_id

        pending = self.pending

        queue_id = self.queue_id

        session_id: None | str
        session_id = self.session_id

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "canceled": canceled,
                "completed": completed,
                "failed": failed,
                "in_progress": in_progress,
                "item_id": item_id,
                "pending": pending,
                "queue_id": queue_id,
                "session_id": session_id,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_batch_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        batch_id = _parse_batch_id(d.pop("batch_id"))

        canceled = d.pop("canceled")

        completed = d.pop("completed")

        failed = d.pop("failed")

        in_progress = d.pop("in_progress")

        def _parse_item_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        item_id = _parse_item_id(d.pop("item_id"))

        pending = d.pop("pending")

        queue_id = d.pop("queue_id")

        def _parse_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        session_id = _parse_session_id(d.pop("session_id"))

        total = d.pop("total")

        session_queue_status = cls(
            batch_id=batch_id,
            canceled=canceled,
            completed=completed,
            failed=failed,
            in_progress=in_progress,
            item_id=item_id,
            pending=pending,
            queue_id=queue_id,
            session_id=session_id,
            total=total,
        )

        session_queue_status.additional_properties = d
        return session_queue_status

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
