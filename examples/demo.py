"""The main job (``make demo``): run a GUI workflow as a sweep on a local InvokeAI server, with progress.

Draws three small pictures, uploads them, runs ``workflows/resize-blur-save.json`` (exported from the
workflow editor; it needs no model weights) once per picture and blur radius, and saves the results
under ``out/`` (a fresh folder per run) and on the board "invokeai-client demo".

Uses ``$INVOKEAI_URL`` when set; otherwise starts a CPU server on a free 127.0.0.1 port with
``scripts/invokeai-server`` and stops it (by its PID) at the end. ``python examples/demo.py [OUT]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw

from invokeai_client import InvokeAIClient, InvokeAIError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from invokeai_server import ServerError, running_server

WORKFLOW = Path(__file__).resolve().parent / "workflows" / "resize-blur-save.json"
DEMO_BOARD = "invokeai-client demo"
BLUR_RADII = [1.0, 6.0]


def draw_pictures() -> dict[str, Image.Image]:
    """Three 128x96 pictures: a colour gradient, circles and stripes."""
    ramp = Image.linear_gradient("L")
    gradient = Image.merge("RGB", (ramp.rotate(90), ramp, ramp.transpose(Image.Transpose.FLIP_TOP_BOTTOM)))
    circles, stripes = Image.new("RGB", (128, 96), "navy"), Image.new("RGB", (128, 96), "white")
    for r in range(44, 0, -11):
        ImageDraw.Draw(circles).ellipse((64 - r, 48 - r, 64 + r, 48 + r), fill=(255 - 5 * r, 4 * r, 120))
    for x in range(-96, 128, 16):
        ImageDraw.Draw(stripes).polygon([(x, 96), (x + 8, 96), (x + 104, 0), (x + 96, 0)], fill="darkgreen")
    return {"gradient": gradient.resize((128, 96)), "circles": circles, "stripes": stripes}


def run(url: str, out: Path) -> None:
    started = time.monotonic()
    with InvokeAIClient(url) as client:
        print(f"InvokeAI {client.server_version()} at {url}")
        board = next((b for b in client.boards.list() if b.board_name == DEMO_BOARD), None)
        board = board or client.boards.create(DEMO_BOARD)
        uploads = {
            client.images.upload(picture, board_id=board.board_id).image_name: name
            for name, picture in draw_pictures().items()
        }
        print(f"uploaded {len(uploads)} pictures ({', '.join(uploads.values())}) to board {DEMO_BOARD!r}")

        workflow = client.workflows.load(WORKFLOW)
        workflow.set("Width", 256)
        workflow.set("Height", 192)
        sweep = {"Input image": list(uploads), "Blur radius": BLUR_RADII}
        with client.workflows.submit(workflow, sweep=sweep, board=board.board_id) as job:
            print(f"running {workflow.name!r}: {len(job.item_ids)} queue items (pictures x blur radii)")
            job.wait(progress=True)
            saved = job.download(out)

        print(f"{len(saved)} images saved in {out}:")
        for record in saved:
            values = record.image.sweep_values
            picture = uploads[values["source.image"]["image_name"]]
            size = f"{record.image.width}x{record.image.height}"
            print(f"  {record.path.name}  {picture:<8}  blur {values['blur.radius']:<4}  {size}")
        count = client.boards.get(board.board_id).image_count
        print(f"board {DEMO_BOARD!r} now holds {count} image(s); done in {time.monotonic() - started:.1f} s")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out") / time.strftime("demo-%Y%m%d-%H%M%S")
    try:
        with running_server() as url:
            run(url, out)
    except (InvokeAIError, ServerError) as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
