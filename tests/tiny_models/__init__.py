"""Tiny random-weight SD-1 and SDXL models (and a LoRA) for the live tier, made by the test run itself.

:func:`build` runs ``recipe.py`` with the Python of a server's venv (torch, diffusers and transformers come with
InvokeAI) into a cache folder named by a hash of the recipe and of that venv's versions, once: later sessions
find it done. Nothing is downloaded. ``DONE`` is written last, so a build that was cut short is made again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

RECIPE = Path(__file__).with_name("recipe.py")
BUILD_TIMEOUT = 900.0  # importing torch and diffusers alone takes 20-40 s on a loaded 2-core machine


@dataclass(frozen=True)
class TinyModelFiles:
    """Where the built models are."""

    folder: Path

    @property
    def sd1(self) -> Path:
        return self.folder / "tiny-sd1"

    @property
    def sdxl(self) -> Path:
        return self.folder / "tiny-sdxl"

    @property
    def sdxl_vae(self) -> Path:
        return self.folder / "tiny-vae-sdxl"

    @property
    def sd1_lora(self) -> Path:
        return self.folder / "tiny-sd1-lora.safetensors"


def _recipe_key(python: Path) -> str:
    versions = subprocess.run(
        [
            str(python),
            "-c",
            "import torch, diffusers, transformers as t; print(torch.__version__, diffusers.__version__, t.__version__)",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=BUILD_TIMEOUT,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    ).stdout.strip()
    return hashlib.sha256(RECIPE.read_bytes() + versions.encode()).hexdigest()[:16]


def build(python: Path, cache: Path) -> TinyModelFiles:
    """The tiny models built with ``python`` (a server venv's), from the cache when they were built before."""
    target = cache / f"tiny-models-{_recipe_key(python)}"
    if (target / "DONE").is_file():
        return TinyModelFiles(target)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    subprocess.run(
        [str(python), str(RECIPE), str(partial)],
        check=True,
        timeout=BUILD_TIMEOUT,
        env={**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
    )
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    return TinyModelFiles(target)
