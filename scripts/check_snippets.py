"""Type-check the Python blocks of README.md and docs/ with the project's mypy (``make typecheck``).

Each fenced ``python`` block becomes a module of its own; a block whose first line is the comment
``# … continued`` is appended to the block before it on the same page (a guide that builds one script
step by step). A block whose first line is ``# not checked: <why>`` is skipped (shell-like pseudo code).
Names a snippet takes for granted (``url``, a ``workflow`` …) come from a prelude of typed stand-ins, so
what is checked is the SDK's API as the snippet uses it.

Usage: python scripts/check_snippets.py [--keep DIR]   (exit status: mypy's)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
PRELUDE = """\
# Stand-ins for what a snippet takes for granted (typed, so the snippet's use of the SDK is checked).
from __future__ import annotations
from typing import Any
from invokeai_client import InvokeAIClient
from invokeai_client.jobs import Job
from invokeai_client.types import Board
from invokeai_client.workflows import Workflow
pandas: Any = None
url: str = "http://127.0.0.1:9090"
url1: str = url
url2: str = url
rows: list[dict[str, Any]] = []
names: list[str] = []
board_id: str = "board"
batch_id: str = "batch"
client: InvokeAIClient = InvokeAIClient(url)
wf: Workflow
workflow: Workflow
board: Board
job: Job
"""


def snippets() -> list[tuple[str, str]]:
    """(name, source) of every block, continued blocks joined."""
    found: list[tuple[str, str]] = []
    for page in PAGES:
        relative = page.relative_to(REPO).with_suffix("")
        for number, match in enumerate(BLOCK.finditer(page.read_text(encoding="utf-8")), start=1):
            source = match.group(1)
            first = source.splitlines()[0] if source.strip() else ""
            if first.startswith("# not checked"):
                continue
            if first.startswith("# … continued") and found and found[-1][0].startswith(str(relative)):
                name, before = found.pop()
                found.append((name, before + source))
            else:
                found.append((f"{relative}:{number}", source))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the modules here (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="snippets-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        names = {}
        for index, (name, source) in enumerate(snippets()):
            module = folder / f"snippet_{index:03d}.py"
            module.write_text(f"{PRELUDE}{source}", encoding="utf-8")
            names[module.name] = name
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file",
                   str(REPO / "pyproject.toml"), *map(str, sorted(folder.glob("snippet_*.py")))]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
        offset = PRELUDE.count("\n")
        for line in result.stdout.splitlines():  # the page, the block and its line, not the module's
            module, _, rest = line.partition(":")
            number, _, message = rest.partition(":")
            if module and Path(module).name in names and number.isdigit():
                print(f"{names[Path(module).name]} line {int(number) - offset}:{message}")
            else:
                print(line)
        print(f"{len(names)} Python block(s) of README.md and docs/ checked", file=sys.stderr)
        return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
