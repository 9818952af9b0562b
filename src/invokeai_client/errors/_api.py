"""Errors of talking to the server: no answer, an error status, an answer that is not what the API
documents. The one map from a status to its exception is here; httpx's errors are translated in ``_http``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import InvokeAIError


class APIError(InvokeAIError):
    """A request to the server failed. ``method`` and ``url`` name the request."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIConnectionError(APIError):
    """No HTTP response was received (connection refused or reset, DNS failure, …).

    ``request_sent`` is false only when the request provably never left the client (the connection could
    not be opened): then the server cannot have acted on it.
    """

    def __init__(self, *, method: str, url: str, reason: str, request_sent: bool = True) -> None:
        super().__init__(f"{method} {url}: could not reach the server ({reason})", method=method, url=url)
        self.reason = reason
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError, TimeoutError):
    """The request timed out before a response arrived."""


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """One entry of a 422 response's ``detail`` list, as FastAPI/pydantic report it."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.loc)
        return f"{where}: {self.msg}" if where else self.msg


class APIStatusError(APIError):
    """The server answered with an error status.

    Attributes:
        status_code: the HTTP status.
        detail: the server's ``detail`` (a string, or the raw JSON when it is structured), else the body text.
        body: the decoded JSON body, or ``None`` when the body is not JSON.
    """

    def __init__(self, *, method: str, url: str, status_code: int, detail: Any, body: Any) -> None:
        super().__init__(
            f"{method} {url} -> {status_code}: {_describe_detail(detail)}", method=method, url=url
        )
        self.status_code = status_code
        self.detail = detail
        self.body = body


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401."""


class LoginRequiredError(AuthenticationError):
    """401 for a request sent without a token: the server runs in multi-user mode (InvokeAI 6.14) and
    wants a login. Log in with ``client.auth.login(email, password)``, or pass ``token=`` to the client."""

    def __init__(self, *, method: str, url: str, status_code: int, detail: Any, body: Any) -> None:
        described = (
            f"{detail}: this server requires a login (multi-user mode); call client.auth.login(email, "
            "password) or pass token= (or $INVOKEAI_TOKEN)"
        )
        super().__init__(method=method, url=url, status_code=status_code, detail=described, body=body)


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class BoardNotFoundError(NotFoundError):
    """No board has the id given. ``board_id`` names it."""

    def __init__(
        self,
        board_id: str,
        *,
        method: str,
        url: str,
        status_code: int = 404,
        detail: Any = None,
        body: Any = None,
    ) -> None:
        self.board_id = board_id
        described = f"there is no board with id {board_id!r}" + (f" ({detail})" if detail else "")
        super().__init__(method=method, url=url, status_code=status_code, detail=described, body=body)


class MethodNotAllowedError(APIStatusError):
    """405."""


class ConflictError(APIStatusError):
    """409."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the server cannot read the content sent (an upload that is not an image)."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the request's content. ``issues`` lists what and where."""

    def __init__(self, *, method: str, url: str, status_code: int, detail: Any, body: Any) -> None:
        self.issues = _validation_issues(detail)
        described: Any = "; ".join(str(issue) for issue in self.issues) if self.issues else detail
        super().__init__(method=method, url=url, status_code=status_code, detail=described, body=body)


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


class EndpointNotImplementedError(InternalServerError):
    """501: the server documents this endpoint but does not implement it (InvokeAI 6.8's videos API)."""


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the API's documented shape."""

    def __init__(self, *, method: str, url: str, status_code: int, reason: str) -> None:
        super().__init__(
            f"{method} {url} -> {status_code}: unexpected response body ({reason})", method=method, url=url
        )
        self.status_code = status_code
        self.reason = reason


class UnexpectedContentTypeError(APIResponseValidationError):
    """A successful response of the wrong kind, e.g. InvokeAI 6.14's web page (``text/html``) served for an
    API path it does not know. ``content_type`` is what the server sent; nothing of the body is kept."""

    def __init__(self, *, method: str, url: str, status_code: int, content_type: str, expected: str) -> None:
        super().__init__(
            method=method,
            url=url,
            status_code=status_code,
            reason=f"{content_type or 'no content type'} where {expected} was expected",
        )
        self.content_type = content_type


class NotInvokeAIServerError(APIError):
    """The base URL answers HTTP, but not as an InvokeAI server does."""

    def __init__(self, *, method: str, url: str, reason: str) -> None:
        super().__init__(f"{method} {url}: not an InvokeAI server ({reason})", method=method, url=url)
        self.reason = reason


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    501: EndpointNotImplementedError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status (the one status -> exception map)."""
    if status_code in _STATUS_ERRORS:
        return _STATUS_ERRORS[status_code]
    return InternalServerError if status_code >= 500 else APIStatusError


def _validation_issues(detail: Any) -> list[ValidationIssue]:
    if not isinstance(detail, list):
        return []
    issues = []
    for entry in detail:
        if isinstance(entry, dict):
            loc = entry.get("loc") or ()
            issues.append(
                ValidationIssue(
                    loc=tuple(part for part in loc if isinstance(part, str | int)),
                    msg=str(entry.get("msg", "")),
                    type=str(entry.get("type", "")),
                )
            )
    return issues


def _describe_detail(detail: Any) -> str:
    text = detail if isinstance(detail, str) else repr(detail)
    return text if len(text) <= 2000 else text[:2000] + "…"
