"""``examples/install_model.py`` against the real server: by path, a file that is no model, a missing path,
and a Hugging Face repo id (offline here: the server cannot reach the Hub)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from invokeai_client import InvokeAIClient

from ..conftest import Server
from ..model_files import write_esrgan, write_not_a_model
from ..unit.test_examples import _example


def test_install_model_example(
    invokeai_url: str,
    client: InvokeAIClient,
    server: Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    example = _example("install_model")
    tag = uuid.uuid4().hex[:8]
    upscaler = write_esrgan(tmp_path / f"example-{tag}.safetensors")
    assert example.main([str(upscaler), "--url", invokeai_url]) == 0
    out = capsys.readouterr()
    key = out.out.split()[0]
    assert f"example-{tag}  any/spandrel_image_to_image/checkpoint" in out.out
    assert "as a workflow model field: {'key'" in out.out
    assert f"deleted {key}" in out.out
    assert "completed" in out.err  # the progress bar
    assert key not in {m.key for m in client.models.list()}

    junk = write_not_a_model(tmp_path / f"junk-{tag}.safetensors")
    assert example.main([str(junk), "--url", invokeai_url]) == 1
    if server.at_least("6.14"):  # the server installs it as "unknown"; the example reports and deletes it
        out = capsys.readouterr()
        assert "error: the server could not tell what kind of model this is" in out.err
        assert f"deleted {out.out.split()[0]}" in out.out
    else:
        assert "error: InvalidModelConfigException: Unable to determine model type" in capsys.readouterr().err

    assert example.main([str(tmp_path / "missing.safetensors"), "--url", invokeai_url]) == 2
    assert "there is no such file or folder on the server" in capsys.readouterr().err

    assert example.main([f"invokeai-client-tests/no-such-repo-{tag}", "--url", invokeai_url]) == 2
    assert "could not look the repo up on Hugging Face" in capsys.readouterr().err
