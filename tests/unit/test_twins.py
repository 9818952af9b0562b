"""Every sync/async pair of the package is a true twin: the same public names, the same signatures, and
logic written once (each pair shares under 20 % of its own lines; the rest lives in a common base)."""

from __future__ import annotations

import ast
import difflib
import functools
import importlib
import inspect
import pkgutil
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import invokeai_client
from invokeai_client._twins import _Descriptor

SHARED_LIMIT = 0.20


def _classes() -> dict[str, type]:
    """Every class defined in the package, by name (names are unique across the package's modules)."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(invokeai_client.__path__, "invokeai_client."):
        if ".cli" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__.startswith("invokeai_client"):
                found.setdefault(name, value)
    return found


def _pairs() -> Iterator[tuple[type, type]]:
    classes = _classes()
    for name, asynchronous in sorted(classes.items()):
        if name.startswith("Async"):
            base = name.removeprefix("Async")
            sync = classes.get(f"Sync{base}") or classes.get(base)
            if sync is not None:
                yield sync, asynchronous


PAIRS = list(_pairs())


def test_the_pairs_are_found() -> None:
    names = {sync.__name__ for sync, _ in PAIRS}
    assert {"InvokeAIClient", "Job", "ModelInstall", "EventStream", "Subscription", "BoardsResource"} <= names
    assert len(PAIRS) >= 15


def _surface(cls: type) -> dict[str, tuple[str, str]]:
    """Each public attribute: its kind and its signature as text, ``Async``/``Awaitable`` taken out of type
    names (a twin returns an ``AsyncJob`` where the other returns a ``Job``)."""
    surface: dict[str, tuple[str, str]] = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, property):
            surface[name] = ("property", "")
        elif isinstance(attr, _Descriptor):
            parameters = list(inspect.signature(attr.function_for(cls)).parameters.values())[1:]
            returns = inspect.signature(attr.function_for(cls)).return_annotation
            surface[name] = ("flow", str(inspect.Signature(parameters, return_annotation=returns)))
        elif inspect.isfunction(attr):
            kind = (
                "coroutine"
                if inspect.iscoroutinefunction(attr) or inspect.isasyncgenfunction(attr)
                else "def"
            )
            parameters = list(inspect.signature(attr).parameters.values())[1:]
            surface[name] = (kind, str(inspect.Signature(parameters)))
        elif isinstance(attr, (staticmethod, classmethod)):
            surface[name] = ("def", str(inspect.signature(attr.__func__)))
        else:
            surface[name] = ("value", "")
    return {
        name: (kind, signature.replace("Async", "").replace("Awaitable", ""))
        for name, (kind, signature) in surface.items()
    }


@pytest.mark.parametrize(("sync", "asynchronous"), PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_twins_have_the_same_surface(sync: type, asynchronous: type) -> None:
    ours, theirs = _surface(sync), _surface(asynchronous)
    assert ours.keys() == theirs.keys()
    for name, (kind, signature) in ours.items():
        their_kind, their_signature = theirs[name]
        assert signature == their_signature, name
        # a blocking method is a coroutine on the async twin, or a plain one that does no I/O (close()).
        assert kind == their_kind or (kind, their_kind) == ("def", "coroutine"), name


@functools.cache
def _class_sources() -> dict[str, str]:
    """The source of every class statement in the package, by class name (read from the files: a public
    class's ``__module__`` names the package that exports it, not the module that defines it)."""
    sources: dict[str, str] = {}
    for path in Path(invokeai_client.__file__).parent.rglob("*.py"):
        text = path.read_text()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                sources.setdefault(node.name, ast.get_source_segment(text, node) or "")
    return sources


def _own_lines(cls: type) -> list[str]:
    """The class's own source lines, blank ones dropped, ``async``/``await``/``Async`` taken out."""
    source = textwrap.dedent(_class_sources()[cls.__name__])
    lines = []
    for line in source.splitlines():
        text = re.sub(r"\b(async|await)\s+", "", line.strip()).replace("Async", "").replace("async_", "")
        if text:
            lines.append(text)
    return lines


_PLUMBING = {"Twin", "SyncTwin", "AsyncTwin", "Operations", "SyncResource", "AsyncResource"}


def shared_fraction(sync: type, asynchronous: type) -> float:
    """The share of a pair's code that is written twice: the lines the two classes' own sources have in
    common (in the same order, difflib), over every line of the pair (both classes and the bases they share
    in the package, the twin plumbing aside)."""
    ours, theirs = _own_lines(sync), _own_lines(asynchronous)
    same = sum(block.size for block in difflib.SequenceMatcher(None, ours, theirs).get_matching_blocks())
    common = [
        base
        for base in sync.__mro__
        if base in asynchronous.__mro__
        and base.__module__.startswith("invokeai_client")
        and base.__name__ not in _PLUMBING
    ]
    total = len(ours) + len(theirs) + sum(len(_own_lines(base)) for base in common)
    return same / total


@pytest.mark.parametrize(("sync", "asynchronous"), PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_twins_are_written_once(sync: type, asynchronous: type) -> None:
    assert shared_fraction(sync, asynchronous) < SHARED_LIMIT
