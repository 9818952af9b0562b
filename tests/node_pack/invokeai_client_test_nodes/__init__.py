"""The test suite's custom node pack: importing it registers its node types with InvokeAI."""

from .nodes import (
    JoinStringsInvocation,
    NamedImageInvocation,
    ScaleInvocation,
    SumInvocation,
    TintInvocation,
    WaitInvocation,
)

__all__ = [
    "JoinStringsInvocation",
    "NamedImageInvocation",
    "ScaleInvocation",
    "SumInvocation",
    "TintInvocation",
    "WaitInvocation",
]
