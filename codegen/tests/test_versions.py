"""Unit tests of codegen/versions.py and the index the pipeline writes for the version packages."""

from __future__ import annotations

from pathlib import Path

import pytest
import regenerate
import versions


def touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("{}")


def test_one_package_per_minor_version_oldest_first(tmp_path: Path) -> None:
    touch(tmp_path, "invokeai-6.14.2.json", "invokeai-6.8.1.json", "README.md")
    found = versions.documents(tmp_path)
    assert [(d.version, d.package) for d in found] == [("6.8.1", "v6_8"), ("6.14.2", "v6_14")]


def test_two_documents_of_one_minor_are_refused(tmp_path: Path) -> None:
    touch(tmp_path, "invokeai-6.14.1.json", "invokeai-6.14.2.json")
    with pytest.raises(versions.VersionError, match="both v6_14"):
        versions.documents(tmp_path)


def test_badly_named_documents_and_an_empty_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(versions.VersionError, match=r"no invokeai-X\.Y\.Z\.json"):
        versions.documents(tmp_path)
    with pytest.raises(versions.VersionError, match=r"invokeai-6\.14\.2\.json"):
        versions.document_for(tmp_path / "invokeai-latest.json")
    with pytest.raises(versions.VersionError):
        versions.package_name("6.14")


def test_index_lists_every_package_and_imports_none(tmp_path: Path) -> None:
    touch(tmp_path, "invokeai-6.8.1.json", "invokeai-6.14.2.json")
    text = regenerate.index_module(versions.documents(tmp_path))
    namespace: dict[str, object] = {}
    exec(compile(text, "index", "exec"), namespace)
    assert namespace["PACKAGES"] == {"v6_8": "6.8.1", "v6_14": "6.14.2"}
    code = text.split('"""')[-1]  # after the docstring (whose example shows an import)
    assert "import" not in code


def test_operation_table_is_sorted_and_keyed_by_module() -> None:
    text = regenerate.operation_table(
        "6.14.2",
        {("GET", "/b"): "api/boards/list_boards.py", ("GET", "/a"): "api/app/app_version.py"},
    )
    namespace: dict[str, object] = {}
    exec(compile(text, "operations", "exec"), namespace)
    assert namespace["SERVER_VERSION"] == "6.14.2"
    assert list(namespace["OPERATIONS"]) == ["app.app_version", "boards.list_boards"]  # type: ignore[call-overload]
