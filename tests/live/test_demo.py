"""``make demo`` end to end: ``examples/demo.py`` against the session's server, checking what it saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from invokeai_client import InvokeAIClient

from ..conftest import Server

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


def test_demo_runs_the_sweep_and_saves_its_images(
    client: InvokeAIClient, invokeai_url: str, tmp_path: Path, server: Server
) -> None:
    env = {**os.environ, "INVOKEAI_URL": invokeai_url}
    command = [sys.executable, str(DEMO), str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr

    (run_folder,) = tmp_path.iterdir()  # a fresh folder per run
    assert run_folder.name.startswith("demo-")
    files = sorted(run_folder.iterdir())
    assert len(files) == 6  # 3 pictures x 2 blur radii
    for path in files:
        with Image.open(path) as image:
            assert (image.format, image.size) == ("PNG", (256, 192))

    lines = result.stdout.splitlines()
    assert lines[0] == f"InvokeAI {server.version} at {invokeai_url}"
    assert f"6 images saved in {run_folder}:" in lines
    listed = [line.split() for line in lines if line.startswith("  ")]
    assert sorted(row[0] for row in listed) == [path.name for path in files]
    assert sorted((row[1], row[3]) for row in listed) == sorted(
        (picture, radius) for picture in ("circles", "gradient", "stripes") for radius in ("1.0", "6.0")
    )
    assert "6/6 items" in result.stderr  # the progress bar
    assert "Traceback" not in result.stderr

    (board,) = [b for b in client.boards.list() if b.board_name == "invokeai-client demo"]
    on_board = set(client.boards.image_names(board.board_id))
    assert {path.name for path in files} <= on_board
