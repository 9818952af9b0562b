#!/usr/bin/env python3
"""Obtain InvokeAI's OpenAPI document and write it in a canonical, reproducible form.

Two sources give the same document (see docs in openapi/README.md):

* offline: ``--python PATH`` is the interpreter of a venv where ``invokeai`` is installed; the document is
  built in a subprocess by importing the FastAPI app (no server, no port, ~10 s);
* online: ``--url http://host:port`` fetches ``/openapi.json`` from a running server.

The server's own version comes from ``importlib.metadata`` (offline) or ``GET /api/v1/app/version`` (online);
the document's ``info.version`` is always "1.0.0" and useless for that.

Canonical form: keys sorted, lists that are sets sorted (see ``canonicalize``), two-space indent, UTF-8,
trailing newline. Some lists come from Python sets inside InvokeAI (``InvocationOutputMap.required``) and
change order between processes; canonicalising makes one server version always give the same bytes.

Standard library only: this runs before the project venv is needed, e.g. in CI or on a server host.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO_ROOT / "openapi"

# Keys whose list values are sets in JSON Schema / OpenAPI terms: order carries no meaning, and InvokeAI
# builds some of them from Python sets. ``enum`` is included: its values are a set and sorting costs nothing.
# Lists that are *not* sorted, on purpose: anyOf/oneOf/allOf (the generator tries union members in order;
# codegen/preprocess.py orders them deliberately), ``tags`` (the first tag picks the generated module's
# package), ``parameters`` (argument order of the generated functions), ``prefixItems`` (positional).
SET_LIKE_KEYS = frozenset({"required", "enum"})

# Runs inside the InvokeAI venv. The result goes to a file, not stdout: InvokeAI may log to stdout on import.
_OFFLINE_SCRIPT = """
import importlib.metadata, json, sys
from invokeai.app.api_app import app
payload = {"version": importlib.metadata.version("invokeai"), "document": app.openapi()}
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    json.dump(payload, fh)
"""

_HTTP_TIMEOUT_S = 60.0


def _sort_key(value: Any) -> tuple[str, str]:
    # Mixed-type lists (enum of strings and ints) need a total order: group by type name, then by JSON text.
    return (type(value).__name__, json.dumps(value, sort_keys=True, ensure_ascii=False))


def canonicalize(node: Any, *, parent_key: str | None = None) -> Any:
    """Return a copy of ``node`` with set-like lists sorted (dict key order is left to ``json.dumps``).

    A list is sorted only when it sits under a key in ``SET_LIKE_KEYS`` and holds scalars: a property that
    happens to be *named* ``required`` is a dict under ``properties`` and is walked, not sorted.
    """
    if isinstance(node, dict):
        return {key: canonicalize(value, parent_key=key) for key, value in node.items()}
    if isinstance(node, list):
        items = [canonicalize(item) for item in node]
        if parent_key in SET_LIKE_KEYS and all(not isinstance(i, dict | list) for i in items):
            return sorted(items, key=_sort_key)
        return items
    return node


def dumps(document: Any) -> str:
    """Serialise a document canonically (the exact bytes written to ``openapi/*.json``)."""
    return json.dumps(canonicalize(document), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def fetch_offline(python: str) -> tuple[dict[str, Any], str]:
    """Build the document by importing InvokeAI's app with ``python``; return (document, invokeai version)."""
    with tempfile.TemporaryDirectory(prefix="invokeai-openapi-") as tmp:
        out = Path(tmp) / "openapi.json"
        proc = subprocess.run(
            [python, "-c", _OFFLINE_SCRIPT, str(out)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp,  # keep InvokeAI from picking up an invokeai.yaml in the caller's directory
        )
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(
                f"{python} could not build the OpenAPI document (exit {proc.returncode}):\n{proc.stderr[-4000:]}"
            )
        payload = json.loads(out.read_text(encoding="utf-8"))
    return payload["document"], payload["version"]


def _get_json(url: str) -> Any:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=_HTTP_TIMEOUT_S) as response:
        return json.loads(response.read().decode("utf-8"))


def fetch_url(base_url: str) -> tuple[dict[str, Any], str]:
    """Fetch the document and the version from a running server; return (document, invokeai version)."""
    base = base_url.rstrip("/")
    document = _get_json(f"{base}/openapi.json")
    version = _get_json(f"{base}/api/v1/app/version")["version"]
    return document, version


def write(document: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dumps(document), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--python", help="python of a venv where invokeai is installed (offline)")
    source.add_argument("--url", help="base URL of a running server, e.g. http://127.0.0.1:9090")
    parser.add_argument(
        "--out", type=Path, help="output file (default: openapi/invokeai-<server version>.json in the repo)"
    )
    parser.add_argument("--expect-version", help="fail unless the server reports this version")
    parser.add_argument("--print-version", action="store_true", help="only print the server version")
    args = parser.parse_args(argv)

    document, version = fetch_offline(args.python) if args.python else fetch_url(args.url)
    if args.expect_version and version != args.expect_version:
        print(f"error: server is InvokeAI {version}, expected {args.expect_version}", file=sys.stderr)
        return 1
    if args.print_version:
        print(version)
        return 0
    out: Path = args.out or OPENAPI_DIR / f"invokeai-{version}.json"
    write(document, out)
    print(f"InvokeAI {version}: wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
