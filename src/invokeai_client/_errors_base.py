"""The root of the SDK's error tree, shared by :mod:`._errors` and its domain modules.

:mod:`._errors` draws the whole tree and re-exports every error; import errors from there.
"""

from __future__ import annotations

__all__ = ["InvokeAIError"]


class InvokeAIError(Exception):
    """Base class of every error raised by invokeai-client."""
