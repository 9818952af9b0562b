"""The main job (``make demo``): start a local InvokeAI server and talk to it through the SDK.

Uses ``$INVOKEAI_URL`` when set; otherwise starts a CPU server on a free 127.0.0.1 port with
``scripts/invokeai-server`` and stops it (by its PID) at the end.
"""

from __future__ import annotations

import sys
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from invokeai_server import ServerError, running_server

DEMO_BOARD = "invokeai-client demo"


def run(url: str) -> None:
    with InvokeAIClient(url) as client:
        print(f"InvokeAI {client.server_version()} at {url}")
        if not any(board.board_name == DEMO_BOARD for board in client.boards.list()):
            client.boards.create(DEMO_BOARD)
        boards = client.boards.list()
        print(f"{len(boards)} board(s):")
        for board in boards:
            print(f"  {board.board_id}  {board.board_name!r}  images: {board.image_count}")


def main() -> int:
    try:
        with running_server() as url:
            run(url)
    except (InvokeAIError, ServerError) as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
