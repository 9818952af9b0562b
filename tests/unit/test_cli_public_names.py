"""The command line is a user of the SDK like any other: it imports the package's public names only (no
``_private`` module of another package, no private name), so a script can do whatever the CLI does."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import invokeai_client

CLI = Path(invokeai_client.__file__).parent / "cli"


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.level == 1:  # not an import; the CLI's own module
            continue
        if node.level == 0 and not (node.module or "").startswith("invokeai_client"):
            continue  # another library
        parts = (node.module or "").split(".")
        names = [alias.name for alias in node.names]
        if any(part.startswith("_") for part in parts) or any(
            name.startswith("_") and name != "__version__" for name in names
        ):
            found.append(
                f"{path.name}:{node.lineno}: from {'.' * node.level}{node.module or ''} import {names}"
            )
    return found


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_the_cli_imports_only_public_names(path: Path) -> None:
    assert _private_imports(path) == []


def test_the_check_sees_a_private_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from ..graph._codegen import render_module\nfrom .. import InvokeAIClient\n")
    assert _private_imports(sample) == ["sample.py:1: from ..graph._codegen import ['render_module']"]
