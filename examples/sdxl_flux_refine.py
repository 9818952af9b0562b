"""A two-stage pipeline as a graph written in Python: an SDXL draft, refined by FLUX image to image.

    python examples/sdxl_flux_refine.py "a lighthouse at dusk" --seeds 1,2 --url http://127.0.0.1:9090 \\
        --draft-board DRAFTS_ID --final-board FINALS_ID

Stage one draws the draft with SDXL and saves it on one board; stage two encodes that image for FLUX and
denoises it again from part-way (``--strength``), with the prompt and a refine suffix joined by a
string node (a prompt append), and saves the result on another board. The job's outputs are then mapped
over the stages: each image says which node made it, so drafts and finals go to their own folders.
Needs an SDXL main model and a FLUX main model with its T5 encoder, CLIP embed and VAE on the server.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError
from invokeai_client import nodes as n
from invokeai_client.graph import BoardValue, Graph, ModelValue

DRAFT, FINAL = "draft", "final"  # the labels (and folders) of the two stages' output nodes


def refine_graph(
    sdxl: ModelValue,
    flux: ModelValue,
    t5_encoder: ModelValue,
    clip_embed: ModelValue,
    flux_vae: ModelValue,
    prompt: str,
    *,
    refine_suffix: str = ", highly detailed, sharp focus",
    size: int = 1024,
    draft_steps: int = 25,
    refine_steps: int = 12,
    strength: float = 0.35,
    seed: int = 0,
    draft_board: BoardValue = "auto",
    final_board: BoardValue = "auto",
) -> Graph:
    """The graph; its form exposes the prompt ("Prompt") and the seed ("Seed") of both stages."""
    with Graph("SDXL draft, FLUX refine") as g:
        text = n.StringInvocation(value=prompt, label="Prompt")
        seed_node = n.IntegerInvocation(value=seed, label="Seed")
        refine_prompt = n.StringJoinInvocation(string_left=text.value, string_right=refine_suffix)

        # Stage 1: the SDXL draft, saved on the draft board.
        sdxl_loader = n.SDXLModelLoaderInvocation(model=sdxl)
        clip, clip2 = sdxl_loader.clip, sdxl_loader.clip2
        positive = n.SDXLCompelPromptInvocation(prompt=text.value, style=text.value, clip=clip, clip2=clip2,
                                                original_width=size, original_height=size,
                                                target_width=size, target_height=size)  # fmt: skip
        negative = n.SDXLCompelPromptInvocation(prompt="", style="", clip=clip, clip2=clip2)
        noise = n.NoiseInvocation(seed=seed_node.value, width=size, height=size)
        draft_latents = n.DenoiseLatentsInvocation(
            unet=sdxl_loader.unet, positive_conditioning=positive.conditioning,
            negative_conditioning=negative.conditioning, noise=noise.noise, steps=draft_steps, cfg_scale=6.0,
            scheduler="euler",
        )  # fmt: skip
        draft = n.LatentsToImageInvocation(latents=draft_latents.latents, vae=sdxl_loader.vae, board=draft_board,
                                           is_intermediate=False, label=DRAFT)  # fmt: skip

        # Stage 2: FLUX image to image from the draft, with the appended prompt, saved on the final board.
        flux_loader = n.FluxModelLoaderInvocation(model=flux, t5_encoder_model=t5_encoder,
                                                  clip_embed_model=clip_embed, vae_model=flux_vae)  # fmt: skip
        conditioning = n.FluxTextEncoderInvocation(clip=flux_loader.clip, t5_encoder=flux_loader.t5_encoder,
                                                   t5_max_seq_len=flux_loader.max_seq_len,
                                                   prompt=refine_prompt.value)  # fmt: skip
        encoded = n.FluxVaeEncodeInvocation(image=draft.image, vae=flux_loader.vae)
        refined = n.FluxDenoiseInvocation(
            latents=encoded.latents, transformer=flux_loader.transformer,
            positive_text_conditioning=conditioning.conditioning, denoising_start=1 - strength,
            num_steps=refine_steps, width=size, height=size, seed=seed_node.value,
        )  # fmt: skip
        n.FluxVaeDecodeInvocation(latents=refined.latents, vae=flux_loader.vae, board=final_board,
                                  is_intermediate=False, label=FINAL)  # fmt: skip
    g.expose(text, "value", label="Prompt")
    g.expose(seed_node, "value", label="Seed")
    return g


def _model(client: InvokeAIClient, base: str | None, type_: str) -> ModelValue:
    found = client.models.list(base=base, type=type_) if base else client.models.list(type=type_)
    if not found:
        raise SystemExit(f"error: no {base or ''} {type_} model on the server".replace("  ", " "))
    return found[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prompt")
    parser.add_argument("--seeds", default="0", help="comma-separated seeds: one draft and one final each")
    parser.add_argument("--strength", type=float, default=0.35, help="how much FLUX changes the draft (0-1)")
    parser.add_argument("--draft-board", default="auto", help="board id for the drafts")
    parser.add_argument("--final-board", default="auto", help="board id for the refined images")
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--out", type=Path, default=Path("out/refine"))
    args = parser.parse_args()
    try:
        with InvokeAIClient(args.url) as client:
            graph = refine_graph(
                _model(client, "sdxl", "main"), _model(client, "flux", "main"), _model(client, None, "t5_encoder"),
                _model(client, None, "clip_embed"), _model(client, "flux", "vae"), args.prompt,
                strength=args.strength, draft_board=args.draft_board, final_board=args.final_board,
            )  # fmt: skip
            seeds = [int(seed) for seed in args.seeds.split(",")]
            with client.workflows.submit(graph, sweep={"Seed": seeds}) as job:
                job.wait(timeout=7200, progress=True)
                labels = {node.id: node.label for node in graph.nodes}
                for stage in (DRAFT, FINAL):  # output mapping over the stages: by the node that made it
                    names = [i.image_name for i in job.outputs() if labels.get(i.source_node_id) == stage]
                    for path in client.images.download_many(names, args.out / stage):
                        print(f"{stage}: {path}")
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
