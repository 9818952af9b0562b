"""Downloads from the real server: a second download into the same folder never replaces the first one's
files, and a body that is not an image (an error page with 200 from a proxy) is never saved as one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import APIResponseValidationError, ImagesNotSavedError, InvalidNameError, InvokeAIClient

from ..live.gui_workflows import gui_node, gui_workflow
from .conftest import OwnServer, image_workflow
from .proxy import Fault, FaultProxy

FULL_IMAGE = r"/api/v1/images/i/[^/]+/full"


def test_downloading_twice_into_one_folder_keeps_both(faulty: OwnServer, tmp_path: Path) -> None:
    with InvokeAIClient(faulty.url) as client:
        job = client.workflows.submit(image_workflow(client), sweep={"Width": [8, 16, 24]})
        job.wait(timeout=60)
        first = job.download(tmp_path)
        before = {path: path.read_bytes() for path in (record.path for record in first)}
        second = job.download(tmp_path)
        replaced = job.download(tmp_path / "again", overwrite=True) + job.download(
            tmp_path / "again", overwrite=True
        )
    assert len({r.path for r in first}) == len({r.path for r in second}) == 3
    assert not {r.path for r in first} & {r.path for r in second}
    assert all(path.read_bytes() == data for path, data in before.items())
    assert [r.path.name for r in second] == [r.path.stem + "-2.png" for r in first]
    assert len(list((tmp_path / "again").iterdir())) == 3  # overwrite: the same three files
    assert len(replaced) == 6
    assert faulty.held(job.batch_id).total == 3


def test_an_error_page_served_as_an_image_is_not_saved(
    proxy: FaultProxy, faulty: OwnServer, tmp_path: Path
) -> None:
    proxy.add(Fault("body_after", FULL_IMAGE, nth=2))  # the second image's body becomes an HTML page
    with InvokeAIClient(proxy.url) as client:
        job = client.workflows.submit(image_workflow(client), sweep={"Width": [8, 16, 24]})
        job.wait(timeout=60)
        with pytest.raises(APIResponseValidationError):
            job.download(tmp_path, concurrency=1)
    names = [image.image_name for image in job.outputs() if image.is_final]
    files = sorted(p.name for p in tmp_path.iterdir())
    assert names[0] in files
    assert names[1] not in files  # the page was not saved; the third may have started meanwhile
    assert all((tmp_path / name).read_bytes().startswith(b"\x89PNG") for name in files)


def _named_workflow(client: InvokeAIClient) -> dict[str, Any]:
    """A real image (a blank canvas in the gallery) beside a custom node that reports an image named
    ``sub/named.png`` (a name the SDK refuses to put in a URL or a file name)."""
    templates = client.workflows.templates()
    canvas = gui_node(templates, "canvas", "blank_image", {"width": 8, "height": 8})
    named = gui_node(templates, "named", "ict_named", {"name": "sub/named.png"})
    for node in (canvas, named):
        node["data"]["isIntermediate"] = False
    return gui_workflow("named", [canvas, named], [], [("canvas", "width")])


def test_an_image_the_sdk_refuses_fails_alone_and_the_others_are_saved(
    faulty: OwnServer, tmp_path: Path
) -> None:
    with InvokeAIClient(faulty.url) as client:
        workflow = client.workflows.load(_named_workflow(client))
        with client.workflows.submit(workflow, sweep={"Width": [8, 16]}) as job:
            job.wait(timeout=60)
            with pytest.raises(ImagesNotSavedError) as info:
                job.download(tmp_path)
    error = info.value
    assert list(error.failed) == ["sub/named.png"]
    assert isinstance(error.failed["sub/named.png"], InvalidNameError)
    assert len(error.saved) == 2  # both canvases
    assert {record.image.node_type for record in error.saved} == {"blank_image"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(r.path.name for r in error.saved)


def test_a_run_records_the_refused_image_as_a_failed_output(faulty: OwnServer, tmp_path: Path) -> None:
    with InvokeAIClient(faulty.url) as client:
        document = _named_workflow(client)
    path = tmp_path / "named.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "invokeai_client.cli", "-q", "run", str(path), "--url", faulty.url]
    result = subprocess.run(
        [*command, "--sweep", "Width=8,16", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert line.startswith("error: 2 image(s) could not be saved;")
    assert "'sub/named.png'" in line
    records = [json.loads(r) for r in (out / "results.jsonl").read_text().splitlines()]
    saved = [r for r in records if r["path"]]
    refused = [r for r in records if r["image_name"] == "sub/named.png"]
    assert len(saved) == 2
    assert all(Path(r["path"]).exists() for r in saved)
    assert [(r["status"], r["path"]) for r in refused] == [("completed", None)] * 2
    assert all("cannot name anything on the server" in r["error"] for r in refused)
