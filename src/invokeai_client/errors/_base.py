"""The root of the SDK's error tree (drawn in [`invokeai_client.errors`][invokeai_client.errors])."""

from __future__ import annotations

from typing import Any


class InvokeAIError(Exception):
    """Base class of every error raised by invokeai-client.

    Errors pickle (to cross a process pool, say) with their attributes, although most take keyword-only
    arguments that the default exception pickling cannot pass back.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[InvokeAIError], args: tuple[Any, ...], state: dict[str, Any]) -> InvokeAIError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error
