"""What a notebook shows of the SDK's objects: summaries escaped and bounded, saved images as thumbnails."""

from __future__ import annotations

from pathlib import Path

import pytest

from invokeai_client._html import CELL, ROWS, summary
from invokeai_client.outputs import OutputImage, SavedImage
from invokeai_client.workflows import TemplateSet, Workflow

REPO = Path(__file__).resolve().parents[3]


def test_a_summary_escapes_and_bounds_what_it_shows() -> None:
    text = summary(
        "<b>t</b>",
        [("prompt", "<script>x</script>" + "a" * 500)],
        headers=("n",),
        rows=[(i,) for i in range(80)],
    )
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "a" * CELL not in text
    assert text.count("<tr><td>") == ROWS
    assert f"… and {80 - ROWS} more" in text


def test_a_workflow_shows_its_inputs_and_sweeps() -> None:
    templates = TemplateSet.bundled("6.14.2")
    wf = Workflow.from_file(REPO / "tests" / "live" / "workflows" / "blank_blur_save.json", templates)
    wf.set("Width", 96)
    wf.set_sweep("Blur radius", [1.0, 2.0, 3.0])
    text = wf._repr_html_()
    assert f"Workflow {wf.name}" in text
    assert "<td>0</td><td>Width</td><td>canvas.width</td><td>integer</td><td>96</td>" in text
    assert "<th style='text-align:left'>sessions</th><td>3</td>" in text
    assert "sweep blur.radius</th><td>3 values" in text


def test_a_saved_image_shows_a_bounded_thumbnail(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    path = tmp_path / "big.png"
    image_module.new("RGB", (1024, 512), "red").save(path)
    output = OutputImage(
        source_node_id="n",
        prepared_node_id="p",
        node_type="save_image",
        output_field="image",
        image_name="big.png",
    )
    png = SavedImage(image=output, path=path)._repr_png_()
    assert png is not None
    assert png.startswith(b"\x89PNG")
    import io

    with image_module.open(io.BytesIO(png)) as shown:
        assert shown.size == (256, 128)
    assert SavedImage(image=output, path=tmp_path / "gone.png")._repr_png_() is None


def test_an_image_record_shows_its_summary() -> None:
    from invokeai_client.types import Image

    record = Image(
        image_name="a<b>.png",
        image_url="api/v1/images/i/a.png/full",
        thumbnail_url="api/v1/images/i/a.png/thumbnail",
        image_origin="internal",
        image_category="general",
        width=64,
        height=32,
        created_at="2026-12-07",
        updated_at="2026-12-07",
        is_intermediate=True,
    )
    text = record._repr_html_()
    assert "Image a&lt;b&gt;.png" in text
    assert "<td>64x32</td>" in text
    assert "general (intermediate)" in text
