#!/usr/bin/env python3
"""Regenerate the low-level clients in ``generated/invokeai_api`` from InvokeAI's OpenAPI documents.

One command, deterministic (same documents -> same bytes), no tool looked up on PATH:

    .venv/bin/python codegen/regenerate.py                    # every document in openapi/
    .venv/bin/python codegen/regenerate.py --version 6.14.2   # one of them
    .venv/bin/python codegen/regenerate.py --spec FILE | --url URL   # a new one (saved into openapi/ first)

Each ``openapi/invokeai-X.Y.Z.json`` becomes the package ``invokeai_api.vX_Y`` (codegen/versions.py).
Steps per version: canonicalise and pre-process the document (codegen/preprocess.py) -> openapi-python-client
(pinned) with codegen/config.yaml and codegen/templates -> py.typed, the bundled document, the operation
table -> pinned ruff, isolated, explicit rules -> verification (codegen/verify.py). Only when every version
passes are the packages swapped in and the index ``invokeai_api/__init__.py`` rewritten. See codegen/README.md.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openapi_doc
import verify
import versions
from preprocess import preprocess

CODEGEN_DIR = Path(__file__).resolve().parent
REPO_ROOT = CODEGEN_DIR.parent
DEFAULT_OUTPUT = REPO_ROOT / "generated" / "invokeai_api"
CONFIG = CODEGEN_DIR / "config.yaml"
TEMPLATES = CODEGEN_DIR / "templates"
ROOT_PACKAGE = "invokeai_api"
INDEX_FILES = (
    "__init__.py",
    "nodes.py",
    "py.typed",
)  # what the root package holds besides the version packages

# Exact pins: 0.28.4 and 0.29.1 differ in 480 files; ruff's formatting changes between releases.
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.5"
RUFF_OPTIONS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]
RUFF_RULES = "F401,I"  # drop the generator's unused imports, sort imports; nothing else

Log = Callable[[str], None]


class PipelineError(RuntimeError):
    """A step of the pipeline failed; the output directory was left untouched."""


@dataclass
class Build:
    version: str
    package_dir: Path
    operations: int
    notes: list[str]
    timings: dict[str, float] = field(default_factory=dict)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def check_tool_versions() -> None:
    generator = importlib.metadata.version("openapi-python-client")
    ruff = importlib.metadata.version("ruff")
    if (generator, ruff) != (GENERATOR_VERSION, RUFF_VERSION):
        raise PipelineError(
            f"need openapi-python-client=={GENERATOR_VERSION} and ruff=={RUFF_VERSION} in {sys.executable}, "
            f"found {generator} and {ruff} (use the project venv: .venv/bin/python codegen/regenerate.py)"
        )


def load_document(spec: Path) -> dict[str, Any]:
    """Read a document and bring it to canonical form (a no-op for files made by openapi_doc.py)."""
    raw: dict[str, Any] = json.loads(Path(spec).read_bytes())
    canonical: dict[str, Any] = json.loads(openapi_doc.dumps(raw))
    return canonical


def _run(args: list[str], *, cwd: Path, what: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise PipelineError(f"{what} failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr


def generate(preprocessed: Path, package_dir: Path) -> None:
    """Run openapi-python-client; any warning fails the run (``--fail-on-warning``, and checked again)."""
    output = _run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(preprocessed),
            "--meta", "none",
            "--config", str(CONFIG),
            "--custom-template-path", str(TEMPLATES),
            "--output-path", str(package_dir),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=package_dir.parent,
        what="openapi-python-client",
    )  # fmt: skip
    leftovers = [line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")]
    if leftovers:
        raise PipelineError("openapi-python-client reported:\n" + "\n".join(leftovers))


def format_paths(paths: Sequence[Path], cwd: Path) -> None:
    """Pinned ruff, ignoring every config file, with an explicit rule selection: reproducible output."""
    ruff = [sys.executable, "-m", "ruff"]
    targets = [str(path) for path in paths]
    _run(
        [*ruff, "check", *RUFF_OPTIONS, "--select", RUFF_RULES, "--fix-only", *targets], cwd=cwd, what="ruff"
    )
    _run([*ruff, "format", *RUFF_OPTIONS, *targets], cwd=cwd, what="ruff format")


def operation_table(version: str, endpoints: dict[verify.Operation, str]) -> str:
    """``operations.py`` of a version package: every endpoint module, with its method and path."""
    rows = sorted(
        (module.removeprefix("api/").removesuffix(".py").replace("/", "."), method, path)
        for (method, path), module in endpoints.items()
    )
    lines = [
        '"""The operations of this package: ``"<tag>.<module>"`` (``api/<tag>/<module>.py``) -> (METHOD, path).',
        "",
        "Written by codegen/regenerate.py from the server's document; the facade reads it to know what a server",
        'of this version offers without importing any endpoint module."""',
        "",
        f"SERVER_VERSION = {version!r}",
        "",
        "OPERATIONS: dict[str, tuple[str, str]] = {",
        *(f"    {key!r}: ({method!r}, {path!r})," for key, method, path in rows),
        "}",
        "",
    ]
    return "\n".join(lines)


