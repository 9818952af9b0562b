"""Which server versions the generated layer covers: one OpenAPI document in ``openapi/`` per version.

``openapi/invokeai-X.Y.Z.json`` is generated into the package ``invokeai_api.vX_Y`` (one package per server
minor version: patch releases of one minor share an API). Adding a server version is adding its document;
the package name, the index and the drift check follow from the file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO_ROOT / "openapi"
DOCUMENT_NAME = re.compile(r"invokeai-(\d+)\.(\d+)\.(\d+)\.json")


class VersionError(ValueError):
    """The documents in openapi/ do not name one server version per minor."""


@dataclass(frozen=True, order=True)
class ServerDocument:
    """One server version's document and the package generated from it."""

    key: tuple[int, int, int]
    path: Path

    @property
    def version(self) -> str:
        return ".".join(str(part) for part in self.key)

    @property
    def package(self) -> str:
        return package_name(self.version)


def parse_version(text: str) -> tuple[int, int, int]:
    found = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
    if found is None:
        raise VersionError(f"not a server version X.Y.Z: {text!r}")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def package_name(version: str) -> str:
    """``6.14.2`` -> ``v6_14``: the subpackage of ``invokeai_api`` for that server's minor version."""
    major, minor, _ = parse_version(version)
    return f"v{major}_{minor}"


def document_for(path: Path) -> ServerDocument:
    found = DOCUMENT_NAME.fullmatch(path.name)
    if found is None:
        raise VersionError(f"{path.name}: expected a name like invokeai-6.14.2.json")
    major, minor, patch = (int(part) for part in found.groups())
    return ServerDocument((major, minor, patch), path)


def documents(openapi_dir: Path = OPENAPI_DIR) -> list[ServerDocument]:
    """Every server document, oldest first; two documents of one minor version are an error."""
    found = sorted(document_for(path) for path in openapi_dir.glob("invokeai-*.json"))
    by_package: dict[str, ServerDocument] = {}
    for doc in found:
        if doc.package in by_package:
            raise VersionError(
                f"{by_package[doc.package].path.name} and {doc.path.name} are both {doc.package}: keep one "
                "document per minor version (the newest patch release)"
            )
        by_package[doc.package] = doc
    if not found:
        raise VersionError(f"no invokeai-X.Y.Z.json document in {openapi_dir}")
    return found
