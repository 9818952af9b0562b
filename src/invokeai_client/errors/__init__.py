"""Every exception the SDK raises, in one tree (each also importable from ``invokeai_client``).

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
    │   ├── ImagesNotSavedError           some images could not be saved (each its error); the rest were
    │   └── BulkDownloadTimeoutError      the server's zip was not ready in time (also TimeoutError)
    ├── OutputMappingError                a session or event lacks the documented shape (also ValueError)
    ├── EventStreamError                  the Socket.IO event stream failed (connect, closed, no ack)
    ├── JobError                          a submitted batch did not end as hoped
    │   ├── JobFailedError                an item failed: the server's error type, message, traceback
    │   ├── JobCanceledError              an item was canceled
    │   ├── JobItemsMissingError          items vanished from the queue (deleted or cleared by someone)
    │   ├── EnqueueUnconfirmedError       an enqueue's outcome is unknown; not resent (may have landed)
    │   ├── QueueFullError                the queue took only part of a batch (its max_queue_size)
    │   └── JobTimeoutError               items still unfinished when the wait ran out (also TimeoutError)
    ├── RunError                          a durable run cannot go on (journal, servers)
    │   ├── RunMismatchError              the folder holds another run's journal: restart or resume it
    │   ├── RunLockedError                another process is running this run
    │   └── RunTimeoutError               sessions still unfinished when the run ran out (also TimeoutError)
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
        ├── RowError                      a row (or a rows file) is wrong: its row number and column
        ├── MissingInputError             required inputs have no value
        ├── BatchDataError                sweeps or batch nodes do not form valid batch data
        ├── UnsupportedGeneratorError     a generator node feeds the workflow's batch data
        ├── ModelResolutionError          model references not found among the installed models
        ├── InputDriftError               the inputs no longer match a saved index map
        └── PreflightError                the pre-flight check found errors

Errors of the layer below (httpx) are translated once, in ``_http``, and chained ``from`` the original.
The modules here split the tree by domain: ``_api`` (the server's answers), ``_setup`` (settings, names,
versions, optional packages), ``_media`` (images, videos, outputs), ``_jobs`` (events, batches),
``_installs`` (model installs), ``_runs`` (durable runs), ``_workflows`` (workflows and their inputs).
"""

from ._api import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BoardNotFoundError,
    ConflictError,
    EndpointNotImplementedError,
    InternalServerError,
    LoginRequiredError,
    MethodNotAllowedError,
    NotFoundError,
    NotInvokeAIServerError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedContentTypeError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    ValidationIssue,
)
from ._base import (
    InvokeAIError,
)
from ._graphs import EdgeTypeError, NodeInputError
from ._installs import (
    ModelInstallCanceledError,
    ModelInstallError,
    ModelInstallFailedError,
    ModelInstallTimeoutError,
    ModelSourceError,
)
from ._jobs import (
    EnqueueUnconfirmedError,
    EventStreamError,
    JobCanceledError,
    JobError,
    JobFailedError,
    JobItemsMissingError,
    JobTimeoutError,
    QueueFullError,
)
from ._media import (
    BulkDownloadTimeoutError,
    ImageError,
    ImagesNotSavedError,
    InvalidImageError,
    InvalidVideoError,
    OutputFolderError,
    OutputMappingError,
)
from ._runs import RunError, RunLockedError, RunMismatchError, RunTimeoutError
from ._setup import (
    ConfigurationError,
    InvalidNameError,
    MissingDependencyError,
    NodePackError,
    UnsupportedByServerError,
    UnsupportedServerVersionError,
)
from ._workflows import (
    AmbiguousInputError,
    BatchDataError,
    InputConnectedError,
    InputDriftError,
    InputNotFoundError,
    InputValueError,
    MissingInputError,
    ModelResolutionError,
    PreflightError,
    RowError,
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
    "EdgeTypeError",
    "EndpointNotImplementedError",
    "EnqueueUnconfirmedError",
    "EventStreamError",
    "ImageError",
    "ImagesNotSavedError",
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
    "NodeInputError",
    "NodePackError",
    "NotFoundError",
    "NotInvokeAIServerError",
    "OutputFolderError",
    "OutputMappingError",
    "PermissionDeniedError",
    "PreflightError",
    "QueueFullError",
    "RateLimitError",
    "RowError",
    "RunError",
    "RunLockedError",
    "RunMismatchError",
    "RunTimeoutError",
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

# Each error shows (and pickles) as ``invokeai_client.NotFoundError``, where users import it from, not as the
# private module that defines it.
for _name in __all__:
    _error = globals()[_name]
    if isinstance(_error, type) and issubclass(_error, BaseException):
        _error.__module__ = "invokeai_client"
del _name, _error
