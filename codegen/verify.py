"""Checks run on a freshly generated package before it may replace generated/invokeai_api.

* every operation of the (pre-processed) document has an endpoint module, found by reading the
  ``method`` and ``url`` that each module's ``_get_kwargs`` puts in its request (AST, no import);
* every endpoint module offers the functions the facade calls (``_get_kwargs``, ``_parse_response``, …);
* no hand-made multipart boundary survived (openapi-python-client 0.29 template bug);
* in a subprocess, the binary download endpoints turn a response body into ``File`` bytes and the lazy
  ``models`` package resolves names.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from preprocess import BINARY_SCHEMA, operations

REQUIRED_FUNCTIONS = (
    "_get_kwargs",
    "_parse_response",
    "_build_response",
    "sync_detailed",
    "asyncio_detailed",
)

Operation = tuple[str, str]  # (METHOD, path template)


class VerificationError(RuntimeError):
    """The generated package is incomplete or has a known defect."""


def spec_operations(doc: dict[str, Any]) -> set[Operation]:
    return {(method.upper(), path) for method, path, _ in operations(doc)}


def _request_target(func: ast.FunctionDef) -> Operation | None:
    """Find ``{"method": "...", "url": "..." | "...".format(...)}`` inside ``_get_kwargs``."""
    for node in ast.walk(func):
        if not isinstance(node, ast.Dict):
            continue
        entries = {
            k.value: v for k, v in zip(node.keys, node.values, strict=True) if isinstance(k, ast.Constant)
        }
        method, url = entries.get("method"), entries.get("url")
        if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute) and url.func.attr == "format":
            url = url.func.value
        if isinstance(method, ast.Constant) and isinstance(url, ast.Constant):
            return str(method.value).upper(), str(url.value)
    return None


def endpoint_modules(package_dir: Path) -> dict[Operation, str]:
    """Map each generated operation to its module (``api/<tag>/<name>.py``)."""
    found: dict[Operation, str] = {}
    for path in sorted((package_dir / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        rel = path.relative_to(package_dir).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        missing = [name for name in REQUIRED_FUNCTIONS if name not in functions]
        if missing:
            raise VerificationError(f"{rel} lacks {', '.join(missing)}")
        get_kwargs = functions["_get_kwargs"]
        target = _request_target(get_kwargs) if isinstance(get_kwargs, ast.FunctionDef) else None
        if target is None:
            raise VerificationError(f"{rel}: cannot read method and url from _get_kwargs")
        if target in found:
            raise VerificationError(f"{target} generated twice: {found[target]} and {rel}")
        found[target] = rel
    return found


def check_operations(doc: dict[str, Any], package_dir: Path) -> int:
    """Fail unless spec operations and endpoint modules match one to one; return their number."""
    expected = spec_operations(doc)
    generated = endpoint_modules(package_dir)
    missing = sorted(expected - generated.keys())
    extra = sorted(generated.keys() - expected)
    if missing or extra:
        lines = [f"missing: {m} {p}" for m, p in missing] + [f"unexpected: {m} {p}" for m, p in extra]
        raise VerificationError("operations and endpoint modules differ:\n  " + "\n  ".join(lines))
    return len(expected)


def check_no_fixed_boundary(package_dir: Path) -> None:
    offenders = sorted(
        p.relative_to(package_dir).as_posix()
        for p in package_dir.rglob("*.py")
        if "multipart/form-data; boundary" in p.read_text(encoding="utf-8")
    )
    if offenders:
        raise VerificationError(f"hand-made multipart boundary in: {', '.join(offenders)}")


def binary_downloads(doc: dict[str, Any], endpoints: dict[Operation, str]) -> list[str]:
    """The modules (``api.<tag>.<name>``) of GET operations whose 200 answer is a file."""
    found = []
    for method, path, op in operations(doc):
        content = op.get("responses", {}).get("200", {}).get("content", {})
        if method == "get" and any(media.get("schema") == BINARY_SCHEMA for media in content.values()):
            module = endpoints[(method.upper(), path)]
            found.append(module.removesuffix(".py").replace("/", "."))
    return sorted(found)


# Runs with the freshly generated package first on sys.path (it is not installed yet).
# {package}: the version package; {downloads}: modules whose 200 answer must parse to File bytes.
_SMOKE_SCRIPT = """
import importlib
import io

