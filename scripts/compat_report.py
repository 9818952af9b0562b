#!/usr/bin/env python3
"""Write the upgrade report between two server versions into docs/compatibility.md (``make compat``).

    .venv/bin/python scripts/compat_report.py [OLD.json NEW.json] [--check]

Default: the two newest documents in openapi/. The report replaces the block between the markers
``<!-- compat-report:start -->`` and ``<!-- compat-report:end -->``; ``--check`` only says whether the
committed block is current (exit 1 when not), as the unit tests do.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from invokeai_client.compat import compare, render_markdown

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "compatibility.md"
START, END = "<!-- compat-report:start -->", "<!-- compat-report:end -->"


def newest_two() -> tuple[Path, Path]:
    def key(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.stem))

    documents = sorted((REPO / "openapi").glob("invokeai-*.json"), key=key)
    if len(documents) < 2:
        raise SystemExit("need two documents in openapi/")
    return documents[-2], documents[-1]


def report_block(old: Path, new: Path) -> str:
    old_doc, new_doc = (json.loads(path.read_text(encoding="utf-8")) for path in (old, new))
    name = lambda path: path.stem.removeprefix("invokeai-")  # noqa: E731
    markdown = render_markdown(compare(old_doc, new_doc, old_name=name(old), new_name=name(new)))
    generated = f"*Written by `make compat` (`invokeai-client compat {old.name} {new.name}`); do not edit.*"
    return f"{START}\n{generated}\n\n{markdown}{END}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", type=Path, help="OLD.json NEW.json (default: the newest two)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed report is not current")
    args = parser.parse_args(argv)
    old, new = args.documents if len(args.documents) == 2 else newest_two()
    text = DOC.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{DOC}: no {START} ... {END} block")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    updated = head + report_block(old, new) + tail
    if args.check:
        if updated != text:
            print(f"{DOC.relative_to(REPO)} is not current: run make compat", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(updated, encoding="utf-8")
    print(f"wrote the {old.stem} -> {new.stem} report into {DOC.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
