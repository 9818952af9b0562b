"""Every public method of every public class shows itself as a real function on its class: what
``inspect.signature``, ``help()``, pydoc, IPython's ``?`` and the reference read — its parameters, its
docstring, and the return type a caller gets (never the flow machinery's ``Flow[…]``)."""

from __future__ import annotations

import importlib
import inspect
import pydoc
from collections.abc import Iterator

import pytest

import invokeai_client
from invokeai_client.compat._methods import _resource_classes

PUBLIC_PACKAGES = [
    "invokeai_client",
    "invokeai_client.jobs",
    "invokeai_client.runs",
    "invokeai_client.installs",
    "invokeai_client.events",
    "invokeai_client.workflows",
    "invokeai_client.graph",
    "invokeai_client.outputs",
]
MACHINERY = ("Flow[", "Iteration[", "Task[", "Generator[")


def _public_classes() -> list[type]:
    found: dict[str, type] = {}
    for name in PUBLIC_PACKAGES:
        module = importlib.import_module(name)
        for attribute in getattr(module, "__all__", ()):
            value = getattr(module, attribute)
            if inspect.isclass(value) and not issubclass(value, BaseException):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    for cls in _resource_classes():
        found[f"{cls.__module__}.{cls.__qualname__}"] = cls
        asynchronous = getattr(importlib.import_module(cls.__module__), f"Async{cls.__name__}", None)
        if asynchronous is not None:
            found[f"{asynchronous.__module__}.{asynchronous.__qualname__}"] = asynchronous
    return sorted(found.values(), key=lambda c: c.__qualname__)


CLASSES = _public_classes()


def _methods(cls: type) -> Iterator[tuple[str, object]]:
    for name in dir(cls):
        if name.startswith("_"):
            continue
        static = inspect.getattr_static(cls, name)
        if isinstance(static, property | type) or not callable(getattr(cls, name)):
            continue
        owner = next((c for c in cls.__mro__ if name in vars(c)), None)
        if owner is None or not owner.__module__.startswith("invokeai_client"):
            continue  # object's, str's, pydantic's own
        yield name, getattr(cls, name)


def test_the_classes_walked_include_the_ones_people_call() -> None:
    names = {cls.__name__ for cls in CLASSES}
    expected = {"InvokeAIClient", "AsyncInvokeAIClient", "Job", "AsyncJob", "Workflow", "Run", "AsyncRun"}
    assert expected | {"BoardsResource", "AsyncWorkflowsResource", "Graph"} <= names
    assert sum(1 for cls in CLASSES for _ in _methods(cls)) > 300


@pytest.mark.parametrize("cls", CLASSES, ids=[cls.__qualname__ for cls in CLASSES])
def test_every_public_method_has_its_signature_and_return_type_on_the_class(cls: type) -> None:
    problems = []
    for name, method in _methods(cls):
        try:
            signature = inspect.signature(method)
        except (TypeError, ValueError) as exc:
            problems.append(f"{name}: no signature ({exc})")
            continue
        returns = str(signature.return_annotation)
        if any(word in returns for word in MACHINERY):
            problems.append(f"{name}: returns {returns}")
        if not inspect.getdoc(method):
            problems.append(f"{name}: no docstring")
    assert problems == []


def test_help_shows_the_parameters_of_flow_methods() -> None:
    from invokeai_client.resources.workflows import AsyncWorkflowsResource, WorkflowsResource

    text = pydoc.render_doc(WorkflowsResource, renderer=pydoc.plaintext)
    assert "submit(self, workflow: 'Workflow | Graph', *, runs: 'int' = 1" in text
    assert "-> 'Job'" in text
    assert inspect.iscoroutinefunction(AsyncWorkflowsResource.submit)
    assert str(inspect.signature(AsyncWorkflowsResource.submit).return_annotation) == "AsyncJob"
    assert inspect.isasyncgenfunction(invokeai_client.jobs.AsyncJob.as_completed)
    assert inspect.isgeneratorfunction(invokeai_client.jobs.Job.as_completed) is False  # it returns one
    assert (
        str(inspect.signature(invokeai_client.jobs.Job.as_completed).return_annotation)
        == "Iterator[QueueItem]"
    )
