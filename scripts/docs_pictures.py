"""The pictures of the documentation, made from a real server's answers (like cassettes, never by hand):

- docs/images/demo.png: the demo's three input pictures and its six outputs (one per blur radius);
- docs/images/progress.svg: the progress bar of that job, drawn from the progress state it reported
  half-way through (a node running);
- docs/images/contact-sheet.png: what examples/graph_contact_sheet.py makes.

Usage: python scripts/docs_pictures.py [--url URL]   (default: start a local 6.14.2 server, stop it after)
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"
sys.path.insert(0, str(REPO / "scripts"))


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "examples" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def demo_pictures(url: str) -> None:
    from rich.console import Console

    from invokeai_client import InvokeAIClient
    from invokeai_client.jobs._watch import ProgressBar

    demo = _example("demo")
    pictures = demo.draw_pictures()
    half: list[Any] = []
    with InvokeAIClient(url) as client, tempfile.TemporaryDirectory() as folder:
        names = {client.images.upload(p, is_intermediate=True).image_name: key for key, p in pictures.items()}
        workflow = client.workflows.load(demo.WORKFLOW)
        workflow.set("Width", 256)
        workflow.set("Height", 192)
        sweep = {"Input image": list(names), "Blur radius": demo.BLUR_RADII}
        with client.workflows.submit(workflow, sweep=sweep) as job:
            job.wait(on_progress=half.append)
            saved = job.download(folder)
            by_input: dict[str, list[Image.Image]] = {}
            for record in sorted(saved, key=lambda r: r.image.sweep_values["blur.radius"]):
                source = names[record.image.sweep_values["source.image"]["image_name"]]
                by_input.setdefault(source, []).append(Image.open(record.path).convert("RGB"))
    cell, pad = (256, 192), 12
    sheet = Image.new("RGB", (pad + 3 * (cell[0] + pad), 28 + 3 * (cell[1] + pad)), "white")
    draw = ImageDraw.Draw(sheet)
    for column, title in enumerate(
        ["input (128x96)", *(f"blur radius {r:g} (256x192)" for r in demo.BLUR_RADII)]
    ):
        draw.text((pad + column * (cell[0] + pad), 8), title, fill="black")
    for row, (key, picture) in enumerate(pictures.items()):
        y = 28 + row * (cell[1] + pad)
        sheet.paste(picture, (pad, y))
        for column, output in enumerate(by_input[key], start=1):
            sheet.paste(output, (pad + column * (cell[0] + pad), y))
    sheet.save(OUT / "demo.png", optimize=True)
    bar = ProgressBar(console=Console(file=io.StringIO(), force_terminal=True))  # its live frames: discarded
    running = [p for p in half if p.fraction >= 0.5 and p.describe().startswith("item")]
    bar.update((running or [p for p in half if p.fraction >= 0.5])[0])  # half-way, a node running
    frame = bar._bar._progress.get_renderable()  # the one frame, as the terminal showed it then
    bar.close()
    console = Console(record=True, file=io.StringIO(), width=100, force_terminal=True)
    console.print(frame)
    (OUT / "progress.svg").write_text(console.export_svg(title="job.wait(progress=True)"), encoding="utf-8")


def contact_sheet(url: str) -> None:
    from invokeai_client import InvokeAIClient

    example = _example("graph_contact_sheet")
    with InvokeAIClient(url) as client, tempfile.TemporaryDirectory() as folder:
        with client.workflows.submit(example.contact_sheet()) as job:
            job.wait(timeout=300)
            (saved,) = job.download(folder)
        Image.open(saved.path).save(OUT / "contact-sheet.png", optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.url:
        demo_pictures(args.url)
        contact_sheet(args.url)
        return
    from invokeai_server import running_server

    with running_server(version="6.14.2") as url:
        demo_pictures(url)
        contact_sheet(url)


if __name__ == "__main__":
    main()
