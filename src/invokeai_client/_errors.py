"""Every exception the SDK raises, in one tree.

::

    InvokeAIError
    ├── APIError                          talking to the server went wrong
    │   ├── APIConnectionError            no HTTP response (refused, reset, DNS …)
    │   │   └── APITimeoutError           … because a timeout expired (also a builtin TimeoutError)
    │   ├── APIStatusError                the server answered with a status >= 400
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
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
    │   └── NotInvokeAIServerError        the base URL answers, but not as an InvokeAI server
    ├── ConfigurationError                a client setting is wrong (also a ValueError)
    ├── UnsupportedServerVersionError     the server's major version is not one this SDK speaks
    ├── MissingDependencyError            an optional package (Pillow) is not installed (also ImportError)
    ├── ImageError                        an upload or download that cannot be done (no partial file left)
    │   ├── InvalidImageError             upload data is not an image (also ValueError)
    │   ├── OutputFolderError             a download folder cannot be written (also OSError)
    │   └── BulkDownloadTimeoutError      the server's zip was not ready in time (also TimeoutError)
    ├── OutputMappingError                a session or event lacks the documented shape (also ValueError)
    ├── EventStreamError                  the Socket.IO event stream failed (connect, closed, no ack)
    ├── JobError                          a submitted batch did not end as hoped
    │   ├── JobFailedError                an item failed: the server's error type, message, traceback
    │   ├── JobCanceledError              an item was canceled
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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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
    "EventStreamError",
    "ImageError",
    "InputConnectedError",
    "InputDriftError",
    "InputNotFoundError",
    "InputValueError",
    "InternalServerError",
    "InvalidImageError",
    "InvokeAIError",
    "JobCanceledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "MethodNotAllowedError",
    "MissingDependencyError",
    "MissingInputError",
    "ModelInstallCanceledError",
    "ModelInstallError",
    "ModelInstallFailedError",
    "ModelInstallTimeoutError",
    "ModelResolutionError",
    "ModelSourceError",
    "NotFoundError",
    "NotInvokeAIServerError",
    "OutputFolderError",
    "OutputMappingError",
    "PermissionDeniedError",
    "PreflightError",
    "RateLimitError",
    "TemplateError",
    "UnknownNodeTypeError",
    "UnprocessableEntityError",
    "UnsupportedGeneratorError",
    "UnsupportedMediaTypeError",
    "UnsupportedServerVersionError",
    "ValidationIssue",
    "WorkflowError",
    "WorkflowFormatError",
]


class InvokeAIError(Exception):
    """Base class of every error raised by invokeai-client."""


class APIError(InvokeAIError):
    """A request to the server failed. ``method`` and ``url`` name the request."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIConnectionError(APIError):
    """No HTTP response was received (connection refused or reset, DNS failure, …)."""

    def __init__(self, *, method: str, url: str, reason: str) -> None:
        super().__init__(f"{method} {url}: could not reach the server ({reason})", method=method, url=url)
        self.reason = reason


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


class NotInvokeAIServerError(APIError):
    """The base URL answers HTTP, but not as an InvokeAI server does."""

    def __init__(self, *, method: str, url: str, reason: str) -> None:
        super().__init__(f"{method} {url}: not an InvokeAI server ({reason})", method=method, url=url)
        self.reason = reason


class ConfigurationError(InvokeAIError, ValueError):
    """A client setting (base URL, timeout, retries …) is not valid. Raised before any request."""


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


class MissingDependencyError(InvokeAIError, ImportError):
    """An optional package a feature needs is not installed. The message says what to install."""

    def __init__(self, package: str, *, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs {package}, which is not installed: pip install 'invokeai-client[{extra}]'"
        )
        self.package = package


class ImageError(InvokeAIError):
    """An image upload or download could not be done: bad data, an unwritable folder, a zip never made."""


class InvalidImageError(ImageError, ValueError):
    """The data given for an upload is not an image (raised before any request). ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source} is not an image: {reason}")
        self.source = source
        self.reason = reason


class OutputFolderError(ImageError, OSError):
    """A download folder cannot be created or written; raised before anything is downloaded."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(f"cannot write to the folder {folder!r}: {reason}")
        self.folder = folder
        self.reason = reason

    def __str__(self) -> str:  # OSError's own __str__ expects errno/strerror
        return str(self.args[0])


