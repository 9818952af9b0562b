"""SD1.5 text to image as a graph written in Python, with a model installed on the server.

    python examples/graph_sd15_text_to_image.py "a lighthouse at dusk" --seeds 1,2,3 --url http://127.0.0.1:9090

The graph is the one the GUI's "Text to Image - SD1.5" builds: a model loader, a prompt and a negative
prompt, noise, the denoiser and the decoder, with the prompt and the seed exposed as form inputs, so the
seeds are swept in one batch like any GUI workflow's input. ``--model NAME`` picks the model (default: the
first SD1.5 main model installed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError
from invokeai_client import nodes as n
from invokeai_client.graph import Graph, ModelValue


def text_to_image(
    model: ModelValue,
    prompt: str,
    *,
    negative: str = "blurry, low quality",
    width: int = 512,
    height: int = 512,
    steps: int = 20,
    cfg_scale: float = 7.5,
    seed: int = 0,
) -> Graph:
    """The SD1.5 text-to-image graph; its form exposes the prompt ("Prompt") and the seed ("Seed")."""
    with Graph("SD1.5 text to image") as g:
        loader = n.MainModelLoaderInvocation(model=model)
        positive = n.CompelInvocation(prompt=prompt, clip=loader.clip)
        negative_prompt = n.CompelInvocation(prompt=negative, clip=loader.clip)
        noise = n.NoiseInvocation(seed=seed, width=width, height=height)
        denoise = n.DenoiseLatentsInvocation(
            unet=loader.unet,
            positive_conditioning=positive.conditioning,
            negative_conditioning=negative_prompt.conditioning,
            noise=noise.noise,
            steps=steps,
            cfg_scale=cfg_scale,
            scheduler="euler",
        )
        n.LatentsToImageInvocation(latents=denoise.latents, vae=loader.vae, is_intermediate=False)
    g.expose(positive, "prompt", label="Prompt")
    g.expose(noise, "seed", label="Seed")
    return g


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prompt")
    parser.add_argument("--seeds", default="0", help="comma-separated seeds: one image each, one batch")
    parser.add_argument("--model", help="the SD1.5 main model's name (default: the first installed)")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--out", type=Path, default=Path("out/sd15-graph"))
    args = parser.parse_args()
    try:
        with InvokeAIClient(args.url) as client:
            models = [m for m in client.models.list(base="sd-1", type="main") if args.model in (None, m.name)]
            if not models:
                print(
                    f"error: no SD1.5 main model {args.model or ''} on the server".rstrip(), file=sys.stderr
                )
                return 1
            graph = text_to_image(models[0], args.prompt, width=args.size, height=args.size, steps=args.steps)
            seeds = [int(seed) for seed in args.seeds.split(",")]
            with client.workflows.submit(graph, sweep={"Seed": seeds}) as job:
                job.wait(timeout=3600)
                for saved in job.download(args.out):
                    print(saved.path)
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
