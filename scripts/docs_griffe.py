"""A griffe extension for the reference (mkdocs.yml: mkdocstrings' ``extensions``): a method written as a
flow (``@operation``, ``@iteration``) is shown with the type its caller gets, as ``inspect.signature``
shows it at run time (``Board``, not ``Flow[Board]``; ``Iterator[QueueItem]`` for an iteration).

The reference documents the blocking classes (the async twins have the same methods, awaited), so a type
variable of a shared base (``_Submits[J]``) is shown as its blocking class binds it (``Job``).
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import griffe

FLOW_DECORATORS = {"operation", "iteration"}


class FlowMethods(griffe.Extension):
    """Rewrite the return annotation of every flow method to what its caller gets."""

    def __init__(self) -> None:
        super().__init__()
        import pkgutil

        import invokeai_client

        for info in pkgutil.walk_packages(invokeai_client.__path__, "invokeai_client."):
            if ".cli" not in info.name:  # every module imported: a shared base knows its subclasses
                importlib.import_module(info.name)

    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        if not any(str(d.value).rsplit(".", 1)[-1] in FLOW_DECORATORS for d in func.decorators):
            return
        owner = func.parent
        if not isinstance(owner, griffe.Class):
            return
        try:
            cls = getattr(importlib.import_module(owner.module.path), owner.name)
        except (ImportError, AttributeError):
            return
        from invokeai_client._twins import AsyncTwin, SyncTwin

        shown = cls
        if not issubclass(cls, SyncTwin | AsyncTwin):  # a shared base: as its blocking class has it
            shown = next((c for c in _subclasses(cls) if issubclass(c, SyncTwin)), cls)
        returns = inspect.signature(getattr(shown, func.name)).return_annotation
        if returns is not inspect.Signature.empty:
            func.returns = str(returns)


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found
