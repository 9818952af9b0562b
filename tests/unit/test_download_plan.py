"""Where downloads go: distinct files for names that become the same safe name, numbered names instead
of replacing files already in the folder, a name given twice downloaded once, nothing that is not an
image saved as one (a scripted server serves the names a real server would not make)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invokeai_client import APIResponseValidationError, InvalidNameError, InvokeAIClient
from invokeai_client._download_plan import file_names, numbered
from invokeai_client._image_io import MAX_NAME_BYTES, safe_filename

from .scripted_server import Reply, ScriptedServer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_names_that_become_one_file_name_get_numbered_ones() -> None:
    long_a, long_b = "n" * 300 + "a.png", "n" * 300 + "b.png"
    names = ["a_b.png", "x:y.png", "x?y.png", "A.png", "a.png", long_a, long_b, "..", "...", "a_b.png"]
    chosen = file_names(names)
    assert chosen[:5] == ["a_b.png", "x_y.png", "x_y-2.png", "A.png", "a-2.png"]
    assert chosen[7:] == ["download", "download-2", "a_b-2.png"]
    assert chosen[5] != chosen[6]
    assert all(len(name.encode()) <= MAX_NAME_BYTES for name in chosen)
    assert len({name.casefold() for name in chosen}) == len(chosen)


def test_files_already_there_are_not_reused() -> None:
    assert file_names(["a.png", "b.png"], taken=["A.PNG", "a-2.png"]) == ["a-3.png", "b.png"]


def test_a_numbered_long_name_keeps_its_extension_and_the_limit() -> None:
    name = numbered("é" * 200 + ".png", 12)
    assert name.endswith("-12.png")
    assert len(name.encode()) <= MAX_NAME_BYTES


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=12), st.lists(st.text(min_size=1, max_size=20), max_size=5))
def test_every_plan_is_distinct_safe_and_avoids_what_is_taken(names: list[str], taken: list[str]) -> None:
    chosen = file_names(names, taken)
    assert len(chosen) == len(names)
    folded = [name.casefold() for name in chosen]
    assert len(set(folded)) == len(folded)
    assert not set(folded) & {name.casefold() for name in taken}
    for name in chosen:
        assert name == safe_filename(name)  # a single, safe path component
        assert len(name.encode()) <= MAX_NAME_BYTES


@pytest.fixture
def server() -> ScriptedServer:
    with ScriptedServer() as scripted:
        scripted.script(Reply(body=PNG, content_type="image/png"))
        yield scripted


def test_download_many_never_maps_two_images_to_one_file(server: ScriptedServer, tmp_path: Path) -> None:
    (tmp_path / "x_y.png").write_bytes(b"mine")
    names = ["x:y.png", "x?y.png", "n" * 300 + "1.png", "n" * 300 + "2.png", "x:y.png"]
    with InvokeAIClient(server.url, check_version=False) as client:
        paths = client.images.download_many(names, tmp_path)
    assert (tmp_path / "x_y.png").read_bytes() == b"mine"  # not replaced
    assert [p.name for p in paths[:2]] == ["x_y-2.png", "x_y-3.png"]
    assert paths[4] == paths[0]  # the same image given twice: one file, downloaded once
    assert len(set(paths)) == 4
    assert sum(1 for seen in server.seen if "/full" in seen.path) == 4
    assert all(p.read_bytes() == PNG for p in set(paths))


def test_overwrite_replaces_but_never_merges(server: ScriptedServer, tmp_path: Path) -> None:
    (tmp_path / "x_y.png").write_bytes(b"mine")
    with InvokeAIClient(server.url, check_version=False) as client:
        paths = client.images.download_many(["x:y.png", "x?y.png"], tmp_path, overwrite=True)
        single = client.images.download_to("x:y.png", tmp_path)
    assert [p.name for p in paths] == ["x_y.png", "x_y-2.png"]
    assert (tmp_path / "x_y.png").read_bytes() == PNG
    assert single.name == "x_y-3.png"


def test_a_name_that_is_no_path_component_is_refused_before_any_request(
    server: ScriptedServer, tmp_path: Path
) -> None:
    with InvokeAIClient(server.url, check_version=False) as client:
        for name in ("..", ".", "a/b.png", ""):
            with pytest.raises(InvalidNameError):
                client.images.download_to(name, tmp_path)
            with pytest.raises(InvalidNameError):
                client.images.download_many(["ok.png", name], tmp_path)
    assert server.seen == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html>Bad Gateway</html>", "text/html"),
        (b'{"detail": "x"}', "application/json"),
        (b"", "image/png"),
    ],
)
def test_a_body_that_is_not_an_image_is_not_saved(tmp_path: Path, body: bytes, content_type: str) -> None:
    with ScriptedServer() as server, InvokeAIClient(server.url, check_version=False) as client:
        server.script(Reply(body=body, content_type=content_type))
        with pytest.raises(APIResponseValidationError):
            client.images.download_to("a.png", tmp_path)
    assert list(tmp_path.iterdir()) == []
