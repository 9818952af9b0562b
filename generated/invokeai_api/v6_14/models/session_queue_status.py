from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    waiting: int
    """ Number of queue items with status 'waiting' """
    user_in_progress: int | None | Unset = UNSET
    """ Number of the requesting user's queue items with status 'in_progress' (None for admins/global callers) """
    user_pending: int | None | Unset = UNSET
    """ Number of the requesting user's queue items with status 'pending' (None for admins/global callers) """
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

        waiting = self.waiting

        user_in_progress: int | None | Unset
        if isinstance(self.user_in_progress, Unset):
            user_in_progress = UNSET
        else:
            user_in_progress = self.user_in_progress

        user_pending: int | None | Unset
        if isinstance(self.user_pending, Unset):
            user_pending = UNSET
        else:
            user_pending = self.user_pending

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
                "waiting": waiting,
            }
        )
        if user_in_progress is not UNSET:
            field_dict["user_in_progress"] = user_in_progress
        if user_pending is not UNSET:
            field_dict["user_pending"] = user_pending

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

        waiting = d.pop("waiting")

        def _parse_user_in_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_in_progress = _parse_user_in_progress(d.pop("user_in_progress", UNSET))

        def _parse_user_pending(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_pending = _parse_user_pending(d.pop("user_pending", UNSET))

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
            waiting=waiting,
            user_in_progress=user_in_progress,
            user_pending=user_pending,
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