class BulkDownloadTimeoutError(ImageError, TimeoutError):
    """The server had not made the zip of a bulk download within the time allowed.

    Attributes:
        item_name: the bulk download's name (the zip may still appear later; it can be fetched once).
        waited: seconds waited.
    """

    def __init__(self, item_name: str, waited: float) -> None:
        super().__init__(
            f"the bulk download {item_name!r} was not ready after {waited:.1f} s (the server never makes it "
            "when none of the images exist)"
        )
        self.item_name = item_name
        self.waited = waited

    def __str__(self) -> str:
        return str(self.args[0])


class OutputMappingError(InvokeAIError, ValueError):
    """A session or event given to the output mapping does not have the shape the server documents."""


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


class ModelInstallError(InvokeAIError):
    """A model install could not start, or its job did not end with an installed model."""


class ModelSourceError(ModelInstallError):
    """The server refused the source before starting a job: no such file or folder on the server, a source
    it cannot read (e.g. a Hugging Face repo id while offline), or an unsupported one. No job was created.

    Attributes:
        source: the source as given.
        kind: ``"path"``, ``"hf"`` or ``"url"``: what the source looks like.
        status_code, detail: the server's answer (the chained ``APIStatusError`` has the rest).
    """

    def __init__(self, message: str, *, source: str, kind: str, status_code: int, detail: Any) -> None:
        super().__init__(message)
        self.source = source
        self.kind = kind
        self.status_code = status_code
        self.detail = detail


class _InstallEndedError(ModelInstallError):
    verb = "ended"

    def __init__(self, job: Any) -> None:
        self.job = job
        self.job_id: int = job.id
        self.source: str = job.source.location
        super().__init__(self._describe(job))

    def _describe(self, job: Any) -> str:
        return f"model install job {job.id} ({job.source.location}) {self.verb}"


class ModelInstallFailedError(_InstallEndedError):
    """The install job ended in error. ``error_type`` (e.g. ``InvalidModelConfigException``),
    ``error_message`` and ``error_traceback`` are the server's; ``job`` is the job's last record."""

    verb = "failed"

    def __init__(self, job: Any) -> None:
        self.error_type: str | None = job.error_reason
        self.error_message: str | None = job.error
        self.error_traceback: str | None = job.error_traceback
        super().__init__(job)

    def _describe(self, job: Any) -> str:
        return f"{super()._describe(job)}: {job.error_reason}: {job.error}"


class ModelInstallCanceledError(_InstallEndedError):
    """The install job was cancelled."""

    verb = "was cancelled"


class ModelInstallTimeoutError(ModelInstallError, TimeoutError):
    """The wait ran out with the job unfinished; wait again on the same handle to go on waiting."""

    def __init__(self, *, job_id: int, source: str, status: str, timeout: float) -> None:
        super().__init__(f"model install job {job_id} ({source}) still {status} after {timeout:g} s")
        self.job_id = job_id
        self.source = source
        self.status = status
        self.timeout = timeout


class WorkflowError(InvokeAIError):
    """A workflow, one of its inputs, or a value given for it is wrong. Raised before any request."""


class WorkflowFormatError(WorkflowError):
    """The workflow document cannot be used: malformed JSON, an unsupported version, a broken form.

    Attributes:
        problems: every problem found, each naming where it is.
    """

    def __init__(self, message: str, *, problems: Sequence[str] = ()) -> None:
        self.problems = tuple(problems)
        if self.problems:
            message = message + ":\n" + "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(message)


class TemplateError(WorkflowError):
    """The invocation templates could not be read from the OpenAPI document given."""


class UnknownNodeTypeError(WorkflowError):
    """The workflow uses node types that have no template on the target server.

    Attributes:
        nodes: node id -> node type, for every node whose type is unknown.
    """

    def __init__(self, nodes: Mapping[str, str]) -> None:
        self.nodes = dict(nodes)
        by_type: dict[str, list[str]] = {}
        for node_id, node_type in self.nodes.items():
            by_type.setdefault(node_type, []).append(node_id)
        listed = "; ".join(f"{node_type!r} (nodes {', '.join(ids)})" for node_type, ids in by_type.items())
        super().__init__(
            f"the server has no template for node type(s) {listed}. Install the node pack that provides "
            "them, or replace those nodes in the GUI's workflow editor and export the workflow again."
        )


def _describe_input(index: int | None, label: str, key: str) -> str:
    where = f"#{index} " if index is not None else ""
    return f"input {where}{label!r} ({key})"


class InputNotFoundError(WorkflowError, LookupError):
    """No input matches the index, key or label given."""

    def __init__(self, ref: object, *, reason: str) -> None:
        super().__init__(f"no input matches {ref!r}: {reason}")
        self.ref = ref
        self.reason = reason


