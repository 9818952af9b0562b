"""Unit tests of the operation-coverage check in codegen/verify.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import verify

MODULE = """
def _get_kwargs(item_id: str) -> dict:
    _kwargs = {{"method": "{method}", "url": "/items/{{item_id}}".format(item_id=item_id)}}
    return _kwargs
def _parse_response(*, client, response): ...
def _build_response(*, client, response): ...
def sync_detailed(): ...
async def asyncio_detailed(): ...
"""


def write_module(package: Path, name: str, method: str) -> None:
    tag = package / "api" / "items"
    tag.mkdir(parents=True, exist_ok=True)
    (tag / "__init__.py").write_text("")
    (tag / f"{name}.py").write_text(MODULE.format(method=method))


def spec(*methods: str) -> dict[str, Any]:
    return {"paths": {"/items/{item_id}": {m: {"operationId": m} for m in methods}}}


def test_operations_match(tmp_path: Path) -> None:
    write_module(tmp_path, "get_item", "get")
    write_module(tmp_path, "delete_item", "delete")
    assert verify.check_operations(spec("get", "delete"), tmp_path) == 2


def test_missing_operation_is_reported(tmp_path: Path) -> None:
    write_module(tmp_path, "get_item", "get")
    with pytest.raises(verify.VerificationError, match=re.escape("missing: PATCH /items/{item_id}")):
        verify.check_operations(spec("get", "patch"), tmp_path)


def test_module_without_contract_function_is_reported(tmp_path: Path) -> None:
    write_module(tmp_path, "get_item", "get")
    path = tmp_path / "api" / "items" / "get_item.py"
    path.write_text(path.read_text().replace("def _parse_response", "def parse"))
    with pytest.raises(verify.VerificationError, match="lacks _parse_response"):
        verify.check_operations(spec("get"), tmp_path)


def test_fixed_boundary_is_reported(tmp_path: Path) -> None:
    write_module(tmp_path, "get_item", "get")
    (tmp_path / "bad.py").write_text('h = "multipart/form-data; boundary=+++"\n')
    with pytest.raises(verify.VerificationError, match=r"bad\.py"):
        verify.check_no_fixed_boundary(tmp_path)