def write_nodes(document: dict[str, Any], package_dir: Path, version: str) -> int:
    """``nodes.py`` of a version package: a typed class per invocation type (invokeai_client.graph renders
    it, so ``invokeai-client nodes --url`` writes the same for a live server). Returns the class count."""
    from invokeai_client.graph._codegen import render_module
    from invokeai_client.workflows import TemplateSet

    templates = TemplateSet.from_openapi(document, version=version)
    source = render_module(templates, server_version=version, source=f"openapi/invokeai-{version}.json")
    (package_dir / "nodes.py").write_text(source, encoding="utf-8")
    return len(templates)


def index_module(docs: Sequence[versions.ServerDocument]) -> str:
    """The root package's ``__init__.py``: which version packages exist (it imports none of them)."""
    newest = docs[-1]
    rows = [f"    {doc.package!r}: {doc.version!r}," for doc in docs]
    return "\n".join(
        [
            '"""Low-level clients for InvokeAI servers, generated from each server\'s OpenAPI document.',
            "",
            "One package per server minor version, each complete on its own (``Client``, ``api``, ``models``,",
            "``types``) and imported only when used::",
            "",
            f"    from invokeai_api.{newest.package} import Client",
            f"    from invokeai_api.{newest.package}.api.app import app_version",
            "",
            "Written by codegen/regenerate.py; never edited by hand.",
            '"""',
            "",
            "# package -> the InvokeAI version whose document it was generated from, oldest first",
            "PACKAGES: dict[str, str] = {",
            *rows,
            "}",
            "",
        ]
    )


def build(document: dict[str, Any], workdir: Path, *, version: str, log: Log = _stderr) -> Build:
    """Generate, post-process and verify one version's package in ``workdir/invokeai_api/<package>``."""
    check_tool_versions()
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[step] = now - clock
        clock = now

    package = versions.package_name(version)
    result = preprocess(document)
    preprocessed = workdir / f"openapi.{package}.preprocessed.json"
    preprocessed.write_text(openapi_doc.dumps(result.document), encoding="utf-8")
    lap("preprocess")

    root = workdir / ROOT_PACKAGE
    root.mkdir(exist_ok=True)
    package_dir = root / package
    generate(preprocessed, package_dir)
    lap("generate")

    (package_dir / "py.typed").write_text("", encoding="utf-8")  # --meta none writes no py.typed
    # The server's own document (not the pre-processed one), for the facade's offline invocation templates.
    bundled = json.dumps(openapi_doc.canonicalize(document), sort_keys=True, separators=(",", ":"))
    (package_dir / "openapi.json").write_text(bundled + "\n", encoding="utf-8")
    endpoints = verify.endpoint_modules(package_dir)
    (package_dir / "operations.py").write_text(operation_table(version, endpoints), encoding="utf-8")
    node_types = write_nodes(document, package_dir, version)
    verify.check_no_fixed_boundary(package_dir)
    format_paths([package_dir], workdir)
    lap("ruff")

    operations = verify.check_operations(result.document, package_dir)
    if not (root / "__init__.py").exists():  # the smoke test imports invokeai_api.<package>
        (root / "__init__.py").write_text("", encoding="utf-8")
    verify.smoke_test(workdir, package, result.document)
    verify.check_nodes(workdir, package, node_types)
    lap("verify")
    for step, seconds in timings.items():
        log(f"  {package} {step:<10} {seconds:6.2f} s")
    return Build(version, package_dir, operations, result.notes, timings)


