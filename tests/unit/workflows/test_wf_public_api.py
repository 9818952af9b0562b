"""The package's public surface: a sorted, complete ``__all__`` and no I/O on import."""

from __future__ import annotations

from invokeai_client import errors, workflows


def test_all_is_sorted_and_resolves() -> None:
    names = workflows.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(workflows, name), name


def test_workflow_errors_are_in_the_error_tree() -> None:
    for name in workflows.__all__:
        obj = getattr(workflows, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, errors.WorkflowError)
            assert name in errors.__all__
            assert name in (errors.__doc__ or "")
