#!/usr/bin/env python3
"""Golden-record check: regenerate every version into a temporary folder and compare with generated/.

    .venv/bin/python codegen/check_generated.py [--version X.Y.Z] [--generated DIR] [--diff]

Exit status 0 when the committed ``invokeai_api`` is exactly what the pipeline produces from the committed
documents in openapi/ (every version package, and the index); 1 (listing the differing files) when someone
edited generated code by hand, changed the pre-processing / config / templates without regenerating, added
or removed a document without regenerating, or a committed document is not canonical.
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
import versions

IGNORED_PARTS = frozenset({"__pycache__"})  # bytecode written by whoever imported the package


def tree_files(root: Path, *, top_level_only: bool = False) -> dict[str, bytes]:
    paths = sorted(root.glob("*") if top_level_only else root.rglob("*"))
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in paths
        if path.is_file()
        and not IGNORED_PARTS.intersection(path.relative_to(root).parts)
        and path.suffix != ".pyc"
    }


def compare(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[tuple[str, str]]:
    """Return (status, relative path) for every file that differs; status is missing/unexpected/changed."""
    differences = [("missing", name) for name in sorted(expected.keys() - actual.keys())]
    differences += [("unexpected", name) for name in sorted(actual.keys() - expected.keys())]
    differences += [
        ("changed", name)
        for name in sorted(expected.keys() & actual.keys())
        if expected[name] != actual[name]
    ]
    return sorted(differences, key=lambda item: item[1])


def _unified(expected: dict[str, bytes], actual: dict[str, bytes], name: str) -> str:
    def lines(files: dict[str, bytes]) -> list[str]:
        return files[name].decode("utf-8").splitlines(keepends=True) if name in files else []

    diff = difflib.unified_diff(lines(actual), lines(expected), f"committed/{name}", f"regenerated/{name}")
    return "".join(diff)


def _prefixed(files: dict[str, bytes], prefix: str) -> dict[str, bytes]:
    return {f"{prefix}/{name}": data for name, data in files.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", help="check only this server version's package")
    parser.add_argument("--generated", type=Path, default=regenerate.DEFAULT_OUTPUT, help="committed package")
    parser.add_argument("--openapi-dir", type=Path, default=versions.OPENAPI_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--diff", action="store_true", help="print a unified diff of each changed file")
    args = parser.parse_args(argv)

    try:
        docs = versions.documents(args.openapi_dir)
    except versions.VersionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    chosen = [doc for doc in docs if args.version in (None, doc.version)]
    if not chosen:
        print(f"error: no document for {args.version} in {args.openapi_dir}", file=sys.stderr)
        return 1

    expected: dict[str, bytes] = {}
    actual: dict[str, bytes] = {}
    counts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="invokeai-check-generated-") as tmp:
        workdir = Path(tmp)
        for doc in chosen:
            document = regenerate.load_document(doc.path)
            if openapi_doc.dumps(document) != doc.path.read_text(encoding="utf-8"):
                print(
                    f"{doc.path} is not in canonical form: remake it with codegen/openapi_doc.py",
                    file=sys.stderr,
                )
                return 1
            try:
                build = regenerate.build(document, workdir, version=doc.version, log=lambda _: None)
            except (regenerate.PipelineError, verify.VerificationError, ValueError) as exc:
                print(f"error: the pipeline fails for {doc.version}: {exc}", file=sys.stderr)
                return 1
            expected |= _prefixed(tree_files(build.package_dir), doc.package)
            actual |= _prefixed(tree_files(args.generated / doc.package), doc.package)
            counts.append(f"{doc.package}: {build.operations} operations")
        index_dir = workdir / "index" / regenerate.ROOT_PACKAGE
        regenerate.write_index(index_dir, docs)
        expected |= tree_files(index_dir, top_level_only=True)
        actual |= tree_files(args.generated, top_level_only=True)
        if args.version is None:  # a package whose document is gone is drift too
            known = {doc.package for doc in docs}
            for extra in sorted(p for p in args.generated.iterdir() if p.is_dir() and p.name not in known):
                if extra.name not in IGNORED_PARTS:
                    actual |= _prefixed(tree_files(extra), extra.name)
        differences = compare(expected, actual)
        for status, name in differences:
            print(f"{status:<10} {name}")
            if args.diff:
                print(_unified(expected, actual, name), end="")
    if differences:
        print(
            f"{len(differences)} file(s) in {args.generated} differ from a fresh generation; "
            "run: .venv/bin/python codegen/regenerate.py",
            file=sys.stderr,
        )
        return 1
    print(f"{args.generated} is up to date ({'; '.join(counts)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