def newest_nodes_module(docs: Sequence[versions.ServerDocument]) -> str:
    """``invokeai_api/nodes.py``: the newest version's node classes (``invokeai_client.nodes`` shows them)."""
    newest = docs[-1]
    return "\n".join(
        [
            f'"""The node classes of the newest supported server, InvokeAI {newest.version}.',
            "",
            "Written by codegen/regenerate.py; never edited by hand.",
            '"""',
            "",
            f"from .{newest.package}.nodes import *  # noqa: F403",
            f"from .{newest.package}.nodes import __all__ as __all__",
            "",
        ]
    )


def write_index(root: Path, docs: Sequence[versions.ServerDocument]) -> None:
    """Write the root package's index files into ``root`` (formatted like the rest)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "__init__.py").write_text(index_module(docs), encoding="utf-8")
    (root / "nodes.py").write_text(newest_nodes_module(docs), encoding="utf-8")
    (root / "py.typed").write_text("", encoding="utf-8")
    format_paths([root / "__init__.py", root / "nodes.py"], root.parent)


def replace_dir(new: Path, output: Path) -> None:
    """Swap ``new`` into ``output`` with two renames on one filesystem (no half-written package)."""
    old = new.parent / f"{output.name}.old"
    if output.exists():
        output.rename(old)
    new.rename(output)
    shutil.rmtree(old, ignore_errors=True)


def save_document(document: dict[str, Any], version: str, openapi_dir: Path) -> Path:
    """Write a new server's document into openapi/ (canonical), where the drift check finds it."""
    target = openapi_dir / f"invokeai-{version}.json"
    openapi_doc.write(document, target)
    return target


def select(args: argparse.Namespace, openapi_dir: Path) -> list[versions.ServerDocument]:
    """The documents this run generates (the rest of generated/ stays as it is)."""
    if args.url:
        document, version = openapi_doc.fetch_url(args.url)
        return [versions.document_for(save_document(document, version, openapi_dir))]
    if args.spec:
        doc = versions.document_for(args.spec)
        if args.spec.resolve().parent != openapi_dir.resolve():
            save_document(load_document(args.spec), doc.version, openapi_dir)
        return [versions.document_for(openapi_dir / args.spec.name)]
    known = versions.documents(openapi_dir)
    if args.version:
        chosen = [doc for doc in known if doc.version == args.version]
        if not chosen:
            raise versions.VersionError(
                f"no openapi/invokeai-{args.version}.json (have: {', '.join(d.version for d in known)})"
            )
        return chosen
    return known


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--version", help="regenerate only the package of this server version (in openapi/)")
    source.add_argument("--spec", type=Path, help="an OpenAPI document named invokeai-X.Y.Z.json")
    source.add_argument("--url", help="base URL of a running InvokeAI server to read /openapi.json from")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="the invokeai_api folder to update"
    )
    parser.add_argument("--openapi-dir", type=Path, default=versions.OPENAPI_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--notes", action="store_true", help="print every pre-processing change")
    args = parser.parse_args(argv)

    output: Path = args.output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        chosen = select(args, args.openapi_dir)
        everything = versions.documents(args.openapi_dir)
        # Build next to the output so the final swaps are renames on the same filesystem.
        with tempfile.TemporaryDirectory(prefix=".regenerate-", dir=output.parent) as tmp:
            builds = [
                build(load_document(doc.path), Path(tmp), version=doc.version) for doc in chosen
            ]  # every version passes before anything is replaced
            output.mkdir(exist_ok=True)
            for result in builds:
                replace_dir(result.package_dir, output / result.package_dir.name)
            wanted = {doc.package for doc in everything} | set(INDEX_FILES)
            for stale in sorted(p for p in output.iterdir() if p.name not in wanted | {"__pycache__"}):
                _stderr(f"removing {stale.name}: no document in openapi/ for it")
                shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
            write_index(output, everything)
    except (PipelineError, verify.VerificationError, versions.VersionError, ValueError, OSError) as exc:
        _stderr(f"error: {exc}")
        return 1
    for result in builds:
        if args.notes:
            for note in result.notes:
                _stderr(f"  - {note}")
        files = sum(1 for _ in (output / result.package_dir.name).rglob("*.py"))
        _stderr(
            f"{ROOT_PACKAGE}.{result.package_dir.name} (InvokeAI {result.version}): {files} modules, "
            f"{result.operations} operations, {len(result.notes)} pre-processing changes"
        )
    _stderr(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
