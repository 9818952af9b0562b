from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invocation_progress_event_invocation import InvocationProgressEventInvocation
    from ..models.progress_image import ProgressImage


T = TypeVar("T", bound="InvocationProgressEvent")


@_attrs_define
class InvocationProgressEvent:
    """Event model for invocation_progress"""

    batch_id: str
    """ The ID of the queue batch """
    destination: None | str
    """ The destination of the queue item """
    device: None | str
    """ The device processing this session, e.g. 'cuda:1' (set only when running on a GPU) """
    image: None | ProgressImage
    """ An image representing the current state of the progress """
    invocation: InvocationProgressEventInvocation
    """ The ID of the invocation """
    invocation_source_id: str
    """ The ID of the prepared invocation's source node """
    item_id: int
    """ The ID of the queue item """
    message: str
    """ A message to display """
    origin: None | str
    """ The origin of the queue item """
    percentage: float | None
    """ The percentage of the progress (omit to indicate indeterminate progress) """
    queue_id: str
    """ The ID of the queue """
    session_id: str
    """ The ID of the session (aka graph execution state) """
    timestamp: int
    """ The timestamp of the event """
    user_id: str = "system"
    """ The ID of the user who created the queue item """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.progress_image import ProgressImage  # noqa: PLC0415

        batch_id = self.batch_id

        destination: None | str
        destination = self.destination

        device: None | str
        device = self.device

        image: dict[str, Any] | None
        if isinstance(self.image, ProgressImage):
            image = self.image.to_dict()
        else:
            image = self.image

        invocation = self.invocation.to_dict()

        invocation_source_id = self.invocation_source_id

        item_id = self.item_id

        message = self.message

        origin: None | str
        origin = self.origin

        percentage: float | None
        percentage = self.percentage

        queue_id = self.queue_id

        session_id = self.session_id

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "destination": destination,
                "device": device,
                "image": image,
                "invocation": invocation,
                "invocation_source_id": invocation_source_id,
                "item_id": item_id,
                "message": message,
                "origin": origin,
                "percentage": percentage,
                "queue_id": queue_id,
                "session_id": session_id,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invocation_progress_event_invocation import InvocationProgressEventInvocation  # noqa: PLC0415
        from ..models.progress_image import ProgressImage  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        def _parse_device(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        device = _parse_device(d.pop("device"))

        def _parse_image(data: object) -> None | ProgressImage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ProgressImage.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressImage, data)

        image = _parse_image(d.pop("image"))

        invocation = InvocationProgressEventInvocation.from_dict(d.pop("invocation"))

        invocation_source_id = d.pop("invocation_source_id")

        item_id = d.pop("item_id")

        message = d.pop("message")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        def _parse_percentage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        queue_id = d.pop("queue_id")

        session_id = d.pop("session_id")

        timestamp = d.pop("timestamp")

        user_id = d.pop("user_id")

        invocation_progress_event = cls(
            batch_id=batch_id,
            destination=destination,
            device=device,
            image=image,
            invocation=invocation,
            invocation_source_id=invocation_source_id,
            item_id=item_id,
            message=message,
            origin=origin,
            percentage=percentage,
            queue_id=queue_id,
            session_id=session_id,
            timestamp=timestamp,
            user_id=user_id,
        )

        invocation_progress_event.additional_properties = d
        return invocation_progress_event

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
