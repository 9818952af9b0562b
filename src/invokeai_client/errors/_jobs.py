"""Errors of the event stream and of submitted batches (jobs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._base import InvokeAIError


class EventStreamError(InvokeAIError):
    """The Socket.IO event stream failed: it could not connect or join the queue room, or it is closed.

    Errors of python-socketio are translated here, chained ``from`` the original.
    """


class JobError(InvokeAIError):
    """A submitted batch did not end as hoped. ``items`` holds every item fetched, so results are not lost."""


class _ItemEndedError(JobError):
    verb = "ended"

    def __init__(self, item: Any, *, items: Sequence[Any] = ()) -> None:
        self.item = item
        self.item_id: int = item.item_id
        self.batch_id: str = item.batch_id
        self.items = list(items)
        super().__init__(self._describe(item))

    def _describe(self, item: Any) -> str:
        return f"queue item {item.item_id} (batch {item.batch_id}) {self.verb}"


class JobFailedError(_ItemEndedError):
    """A queue item failed. ``error_type``, ``error_message`` and ``error_traceback`` are the server's."""

    verb = "failed"

    def __init__(self, item: Any, *, items: Sequence[Any] = ()) -> None:
        self.error_type: str | None = item.error_type
        self.error_message: str | None = item.error_message
        self.error_traceback: str | None = item.error_traceback
        super().__init__(item, items=items)

    def _describe(self, item: Any) -> str:
        return f"{super()._describe(item)}: {item.error_type}: {item.error_message}"


class JobCanceledError(_ItemEndedError):
    """A queue item was canceled."""

    verb = "was canceled"


class JobTimeoutError(JobError, TimeoutError):
    """The wait ran out with items unfinished; wait again on the same job to go on waiting."""

    def __init__(self, *, batch_id: str, item_ids: Sequence[int], timeout: float) -> None:
        super().__init__(f"batch {batch_id}: item(s) {list(item_ids)} not finished within {timeout:g} s")
        self.batch_id = batch_id
        self.item_ids = list(item_ids)
        self.timeout = timeout


class JobItemsMissingError(JobError):
    """Items of the batch are no longer on the server (deleted, or the queue was cleared, by someone else).

    Attributes:
        batch_id: the batch.
        item_ids: the items the server no longer has.
        items: the items it still has.
    """

    def __init__(self, *, batch_id: str, item_ids: Sequence[int], items: Sequence[Any]) -> None:
        super().__init__(
            f"batch {batch_id}: item(s) {list(item_ids)} are no longer on the server (deleted, or the queue "
            "was cleared)"
        )
        self.batch_id = batch_id
        self.item_ids = list(item_ids)
        self.items = list(items)


class EnqueueUnconfirmedError(JobError):
    """An enqueue ended without a readable answer, and the server could not confirm within the reconcile
    window whether the batch landed. It was not sent again: resending could double it.

    Check later with ``client.queue.batch_status(batch_id)`` (``total`` 0: it did not land), or cancel it
    with ``client.queue.cancel_batches([batch_id])``.

    Attributes:
        batch_id: the batch id the client chose for the enqueue.
        reason: what happened to the enqueue (the chained exception has the details).
    """

    def __init__(self, *, batch_id: str, reason: str) -> None:
        super().__init__(
            f"the enqueue of batch {batch_id} was not confirmed ({reason}); it was not sent again, since "
            f"it may have landed: check client.queue.batch_status({batch_id!r})"
        )
        self.batch_id = batch_id
        self.reason = reason