class AmbiguousInputError(WorkflowError, LookupError):
    """A label matches more than one input. ``candidates`` describe each match (index, key, label)."""

    def __init__(self, label: str, candidates: Sequence[str]) -> None:
        self.label = label
        self.candidates = tuple(candidates)
        super().__init__(
            f"the label {label!r} matches {len(self.candidates)} inputs; use an index or a key instead: "
            + "; ".join(self.candidates)
        )


class InputConnectedError(WorkflowError):
    """A value was given for an input that an edge feeds; the edge would override it."""

    def __init__(self, *, index: int | None, label: str, key: str) -> None:
        self.index = index
        self.label = label
        self.key = key
        super().__init__(
            f"{_describe_input(index, label, key)} is connected to another node's output, which supplies "
            "its value at run time; it cannot be set. Disconnect it in the GUI to make it settable."
        )


class InputValueError(WorkflowError, ValueError):
    """A value breaks the type or a constraint of an input.

    Attributes:
        index: the input's form index (``None`` for a field outside the form).
        label: the input's label.
        key: ``"nodeId.fieldName"``.
        value: the offending value.
        rule: the rule broken, in words (e.g. ``"must be >= 0"``).
    """

    def __init__(self, *, index: int | None, label: str, key: str, value: Any, rule: str) -> None:
        self.index = index
        self.label = label
        self.key = key
        self.value = value
        self.rule = rule
        shown = repr(value)
        if len(shown) > 200:
            shown = shown[:200] + "…"
        super().__init__(f"{_describe_input(index, label, key)}: value {shown} rejected: {rule}")


class MissingInputError(WorkflowError):
    """Required inputs have no value. ``missing`` describes each one (index, label, key)."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__(f"{len(self.missing)} required input(s) have no value: " + "; ".join(self.missing))


class BatchDataError(WorkflowError):
    """Sweeps, zip groups or batch nodes do not form valid batch data."""


class UnsupportedGeneratorError(WorkflowError):
    """A generator node feeds a batch node; the SDK does not evaluate generators.

    Attributes:
        nodes: generator node id -> node type.
    """

    def __init__(self, nodes: Mapping[str, str]) -> None:
        self.nodes = dict(nodes)
        listed = ", ".join(f"{node_id} ({node_type})" for node_id, node_type in self.nodes.items())
        super().__init__(
            f"generator node(s) {listed} feed batch nodes, which this SDK cannot evaluate. Replace each "
            "generator with an explicit list in its batch node, or set the values with a sweep."
        )


class ModelResolutionError(WorkflowError):
    """Model references could not be matched to an installed model; nothing was changed.

    Attributes:
        unresolved: one dict per reference, with ``node_id``, ``field``, ``label``, ``old`` (the stored
            identifier), ``reason`` and ``candidates`` (installed models of the same type, as
            ``"name (base)"`` strings).
    """

    def __init__(self, unresolved: Sequence[Mapping[str, Any]]) -> None:
        self.unresolved = [dict(entry) for entry in unresolved]
        lines = []
        for entry in self.unresolved:
            old = entry.get("old") or {}
            candidates = entry.get("candidates") or []
            lines.append(
                f"{entry.get('node_id')}.{entry.get('field')} ({entry.get('label')!r}): "
                f"{old.get('name')!r} base={old.get('base')!r} type={old.get('type')!r}: "
                f"{entry.get('reason')}; installed of that type: "
                + (", ".join(str(c) for c in candidates) if candidates else "none")
            )
        super().__init__(
            f"{len(lines)} model reference(s) could not be resolved:\n" + "\n".join(f"  - {x}" for x in lines)
        )


class InputDriftError(WorkflowError):
    """The workflow's inputs no longer match a saved index map. ``drift`` lists each difference."""

    def __init__(self, drift: Sequence[str]) -> None:
        self.drift = tuple(drift)
        super().__init__(
            "the workflow's inputs differ from the index map:\n" + "\n".join(f"  - {x}" for x in self.drift)
        )


class PreflightError(WorkflowError):
    """The pre-flight check found errors. ``issues`` holds every issue found (errors and warnings)."""

    def __init__(self, issues: Sequence[Any]) -> None:
        self.issues = tuple(issues)
        errors = [issue for issue in self.issues if getattr(issue, "severity", "error") == "error"]
        super().__init__(
            f"pre-flight check failed with {len(errors)} error(s):\n"
            + "\n".join(f"  - {issue}" for issue in errors)
        )


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
