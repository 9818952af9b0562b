"""invokeai-client: a typed Python SDK for the InvokeAI image-generation server.

Start with `InvokeAIClient` (or `AsyncInvokeAIClient`); every error is an `InvokeAIError`.
"""

import logging as _logging
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from . import errors
from ._constants import DEFAULT_BASE_URL, DEFAULT_STALL_LIMIT, DEFAULT_WAIT_TIMEOUT
from ._version import __version__
from .errors import *  # noqa: F403  (every error of the tree, listed once in errors.__all__)

if _TYPE_CHECKING:
    from ._client import AsyncInvokeAIClient, InvokeAIClient
    from .runs import AsyncRun, Run

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_STALL_LIMIT",
    "DEFAULT_WAIT_TIMEOUT",
    "AsyncInvokeAIClient",
    "AsyncRun",
    "InvokeAIClient",
    "Run",
    "__version__",
]
__all__ += errors.__all__

# The library logs and never prints: until the application configures logging, nothing of it is shown (no
# warning reaches stderr through Python's last-resort handler). The CLI shows warnings, and more with -v.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())


def __getattr__(name: str) -> _Any:
    # Loaded when first used: the clients bring httpx and the types (~100 ms), the durable-run machinery
    # ~200 ms more; a program that only names an error, or the command line's --version, pays neither.
    if name in ("InvokeAIClient", "AsyncInvokeAIClient"):
        from . import _client

        return getattr(_client, name)
    if name in ("Run", "AsyncRun"):
        from . import runs

        return getattr(runs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
