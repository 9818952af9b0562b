"""Which facade method uses which generated operation, read from the facade's own code (no request made).

Every resource method is written as a flow that names its operations (``resources._endpoints``); this
module follows each public method's code, and the flows and helpers it calls, to the `Endpoint`
objects it mentions. It over-approximates (a branch taken only on one server version counts too), which is
what an upgrade report wants: every method that *may* be touched.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Iterator
from types import CodeType, FunctionType, ModuleType
from typing import Any

from .._generated import packages
from ..resources._api import Endpoint, operation_table
from ..resources._base import Operations, operation

RESOURCE_MODULES = (
    "app",
    "auth",
    "boards",
    "custom_nodes",
    "images",
    "models",
    "queue",
    "videos",
    "workflows",
)


def _codes(code: CodeType) -> Iterator[CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _codes(const)


def _follow_parts(value: Any, owner: type, seen: set[int], found: set[Endpoint]) -> bool:
    """Follow the functions a resources' dataclass instance holds (a `Media`'s request of a file …)."""
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is None or not type(value).__module__.startswith("invokeai_client.resources"):
        return False
    for name in fields:
        part = getattr(value, name)
        if isinstance(part, FunctionType):
            _follow(part, owner, seen, found)
    return True


def _follow(func: Any, owner: type, seen: set[int], found: set[Endpoint]) -> None:
    target = getattr(func, "_make_flow", func)  # an @operation: its flow function
    target = inspect.unwrap(target) if callable(target) else target
    if not isinstance(target, FunctionType) or id(target) in seen:
        return
    seen.add(id(target))
    found.update(getattr(func, "_requires", ()))
    for code in _codes(target.__code__):
        for name in code.co_names:
            value = target.__globals__.get(name)
            if isinstance(value, Endpoint):
                found.add(value)
            elif isinstance(value, FunctionType) and value.__module__.startswith("invokeai_client"):
                _follow(value, owner, seen, found)
            elif isinstance(value, ModuleType) and value.__name__.startswith("invokeai_client.resources"):
                for used in code.co_names:  # a module of flows used as ``ops.status(…)``
                    member = getattr(value, used, None)
                    if isinstance(member, FunctionType):
                        _follow(member, owner, seen, found)
            elif _follow_parts(value, owner, seen, found):
                pass
            elif isinstance(value, type) and value.__module__.startswith("invokeai_client.resources"):
                for member in vars(value).values():  # a helper class's methods (ZipDownload.start …)
                    if isinstance(member, FunctionType):
                        _follow(member, value, seen, found)
            # the resource's own helpers (self._templates …); public names are other methods, or
            # attributes of other objects that merely share a name (builtins.list …)
            attribute = inspect.getattr_static(owner, name, None) if name.startswith("_") else None
            if isinstance(attribute, operation | FunctionType):
                _follow(attribute, owner, seen, found)


def _resource_classes() -> Iterator[type]:
    for module_name in RESOURCE_MODULES:
        module = importlib.import_module(f"invokeai_client.resources.{module_name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Operations)
                and value.__module__ == module.__name__
                and value.__name__.endswith("Resource")
                and not value.__name__.startswith("Async")
            ):
                yield value


@functools.cache
def method_endpoints() -> dict[str, frozenset[Endpoint]]:
    """``"boards.create"`` -> the endpoints the method may use, for every public resource method."""
    table: dict[str, frozenset[Endpoint]] = {}
    for cls in _resource_classes():
        resource = getattr(cls, "_resource", "")
        for name in dir(cls):
            if name.startswith("_"):
                continue
            attribute = inspect.getattr_static(cls, name)
            if isinstance(attribute, operation | FunctionType):
                found: set[Endpoint] = set()
                _follow(attribute, cls, set(), found)
                requires = getattr(cls, "_requires", ())
                table[f"{resource}.{name}"] = frozenset(found | set(requires))
    return dict(sorted(table.items()))


def endpoint_routes(endpoint: Endpoint) -> set[str]:
    """``"METHOD path"`` of an endpoint in every generated package that has it (at its pinned path)."""
    routes = set()
    for package in packages():
        found = operation_table(package).get(endpoint.key)
        if found is not None and (endpoint.path is None or found[1] == endpoint.path):
            routes.add(f"{found[0]} {found[1]}")
    return routes


def methods_using(route: str) -> list[str]:
    """The facade methods that may send ``"METHOD path"``."""
    return sorted(
        method
        for method, endpoints in method_endpoints().items()
        if any(route in endpoint_routes(endpoint) for endpoint in endpoints)
    )
