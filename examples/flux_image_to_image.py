"""FLUX image to image from a GUI-format workflow: upload an image, redraw it, download the results.

    python examples/flux_image_to_image.py photo.png "the same scene in watercolour" --strength 0.6

Needs an InvokeAI server with a FLUX main model, its T5 and CLIP encoders and its VAE installed (for
example the starter models "FLUX Schnell (Quantized)", "t5_bnb_int8_quantized_encoder",
"clip-vit-large-patch14" and "FLUX.1-schnell_ae"). ``sync_models`` matches them on this server.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError
from invokeai_client.workflows import Workflow

WORKFLOW = Path(__file__).resolve().parent / "workflows" / "flux-image-to-image.json"


def prepare(wf: Workflow, image_name: str, prompt: str, *, strengths: Sequence[float] = (0.6,)) -> Workflow:
    """Set the input image and prompt; sweep the strength (one queue item per value).

    Strength is how much of the image is redrawn: FLUX starts denoising at ``1 - strength``.
    """
    wf.set("Input image", image_name)
    wf.set("Prompt", prompt)
    starts = [round(1.0 - strength, 4) for strength in strengths]
    if len(starts) == 1:
        wf.set("Denoising start", starts[0])
    else:
        wf.set_sweep("Denoising start", starts)
    return wf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("image", type=Path)
    parser.add_argument("prompt")
    parser.add_argument("--strength", type=float, nargs="+", default=[0.6])
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--out", type=Path, default=Path("out/flux"))
    args = parser.parse_args()
    try:
        with InvokeAIClient(args.url) as client:
            uploaded = client.images.upload(args.image)
            wf = client.workflows.load(WORKFLOW)
            prepare(wf, uploaded.image_name, args.prompt, strengths=args.strength)
            client.workflows.sync_models(wf)
            job = client.workflows.submit(wf)
            job.wait(timeout=3600)
            names = [image.image_name for image in job.outputs() if image.is_final]
            for path in client.images.download_many(names, args.out):
                print(path)
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
