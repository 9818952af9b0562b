"""What every resource shares: the twin base classes, and requests for lists of any length.

An API method is written once, as a function returning a *flow* (see ``_core``); ``@operation`` (from
``_twins``) makes it a blocking method on a sync resource and a coroutine method on an async one, so the
twins cannot drift apart. Arguments are checked when the method is called, before the flow sends anything.

A method runs only if the connected server offers what it needs: the endpoints named by ``@requires``
(and by its resource's ``_requires``) are checked before its first request, and every other request is
checked as it is built; either way a missing one is an ``UnsupportedByServerError`` naming the method.

Long lists: requests whose body carries a list of names or ids, for lists of any length.

InvokeAI 6.14 refuses such a body with more than 1,000 entries (a 422: ``maxItems`` in its document; 6.8 has
no limit). The client sends a longer list in requests of at most `LIST_LIMIT` entries, one after the
other, and joins their answers in order. For a change (star, move, delete), a request that fails after
others succeeded leaves those done: its error says how many entries the earlier requests had handled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, TypeVar

from pydantic import BaseModel

from .._core import AsyncCore, ServerState, SyncCore
from .._flows import Flow
from .._twins import AsyncTwin, SyncTwin, Twin, iteration, operation, requires
from ..errors import APIError
from ._api import Endpoint, ServerApi

__all__ = [
    "LIST_LIMIT",
    "AsyncResource",
    "Operations",
    "SyncResource",
    "in_requests",
    "iteration",
    "join_lists",
    "join_models",
    "operation",
    "requires",
]

T = TypeVar("T")
R = TypeVar("R")
M = TypeVar("M", bound=BaseModel)


class Operations(Twin):
    """Base of the resource classes that define ``@operation`` methods: what a flow may read from its resource.

    ``_resource`` names the resource in errors (``"boards"``: ``client.boards``); ``_requires`` lists
    endpoints every method of the resource needs (a server without them has none of its methods).
    """

    _requires: ClassVar[tuple[Endpoint, ...]] = ()
    _core: SyncCore | AsyncCore

    @property
    def _state(self) -> ServerState:
        return self._core.state

    @property
    def _api(self) -> ServerApi:
        """The connected server's description; known inside a flow (the core learns it before driving)."""
        api = self._core.state.api
        if not isinstance(api, ServerApi):
            raise RuntimeError("the server is not known yet: read self._api inside a flow")
        return api


class SyncResource(SyncTwin, Operations):
    def __init__(self, core: SyncCore) -> None:
        self._core: SyncCore = core


class AsyncResource(AsyncTwin, Operations):
    def __init__(self, core: AsyncCore) -> None:
        self._core: AsyncCore = core


# ---- lists of any length --------------------------------------------------------------------------

LIST_LIMIT = 1000


def in_requests(
    values: Sequence[T], send: Callable[[list[T]], Flow[R]], join: Callable[[list[R]], R]
) -> Flow[R]:
    """``send`` each run of at most `LIST_LIMIT` values (one run for an empty list); ``join`` the
    answers."""
    runs = [list(values[start : start + LIST_LIMIT]) for start in range(0, len(values), LIST_LIMIT)] or [[]]
    answers: list[R] = []
    for index, run in enumerate(runs):
        try:
            answers.append((yield from send(run)))
        except APIError as exc:
            if index:
                exc.add_note(f"the {index * LIST_LIMIT} entries before these were sent in earlier requests")
            raise
    return answers[0] if len(answers) == 1 else join(answers)


def join_lists(answers: list[list[T]]) -> list[T]:
    return [value for answer in answers for value in answer]


def join_models(answers: list[M]) -> M:
    """One answer of the same model: each list field joined in order, without repeats (image names, board
    ids); other fields as the first answer has them."""
    first = answers[0]
    joined = {}
    for name, value in first:
        if isinstance(value, list):
            seen: dict[object, None] = {}
            for answer in answers:
                seen.update(dict.fromkeys(getattr(answer, name)))
            joined[name] = list(seen)
    return first.model_copy(update=joined)
