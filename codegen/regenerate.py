#!/usr/bin/env python3
"""Regenerate the low-level client ``generated/invokeai_api`` from InvokeAI's OpenAPI document.

One command, deterministic (same document -> same bytes), no tool looked up on PATH:

    .venv/bin/python codegen/regenerate.py [--spec FILE | --url URL] [--output DIR]

Steps: canonicalise and pre-process the document (codegen/preprocess.py) -> openapi-python-client
(pinned) with codegen/config.yaml and codegen/templates -> py.typed -> pinned ruff, isolated, explicit
rules -> verification (codegen/verify.py) -> replace the output directory. See codegen/README.md.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openapi_doc
import verify
from preprocess import preprocess

CODEGEN_DIR = Path(__file__).resolve().parent
REPO_ROOT = CODEGEN_DIR.parent
SERVER_VERSION = "6.8.1"  # the InvokeAI version generated/ is built from; bump on upgrade
DEFAULT_SPEC = REPO_ROOT / "openapi" / f"invokeai-{SERVER_VERSION}.json"
DEFAULT_OUTPUT = REPO_ROOT / "generated" / "invokeai_api"
CONFIG = CODEGEN_DIR / "config.yaml"
TEMPLATES = CODEGEN_DIR / "templates"
PACKAGE = "invokeai_api"

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


def load_document(spec: Path | None, url: str | None) -> dict[str, Any]:
    """Read the document and bring it to canonical form (a no-op for files made by openapi_doc.py)."""
    raw: dict[str, Any] = (
        openapi_doc.fetch_url(url)[0] if url else json.loads(Path(spec or DEFAULT_SPEC).read_bytes())
    )
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


def format_package(package_dir: Path) -> None:
    """Pinned ruff, ignoring every config file, with an explicit rule selection: reproducible output."""
    ruff = [sys.executable, "-m", "ruff"]
    target = str(package_dir)
    _run(
        [*ruff, "check", *RUFF_OPTIONS, "--select", RUFF_RULES, "--fix-only", target],
        cwd=package_dir.parent,
        what="ruff",
    )
    _run([*ruff, "format", *RUFF_OPTIONS, target], cwd=package_dir.parent, what="ruff format")


def build(document: dict[str, Any], workdir: Path, *, log: Log = _stderr) -> Build:
    """Generate, post-process and verify the package in ``workdir/invokeai_api``."""
    check_tool_versions()
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[step] = now - clock
        clock = now

    result = preprocess(document)
    preprocessed = workdir / "openapi.preprocessed.json"
    preprocessed.write_text(openapi_doc.dumps(result.document), encoding="utf-8")
    lap("preprocess")

    package_dir = workdir / PACKAGE
    generate(preprocessed, package_dir)
    lap("generate")

    (package_dir / "py.typed").write_text("", encoding="utf-8")  # --meta none writes no py.typed
    # The server's own document (not the pre-processed one), for the facade's offline invocation templates.
    bundled = json.dumps(openapi_doc.canonicalize(document), sort_keys=True, separators=(",", ":"))
    (package_dir / "openapi.json").write_text(bundled + "\n", encoding="utf-8")
    verify.check_no_fixed_boundary(package_dir)
    format_package(package_dir)
    lap("ruff")

    operations = verify.check_operations(result.document, package_dir)
    verify.smoke_test(workdir)
    lap("verify")
    for step, seconds in timings.items():
        log(f"  {step:<10} {seconds:6.2f} s")
    return Build(package_dir, operations, result.notes, timings)


def replace_dir(new: Path, output: Path) -> None:
    """Swap ``new`` into ``output`` with two renames on one filesystem (no half-written package)."""
    old = new.parent / f"{output.name}.old"
    if output.exists():
        output.rename(old)
    new.rename(output)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--spec", type=Path, help=f"OpenAPI document (default: {DEFAULT_SPEC.relative_to(REPO_ROOT)})"
    )
    source.add_argument("--url", help="base URL of a running InvokeAI server to read /openapi.json from")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package directory to replace")
    parser.add_argument("--notes", action="store_true", help="print every pre-processing change")
    args = parser.parse_args(argv)

    output: Path = args.output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        document = load_document(args.spec, args.url)
        # Build next to the output so the final swap is a rename on the same filesystem.
        with tempfile.TemporaryDirectory(prefix=".regenerate-", dir=output.parent) as tmp:
            result = build(document, Path(tmp))
            replace_dir(result.package_dir, output)
    except (PipelineError, verify.VerificationError, ValueError, OSError) as exc:
        _stderr(f"error: {exc}")
        return 1
    if args.notes:
        for note in result.notes:
            _stderr(f"  - {note}")
    files = sum(1 for _ in output.rglob("*.py"))
    _stderr(
        f"{output}: {files} modules, {result.operations} operations, "
        f"{len(result.notes)} pre-processing changes, {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
