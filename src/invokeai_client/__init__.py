"""invokeai-client: a typed Python SDK for the InvokeAI image-generation server.

Start with :class:`InvokeAIClient` (or :class:`AsyncInvokeAIClient`); every error is an :class:`InvokeAIError`.
"""

from ._client import AsyncInvokeAIClient, InvokeAIClient
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvokeAIError,
    MethodNotAllowedError,
    NotFoundError,
    NotInvokeAIServerError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedServerVersionError,
    ValidationIssue,
    WorkflowError,
)
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncInvokeAIClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvokeAIClient",
    "InvokeAIError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotInvokeAIServerError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "UnsupportedServerVersionError",
    "ValidationIssue",
    "WorkflowError",
    "__version__",
]
