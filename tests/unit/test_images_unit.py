"""The images resource without a server: safe file names, folders, atomic writes, upload checks, Pillow
being optional, streamed downloads that break off, zip polling bounds, and the sync/async twins."""

from __future__ import annotations

import builtins
import inspect
import io
import zipfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image as PILImage

from invokeai_client import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncInvokeAIClient,
    BulkDownloadTimeoutError,
    ConfigurationError,
    InvalidImageError,
    InvokeAIClient,
    MissingDependencyError,
    NotFoundError,
    OutputFolderError,
)
from invokeai_client._image_io import (
    MAX_NAME_BYTES,
    atomic_file,
    check_zip,
    prepare_folder,
    read_upload,
    safe_filename,
    sniff_image,
    target_path,
)
from invokeai_client.resources._image_flows import ZipDownload
from invokeai_client.types import BulkDownload

UNSAFE_NAMES = [
    "../../etc/passwd",
    "..",
    ".",
    "",
    "   ",
    "/abs/path.png",
    "a/b\\c.png",
    "..\\..\\windows\\system32\\x.png",
    "C:\\temp\\x.png",
    "CON",
    "nul.png",
    "x\x00y.png",
    "line\nbreak.png",
    ".hidden",
    "trailing. ",
    "a" * 300 + ".png",
    "é" * 200 + ".zip",
    "../" * 100 + "x",
]


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_safe_filename_is_one_component_inside_the_folder(name: str, tmp_path: Path) -> None:
    safe = safe_filename(name)
    assert safe
    assert safe not in (".", "..")
    assert "/" not in safe
    assert "\\" not in safe
    assert "\x00" not in safe
    assert not safe.startswith(".")
    assert not safe.endswith((".", " "))
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe.split(".", 1)[0].upper() not in ("CON", "NUL")
    target = target_path(tmp_path, name)
    assert target.parent == tmp_path
    assert target.resolve().parent == tmp_path.resolve()


def test_safe_filename_keeps_ordinary_names_and_long_extensions() -> None:
    name = "1b535e9a-7749-49a8-94af-b941e2e29d9f.png"
    assert safe_filename(name) == name
    assert safe_filename("outputs_d0c0885f.zip") == "outputs_d0c0885f.zip"
    assert safe_filename("a" * 300 + ".png").endswith(".png")
    assert safe_filename("../../etc/passwd") == "_.._etc_passwd"
    assert safe_filename("", default="image") == "image"


