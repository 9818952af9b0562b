"""SDXL text to image from a GUI-format workflow, with the server's own model.

    python examples/sdxl_text_to_image.py "a lighthouse at dusk" --images 4 --url http://127.0.0.1:9090

Needs an InvokeAI server with an SDXL main model installed. The workflow file carries the model reference
of the machine it was exported on; ``sync_models`` re-points it at this server's model (by key, then hash,
then name + base + type) or lists what is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError
from invokeai_client.workflows import Workflow

WORKFLOW = Path(__file__).resolve().parent / "workflows" / "sdxl-text-to-image.json"


def prepare(wf: Workflow, prompt: str, *, negative: str | None = None, steps: int | None = None) -> Workflow:
    """Set the prompt (and optionally the negative prompt and steps); values are checked at once."""
    wf.set("Prompt", prompt)
    if negative is not None:
        wf.set("Negative prompt", negative)
    if steps is not None:
        wf.set("Steps", steps)
    return wf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prompt")
    parser.add_argument("--images", type=int, default=1, help="how many images (each with its own seed)")
    parser.add_argument("--steps", type=int)
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--out", type=Path, default=Path("out/sdxl"))
    args = parser.parse_args()
    try:
        with InvokeAIClient(args.url) as client:
            wf = prepare(client.workflows.load(WORKFLOW), args.prompt, steps=args.steps)
            for change in client.workflows.sync_models(wf):
                print(
                    f"model {change.field}: {change.old['name']} -> {change.new['key']} ({change.strategy})"
                )
            job = client.workflows.submit(wf, runs=args.images)  # rand_int gives every run its own seed
            job.wait(timeout=3600)  # a first SDXL load can take minutes on a small machine
            names = [image.image_name for image in job.outputs() if image.is_final]
            for path in client.images.download_many(names, args.out):
                print(path)
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
