"""Typed Socket.IO events of an InvokeAI server, one model per event name.

The models mirror the event schemas of every server version this SDK was generated from
(``components.schemas.*Event`` of each document): a field every version sends is required, a field only
some versions send (``user_id`` since 6.14, ``credits`` until 6.8 …) is optional, and a status outside the
known values is kept as a string. A unit test checks each model against each version's schemas and fails
when a server upgrade changes an event. The server's event name is not part
of the payload; it is added as the ``event`` field, the discriminator of `AnyEvent`. An event name
this SDK does not know (or a known name whose payload does not validate) becomes an [`UnknownEvent`][invokeai_client.types.UnknownEvent]
carrying the raw payload; nothing is dropped.

Heavy or open-ended fields stay JSON (``dict``): the prepared ``invocation`` node, an invocation's
``result``, a model's ``config`` and a model install's ``source``.

Timestamps: ``timestamp`` is whole seconds since the epoch (UTC). The queue item times
(``created_at``, ``started_at``, ``completed_at`` …) are the server's SQLite strings, UTC without a zone
marker, e.g. ``"2026-11-21 05:32:57.012"``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from ._queue_events import (
    BatchEnqueuedEvent,
    ConnectionState,
    Event,
    InvocationCompleteEvent,
    InvocationErrorEvent,
    InvocationProgressEvent,
    InvocationStartedEvent,
    ProgressImage,
    QueueClearedEvent,
    QueueItemsCanceledEvent,
    QueueItemsRetriedEvent,
    QueueItemStatusChangedEvent,
    RecallParametersUpdatedEvent,
)
from ._server_events import (
    BulkDownloadCompleteEvent,
    BulkDownloadErrorEvent,
    BulkDownloadStartedEvent,
    DownloadCancelledEvent,
    DownloadCompleteEvent,
    DownloadErrorEvent,
    DownloadPausedEvent,
    DownloadProgressEvent,
    DownloadStartedEvent,
    LLMTaskCompleteEvent,
    LLMTaskErrorEvent,
    LLMTaskProgressEvent,
    ModelInstallCancelledEvent,
    ModelInstallCompleteEvent,
    ModelInstallDownloadProgressEvent,
    ModelInstallDownloadsCompleteEvent,
    ModelInstallDownloadStartedEvent,
    ModelInstallErrorEvent,
    ModelInstallStartedEvent,
    ModelLoadCompleteEvent,
    ModelLoadStartedEvent,
    WorkflowAccessRevokedEvent,
    WorkflowCreatedEvent,
    WorkflowDeletedEvent,
    WorkflowUpdatedEvent,
)

__all__ = [
    "EVENT_TYPES",
    "AnyEvent",
    "BatchEnqueuedEvent",
    "BulkDownloadCompleteEvent",
    "BulkDownloadErrorEvent",
    "BulkDownloadStartedEvent",
    "ConnectionState",
    "DownloadCancelledEvent",
    "DownloadCompleteEvent",
    "DownloadErrorEvent",
    "DownloadPausedEvent",
    "DownloadProgressEvent",
    "DownloadStartedEvent",
    "Event",
    "InvocationCompleteEvent",
    "InvocationErrorEvent",
    "InvocationProgressEvent",
    "InvocationStartedEvent",
    "KnownEvent",
    "LLMTaskCompleteEvent",
    "LLMTaskErrorEvent",
    "LLMTaskProgressEvent",
    "ModelInstallCancelledEvent",
    "ModelInstallCompleteEvent",
    "ModelInstallDownloadProgressEvent",
    "ModelInstallDownloadStartedEvent",
    "ModelInstallDownloadsCompleteEvent",
    "ModelInstallErrorEvent",
    "ModelInstallStartedEvent",
    "ModelLoadCompleteEvent",
    "ModelLoadStartedEvent",
    "ProgressImage",
    "QueueClearedEvent",
    "QueueItemStatusChangedEvent",
    "QueueItemsCanceledEvent",
    "QueueItemsRetriedEvent",
    "RecallParametersUpdatedEvent",
    "UnknownEvent",
    "WorkflowAccessRevokedEvent",
    "WorkflowCreatedEvent",
    "WorkflowDeletedEvent",
    "WorkflowUpdatedEvent",
]


# ---- the union ------------------------------------------------------------------------------------


class UnknownEvent(Event):
    """An event this SDK has no model for, or whose payload did not validate (``error`` says why)."""

    payload: Any
    error: str | None = None


KnownEvent = Annotated[
    InvocationStartedEvent
    | InvocationProgressEvent
    | InvocationCompleteEvent
    | InvocationErrorEvent
    | QueueItemStatusChangedEvent
    | BatchEnqueuedEvent
    | QueueItemsRetriedEvent
    | QueueItemsCanceledEvent
    | QueueClearedEvent
    | RecallParametersUpdatedEvent
    | DownloadStartedEvent
    | DownloadProgressEvent
    | DownloadCompleteEvent
    | DownloadPausedEvent
    | DownloadCancelledEvent
    | DownloadErrorEvent
    | ModelLoadStartedEvent
    | ModelLoadCompleteEvent
    | ModelInstallDownloadStartedEvent
    | ModelInstallDownloadProgressEvent
    | ModelInstallDownloadsCompleteEvent
    | ModelInstallStartedEvent
    | ModelInstallCompleteEvent
    | ModelInstallCancelledEvent
    | ModelInstallErrorEvent
    | BulkDownloadStartedEvent
    | BulkDownloadCompleteEvent
    | BulkDownloadErrorEvent
    | WorkflowCreatedEvent
    | WorkflowUpdatedEvent
    | WorkflowDeletedEvent
    | WorkflowAccessRevokedEvent
    | LLMTaskProgressEvent
    | LLMTaskCompleteEvent
    | LLMTaskErrorEvent,
    Field(discriminator="event"),
]
"""Every event the SDK has a model for, discriminated by ``event`` (the server's event name)."""

AnyEvent = KnownEvent | UnknownEvent
"""What an event stream delivers: a known event, or an [`UnknownEvent`][invokeai_client.types.UnknownEvent]."""


def _event_types() -> dict[str, type[Event]]:
    table: dict[str, type[Event]] = {}
    pending: list[type[Event]] = [Event]
    while pending:
        for cls in pending.pop().__subclasses__():
            pending.append(cls)
            default = cls.model_fields["event"].default
            if isinstance(default, str):
                table[default] = cls
    return dict(sorted(table.items()))


EVENT_TYPES: dict[str, type[Event]] = _event_types()
"""The server's event name -> its model, for every event in `KnownEvent`."""

# Defined in _queue_events and _server_events; shown (and pickled) as invokeai_client.types.events.X.
for _type in (*EVENT_TYPES.values(), ConnectionState, Event, ProgressImage, UnknownEvent):
    _type.__module__ = __name__