def test_prepare_folder_creates_missing_folders(tmp_path: Path) -> None:
    folder = prepare_folder(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert list(folder.iterdir()) == []  # the write probe is gone


@pytest.mark.parametrize("relative", ["a-file", "a-file/below"])
def test_prepare_folder_refuses_what_cannot_be_written(relative: str, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(OutputFolderError) as info:
        prepare_folder(tmp_path / relative)
    assert isinstance(info.value, OSError)
    assert str(tmp_path / relative) in str(info.value)


def test_atomic_file_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "x.png"
    target.write_bytes(b"old")

    def write_then_fail() -> None:
        with atomic_file(target) as handle:
            handle.write(b"half")
            raise RuntimeError("broken off")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.png"]
    # not asked to replace: the file that is there stays
    with pytest.raises(OutputFolderError, match=r"x\.png appeared"), atomic_file(target) as handle:
        handle.write(b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.png"]
    with atomic_file(target, replace=True) as handle:
        handle.write(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["x.png"]


def encoded(image_format: str, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, (4, 3)).save(buffer, image_format)
    return buffer.getvalue()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF", "ICO"])
def test_sniff_recognises_common_formats(image_format: str) -> None:
    sniffed = sniff_image(encoded(image_format))
    assert sniffed is not None
    assert sniffed[0] == image_format
    assert sniffed[1].startswith("image/")


def test_read_upload_sources(tmp_path: Path) -> None:
    png = encoded("PNG")
    path = tmp_path / "input.png"
    path.write_bytes(png)
    assert read_upload(png).file_name == "upload.png"
    from_path = read_upload(path)
    assert (from_path.content, from_path.file_name, from_path.mime_type) == (png, "input.png", "image/png")
    assert read_upload(str(path), "renamed.png").file_name == "renamed.png"
    with path.open("rb") as handle:
        assert read_upload(handle).content == png
    from_pil = read_upload(PILImage.new("CMYK", (3, 2)))  # PNG cannot hold CMYK: converted
    assert from_pil.mime_type == "image/png"
    assert PILImage.open(io.BytesIO(from_pil.content)).size == (3, 2)
    ppm = read_upload(encoded("PPM"))  # no magic known to the sniffer: Pillow identifies it
    assert ppm.mime_type.startswith("image/")


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (b"", "empty"),
        (b"hello, I am text", "Pillow cannot read it"),
        (b"\x89PNG\r\n\x1a\n", None),  # a PNG header alone passes the sniffer: the server decides
        (12, "expected a path"),
    ],
)
def test_read_upload_refuses_non_images(source: Any, reason: str | None) -> None:
    if reason is None:
        assert read_upload(source).mime_type == "image/png"
        return
    with pytest.raises(InvalidImageError, match=reason) as info:
        read_upload(source)
    assert isinstance(info.value, ValueError)


def test_read_upload_names_the_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not an image")
    with pytest.raises(InvalidImageError, match=r"notes\.txt is not an image"):
        read_upload(notes)
    with notes.open("r") as text, pytest.raises(InvalidImageError, match="binary mode"):
        read_upload(text)  # type: ignore[arg-type]


@pytest.fixture
def without_pillow(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "PIL" or name.startswith("PIL."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)


@pytest.mark.usefixtures("without_pillow")
def test_without_pillow_uploads_of_known_formats_still_work() -> None:
    assert read_upload(encoded("WEBP")).mime_type == "image/webp"
    ppm = encoded("PPM")
    assert read_upload(ppm, "frame.ppm").mime_type.startswith("image/")  # trusted by its name
    with pytest.raises(InvalidImageError, match="install Pillow"):
        read_upload(ppm)


@pytest.mark.usefixtures("without_pillow")
def test_without_pillow_download_pil_says_what_to_install() -> None:
    with (
        InvokeAIClient("http://127.0.0.1:1", check_version=False) as client,
        pytest.raises(MissingDependencyError, match=r"invokeai-client\[images\]") as info,
    ):
        client.images.download_pil("x.png")  # raised before any request (port 1 is closed)
    assert isinstance(info.value, ImportError)


def test_zip_polling_is_bounded_and_restarts_a_limited_number_of_times(tmp_path: Path) -> None:
    state = ZipDownload(tmp_path, timeout=30)
    spec, target = state.start(BulkDownload(bulk_download_item_name="../x.zip"))
    assert target == tmp_path / "_x.zip"
    assert spec.endpoint == "images.get_bulk_download_item"
    assert spec.args == ("../x.zip",)
    delays = [state.next_delay() for _ in range(10)]
    assert delays[0] == pytest.approx(0.5)
    assert delays == sorted(delays)
    assert max(delays) == 2.0
    broken = APIResponseValidationError(method="GET", url="u", status_code=200, reason="incomplete")
    first_waits = []
    for _ in range(ZipDownload.ATTEMPTS - 1):
        state.restart_after(broken)
        state.start(BulkDownload(bulk_download_item_name="y.zip"))
        first_waits.append(state.next_delay())
    assert first_waits == [pytest.approx(2.0), pytest.approx(8.0)]  # a new zip waits longer first
    with pytest.raises(APIResponseValidationError):
        state.restart_after(broken)
    expired = ZipDownload(tmp_path, timeout=0)
    expired.start(BulkDownload(bulk_download_item_name="z.zip"))
    with pytest.raises(BulkDownloadTimeoutError) as info:
        expired.next_delay()
    assert isinstance(info.value, TimeoutError)
    assert info.value.item_name == "z.zip"


def test_check_zip_refuses_a_zip_still_being_written(tmp_path: Path) -> None:
    complete = tmp_path / "complete.zip"
    with zipfile.ZipFile(complete, "w") as archive:
        archive.writestr("user/a.png", encoded("PNG"))
    check_zip(complete, "u")
    partial = tmp_path / "partial.zip"
    partial.write_bytes(complete.read_bytes()[:-22])  # without the end-of-central-directory record
    with pytest.raises(APIResponseValidationError, match="incomplete"):
        check_zip(partial, "u")


# --- streamed downloads over a mock transport -------------------------------------------------------


class Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off after its first chunk."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"\x89PNG partial"
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"\x89PNG partial"
        raise httpx.ReadError("connection reset")


def handler(seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "missing" in request.url.path:
            return httpx.Response(404, json={"detail": "Not Found"})
        if "broken" in request.url.path:
            return httpx.Response(200, stream=Broken())
        return httpx.Response(200, content=b"\x89PNG\r\n\x1a\n complete")

    return handle


def test_stream_breaking_off_leaves_no_file(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(handler(seen)), base_url="http://test")
    client = InvokeAIClient("http://test", check_version=False, http_client=http, max_retries=0)
    with pytest.raises(APIConnectionError, match="connection reset"):
        client.images.download_to("broken.png", tmp_path)
    with pytest.raises(NotFoundError):
        client.images.download_to("missing.png", tmp_path)
    assert list(tmp_path.iterdir()) == []
    path = client.images.download_to("ok.png", tmp_path)
    assert path.read_bytes() == b"\x89PNG\r\n\x1a\n complete"
    assert all(r.headers["accept-encoding"] == "identity" for r in seen)
    with pytest.raises(APIConnectionError):
        client.images.download_many(["ok.png", "broken.png", "ok2.png"], tmp_path / "many", concurrency=1)
    assert not [p for p in (tmp_path / "many").iterdir() if p.suffix == ".part"]


async def test_async_stream_breaking_off_leaves_no_file(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler(seen)), base_url="http://test")
    client = AsyncInvokeAIClient("http://test", check_version=False, http_client=http, max_retries=0)
    with pytest.raises(APIConnectionError, match="connection reset"):
        await client.images.download_to("broken.png", tmp_path)
    assert list(tmp_path.iterdir()) == []
    paths = await client.images.download_many(["a.png", "b.png"], tmp_path, thumbnail=True)
    assert [p.name for p in paths] == ["a.webp", "b.webp"]
    assert all("/thumbnail" in str(r.url) for r in seen[-2:])
    await http.aclose()


def test_download_many_checks_its_arguments(tmp_path: Path) -> None:
    with InvokeAIClient("http://127.0.0.1:1", check_version=False) as client:
        with pytest.raises(ConfigurationError, match="concurrency"):
            client.images.download_many(["a.png"], tmp_path, concurrency=0)
        with pytest.raises(ConfigurationError, match="list of names"):
            client.images.download_many("a.png", tmp_path)
        assert client.images.download_many([], tmp_path) == []
        blocker = tmp_path / "file"
        blocker.write_text("x")
        with pytest.raises(OutputFolderError):  # before any request: port 1 is closed
            client.images.download_zip(blocker, image_names=["a.png"])


def test_sync_and_async_images_are_twins() -> None:
    def methods(resource: object) -> dict[str, inspect.Signature]:
        return {
            name: inspect.signature(getattr(resource, name))
            for name in dir(resource)
            if not name.startswith("_") and callable(getattr(resource, name))
        }

    sync, asynchronous = InvokeAIClient("http://127.0.0.1:1"), AsyncInvokeAIClient("http://127.0.0.1:1")
    sync_methods, async_methods = methods(sync.images), methods(asynchronous.images)
    assert sync_methods == async_methods
    assert {"upload", "download_to", "download_many", "download_zip", "download_pil"} <= set(sync_methods)
    for name in async_methods:
        assert inspect.iscoroutinefunction(getattr(asynchronous.images, name)), name
    sync.close()
