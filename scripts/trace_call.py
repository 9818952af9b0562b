"""Which hand-written modules one public call runs: ``client.boards.list()`` and
``client.workflows.submit(workflow).wait()`` against a real server, after a warm-up call of each (the first
call learns the server and loads modules; the figure is for the calls after it).

Every frame whose code lives in ``src/invokeai_client`` counts (the generated ``invokeai_api`` and the
libraries below do not); the modules are listed with how many of their functions ran.

Usage: python scripts/trace_call.py [--url URL] [--poll]   (starts a local server unless --url or
$INVOKEAI_URL; ``--poll`` waits by polling, without the event stream)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SOURCE = str(REPO / "src" / "invokeai_client")
sys.path.insert(0, str(REPO / "scripts"))
from invokeai_server import running_server  # noqa: E402

from invokeai_client import InvokeAIClient  # noqa: E402

WORKFLOW = REPO / "tests" / "live" / "workflows" / "blank_blur_save.json"


def traced(call: Callable[[], Any]) -> Counter[str]:
    """The hand-written modules ``call`` runs, each with how many distinct functions of it ran."""
    functions: set[tuple[str, str]] = set()

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        filename = frame.f_code.co_filename
        if event == "call" and filename.startswith(SOURCE):
            functions.add((filename, frame.f_code.co_name))

    sys.setprofile(profile)
    import threading

    threading.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
        threading.setprofile(None)  # type: ignore[arg-type]
    return Counter(str(Path(f).relative_to(SOURCE)) for f, _ in functions)


def report(name: str, modules: Counter[str]) -> None:
    print(f"\n{name}: {len(modules)} hand-written modules")
    for module, count in sorted(modules.items()):
        print(f"  {module} ({count})")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--url")
    parser.add_argument("--poll", action="store_true")
    args = parser.parse_args()
    with running_server() if not args.url else _given(args.url) as url, InvokeAIClient(url) as client:
        workflow = client.workflows.load(WORKFLOW)
        wait = "poll" if args.poll else "events"

        def job() -> None:
            with client.workflows.submit(workflow, wait=wait) as submitted:
                submitted.wait(timeout=120)

        client.boards.list()
        job()  # warm-up: the server learnt, every module loaded
        report("client.boards.list()", traced(client.boards.list))
        report(f"client.workflows.submit(workflow, wait={wait!r}).wait()", traced(job))


class _given:
    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> str:
        return self.url

    def __exit__(self, *exc: object) -> None:
        pass


if __name__ == "__main__":
    main()
