"""Every exception the SDK raises, in one tree.

::

    InvokeAIError
    ├── APIError                          talking to the server went wrong
    │   ├── APIConnectionError            no HTTP response (refused, reset, DNS …)
    │   │   └── APITimeoutError           … because a timeout expired (also a builtin TimeoutError)
    │   ├── APIStatusError                the server answered with a status >= 400
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   │   └── LoginRequiredError    … no token sent to a multi-user server: log in first
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   │   └── BoardNotFoundError    … a board id that does not exist (``board_id`` names it)
    │   │   ├── MethodNotAllowedError     405
    │   │   ├── ConflictError             409
    │   │   ├── UnsupportedMediaTypeError 415 (e.g. an upload the server cannot read as an image)
    │   │   ├── UnprocessableEntityError  422, with the server's validation issues
    │   │   ├── RateLimitError            429
    │   │   └── InternalServerError       >= 500
    │   │       └── EndpointNotImplementedError  501: the server has the route but no implementation
    │   ├── APIResponseValidationError    a 2xx body that is not what the API documents
    │   │   └── UnexpectedContentTypeError  … e.g. a web page (HTML) where the API answers data or files
    │   └── NotInvokeAIServerError        the base URL answers, but not as an InvokeAI server
    ├── ConfigurationError                a client setting is wrong (also a ValueError)
    ├── InvalidNameError                  a name or id no server object can have ('..', 'a/b'; also ValueError)
    ├── UnsupportedServerVersionError     the server's major version is not one this SDK speaks
    ├── UnsupportedByServerError          the connected server's version lacks what a method needs
    ├── MissingDependencyError            an optional package (Pillow) is not installed (also ImportError)
    ├── NodePackError                     the server could not install or remove a custom node pack
    ├── ImageError                        an upload or download that cannot be done (no partial file left)
    │   ├── InvalidImageError             upload data is not an image (also ValueError)
    │   ├── InvalidVideoError             upload data is not a video (also ValueError)
    │   ├── OutputFolderError             a download folder cannot be written (also OSError)
    │   └── BulkDownloadTimeoutError      the server's zip was not ready in time (also TimeoutError)
    ├── OutputMappingError                a session or event lacks the documented shape (also ValueError)
    ├── EventStreamError                  the Socket.IO event stream failed (connect, closed, no ack)
    ├── JobError                          a submitted batch did not end as hoped
    │   ├── JobFailedError                an item failed: the server's error type, message, traceback
    │   ├── JobCanceledError              an item was canceled
    │   ├── JobItemsMissingError          items vanished from the queue (deleted or cleared by someone)
    │   ├── EnqueueUnconfirmedError       an enqueue's outcome is unknown; not resent (may have landed)
    │   └── JobTimeoutError               items still unfinished when the wait ran out (also TimeoutError)
    ├── ModelInstallError                 a model install could not start, or did not end as hoped
    │   ├── ModelSourceError              the server cannot install from the source (no such path, offline …)
    │   ├── ModelInstallFailedError       the install job failed: the server's error type, message, traceback
    │   ├── ModelInstallCanceledError     the install job was cancelled
    │   └── ModelInstallTimeoutError      the job still unfinished when the wait ran out (also TimeoutError)
    └── WorkflowError                     a workflow, its inputs or values are wrong (no request made)
        ├── WorkflowFormatError           malformed JSON, an unsupported version, an invalid form
        ├── TemplateError                 the invocation templates (OpenAPI document) are unusable
        ├── UnknownNodeTypeError          a node type the server has no template for
        ├── InputNotFoundError            no input matches an index, key or label
        ├── AmbiguousInputError           a label matches several inputs
        ├── InputConnectedError           the input is fed by an edge and cannot take a value
        ├── InputValueError               a value breaks the input's type or constraints
        ├── MissingInputError             required inputs have no value
        ├── BatchDataError                sweeps or batch nodes do not form valid batch data
        ├── UnsupportedGeneratorError     a generator node feeds the workflow's batch data
        ├── ModelResolutionError          model references not found among the installed models
        ├── InputDriftError               the inputs no longer match a saved index map
        └── PreflightError                the pre-flight check found errors

Errors of the layer below (httpx) are translated once, in ``_http``, and chained ``from`` the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._errors_base import InvokeAIError
from ._errors_jobs import (
    BulkDownloadTimeoutError,
    EnqueueUnconfirmedError,
    EventStreamError,
    ImageError,
    InvalidImageError,
    InvalidVideoError,
    JobCanceledError,
    JobError,
    JobFailedError,
    JobItemsMissingError,
    JobTimeoutError,
    ModelInstallCanceledError,
    ModelInstallError,
    ModelInstallFailedError,
    ModelInstallTimeoutError,
    ModelSourceError,
    OutputFolderError,
    OutputMappingError,
)
from ._errors_workflows import (
    AmbiguousInputError,
    BatchDataError,
    InputConnectedError,
    InputDriftError,
    InputNotFoundError,
    InputValueError,
    MissingInputError,
    ModelResolutionError,
    PreflightError,
    TemplateError,
    UnknownNodeTypeError,
    UnsupportedGeneratorError,
    WorkflowError,
    WorkflowFormatError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousInputError",
    "AuthenticationError",
    "BadRequestError",
    "BatchDataError",
    "BoardNotFoundError",
    "BulkDownloadTimeoutError",
    "ConfigurationError",
    "ConflictError",
    "EndpointNotImplementedError",
    "EnqueueUnconfirmedError",
    "EventStreamError",
    "ImageError",
    "InputConnectedError",
    "InputDriftError",
    "InputNotFoundError",
    "InputValueError",
    "InternalServerError",
    "InvalidImageError",
    "InvalidNameError",
    "InvalidVideoError",
    "InvokeAIError",
    "JobCanceledError",
    "JobError",
    "JobFailedError",
    "JobItemsMissingError",
    "JobTimeoutError",
    "LoginRequiredError",
    "MethodNotAllowedError",
    "MissingDependencyError",
    "MissingInputError",
    "ModelInstallCanceledError",
    "ModelInstallError",
    "ModelInstallFailedError",
    "ModelInstallTimeoutError",
    "ModelResolutionError",
    "ModelSourceError",
    "NodePackError",
    "NotFoundError",
    "NotInvokeAIServerError",
    "OutputFolderError",
    "OutputMappingError",
    "PermissionDeniedError",
    "PreflightError",
    "RateLimitError",
    "TemplateError",
    "UnexpectedContentTypeError",
    "UnknownNodeTypeError",
    "UnprocessableEntityError",
    "UnsupportedByServerError",
    "UnsupportedGeneratorError",
    "UnsupportedMediaTypeError",
    "UnsupportedServerVersionError",
    "ValidationIssue",
    "WorkflowError",
    "WorkflowFormatError",
]


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


class ConfigurationError(InvokeAIError, ValueError):
    """A client setting (base URL, timeout, retries …) is not valid. Raised before any request."""


class InvalidNameError(InvokeAIError, ValueError):
    """A name or id given for a URL path that nothing on the server can have: empty, ``.``, ``..``, or holding
    a ``/`` or ``\\`` (the server would route such a path elsewhere). Raised before any request."""

    def __init__(self, *, parameter: str, value: str, method: str | None = None) -> None:
        where = f" (in {method})" if method else ""
        super().__init__(
            f"{parameter} {value!r}{where} cannot name anything on the server: {_name_problem(value)}"
        )
        self.parameter = parameter
        self.value = value


def _name_problem(value: str) -> str:
    if value in ("", ".", ".."):
        return "it is empty or a relative path step"
    return "it contains a path separator"


def is_safe_name(value: str) -> bool:
    """Whether ``value`` can be one segment of a URL path as the server routes it."""
    return value not in ("", ".", "..") and "/" not in value and "\\" not in value


class UnsupportedServerVersionError(InvokeAIError):
    """The server runs a major version this SDK was not built for."""

    def __init__(self, *, version: str, supported: str, url: str) -> None:
        super().__init__(
            f"InvokeAI server at {url} is version {version}; this client supports {supported}. "
            "Upgrade invokeai-client, or regenerate it against this server (see README: 'Server upgrades')."
        )
        self.version = version
        self.supported = supported
        self.url = url


class UnsupportedByServerError(InvokeAIError):
    """The connected server does not offer what a method needs; raised before the method sends anything.

    Attributes:
        method: the SDK method, e.g. ``"videos.list"``.
        server_version: the connected server's version.
        supported_by: the InvokeAI versions, among those this SDK was generated from, that have it.
        missing: the operations the server lacks (``"GET /api/v1/videos/i/{video_name}"`` …).
    """

    def __init__(
        self,
        *,
        method: str,
        server_version: str,
        url: str,
        supported_by: list[str],
        missing: list[str],
    ) -> None:
        where = f"InvokeAI {server_version} at {url}" if url else f"InvokeAI {server_version}"
        offered = (
            f"it needs InvokeAI {', '.join(supported_by)}"
            if supported_by
            else "no InvokeAI version this SDK knows offers it"
        )
        super().__init__(f"{method} is not supported by {where}: {offered} (missing: {', '.join(missing)})")
        self.method = method
        self.server_version = server_version
        self.url = url
        self.supported_by = supported_by
        self.missing = missing


class NodePackError(InvokeAIError):
    """The server did not install (or uninstall) a custom node pack. It answers such failures with 200 and
    ``success: false``; ``pack`` names the pack, ``message`` is the server's own words (a failed ``git
    clone``, "already exists", "not found" …)."""

    def __init__(self, *, action: str, pack: str, message: str) -> None:
        super().__init__(f"could not {action} node pack {pack!r}: {message}")
        self.pack = pack
        self.message = message


class MissingDependencyError(InvokeAIError, ImportError):
    """An optional package a feature needs is not installed. The message says what to install."""

    def __init__(self, package: str, *, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs {package}, which is not installed: pip install 'invokeai-client[{extra}]'"
        )
        self.package = package


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