import httpx

package = importlib.import_module("invokeai_api.{package}")
types = importlib.import_module("invokeai_api.{package}.types")
models = importlib.import_module("invokeai_api.{package}.models")
upload_image = importlib.import_module("invokeai_api.{package}.api.images.upload_image")
operations = importlib.import_module("invokeai_api.{package}.operations")

client = package.Client(base_url="http://invokeai.invalid")
png = b"\\x89PNG\\r\\n\\x1a\\n" + bytes(range(256))
request = httpx.Request("GET", "http://invokeai.invalid/")
for name in {downloads!r}:
    module = importlib.import_module("invokeai_api.{package}." + name)
    response = httpx.Response(200, content=png, headers={{"content-type": "image/png"}}, request=request)
    parsed = module._parse_response(client=client, response=response)
    assert isinstance(parsed, types.File) and parsed.payload.read() == png, (name, parsed)
File = types.File
kwargs = upload_image._get_kwargs(
    body=models.BodyUploadImage(file=File(payload=io.BytesIO(png), file_name="a.png", mime_type="image/png")),
    image_category="user",
    is_intermediate=False,
)
assert "content-type" not in {{k.lower() for k in kwargs.get("headers", {{}})}}, kwargs
encoded = httpx.Request(**{{**kwargs, "url": "http://invokeai.invalid" + kwargs["url"]}})
content_type = encoded.headers["content-type"]
assert content_type.startswith("multipart/form-data; boundary=") and "+++" not in content_type, content_type
assert png in encoded.read()
assert models.ImageDTO.__name__ == "ImageDTO" and "ImageDTO" in models.__all__
assert operations.OPERATIONS["images.upload_image"][0] == "POST"
print("ok")
"""


def smoke_test(package_parent: Path, package: str, doc: dict[str, Any]) -> None:
    """Import the new package in a subprocess: binary downloads, multipart uploads, lazy models."""
    downloads = binary_downloads(doc, endpoint_modules(package_parent / "invokeai_api" / package))
    script = _SMOKE_SCRIPT.format(package=package, downloads=downloads)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package_parent), os.environ.get("PYTHONPATH", "")]),
    }
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the tree that is compared and committed
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode != 0 or proc.stdout.strip() != "ok":
        raise VerificationError(f"smoke test of invokeai_api.{package} failed:\n{proc.stdout}{proc.stderr}")


_NODES_SCRIPT = """
import invokeai_api.{package}.nodes as nodes
from invokeai_client.graph import Graph, Node
classes = [c for c in vars(nodes).values() if isinstance(c, type) and issubclass(c, Node) and c is not Node]
assert len(classes) == len(nodes.NODE_CLASSES) == {count}, (len(classes), len(nodes.NODE_CLASSES))
with Graph() as g:
    for cls in classes:
        required = [n for n, f in cls.INPUTS.items() if f.required]
        cls(**dict.fromkeys(required))  # every class can be made, its required inputs left empty
assert len(g) == {count}
print("ok")
"""


def check_nodes(package_parent: Path, package: str, count: int) -> None:
    """Import the new ``nodes`` module in a subprocess: one class per node type, each constructible."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package_parent), os.environ.get("PYTHONPATH", "")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    script = _NODES_SCRIPT.format(package=package, count=count)
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode != 0 or proc.stdout.strip() != "ok":
        raise VerificationError(f"invokeai_api.{package}.nodes failed its check:\n{proc.stdout}{proc.stderr}")
