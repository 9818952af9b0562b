"""``examples/notebook.ipynb`` executed by a real Jupyter kernel (nbclient + ipykernel) against the live
server: every cell runs without an error, the workflow and the job show their HTML summaries, the PIL
picture and the saved image show as ``image/png``, the progress bar is drawn in the cell (no ipywidgets), and the saved files are the sweep's images."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from invokeai_client import InvokeAIClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "notebook.ipynb"


def _outputs(cell: Any) -> dict[str, Any]:
    """The mime bundle of a code cell's result (``execute_result``), or ``{}``."""
    for output in cell.get("outputs", []):
        if output["output_type"] == "execute_result":
            return dict(output["data"])
    return {}


def test_the_notebook_runs_and_shows_the_images(
    client: InvokeAIClient, invokeai_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVOKEAI_URL", invokeai_url)
    monkeypatch.setenv("NOTEBOOK_OUT", str(tmp_path / "out"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()  # raises CellExecutionError (with the cell's traceback) when a cell fails

    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert not [o for cell in code for o in cell.outputs if o["output_type"] == "error"]
    shown = [_outputs(cell) for cell in code]
    assert shown[0]["text/plain"].strip("'") == client.server_version()
    picture, workflow, job, saved = shown[1], shown[2], shown[3], shown[4]
    assert "image/png" in picture
    assert "<strong>Workflow Resize, blur, save</strong>" in workflow["text/html"]
    assert "Blur radius" in workflow["text/html"]
    assert "2/2 items" in job["text/html"], job["text/html"]
    bars = [o["data"]["text/html"] for o in code[3].outputs if o["output_type"] == "display_data"]
    assert len(bars) == 1, "the progress bar is one line redrawn in place"
    assert "<progress value=" in bars[0], bars[0]
    assert "2/2 items" in bars[0], bars[0]
    assert "image/png" in saved, "the saved image shows no thumbnail"
    files = sorted((tmp_path / "out").rglob("*.png"))
    assert len(files) == 2
    from PIL import Image

    with Image.open(files[0]) as image:
        assert image.size == (192, 144)
