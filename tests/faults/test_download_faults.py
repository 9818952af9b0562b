"""Downloads from the real server: a second download into the same folder never replaces the first one's
files, and a body that is not an image (an error page with 200 from a proxy) is never saved as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from invokeai_client import APIResponseValidationError, InvokeAIClient

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
