"""The packages docs/architecture.md calls pure do no I/O: no network, socket, database, file or sleep, read
from their code (every call and import), except in the few modules the page names as where their I/O is.

A flow does no I/O either: it yields the steps it wants done (requests, sleeps, saves), and a driver does
them (``_flows``, ``_core``): that is what lets each twin be written once.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import invokeai_client

SOURCE = Path(invokeai_client.__file__).parent

# package -> the modules of it that do I/O (said so in docs/architecture.md, "Where I/O happens")
PURE: dict[str, set[str]] = {
    "workflows": {"_loading", "_rows"},  # read a GUI export's file; read a rows file
    "templates": set(),
    "graph": set(),
    "outputs": {"_saved"},  # a saved image reads its file to show itself in a notebook
    "jobs": set(),
    "installs": set(),
    "runs": {"_store", "_results", "_run"},  # the journal; results.jsonl; the folder checked at open
    "types": set(),
    "errors": set(),
    "mcp": {"_calls", "_general", "_server"},  # the server's requests and transports; --out files
}
IO_MODULES = {
    "httpx",
    "socketio",
    "engineio",
    "sqlite3",
    "socket",
    "tempfile",
    "shutil",
    "urllib",
    "requests",
}
IO_CALLS = {
    "open", "read_text", "write_text", "read_bytes", "write_bytes", "mkdir", "unlink", "rmdir", "listdir",
    "sleep", "urlopen", "connect", "prepare_folder", "atomic_file",
}  # fmt: skip
OS_CALLS = {
    "replace",
    "rename",
    "remove",
    "link",
    "scandir",
}  # os.X (str.replace and dataclasses.replace are pure)


def _modules() -> list[tuple[str, Path]]:
    found = []
    for package, allowed in PURE.items():
        for path in sorted((SOURCE / package).glob("*.py")):
            if path.stem not in allowed:
                found.append((f"{package}/{path.name}", path))
    return found


@pytest.mark.parametrize(("name", "path"), _modules(), ids=[name for name, _ in _modules()])
def test_a_pure_module_does_no_io(name: str, path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            problems += [a.name for a in node.names if a.name.split(".")[0] in IO_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in IO_MODULES:
                problems.append(node.module)
        elif isinstance(node, ast.Call):
            func = node.func
            called = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            on_os = (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "os"
            )
            if called in IO_CALLS or (on_os and called in OS_CALLS):
                problems.append(f"{called}() at line {node.lineno}")
    assert problems == [], f"{name} does I/O: {problems}"
