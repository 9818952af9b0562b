"""Every record of a paged listing, read page after page: what ``list()`` returns where the server pages.

The verb rule of the resources: ``list()`` gives every record (a list), ``page()`` one page with the
server's total, ``names()`` every name where the server lists names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, Protocol, TypeVar

from .._flows import Flow

PAGE_SIZE: Final = 500  # records per request when reading them all


class _Page(Protocol):
    @property
    def items(self) -> list[Any]: ...


T = TypeVar("T")


def every_item(
    read_page: Callable[[int, int], Flow[Any]], item: type[T], per_page: int = PAGE_SIZE
) -> Flow[list[T]]:
    """The items of pages ``read_page(offset, limit)`` until one comes back short (the server's ``total``
    is not trusted: InvokeAI 6.8 reports the page's count there for boards, and records may arrive
    meanwhile)."""
    items: list[T] = []
    while True:
        page: _Page = yield from read_page(len(items), per_page)
        items += page.items
        if len(page.items) < per_page:
            return items
