"""Requests as values: API operations are written once as generator *flows* of them (driven in ``_drive``).

A flow yields the request it wants sent and receives the successful ``httpx.Response``; error statuses and
transport failures are thrown into the flow as typed errors, so a flow can react to them (or let them
propagate). A request is either a plain spec (``{"method", "url", …}``) or a :class:`Call` of a generated
operation by name, built when it is sent with the generated package that matches the connected server
(``resources._api``).
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import httpx

T = TypeVar("T")
RequestSpec = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Call:
    """A request for a generated operation, by name (``"boards.list_boards"``), built when it is sent.

    ``args``/``kwargs`` go to the operation's ``_get_kwargs``; ``headers`` are added to what it builds;
    ``once`` marks a request the transport must never resend (it creates something); ``idempotent`` one it
    may resend whatever its method (a read sent as POST, such as ``items_by_ids``); ``timeout`` bounds this
    request below the client's own timeout (what is left of a wait's deadline).
    """

    endpoint: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    once: bool = False
    idempotent: bool = False
    timeout: float | None = None

    def with_headers(self, headers: Mapping[str, str]) -> Call:
        return replace(self, headers={**self.headers, **headers})

    def sent_once(self) -> Call:
        return replace(self, once=True)

    def as_read(self) -> Call:
        """This request marked safe to resend (it changes nothing on the server)."""
        return replace(self, idempotent=True)

    def within(self, seconds: float | None) -> Call:
        """This request bounded to ``seconds`` (``None``: the client's own timeout)."""
        return replace(self, timeout=seconds)


Request = RequestSpec | Call
Flow = Generator[Request, httpx.Response, T]
"""A flow of HTTP requests: it receives each successful response."""
