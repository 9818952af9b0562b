"""Errors of the event stream and of submitted batches (jobs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._base import InvokeAIError, _rebuild


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


class QueueFullError(JobError):
    """The server's queue took only part of a batch: InvokeAI enqueues what fits under its
    ``max_queue_size`` (pending items) and answers success with ``enqueued`` < ``requested``.

    The items that did land run as usual: ``job`` follows them (wait on it, or cancel it), ``result`` is
    the server's answer. The rest were never enqueued; send them later, or use a durable run (``Run``,
    ``invokeai-client run --out``), which feeds a queue as it empties.

    Attributes:
        batch_id: the batch.
        requested: sessions the batch asked for.
        enqueued: sessions the server took.
        limit: the server's ``max_queue_size``, when its runtime config says it (else ``None``).
        pending: the queue's pending items just after the enqueue, when known.
        result: the enqueue's answer (``EnqueueResult``).
        job: the ``Job``/``AsyncJob`` of the items that landed (``submit``; ``None`` for a bare enqueue).
    """

    def __init__(
        self,
        *,
        batch_id: str,
        requested: int,
        enqueued: int,
        limit: int | None = None,
        pending: int | None = None,
        result: Any = None,
        job: Any = None,
    ) -> None:
        cap = f" (its max_queue_size is {limit})" if limit is not None else ""
        super().__init__(
            f"the server's queue is full{cap}: it took {enqueued} of the {requested} session(s) of batch"
            f" {batch_id}; {requested - enqueued} were not enqueued. The {enqueued} that landed run as usual"
            " (wait on or cancel error.job); send the rest later, or use a durable run (Run, run --out),"
            " which feeds the queue as it empties"
        )
        self.batch_id = batch_id
        self.requested = requested
        self.enqueued = enqueued
        self.limit = limit
        self.pending = pending
        self.result = result
        self.job = job

    @property
    def missing(self) -> int:
        """Sessions that were not enqueued."""
        return self.requested - self.enqueued

    def __reduce__(self) -> tuple[Any, ...]:
        state = {**self.__dict__, "job": None}  # a job holds a connection: it does not cross processes
        return _rebuild, (type(self), self.args, state)
