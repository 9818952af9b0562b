"""Small but real model files, written by the tests themselves (no download, no torch, no numpy).

The safetensors format: an 8-byte little-endian header length, a JSON header naming each tensor's dtype,
shape and byte range (``data_offsets``, relative to the end of the header), then the raw little-endian bytes.

What InvokeAI 6.8.1's probe makes of each file (measured against the real server):

- :func:`write_embedding`: ``emb_params`` of shape [N, 768] -> ``embedding`` / ``sd-1`` / ``embedding_file``.
- :func:`write_lora`: kohya-style ``lora_te_*_self_attn_*`` down/up pairs with 768 columns ->
  ``lora`` / ``sd-1`` / ``lycoris``.
- :func:`write_esrgan`: an RRDBNet (old ESRGAN key layout: ``model.0``, ``model.1.sub.N.RDBk.convj.0``, …)
  with one block and 4 features, scale 2 (~195 k parameters, ~780 KB) -> spandrel recognises it as ESRGAN,
  InvokeAI as ``spandrel_image_to_image`` / ``any`` / ``checkpoint``; it runs on the CPU.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Mapping, Sequence
from pathlib import Path

Shape = tuple[int, ...]


def _values(count: int, seed: int, scale: float) -> bytes:
    """``count`` deterministic float32 values in [-scale, scale], little-endian."""
    state = seed & 0xFFFFFFFF or 1
    out = []
    for _ in range(count):
        state = (1103515245 * state + 12345) & 0x7FFFFFFF  # a plain LCG: reproducible, no dependency
        out.append((state / 0x7FFFFFFF * 2.0 - 1.0) * scale)
    return struct.pack(f"<{count}f", *out)


def write_safetensors(
    path: Path,
    shapes: Mapping[str, Shape],
    *,
    scale: float = 0.02,
    metadata: Mapping[str, str] | None = None,
) -> Path:
    """Write float32 tensors of the given shapes (deterministic small values) as a safetensors file."""
    header: dict[str, object] = {}
    if metadata:
        header["__metadata__"] = dict(metadata)
    blobs: list[bytes] = []
    offset = 0
    for index, (name, shape) in enumerate(shapes.items()):
        blob = _values(math.prod(shape), seed=index + 1, scale=scale)
        header[name] = {"dtype": "F32", "shape": list(shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)  # the format allows padding the header with spaces (alignment)
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))
    return path


def read_header(path: Path) -> dict[str, object]:
    """The JSON header of a safetensors file (for checking the writer)."""
    data = path.read_bytes()
    (length,) = struct.unpack("<Q", data[:8])
    header: dict[str, object] = json.loads(data[8 : 8 + length])
    return header


def write_embedding(path: Path, vectors: int = 2) -> Path:
    """A textual-inversion embedding for SD 1.x: ``emb_params`` [vectors, 768]."""
    return write_safetensors(path, {"emb_params": (vectors, 768)})


def write_lora(path: Path, rank: int = 4, layers: Sequence[int] = (0, 1)) -> Path:
    """An SD 1.x LoRA on the text encoder's attention projections (kohya key names)."""
    shapes: dict[str, Shape] = {}
    for layer in layers:
        for proj in ("q_proj", "k_proj", "v_proj", "out_proj"):
            stem = f"lora_te_text_model_encoder_layers_{layer}_self_attn_{proj}"
            shapes[f"{stem}.lora_down.weight"] = (rank, 768)
            shapes[f"{stem}.lora_up.weight"] = (768, rank)
            shapes[f"{stem}.alpha"] = ()
    return write_safetensors(path, shapes)


def esrgan_shapes(
    *, features: int = 4, blocks: int = 1, growth: int = 32, scale: int = 2
) -> dict[str, Shape]:
    """The state-dict shapes of an RRDBNet (ESRGAN, old key layout) with 3 colour channels in and out.

    ``growth`` is the dense blocks' channel growth, fixed at 32 by spandrel. ``scale`` is 1, 2, 4 or 8:
    one upsampling conv per factor of 2, then the high-resolution conv and the last conv.
    """
    shapes: dict[str, Shape] = {"model.0.weight": (features, 3, 3, 3), "model.0.bias": (features,)}
    for block in range(blocks):
        for rdb in (1, 2, 3):
            for conv in range(1, 6):
                stem = f"model.1.sub.{block}.RDB{rdb}.conv{conv}.0"
                inputs = features + (conv - 1) * growth
                outputs = features if conv == 5 else growth
                shapes[f"{stem}.weight"] = (outputs, inputs, 3, 3)
                shapes[f"{stem}.bias"] = (outputs,)
    shapes[f"model.1.sub.{blocks}.weight"] = (features, features, 3, 3)
    shapes[f"model.1.sub.{blocks}.bias"] = (features,)
    ups = int(math.log2(scale))
    for index in [3 * (n + 1) for n in range(ups)] + [3 * ups + 2]:
        shapes[f"model.{index}.weight"] = (features, features, 3, 3)
        shapes[f"model.{index}.bias"] = (features,)
    shapes[f"model.{3 * ups + 4}.weight"] = (3, features, 3, 3)
    shapes[f"model.{3 * ups + 4}.bias"] = (3,)
    return shapes


def write_esrgan(path: Path, *, scale: int = 2) -> Path:
    """A tiny ESRGAN (1 block, 4 features) that spandrel loads and InvokeAI runs on the CPU."""
    return write_safetensors(path, esrgan_shapes(scale=scale), scale=0.05)


def write_not_a_model(path: Path) -> Path:
    """A valid safetensors file that is no model InvokeAI knows (one odd tensor)."""
    return write_safetensors(path, {f"weights_{i}": (3, 5) for i in range(12)})
