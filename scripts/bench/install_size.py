"""What `pip install invokeai-client` puts into a fresh venv, against httpx + pydantic alone, and what each
cut of the dependencies saved: rich (the progress bar is the SDK's own now) and python-socketio's asyncio
client stack (aiohttp and its helpers; both event streams use the threaded client now), each added back
to a fresh install of the same wheel.

Each install goes into its own fresh venv outside the repository (a temporary folder), from this
repository's wheel (built here) and the package index. Reported per install: packages (pip's own left out),
the size of site-packages, and the median warm `import invokeai_client` (or `import httpx, pydantic`) of 5
fresh interpreters; for the published install also the CLI's start-up (`--version`, `--help`), median of 5.

Usage: python scripts/bench/install_size.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
BEFORE_CUTS = {
    "+ rich (the bar before)": ["rich>=13.7,<16"],
    "+ rich and aiohttp (the install before)": [
        "rich>=13.7,<16",
        "python-socketio[client,asyncio-client]>=5.11,<6",
    ],
}


def build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)], check=True
    )
    (wheel,) = out.glob("invokeai_client-*.whl")
    return wheel


def venv(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    return folder / "bin" / "python"


def pip(python: Path, *args: str) -> None:
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *args], check=True
    )


def measure(python: Path, statement: str) -> dict[str, float]:
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True,
                            check=True).stdout.split()  # fmt: skip
    packages = [
        line.split("==")[0].lower()
        for line in listed
        if not line.lower().startswith(("pip==", "setuptools=="))
    ]
    site = next(python.parent.parent.glob("lib/python*/site-packages"))
    size = sum(
        p.stat().st_size
        for p in site.rglob("*")
        if p.is_file() and "/pip/" not in str(p) and "/pip-" not in str(p)
    )
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    subprocess.run([str(python), "-c", statement], check=True)  # compile the .pyc files first
    times = [float(subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(5)]  # fmt: skip
    return {"packages": len(packages), "mb": size / 1e6, "import_ms": statistics.median(times) * 1000}


def command_ms(python: Path, *args: str) -> float:
    command = python.parent / "invokeai-client"
    subprocess.run([str(command), *args], check=True, capture_output=True)  # warm: bytecode written
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([str(command), *args], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="invokeai-install-") as tmp:
        root = Path(tmp)
        wheel = build_wheel(root / "dist")
        rows = {}
        base = venv(root / "base")
        pip(base, "httpx", "pydantic")
        rows["httpx + pydantic"] = measure(base, "import httpx, pydantic")
        full = venv(root / "full")
        pip(full, str(wheel))
        rows["invokeai-client (as published)"] = measure(full, "import invokeai_client")
        cli = {args: command_ms(full, args) for args in ("--version", "--help")}
        for n, (name, extra) in enumerate(BEFORE_CUTS.items()):
            before = venv(root / f"before-{n}")
            pip(before, str(wheel), *extra)
            rows[name] = measure(before, "import invokeai_client")
    print("| install | packages | site-packages (MB) | import (ms, warm) |")
    print("|---|---:|---:|---:|")
    for name, row in rows.items():
        print(f"| {name} | {row['packages']:.0f} | {row['mb']:.1f} | {row['import_ms']:.0f} |")
    print()
    print(" ".join(f"invokeai-client {args}: {ms:.0f} ms;" for args, ms in cli.items()))


if __name__ == "__main__":
    main()
