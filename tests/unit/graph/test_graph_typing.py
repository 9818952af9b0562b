"""Graphs are checked by mypy --strict: the generated classes' annotations make a mismatched wire a type
error, and a correct script passes. One mypy run (a fresh cache) over both scripts and the graph examples."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

GOOD = """
from invokeai_client import nodes as n
from invokeai_client.graph import Graph


def build(seed: int = 1) -> Graph:
    with Graph("good") as g:
        noise = n.NoiseInvocation(seed=seed, width=64, height=64)
        size = n.IntegerInvocation(value=4)
        blur = n.ImageBlurInvocation(image="source.png", radius=size.value)  # int -> float
        n.StringJoinInvocation(string_left=size.value, string_right="px")  # int -> string
        n.SaveImageInvocation(image=blur.image)
        n.CollectInvocation(item=[noise.noise, size.value])
    return g
"""

BAD = """
from invokeai_client import nodes as n
from invokeai_client.graph import Graph

with Graph("bad") as g:
    blank = n.BlankImageInvocation()
    text = n.StringInvocation(value="x")
    n.LatentsToImageInvocation(latents=blank.image, vae=None)  # image into latents
    n.NoiseInvocation(seed=text.value)  # string into int
    n.ImageBlurInvocation(image=None, blur_type="motion")  # not one of the options
    n.NoiseInvocation(sead=1)  # no such input
"""


USES_MY_NODES = """
from invokeai_client.graph import Graph

import my_nodes

with Graph("mine") as g:
    blank = my_nodes.BlankImageInvocation(width=16, height=16)
    my_nodes.SaveImageInvocation(image=blank.image)
"""


def test_mypy_strict_accepts_a_correct_graph_and_names_each_mismatch(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.py").write_text(BAD, encoding="utf-8")
    examples = [str(p) for p in [*sorted(EXAMPLES.glob("graph_*.py")), EXAMPLES / "sdxl_flux_refine.py"]]
    assert len(examples) == 3
    # what `invokeai-client nodes` writes into a user's project is itself mypy --strict clean (a local
    # module, so mypy reports its errors), and a script of its classes type-checks
    document = Path(__file__).resolve().parents[3] / "openapi" / "invokeai-6.8.1.json"
    written = subprocess.run([sys.executable, "-m", "invokeai_client.cli", "nodes", "--schema", str(document),
                              "-o", str(tmp_path / "my_nodes.py")], capture_output=True, text=True, check=False)  # fmt: skip
    assert written.returncode == 0, written.stderr
    (tmp_path / "uses_my_nodes.py").write_text(USES_MY_NODES, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         "good.py", "bad.py", "my_nodes.py", "uses_my_nodes.py", *examples],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if not e.startswith("bad.py")], proc.stdout  # the examples too
    lines = {int(m.group(1)) for e in errors if (m := re.match(r"bad\.py:(\d+):", e))}
    assert lines == {8, 9, 10, 11}, proc.stdout
    text = proc.stdout
    assert (
        'Argument "latents" to "LatentsToImageInvocation" has incompatible type "Output[ImageField]"' in text
    )
    assert 'Argument "seed" to "NoiseInvocation" has incompatible type "Output[str]"' in text
    assert 'Unexpected keyword argument "sead"' in text
