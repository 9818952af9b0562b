"""The wheel as a user gets it: built from this repository, installed with its dependencies into a fresh
venv outside the repository; it carries the LICENSE, imports both packages, runs the command, and brings
at most 25 packages (neither rich nor aiohttp: the cuts of docs/benchmarks.md stay made)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from invokeai_client import __version__

REPO = Path(__file__).resolve().parents[2]


def test_the_wheel_installs_alone_and_works(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(REPO)],
                   check=True)  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("invokeai_client-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert f"invokeai_client-{__version__}.dist-info/licenses/LICENSE" in names
        metadata = archive.read(f"invokeai_client-{__version__}.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "invokeai_api/v6_14/nodes.py" in names
    assert "invokeai_api/v6_8/openapi.json" in names
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "venv")], check=True)
    python = tmp_path / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
                   check=True, cwd=tmp_path)  # fmt: skip
    check = (
        "import invokeai_client, invokeai_api, invokeai_api.v6_8, invokeai_api.v6_14\n"
        "from invokeai_client import nodes\n"
        "print(invokeai_client.__file__)\n"
        "print(invokeai_client.__version__, sorted(invokeai_api.PACKAGES), len(nodes.NODE_CLASSES))"
    )
    out = subprocess.run([str(python), "-c", check], capture_output=True, text=True, check=True, cwd=tmp_path)
    location, summary = out.stdout.splitlines()
    assert location.startswith(str(tmp_path / "venv"))  # the installed copy, not the repository's
    assert summary == f"{__version__} ['v6_14', 'v6_8'] 309"
    command = subprocess.run([str(tmp_path / "venv" / "bin" / "invokeai-client"), "--version"],
                             capture_output=True, text=True, check=True, cwd=tmp_path)  # fmt: skip
    assert command.stdout == f"invokeai-client {__version__}\n"
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True,
                            check=True).stdout.split()  # fmt: skip
    installed = {line.split("==")[0].lower() for line in listed} - {"pip", "setuptools"}
    assert len(installed) <= 25, sorted(installed)  # the target of docs/benchmarks.md (the install)
    assert not installed & {"aiohttp", "rich", "pygments"}, "a cut dependency came back"
