"""The GUI form's element tree: its validation, and the walk to its node-field elements.

[`check_form`][invokeai_client.workflows.check_form] finds every problem the GUI would reject a form for; `walk_form` visits the elements
depth-first in pre-order from ``form.rootElementId``, which gives the inputs their indices.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["check_form", "walk_form"]

_ELEMENT_TYPES = frozenset({"container", "node-field", "heading", "text", "divider"})


def check_form(form: Any) -> tuple[list[str], bool]:
    """Check a form the way the GUI does before using it.

    Args:
        form: the workflow's ``form`` value.

    Returns:
        ``(problems, empty)``: every problem found (with element ids), and whether the form is absent or
        empty (only a root without children). An absent form has no problems.
    """
    if form is None:
        return [], True
    if not isinstance(form, Mapping):
        return ["the form is not an object"], False
    elements = form.get("elements")
    root_id = form.get("rootElementId")
    if not isinstance(elements, Mapping) or not isinstance(root_id, str):
        if not elements and root_id is None:
            return [], True
        return ["the form needs an 'elements' object and a string 'rootElementId'"], False
    problems: list[str] = []
    root = elements.get(root_id)
    if not isinstance(root, Mapping):
        return [f"the root element {root_id!r} does not exist"], False
    if root.get("type") != "container":
        problems.append(f"the root element {root_id!r} is a {root.get('type')!r}, not a container")
    if root.get("parentId") is not None:
        problems.append(f"the root element {root_id!r} has a parentId")
    listed_by: dict[str, str] = {}
    for element_id, element in elements.items():
        problems.extend(_check_element(element_id, element, elements, root_id, listed_by))
    for element_id, element in elements.items():
        if element_id == root_id or not isinstance(element, Mapping):
            continue
        parent_id = element.get("parentId")
        if not isinstance(parent_id, str) or not isinstance(elements.get(parent_id), Mapping):
            problems.append(f"element {element_id!r} has parentId {parent_id!r}, which does not exist")
        elif listed_by.get(element_id) != parent_id:
            problems.append(f"element {element_id!r} names {parent_id!r} as parent, which does not list it")
    problems.extend(_cycles_and_orphans(elements, root_id))
    empty = not problems and len(elements) == 1 and not ((root.get("data") or {}).get("children") or [])
    return problems, empty


def _check_element(
    element_id: str, element: Any, elements: Mapping[str, Any], root_id: str, listed_by: dict[str, str]
) -> list[str]:
    """The problems of one form element; records in ``listed_by`` which container lists each child."""
    if not isinstance(element, Mapping):
        return [f"element {element_id!r} is not an object"]
    problems: list[str] = []
    if element.get("id") != element_id:
        problems.append(f"element {element_id!r} has id {element.get('id')!r}")
    element_type = element.get("type")
    if not isinstance(element_type, str) or element_type not in _ELEMENT_TYPES:
        problems.append(f"element {element_id!r} has unknown type {element_type!r}")
    data = element.get("data")
    if element_type == "container":
        children = data.get("children") if isinstance(data, Mapping) else None
        if not isinstance(children, list) or not all(isinstance(c, str) for c in children):
            problems.append(f"container {element_id!r} has no list of child ids")
            children = []
        for child_id in children:
            child = elements.get(child_id)
            if not isinstance(child, Mapping):
                problems.append(f"container {element_id!r} lists child {child_id!r}, which does not exist")
            elif child_id == root_id:
                problems.append(f"container {element_id!r} lists the root element as a child (a cycle)")
            else:
                if child.get("parentId") != element_id:
                    problems.append(
                        f"container {element_id!r} lists {child_id!r}, whose parentId is {child.get('parentId')!r}"
                    )
                if listed_by.setdefault(child_id, element_id) != element_id:
                    problems.append(
                        f"element {child_id!r} is listed by containers {listed_by[child_id]!r} and {element_id!r}"
                    )
    elif element_type == "node-field":
        identifier = data.get("fieldIdentifier") if isinstance(data, Mapping) else None
        if not isinstance(identifier, Mapping) or not (
            isinstance(identifier.get("nodeId"), str) and isinstance(identifier.get("fieldName"), str)
        ):
            problems.append(f"node-field {element_id!r} has no fieldIdentifier {{nodeId, fieldName}}")
    return problems


def _children(element: Mapping[str, Any]) -> list[str]:
    if element.get("type") != "container":
        return []
    data = element.get("data")
    children = data.get("children") if isinstance(data, Mapping) else None
    return [c for c in children if isinstance(c, str)] if isinstance(children, list) else []


def _cycles_and_orphans(elements: Mapping[str, Any], root_id: str) -> list[str]:
    problems: list[str] = []
    reached: set[str] = {root_id}
    on_path: dict[str, None] = {root_id: None}  # the current DFS path, ordered
    # Iterative DFS over child iterators; a child that is on the current path closes a cycle.
    root = elements.get(root_id)
    stack: list[tuple[str, Iterator[str]]] = [
        (root_id, iter(_children(root) if isinstance(root, Mapping) else []))
    ]
    while stack:
        element_id, children = stack[-1]
        child_id = next(children, None)
        if child_id is None:
            stack.pop()
            del on_path[element_id]
            continue
        if child_id in on_path:
            path = list(on_path)
            cycle = [*path[path.index(child_id) :], child_id]
            problems.append("the form has a cycle: " + " -> ".join(cycle))
            continue
        child = elements.get(child_id)
        if child_id in reached or not isinstance(child, Mapping):
            continue
        reached.add(child_id)
        on_path[child_id] = None
        stack.append((child_id, iter(_children(child))))
    orphans = [element_id for element_id in elements if element_id not in reached]
    if orphans:
        problems.append(f"element(s) not reachable from the root {root_id!r}: {', '.join(orphans)}")
    return problems


def walk_form(
    form: Mapping[str, Any], warnings: list[str]
) -> list[tuple[Mapping[str, Any], tuple[str, ...]]]:
    """Walk a valid form depth-first in pre-order, as the GUI numbers its inputs.

    Args:
        form: a form [`check_form`][invokeai_client.workflows.check_form] found no problem with.
        warnings: receives a message for each element that is missing or reached twice.

    Returns:
        The node-field elements in form order, each with the ids of its enclosing containers.
    """
    elements: Mapping[str, Any] = form["elements"]
    found: list[tuple[Mapping[str, Any], tuple[str, ...]]] = []
    visited: set[str] = set()
    stack: list[tuple[str, tuple[str, ...]]] = [(form["rootElementId"], ())]
    while stack:
        element_id, path = stack.pop()
        element = elements.get(element_id)
        if not isinstance(element, Mapping):
            warnings.append(f"form element {element_id!r} does not exist; skipped")
            continue
        if element_id in visited:
            warnings.append(f"form element {element_id!r} is reached twice; visited once")
            continue
        visited.add(element_id)
        element_type = element.get("type")
        if element_type == "container":
            inner = (*path, element_id)
            stack.extend((child, inner) for child in reversed(_children(element)))
        elif element_type == "node-field":
            found.append((element, path))
    return found
