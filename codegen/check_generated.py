#!/usr/bin/env python3
"""Golden-record check: regenerate into a temporary folder and compare with generated/invokeai_api.

    .venv/bin/python codegen/check_generated.py [--spec FILE] [--generated DIR] [--diff]

Exit status 0 when the committed package is exactly what the pipeline produces from the committed
document; 1 (listing the differing files) when someone edited generated code by hand, changed the
pre-processing / config / templates without regenerating, or the committed document is not canonical.
Runs in CI as ``make check-generated``.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

import openapi_doc
import regenerate
import verify

IGNORED_PARTS = frozenset({"__pycache__"})  # bytecode written by whoever imported the package


def tree_files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not IGNORED_PARTS.intersection(path.relative_to(root).parts)
        and path.suffix != ".pyc"
    }


def compare(expected: Path, actual: Path) -> list[tuple[str, str]]:
    """Return (status, relative path) for every file that differs; status is added/missing/changed."""
    want, have = tree_files(expected), tree_files(actual)
    differences = [("missing", name) for name in sorted(want.keys() - have.keys())]
    differences += [("unexpected", name) for name in sorted(have.keys() - want.keys())]
    differences += [
        ("changed", name) for name in sorted(want.keys() & have.keys()) if want[name] != have[name]
    ]
    return sorted(differences, key=lambda item: item[1])


def _unified(expected: Path, actual: Path, name: str) -> str:
    def lines(root: Path) -> list[str]:
        path = root / name
        return path.read_text(encoding="utf-8").splitlines(keepends=True) if path.exists() else []

    diff = difflib.unified_diff(lines(actual), lines(expected), f"committed/{name}", f"regenerated/{name}")
    return "".join(diff)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--spec", type=Path, default=regenerate.DEFAULT_SPEC, help="committed OpenAPI document"
    )
    parser.add_argument("--generated", type=Path, default=regenerate.DEFAULT_OUTPUT, help="committed package")
    parser.add_argument("--diff", action="store_true", help="print a unified diff of each changed file")
    args = parser.parse_args(argv)

    spec_text = args.spec.read_text(encoding="utf-8")
    document = regenerate.load_document(args.spec, None)
    if openapi_doc.dumps(document) != spec_text:
        print(f"{args.spec} is not in canonical form: remake it with codegen/openapi_doc.py", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="invokeai-check-generated-") as tmp:
        try:
            build = regenerate.build(document, Path(tmp), log=lambda _: None)
        except (regenerate.PipelineError, verify.VerificationError, ValueError) as exc:
            print(f"error: the pipeline fails: {exc}", file=sys.stderr)
            return 1
        differences = compare(build.package_dir, args.generated)
        for status, name in differences:
            print(f"{status:<10} {name}")
            if args.diff:
                print(_unified(build.package_dir, args.generated, name), end="")
    if differences:
        print(
            f"{len(differences)} file(s) in {args.generated} differ from a fresh generation; "
            "run: .venv/bin/python codegen/regenerate.py",
            file=sys.stderr,
        )
        return 1
    print(f"{args.generated} is up to date ({build.operations} operations)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
