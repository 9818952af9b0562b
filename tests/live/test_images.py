"""``client.images`` against the real server, sync and async: every method, and its errors."""

from __future__ import annotations

import io
import time
import uuid
import zipfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from invokeai_client import (
    AsyncInvokeAIClient,
    BoardNotFoundError,
    BulkDownloadTimeoutError,
    InvalidImageError,
    InvalidNameError,
    InvokeAIClient,
    NotFoundError,
    OutputFolderError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from invokeai_client._image_io import sniff_image
from invokeai_client.types import Image

from ..conftest import Server


def png(width: int = 8, height: int = 6, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def board(client: InvokeAIClient) -> Iterator[str]:
    created = client.boards.create(f"images-{uuid.uuid4().hex[:8]}")
    yield created.board_id
    client.boards.delete(created.board_id, include_images=True)


@pytest.fixture
async def aboard(aclient: AsyncInvokeAIClient) -> AsyncIterator[str]:
    created = await aclient.boards.create(f"images-async-{uuid.uuid4().hex[:8]}")
    yield created.board_id
    await aclient.boards.delete(created.board_id, include_images=True)


def zipped(path: Path) -> list[str]:
    """The entries of a bulk-download zip: the server files them by category (``user/<name>``)."""
    return sorted(zipfile.ZipFile(path).namelist())


def run_graph(client: InvokeAIClient, nodes: dict[str, dict[str, Any]], edges: list[tuple[str, ...]]) -> Any:
    graph = {
        "id": f"images-{uuid.uuid4().hex[:8]}",
        "nodes": {k: {"id": k, "use_cache": False, **v} for k, v in nodes.items()},
        "edges": [
            {"source": {"node_id": s, "field": sf}, "destination": {"node_id": d, "field": df}}
            for s, sf, d, df in edges
        ],
    }
    workflow = {
        "name": "images live test",
        "author": "tests",
        "description": "",
        "version": "1.0",
        "contact": "",
        "tags": "",
        "notes": "",
        "exposedFields": [],
        "meta": {"version": "3.0.0", "category": "user"},
        "nodes": [],
        "edges": [],
    }
    batch = {"graph": graph, "runs": 1, "workflow": workflow}
    enqueued = client.queue.enqueue_batch({"prepend": False, "batch": batch})
    deadline = time.monotonic() + 120
    while not client.queue.batch_status(enqueued.batch_id).is_done:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    (item,) = client.queue.get_items(enqueued.item_ids)
    assert item.status == "completed", item.error_message
    return item


# --- upload, get, delete -----------------------------------------------------------------------------


def test_upload_sources_get_and_delete(client: InvokeAIClient, server: Server, tmp_path: Path) -> None:
    path = tmp_path / "input.png"
    path.write_bytes(png(5, 4))
    with path.open("rb") as handle:
        uploaded = [
            client.images.upload(png(9, 7)),
            client.images.upload(path),
            client.images.upload(handle, file_name="from-handle.png"),
            client.images.upload(PILImage.new("L", (3, 2))),
        ]
    names = [image.image_name for image in uploaded]
    try:
        assert [(i.width, i.height) for i in uploaded] == [(9, 7), (5, 4), (5, 4), (3, 2)]
        first = uploaded[0]
        assert (first.image_category, first.is_intermediate, first.board_id) == ("user", False, None)
        assert first.image_origin == "external"
        assert client.images.get(first.image_name) == first
        assert {i.image_name for i in client.images.get_many([*names, "nope.png"])} == set(names)
        assert client.images.delete(names[0]).deleted_images == [names[0]]
        if server.at_least("6.14"):  # 6.14 answers 404 where 6.8 said nothing
            with pytest.raises(NotFoundError):
                client.images.delete("nope.png")
        else:
            assert client.images.delete("nope.png").deleted_images == []
        assert sorted(client.images.delete_many(names[1:]).deleted_images) == sorted(names[1:])
    finally:
        client.images.delete_many(names)
    with pytest.raises(NotFoundError):
        client.images.get(names[0])


def test_upload_to_a_board(client: InvokeAIClient, board: str) -> None:
    image = client.images.upload(png(), category="control", is_intermediate=True, board_id=board)
    assert (image.board_id, image.image_category, image.is_intermediate) == (board, "control", True)
    assert client.boards.image_names(board) == [image.image_name]
    assert client.boards.image_names(board, is_intermediate=False) == []
    assert image.image_name not in client.boards.image_names("none")
    uncategorized = client.images.upload(png(), board_id="none")
    try:
        assert uncategorized.board_id is None
        assert uncategorized.image_name in client.boards.image_names("none")
    finally:
        client.images.delete(uncategorized.image_name)


def test_unknown_board_is_a_typed_error_naming_it(client: InvokeAIClient, tmp_path: Path) -> None:
    missing = f"no-such-board-{uuid.uuid4().hex[:6]}"
    calls = [
        lambda: client.images.upload(png(), board_id=missing),
        lambda: client.images.page(board_id=missing),
        lambda: client.images.names(board_id=missing),
        lambda: client.boards.image_names(missing),
        lambda: client.images.download_zip(tmp_path, board_id=missing),
    ]
    for attempt in calls:
        with pytest.raises(BoardNotFoundError) as info:
            attempt()
        assert info.value.board_id == missing
        assert missing in str(info.value)
        assert info.value.status_code == 404
    assert list(tmp_path.iterdir()) == []


def test_upload_refusals(client: InvokeAIClient, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    with pytest.raises(InvalidImageError, match=r"notes\.txt"):
        client.images.upload(text)
    with pytest.raises(
        UnsupportedMediaTypeError
    ) as info:  # a PNG header on garbage: only the server can tell
        client.images.upload(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    assert info.value.status_code == 415
    with pytest.raises(UnprocessableEntityError) as bad:
        client.images.upload(png(), category="bogus")  # type: ignore[arg-type]
    assert bad.value.issues[0].loc == ("query", "image_category")


# --- listing, stars, intermediates ---------------------------------------------------------------


def test_list_filters_and_pages(client: InvokeAIClient, board: str) -> None:
    made = [
        client.images.upload(png(4, 4), board_id=board),
        client.images.upload(png(5, 5), board_id=board, category="control"),
        client.images.upload(png(6, 6), board_id=board),
    ]
    names = [i.image_name for i in made]
    page = client.images.page(board_id=board, limit=2)
    assert (page.total, page.limit, page.offset, len(page.items)) == (3, 2, 0, 2)
    rest = client.images.page(board_id=board, limit=2, offset=2)
    assert [i.image_name for i in page.items + rest.items] == names[::-1]  # newest first
    ascending = client.images.page(board_id=board, direction="ASC", limit=10)
    assert [i.image_name for i in ascending.items] == names
    assert [i.image_name for i in client.images.list(board_id=board)] == names[::-1]  # list(): every page
    controls = client.images.page(board_id=board, categories=["control"])
    assert [i.image_name for i in controls.items] == [names[1]]
    assert client.images.page(board_id=board, categories=["user", "control"]).total == 3
    assert client.images.page(board_id=board, is_intermediate=True).total == 0
    assert client.images.page(board_id=board, origin="internal").total == 0
    client.images.star(names[0])
    starred_first = client.images.page(board_id=board)
    assert starred_first.items[0].image_name == names[0]
    assert starred_first.items[0].starred is True
    not_first = client.images.page(board_id=board, starred_first=False)
    assert not_first.items[0].image_name == names[2]
    listed = client.images.names(board_id=board)
    assert (listed.image_names[0], listed.total_count, listed.starred_count) == (names[0], 3, 1)
    assert client.images.names(board_id=board, categories=["control"]).image_names == [names[1]]


def test_star_and_unstar_in_bulk(client: InvokeAIClient, board: str) -> None:
    a, b = (client.images.upload(png(), board_id=board).image_name for _ in range(2))
    starred = client.images.star([a, b, "nope.png"])
    assert sorted(starred.starred_images) == sorted([a, b])
    assert starred.affected_boards == [board]
    assert client.images.get(a).starred
    assert client.images.get(b).starred
    assert client.images.unstar(a).unstarred_images == [a]
    assert not client.images.get(a).starred
    assert client.images.get(b).starred


def test_intermediates_count_and_clear(client: InvokeAIClient) -> None:
    image = client.images.upload(png(), category="general", is_intermediate=True)
    assert client.images.intermediates_count() >= 1
    assert client.images.clear_intermediates() >= 1
    with pytest.raises(NotFoundError):
        client.images.get(image.image_name)


def test_generated_image_metadata_workflow_and_search(client: InvokeAIClient, board: str) -> None:
    prompt = f"a lighthouse {uuid.uuid4().hex[:8]}"
    nodes = {
        "blank": {"type": "blank_image", "width": 24, "height": 16},
        "save": {"type": "save_image", "board": {"board_id": board}, "metadata": {"positive_prompt": prompt}},
    }
    item = run_graph(client, nodes, [("blank", "image", "save", "image")])
    (prepared,) = item.session["source_prepared_mapping"]["save"]
    name = item.session["results"][prepared]["image"]["image_name"]
    image = client.images.get(name)
    assert (image.node_id, image.session_id, image.board_id) == (prepared, item.session_id, board)
    assert (image.image_origin, image.image_category, image.has_workflow) == ("internal", "general", True)
    assert client.images.metadata(name) == {"positive_prompt": prompt}
    embedded = client.images.workflow(name)
    assert embedded.workflow is not None
    assert embedded.workflow["name"] == "images live test"
    assert embedded.graph is not None
    assert set(embedded.graph["nodes"]) == {"blank", "save"}
    found = client.images.page(search_term=prompt)
    assert [i.image_name for i in found.items] == [name]
    uploaded = client.images.upload(png())
    try:
        assert client.images.metadata(uploaded.image_name) is None
        nothing = client.images.workflow(uploaded.image_name)
        assert (nothing.workflow, nothing.graph) == (None, None)
    finally:
        client.images.delete(uploaded.image_name)
    with pytest.raises(NotFoundError):
        client.images.metadata("nope.png")


# --- downloads ------------------------------------------------------------------------------------


@pytest.fixture
def image(client: InvokeAIClient) -> Iterator[Image]:
    uploaded = client.images.upload(png(12, 10, (10, 120, 240)))
    yield uploaded
    client.images.delete(uploaded.image_name)


def test_download_bytes_pil_and_thumbnail(client: InvokeAIClient, image: Image) -> None:
    data = client.images.download(image.image_name)
    assert sniff_image(data) == ("PNG", "image/png")
    assert PILImage.open(io.BytesIO(data)).getpixel((0, 0)) == (10, 120, 240)
    thumbnail = client.images.download(image.image_name, thumbnail=True)
    assert sniff_image(thumbnail) == ("WEBP", "image/webp")
    pil = client.images.download_pil(image.image_name)
    assert (pil.size, pil.format) == ((12, 10), "PNG")
    assert client.images.download_pil(image.image_name, thumbnail=True).format == "WEBP"
    with pytest.raises(NotFoundError):
        client.images.download("nope.png")


def test_download_to_files(client: InvokeAIClient, image: Image, tmp_path: Path) -> None:
    folder = tmp_path / "out" / "nested"
    saved = client.images.download_to(image.image_name, folder)
    assert saved == folder.resolve() / image.image_name
    assert saved.read_bytes() == client.images.download(image.image_name)
    thumb = client.images.download_to(image.image_name, folder, thumbnail=True)
    assert thumb.suffix == ".webp"
    assert sniff_image(thumb.read_bytes()) == ("WEBP", "image/webp")
    assert sorted(p.name for p in folder.iterdir()) == sorted([saved.name, thumb.name])  # no temp files


def test_unsafe_names_never_write_outside_the_folder(
    client: InvokeAIClient, image: Image, tmp_path: Path
) -> None:
    folder = tmp_path / "inside"
    saved = client.images.download_to(image.image_name, folder, filename="../../escape.png")
    assert saved.parent == folder.resolve()
    assert saved.name == "_.._escape.png"
    with pytest.raises(InvalidNameError) as info:  # refused before any request: the server would route
        client.images.download_to(f"../../{image.image_name}", folder)  # it elsewhere (6.14: its web page)
    assert info.value.parameter == "image_name"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["_.._escape.png", "inside"]


def test_unwritable_folder_fails_before_any_download(
    client: InvokeAIClient, image: Image, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for attempt in (
        lambda: client.images.download_to(image.image_name, blocker),
        lambda: client.images.download_many([image.image_name], blocker / "sub"),
        lambda: client.images.download_zip(blocker, image_names=[image.image_name]),
    ):
        with pytest.raises(OutputFolderError):
            attempt()
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_download_many_keeps_the_order(client: InvokeAIClient, tmp_path: Path) -> None:
    names = [client.images.upload(png(3 + i, 3, (i * 20, 0, 0))).image_name for i in range(12)]
    try:
        paths = client.images.download_many(names, tmp_path, concurrency=4)
        assert [p.name for p in paths] == names
        assert [PILImage.open(p).size for p in paths] == [(3 + i, 3) for i in range(12)]
        thumbs = client.images.download_many(names[:3], tmp_path / "thumbs", thumbnail=True)
        assert [p.suffix for p in thumbs] == [".webp"] * 3
        with pytest.raises(NotFoundError):
            client.images.download_many([*names[:2], "nope.png"], tmp_path / "bad", concurrency=2)
        assert not [p for p in (tmp_path / "bad").iterdir() if not p.name.endswith(".png")]
    finally:
        client.images.delete_many(names)


def test_download_zip_by_names_and_by_board(client: InvokeAIClient, board: str, tmp_path: Path) -> None:
    names = [client.images.upload(png(), board_id=board).image_name for _ in range(3)]
    by_names = client.images.download_zip(tmp_path, image_names=names[:2])
    assert by_names.parent == tmp_path.resolve()
    assert zipped(by_names) == sorted(f"user/{n}" for n in names[:2])
    by_board = client.images.download_zip(tmp_path, board_id=board)
    assert zipped(by_board) == sorted(f"user/{n}" for n in names)
    started = client.images.request_zip(image_names=names[:1])
    assert started.bulk_download_item_name


def test_download_zip_of_missing_images_times_out(client: InvokeAIClient, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(BulkDownloadTimeoutError) as info:
        client.images.download_zip(tmp_path, image_names=["nope.png"], timeout=1.5)
    assert 1.4 < time.monotonic() - started < 10
    assert info.value.item_name.endswith(".zip")
    assert list(tmp_path.iterdir()) == []


# --- async -----------------------------------------------------------------------------------------


async def test_async_upload_list_star_delete(aclient: AsyncInvokeAIClient, aboard: str) -> None:
    first = await aclient.images.upload(png(4, 4), board_id=aboard)
    second = await aclient.images.upload(PILImage.new("RGB", (5, 5)), board_id=aboard, category="mask")
    assert (await aclient.images.get(first.image_name)) == first
    assert len(await aclient.images.get_many([first.image_name, second.image_name])) == 2
    assert (await aclient.images.page(board_id=aboard)).total == 2
    assert len(await aclient.images.list(board_id=aboard)) == 2
    assert (await aclient.images.names(board_id=aboard, categories=["mask"])).image_names == [
        second.image_name
    ]
    assert sorted(await aclient.boards.image_names(aboard)) == sorted([first.image_name, second.image_name])
    assert (await aclient.images.star([first.image_name])).starred_images == [first.image_name]
    assert (await aclient.images.unstar(first.image_name)).unstarred_images == [first.image_name]
    assert (await aclient.images.metadata(first.image_name)) is None
    assert (await aclient.images.workflow(first.image_name)).workflow is None
    assert (await aclient.images.delete(first.image_name)).deleted_images == [first.image_name]
    assert (await aclient.images.delete_many([second.image_name])).deleted_images == [second.image_name]
    with pytest.raises(NotFoundError):
        await aclient.images.get(first.image_name)


async def test_async_errors(aclient: AsyncInvokeAIClient, tmp_path: Path) -> None:
    with pytest.raises(BoardNotFoundError) as info:
        await aclient.images.upload(png(), board_id="no-such-board")
    assert info.value.board_id == "no-such-board"
    with pytest.raises(BoardNotFoundError):
        await aclient.boards.image_names("no-such-board")
    with pytest.raises(InvalidImageError):
        await aclient.images.upload(b"plain text")
    with pytest.raises(UnsupportedMediaTypeError):
        await aclient.images.upload(b"\x89PNG\r\n\x1a\nbroken")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OutputFolderError):
        await aclient.images.download_to("any.png", blocker)
    with pytest.raises(BulkDownloadTimeoutError):
        await aclient.images.download_zip(tmp_path / "zip", image_names=["nope.png"], timeout=1)


async def test_async_intermediates(aclient: AsyncInvokeAIClient) -> None:
    image = await aclient.images.upload(png(), category="general", is_intermediate=True)
    assert (await aclient.images.intermediates_count()) >= 1
    assert (await aclient.images.clear_intermediates()) >= 1
    with pytest.raises(NotFoundError):
        await aclient.images.get(image.image_name)


async def test_async_downloads(aclient: AsyncInvokeAIClient, aboard: str, tmp_path: Path) -> None:
    names = [(await aclient.images.upload(png(2 + i, 2), board_id=aboard)).image_name for i in range(6)]
    data = await aclient.images.download(names[0])
    assert sniff_image(data) == ("PNG", "image/png")
    assert (await aclient.images.download_pil(names[1])).size == (3, 2)
    assert (await aclient.images.download_pil(names[1], thumbnail=True)).format == "WEBP"
    saved = await aclient.images.download_to(names[0], tmp_path, filename="../up.png")
    assert (saved.parent, saved.name, saved.read_bytes()) == (tmp_path.resolve(), "_up.png", data)
    paths = await aclient.images.download_many(names, tmp_path / "many", concurrency=3)
    assert [p.name for p in paths] == names
    assert [PILImage.open(p).size for p in paths] == [(2 + i, 2) for i in range(6)]
    with pytest.raises(NotFoundError):
        await aclient.images.download_many([names[0], "nope.png"], tmp_path / "bad")
    archive = await aclient.images.download_zip(tmp_path / "zip", board_id=aboard)
    assert zipped(archive) == sorted(f"user/{n}" for n in names)
    assert (await aclient.images.request_zip(image_names=names[:1])).bulk_download_item_name
