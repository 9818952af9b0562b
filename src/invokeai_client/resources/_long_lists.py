"""Requests whose body carries a list of names or ids, for lists of any length.

InvokeAI 6.14 refuses such a body with more than 1,000 entries (a 422: ``maxItems`` in its document; 6.8 has
no limit). The client sends a longer list in requests of at most `LIST_LIMIT` entries, one after the
other, and joins their answers in order. For a change (star, move, delete), a request that fails after
others succeeded leaves those done: its error says how many entries the earlier requests had handled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel

from .._steps import Flow
from ..errors import APIError

T = TypeVar("T")
R = TypeVar("R")
M = TypeVar("M", bound=BaseModel)

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
