"""MkDocs hooks (mkdocs.yml ``hooks:``): the pages written from the code when the site is built.

- ``reference/endpoints.md``: every resource method, the operations it may send (``METHOD path``), which
  server versions offer each, and what the method returns; read from the facade's own code
  (``invokeai_client.compat.method_endpoints``) and each version package's ``operations.py``.
- ``reference/resources.md``: one ``::: …Resource`` block per resource class, so a new resource is in the
  reference without anyone adding it.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

ENDPOINTS_MARK = "<!-- endpoints-table -->"
RESOURCES_MARK = "<!-- resource-classes -->"


def _returns(cls: type, name: str) -> str:
    attribute = inspect.getattr_static(cls, name)
    function = getattr(attribute, "_make_flow", attribute)
    annotation = str(inspect.signature(function).return_annotation).replace("builtins.", "")
    found = re.fullmatch(r"(?:Flow|Task|Iteration|Iterator|AsyncIterator)\[(.*)\]", annotation)
    return found.group(1) if found else annotation


def endpoints_table() -> str:
    from invokeai_client._generated import packages
    from invokeai_client.compat._methods import _resource_classes, method_endpoints
    from invokeai_client.resources._api import operation_table

    owners = {getattr(cls, "_resource", ""): cls for cls in _resource_classes()}
    versions = {package: ".".join(version.split(".")[:2]) for package, version in packages().items()}
    lines = ["| method | operations (METHOD path: versions) | returns |", "|---|---|---|"]
    for method, endpoints in method_endpoints().items():
        resource, name = method.split(".", 1)
        routes: dict[str, list[str]] = {}
        for endpoint in endpoints:
            for package, minor in versions.items():
                found = operation_table(package).get(endpoint.key)
                if found is not None and (endpoint.path is None or found[1] == endpoint.path):
                    routes.setdefault(f"`{found[0]} {found[1]}`", []).append(minor)
        shown = (
            "<br>".join(f"{route}: {', '.join(minors)}" for route, minors in sorted(routes.items()))
            or "(none)"
        )
        returns = _returns(owners[resource], name).replace("|", "\\|")
        lines.append(f"| `client.{method}` | {shown} | `{returns}` |")
    return "\n".join(lines)


def resource_blocks() -> str:
    from invokeai_client.compat._methods import _resource_classes

    blocks = []
    for cls in _resource_classes():
        blocks.append(
            f"## `client.{cls._resource}`\n\n::: {cls.__module__}.{cls.__name__}\n    options:\n      show_root_heading: false\n"
        )  # type: ignore[attr-defined]
    return "\n".join(blocks)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if ENDPOINTS_MARK in markdown:
        markdown = markdown.replace(ENDPOINTS_MARK, endpoints_table())
    if RESOURCES_MARK in markdown:
        markdown = markdown.replace(RESOURCES_MARK, resource_blocks())
    return markdown
