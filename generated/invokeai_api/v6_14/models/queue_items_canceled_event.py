from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queue_items_canceled_event_canceled_item_ids_by_user import (
        QueueItemsCanceledEventCanceledItemIdsByUser,
    )


T = TypeVar("T", bound="QueueItemsCanceledEvent")


@_attrs_define
class QueueItemsCanceledEvent:
    """Event model for queue_items_canceled. Emitted when queue items are canceled or deleted in
    bulk (e.g. cancel/delete-all-except-current) without per-item status change events.

    """

    canceled_item_ids: list[int]
    """ The IDs of the queue items that were canceled or deleted """
    canceled_item_ids_by_user: QueueItemsCanceledEventCanceledItemIdsByUser
    """ The canceled queue item IDs keyed by owner user ID. """
    queue_id: str
    """ The ID of the queue """
    timestamp: int
    """ The timestamp of the event """
    user_ids: list[str]
    """ The IDs of the users who own the canceled queue items """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canceled_item_ids = self.canceled_item_ids

        canceled_item_ids_by_user = self.canceled_item_ids_by_user.to_dict()

        queue_id = self.queue_id

        timestamp = self.timestamp

        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canceled_item_ids": canceled_item_ids,
                "canceled_item_ids_by_user": canceled_item_ids_by_user,
                "queue_id": queue_id,
                "timestamp": timestamp,
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_items_canceled_event_canceled_item_ids_by_user import (
            QueueItemsCanceledEventCanceledItemIdsByUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        canceled_item_ids = cast(list[int], d.pop("canceled_item_ids"))

        canceled_item_ids_by_user = QueueItemsCanceledEventCanceledItemIdsByUser.from_dict(
            d.pop("canceled_item_ids_by_user")
        )

        queue_id = d.pop("queue_id")

        timestamp = d.pop("timestamp")

        user_ids = cast(list[str], d.pop("user_ids"))

        queue_items_canceled_event = cls(
            canceled_item_ids=canceled_item_ids,
            canceled_item_ids_by_user=canceled_item_ids_by_user,
            queue_id=queue_id,
            timestamp=timestamp,
            user_ids=user_ids,
        )

        queue_items_canceled_event.additional_properties = d
        return queue_items_canceled_event

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
