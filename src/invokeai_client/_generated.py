"""The generated low-level packages this SDK ships (``invokeai_api.v<M>_<m>``, one per server minor
version): which there are, the server version each was generated from, and the OpenAPI document each was
generated from (bundled, for offline use). Nothing here imports a generated endpoint module."""

from __future__ import annotations

import functools
import importlib
import json
from typing import Any, Final

ROOT: Final = "invokeai_api"


def parse_version(version: str) -> tuple[int, ...]:
    """``"6.14.2"`` -> ``(6, 14, 2)``; anything after the numbers (``rc1``, ``.post1``) is ignored."""
    parts: list[int] = []
    for piece in version.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit()) if piece[:1].isdigit() else ""
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


@functools.cache
def packages() -> dict[str, str]:
    """Every generated package and the server version it was generated from, oldest first."""
    index = importlib.import_module(ROOT)
    found: dict[str, str] = index.PACKAGES
    return dict(sorted(found.items(), key=lambda item: parse_version(item[1])))


def package_for_minor(version: str) -> str | None:
    """The package generated for the same minor version as ``version``, if there is one."""
    wanted = parse_version(version)[:2]
    for package, generated_from in packages().items():
        if parse_version(generated_from)[:2] == wanted:
            return package
    return None


def bundled_document(package: str) -> dict[str, Any]:
    """The OpenAPI document ``package`` was generated from, as shipped in the wheel."""
    from importlib import resources  # here: importing it costs five modules at every start

    text = resources.files(ROOT).joinpath(package, "openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document
