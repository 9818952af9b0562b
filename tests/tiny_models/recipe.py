"""Build tiny random-weight Stable Diffusion models that an InvokeAI server installs and really runs on CPU.

Run by the Python of a server's venv (it has torch, diffusers and transformers), never imported by the tests:
``python recipe.py OUT_DIR``. It writes, under OUT_DIR:

- ``tiny-sd1``: a diffusers ``StableDiffusionPipeline`` folder (UNet cross-attention 768: the server's probe
  reads base ``sd-1``);
- ``tiny-sdxl``: a ``StableDiffusionXLPipeline`` folder (cross-attention 2048: base ``sdxl``; two text encoders
  of 1024, the second with a projection of 1024);
- ``tiny-vae-sdxl``: the SDXL pipeline's VAE on its own (the server takes a VAE folder whose name ends in "xl" as
  an SDXL VAE; the default SDXL workflow has a VAE input);
- ``tiny-sd1-lora.safetensors``: a kohya-style LoRA whose keys and shapes are those of the tiny SD-1 UNet's and
  text encoder's attention projections, so it really changes the result.

The tokenizer files are written by hand (the slow ``CLIPTokenizer`` format: ``vocab.json``, ``merges.txt``), not by
the installed transformers: transformers 5 would save only ``tokenizer.json``, which the 6.8 stack cannot read,
and so one set of files serves every server version. The text encoders' vocabulary is sized from that file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import torch

WIDTH_SD1 = 768  # the probe reads sd-1 from this cross-attention width
WIDTH_SDXL_ENCODER = 1024  # two of them: 2048 in all, sdxl
TIME_EMBED = 8  # SDXL's addition_time_embed_dim
SEED = 1234


def _byte_symbols() -> list[str]:
    """The 256 printable stand-ins byte-level BPE uses for the bytes 0-255 (printable ASCII and Latin-1 map
    to themselves, the rest to code points from 256 up), in byte order."""
    kept = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    symbols, extra = {}, 0
    for byte in range(256):
        if byte in kept:
            symbols[byte] = chr(byte)
        else:
            symbols[byte] = chr(256 + extra)
            extra += 1
    return [symbols[b] for b in range(256)]


def write_tokenizer(folder: Path) -> int:
    """A CLIP tokenizer of single-byte tokens (each also as a word end) and a few merges; returns its size."""
    folder.mkdir(parents=True, exist_ok=True)
    symbols = _byte_symbols()
    tokens = symbols + [s + "</w>" for s in symbols]
    merges = [("a", "n</w>"), ("t", "h"), ("th", "e</w>"), ("c", "a"), ("ca", "t</w>")]
    tokens += [a + b for a, b in merges]
    tokens += ["<|startoftext|>", "<|endoftext|>"]
    vocab = {token: index for index, token in enumerate(tokens)}
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
    (folder / "merges.txt").write_text("#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges))
    special = {
        "bos_token": "<|startoftext|>",
        "eos_token": "<|endoftext|>",
        "unk_token": "<|endoftext|>",
        "pad_token": "<|endoftext|>",
    }
    (folder / "special_tokens_map.json").write_text(json.dumps(special))
    config = {**special, "model_max_length": 77, "do_lower_case": True, "tokenizer_class": "CLIPTokenizer"}
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    return len(vocab)


def _text_config(vocab_size: int, width: int, projection: int | None = None):  # type: ignore[no-untyped-def]
    from transformers import CLIPTextConfig

    return CLIPTextConfig(
        vocab_size=vocab_size,
        hidden_size=width,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=8,
        max_position_embeddings=77,
        bos_token_id=vocab_size - 2,
        eos_token_id=vocab_size - 1,
        pad_token_id=vocab_size - 1,
        **({"projection_dim": projection} if projection else {}),
    )


def _vae():  # type: ignore[no-untyped-def]
    from diffusers import AutoencoderKL

    return AutoencoderKL(  # four down blocks: the latents are 1/8 of the image, as the noise node makes them
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(8, 8, 8, 8),
        norm_num_groups=8,
        layers_per_block=1,
        latent_channels=4,
        sample_size=64,
    )


def _unet(cross_attention: int, **extra: object):  # type: ignore[no-untyped-def]
    from diffusers import UNet2DConditionModel

    return UNet2DConditionModel(
        sample_size=8,
        in_channels=4,
        out_channels=4,
        layers_per_block=1,
        block_out_channels=(32, 64),
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=cross_attention,
        attention_head_dim=8,
        norm_num_groups=32,
        **extra,
    )


def _scheduler():  # type: ignore[no-untyped-def]
    from diffusers import DDIMScheduler

    return DDIMScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        clip_sample=False,
        set_alpha_to_one=False,
        steps_offset=1,
        prediction_type="epsilon",
    )


def _replace_tokenizer(pipeline_folder: Path, name: str) -> None:
    folder = pipeline_folder / name
    for path in folder.glob("*"):
        path.unlink()
    write_tokenizer(folder)


def build_sd1(out: Path) -> None:
    from diffusers import StableDiffusionPipeline
    from transformers import CLIPTextModel, CLIPTokenizer

    tokens = out / "_tokenizer"
    size = write_tokenizer(tokens)
    pipeline = StableDiffusionPipeline(
        vae=_vae(),
        text_encoder=CLIPTextModel(_text_config(size, WIDTH_SD1)),
        tokenizer=CLIPTokenizer.from_pretrained(tokens),
        unet=_unet(WIDTH_SD1),
        scheduler=_scheduler(),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    target = out / "tiny-sd1"
    pipeline.save_pretrained(target, safe_serialization=True)
    _replace_tokenizer(target, "tokenizer")
    write_lora(pipeline, out / "tiny-sd1-lora.safetensors")


def build_sdxl(out: Path) -> None:
    from diffusers import StableDiffusionXLPipeline
    from transformers import CLIPTextModel, CLIPTextModelWithProjection, CLIPTokenizer

    tokens = out / "_tokenizer"
    size = write_tokenizer(tokens)
    width = WIDTH_SDXL_ENCODER
    unet = _unet(
        2 * width,
        addition_embed_type="text_time",
        addition_time_embed_dim=TIME_EMBED,
        projection_class_embeddings_input_dim=width + 6 * TIME_EMBED,
        use_linear_projection=True,
    )
    pipeline = StableDiffusionXLPipeline(
        vae=_vae(),
        text_encoder=CLIPTextModel(_text_config(size, width)),
        text_encoder_2=CLIPTextModelWithProjection(_text_config(size, width, projection=width)),
        tokenizer=CLIPTokenizer.from_pretrained(tokens),
        tokenizer_2=CLIPTokenizer.from_pretrained(tokens),
        unet=unet,
        scheduler=_scheduler(),
        force_zeros_for_empty_prompt=True,
    )
    target = out / "tiny-sdxl"
    pipeline.save_pretrained(target, safe_serialization=True)
    _replace_tokenizer(target, "tokenizer")
    _replace_tokenizer(target, "tokenizer_2")
    pipeline.vae.save_pretrained(out / "tiny-vae-sdxl", safe_serialization=True)


def write_lora(pipeline, path: Path, rank: int = 4) -> None:  # type: ignore[no-untyped-def]
    """Kohya-style LoRA pairs for every attention projection of the UNet and the text encoder, named as the
    modules are (``lora_unet_`` / ``lora_te_`` + the module path with ``_`` for ``.``)."""
    from safetensors.torch import save_file

    tensors = {}
    for prefix, model in (("lora_unet", pipeline.unet), ("lora_te", pipeline.text_encoder)):
        for name, module in model.named_modules():
            leaf = name.rsplit(".", 1)[-1]
            wanted = leaf in ("to_q", "to_k", "to_v", "q_proj", "k_proj", "v_proj") or name.endswith(
                "to_out.0"
            )
            if not wanted or not isinstance(module, torch.nn.Linear):
                continue
            key = f"{prefix}_{name.replace('.', '_')}"
            tensors[f"{key}.lora_down.weight"] = torch.randn(rank, module.in_features) * 0.1
            tensors[f"{key}.lora_up.weight"] = torch.randn(module.out_features, rank) * 0.1
            tensors[f"{key}.alpha"] = torch.tensor(float(rank))
    save_file(tensors, str(path), metadata={"ss_network_module": "networks.lora"})


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(SEED)
    build_sd1(out)
    build_sdxl(out)
    for path in (out / "_tokenizer").glob("*"):
        path.unlink()
    (out / "_tokenizer").rmdir()
    (out / "DONE").write_text("ok\n")


if __name__ == "__main__":
    main()
