"""The documentation site's reference: every public name of ``invokeai_client`` (and of each documented
subpackage) is on a reference page, with a docstring, as mkdocstrings reads them (griffe, the same loader)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import griffe
import pytest

import invokeai_client
import invokeai_client.errors

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO / "docs" / "reference"
# Subpackages whose names users import; the resources are reached through the clients (their page is
# generated from the resource classes), runs through Run/AsyncRun, the CLI through its command.
PUBLIC_PACKAGES = {"types", "workflows", "graph", "jobs", "events", "outputs", "installs", "errors", "mcp"}


def _directives() -> dict[str, list[str] | None]:
    """``::: module`` -> the members it lists (``None``: the module's ``__all__``)."""
    found: dict[str, list[str] | None] = {}
    for page in REFERENCE.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"^::: ([\w.]+)\n((?:    .*\n)*)", text, re.M):
            members = re.search(r"members: \[(.*)\]", match.group(2))
            found[match.group(1)] = [m.strip() for m in members.group(1).split(",")] if members else None
    return found


@pytest.fixture(scope="module")
def package() -> griffe.Module:
    loader = griffe.GriffeLoader(search_paths=[str(REPO / "src"), str(REPO / "generated")])
    module = loader.load("invokeai_client")
    loader.resolve_aliases(implicit=False, external=False)
    assert isinstance(module, griffe.Module)
    return module


def test_every_public_name_is_on_a_reference_page() -> None:
    directives = _directives()
    assert {f"invokeai_client.{name}" for name in PUBLIC_PACKAGES} <= set(directives)
    own = [n for n in invokeai_client.__all__ if n not in invokeai_client.errors.__all__]
    assert sorted(directives["invokeai_client"] or []) == sorted(own)  # the errors: their own block
    assert directives["invokeai_client.errors"] is None


def test_every_public_name_has_a_docstring(package: griffe.Module) -> None:
    missing = []
    for module_name, members in _directives().items():
        runtime = importlib.import_module(module_name)
        names = members if members is not None else list(runtime.__all__)
        node: griffe.Object | griffe.Alias = package
        for part in module_name.split(".")[1:]:
            node = node.members[part]
        for name in names:
            member = node.members.get(name)
            target = member.final_target if member is not None and member.is_alias else member
            docstring = target.docstring.value.strip() if target is not None and target.docstring else ""
            if not docstring:
                missing.append(f"{module_name}.{name}")
    assert missing == []


def test_the_endpoint_table_covers_every_resource_method() -> None:
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    from docs_hooks import endpoints_table

    from invokeai_client.compat._methods import method_endpoints

    table = endpoints_table()
    rows = [line for line in table.splitlines()[2:] if line.startswith("| `client.")]
    assert [row.split("`")[1] for row in rows] == [f"client.{m}" for m in method_endpoints()]
    boards_create = next(row for row in rows if row.startswith("| `client.boards.create`"))
    assert "`POST /api/v1/boards/`: 6.8, 6.14" in boards_create
    assert "`Board`" in boards_create
    videos = next(row for row in rows if row.startswith("| `client.videos.list`"))
    assert "`GET /api/v1/videos/i/{video_name}`: 6.14 |" in videos  # videos by name: 6.14 only


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The anchors of the built site (``make docs``, into a folder of the test's own)."""
    import os
    import subprocess
    import sys

    folder = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    anchors: set[str] = set()
    for page in folder.rglob("*.html"):
        anchors |= set(re.findall(r'id="(invokeai_client\.[\w.]+)"', page.read_text(encoding="utf-8")))
    return anchors


def _documented_classes() -> dict[str, type]:
    """Each class the reference documents, by the path it is shown under."""
    from invokeai_client.compat._methods import _resource_classes

    classes: dict[str, type] = {f"{c.__module__}.{c.__name__}": c for c in _resource_classes()}
    for module_name, members in _directives().items():
        runtime = importlib.import_module(module_name)
        for name in members if members is not None else runtime.__all__:
            value = getattr(runtime, name)
            if isinstance(value, type) and not issubclass(value, BaseException):
                classes[f"{module_name}.{name}"] = value
    return classes


def test_the_site_shows_every_public_method_of_every_documented_class(site: set[str]) -> None:
    missing = []
    for path, cls in _documented_classes().items():
        for name in dir(cls):
            owner = next((c for c in cls.__mro__ if name in vars(c)), None)
            if name.startswith("_") or owner is None or not owner.__module__.startswith("invokeai_client"):
                continue
            if callable(getattr(cls, name)) and f"{path}.{name}" not in site:
                missing.append(f"{path}.{name}")
    assert missing == []
    assert "invokeai_client.resources.workflows.WorkflowsResource.submit" in site
    assert "invokeai_client.jobs.Job.wait" in site
