"""A graph written in Python, no model needed: a contact sheet of colour swatches, one blurred tile per colour.

    python examples/graph_contact_sheet.py --url http://127.0.0.1:9090 --out out/sheet

The graph is plain Python: a loop makes the tiles and pastes each onto the sheet (a chain of paste nodes),
a function builds one tile. Every value and every wire is checked as it is written (and by mypy): a tile
width that is not a multiple of 8, or an image wired into a latents input, fails before any request.
``--workflow FILE`` writes the graph as a GUI workflow instead, to open in InvokeAI's workflow editor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError
from invokeai_client import nodes as n
from invokeai_client.graph import Graph, Output

COLOURS = ("#e63946", "#f1a208", "#2a9d8f", "#264653", "#8ecae6", "#6a4c93")
TILE, GAP = 64, 8


def tile(colour: str, radius: Output[float]) -> Output[n.ImageField]:
    """One swatch: a square of the colour, blurred by the sheet's shared radius."""
    square = n.BlankImageInvocation(width=TILE, height=TILE, color=colour)
    return n.ImageBlurInvocation(image=square.image, radius=radius).image


def contact_sheet(colours: Sequence[str] = COLOURS, columns: int = 3, radius: float = 3.0) -> Graph:
    """The graph: tiles pasted left to right, top to bottom, on a white sheet, which is saved. One float
    node holds the blur radius of every tile; it is the form's input ("Blur radius")."""
    rows = -(-len(colours) // columns)
    with Graph("contact sheet") as g:
        shared = n.FloatInvocation(value=radius, label="Blur radius")
        sheet = n.BlankImageInvocation(
            width=columns * (TILE + GAP) + GAP, height=rows * (TILE + GAP) + GAP, color="#ffffff"
        ).image
        for index, colour in enumerate(colours):
            row, column = divmod(index, columns)
            x, y = GAP + column * (TILE + GAP), GAP + row * (TILE + GAP)
            sheet = n.ImagePasteInvocation(base_image=sheet, image=tile(colour, shared.value), x=x, y=y).image
        n.SaveImageInvocation(image=sheet, label="Contact sheet")
    g.expose(shared, "value", label="Blur radius")
    return g


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--out", type=Path, default=Path("out/contact-sheet"))
    parser.add_argument("--columns", type=int, default=3)
    parser.add_argument("--workflow", type=Path, help="write the GUI workflow here and run nothing")
    args = parser.parse_args()
    try:
        graph = contact_sheet(columns=args.columns)
        if args.workflow is not None:
            args.workflow.write_text(json.dumps(graph.to_workflow(), indent=2), encoding="utf-8")
            print(f"{args.workflow}: {len(graph)} nodes")
            return 0
        with InvokeAIClient(args.url) as client, client.workflows.submit(graph) as job:
            job.wait(timeout=300)
            for saved in job.download(args.out):
                print(saved.path)
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
