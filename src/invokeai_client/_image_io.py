"""Image data and files, without HTTP: what uploads send and where downloads land.

Shared by the sync and async images resources: reading an upload source and checking it is an image,
safe file names for names the server supplies, folder checks, and atomic (temp file + rename) writes.
Pillow is optional (``pip install 'invokeai-client[images]'``) and imported only when needed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import mimetypes
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TypeAlias

from .errors import (
    APIResponseValidationError,
    InvalidImageError,
    MissingDependencyError,
    OutputFolderError,
)

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

    ImageSource: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | PILImage"

__all__ = [
    "UploadData",
    "atomic_file",
    "check_image",
    "check_zip",
    "decode_data_url",
    "decode_pil",
    "existing_names",
    "prepare_folder",
    "read_upload",
    "require_pillow",
    "safe_filename",
    "sniff_image",
    "target_path",
]

CHUNK_SIZE = 64 * 1024
MAX_NAME_BYTES = 255  # the usual file-name limit (ext4, APFS, NTFS in UTF-16 units)

# (magic bytes at offset 0, format, MIME type); WebP is checked separately (RIFF....WEBP).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG", "image/png"),
    (b"\xff\xd8\xff", "JPEG", "image/jpeg"),
    (b"GIF87a", "GIF", "image/gif"),
    (b"GIF89a", "GIF", "image/gif"),
    (b"II*\x00", "TIFF", "image/tiff"),
    (b"MM\x00*", "TIFF", "image/tiff"),
    (b"BM", "BMP", "image/bmp"),
    (b"\x00\x00\x01\x00", "ICO", "image/x-icon"),
)


def sniff_image(data: bytes) -> tuple[str, str] | None:
    """Recognise a common image format by its first bytes.

    Args:
        data: the file's content (the first 16 bytes suffice).

    Returns:
        ``(format, MIME type)``, e.g. ``("PNG", "image/png")``, or ``None`` when not recognised.
    """
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP", "image/webp"
    for magic, name, mime in _MAGIC:
        if data.startswith(magic):
            return name, mime
    return None


def png_size(data: bytes) -> tuple[int, int] | None:
    """A PNG's (width, height) from its header (``None`` for anything else)."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR" or len(data) < 24:
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@dataclass(frozen=True, slots=True)
class UploadData:
    """What an upload sends as the multipart ``file`` part."""

    content: bytes
    file_name: str
    mime_type: str


def _is_pil_image(source: object) -> bool:
    module = sys.modules.get("PIL.Image")  # a caller holding a PIL image has imported it already
    return module is not None and isinstance(source, module.Image)


def read_upload(source: ImageSource, file_name: str | None = None) -> UploadData:
    """Read an upload source and make sure it is an image, before any request.

    Args:
        source: a file path, the file's bytes, a binary file object, or a PIL image (sent as PNG).
        file_name: the name to send (default: the path's name, else ``upload.<format>``).

    Returns:
        The bytes, file name and MIME type to send.

    Raises:
        InvalidImageError: the data is empty or not an image (by its header, or Pillow when installed).
        OSError: the path cannot be read.
    """
    if _is_pil_image(source):
        content, label, default_name = _encode_pil(source), "the PIL image", "upload.png"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        content, label, default_name = path.read_bytes(), str(path), path.name
    elif isinstance(source, bytes | bytearray | memoryview):
        content, label, default_name = bytes(source), "the data given", ""
    elif hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise InvalidImageError(repr(source), "the file object is not opened in binary mode")
        content, label, default_name = data, str(getattr(source, "name", "the file object")), ""
    else:
        raise InvalidImageError(repr(source)[:100], "expected a path, bytes, a binary file or a PIL image")
    if not content:
        raise InvalidImageError(label, "it is empty")
    image_format, mime = _identify(content, label, file_name or default_name)
    name = file_name or default_name or f"upload.{image_format.lower()}"
    return UploadData(content=content, file_name=os.path.basename(name) or "upload", mime_type=mime)


def _identify(content: bytes, label: str, name: str) -> tuple[str, str]:
    sniffed = sniff_image(content)
    if sniffed is not None:
        return sniffed
    try:
        from PIL import Image as PILImageModule
    except ImportError:
        # Without Pillow, trust an image-type file name and let the server judge (415 if it cannot read it).
        guessed = mimetypes.guess_type(name)[0] if name else None
        if guessed and guessed.startswith("image/"):
            return guessed.split("/", 1)[1].upper(), guessed
        raise InvalidImageError(
            label, "no known image header (install Pillow to accept more formats)"
        ) from None
    try:
        with PILImageModule.open(io.BytesIO(content)) as image:
            image_format = image.format or "unknown"
            image.verify()
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidImageError(label, f"Pillow cannot read it ({type(exc).__name__})") from exc
    mime = PILImageModule.MIME.get(image_format) or f"image/{image_format.lower()}"
    return image_format, mime


def _encode_pil(image: Any) -> bytes:
    buffer = io.BytesIO()
    try:
        image.save(buffer, format="PNG")
    except OSError:  # a mode PNG cannot hold (CMYK, YCbCr …)
        buffer = io.BytesIO()
        image.convert("RGBA").save(buffer, format="PNG")
    return buffer.getvalue()


def require_pillow(feature: str) -> None:
    """Raise `MissingDependencyError` unless Pillow can be imported."""
    try:
        import PIL.Image  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError("Pillow", feature=feature, extra="images") from exc


def decode_pil(content: bytes) -> PILImage:
    """Decode image bytes with Pillow (fully loaded, so the bytes can be dropped)."""
    require_pillow("decoding images")
    from PIL import Image as PILImageModule

    image = PILImageModule.open(io.BytesIO(content))
    image.load()
    return image


def decode_data_url(data_url: str, *, label: str = "data URL") -> PILImage:
    """Decode a ``data:image/…;base64,…`` URL (a progress preview) into a loaded PIL image.

    Raises:
        MissingDependencyError: Pillow is not installed.
        InvalidImageError: not a base64 data URL, or not an image Pillow can read.
    """
    require_pillow("decoding progress images")
    header, comma, payload = data_url.partition(",")
    if not comma or not header.startswith("data:") or not header.endswith(";base64"):
        raise InvalidImageError(label, "not a base64 data URL")
    try:
        content = base64.b64decode(payload, validate=True)
    except binascii.Error as exc:
        raise InvalidImageError(label, f"bad base64 ({exc})") from exc
    try:
        return decode_pil(content)
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidImageError(label, f"Pillow cannot read it ({type(exc).__name__})") from exc


# --- downloads -----------------------------------------------------------------------------------

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
)


def safe_filename(name: str, *, default: str = "download") -> str:
    """A file name that stays inside the folder it is joined to, whatever the server (or caller) sent.

    Path separators, control characters and characters Windows forbids become ``_``; leading and
    trailing dots and spaces are dropped (so no ``..``, no hidden files); reserved device names get a
    ``_`` prefix; the result is cut to 255 UTF-8 bytes, keeping the extension.

    Args:
        name: a name from the server (an image name, a bulk download name) or the caller.
        default: used when nothing is left of ``name``.

    Returns:
        A single, non-empty path component.
    """
    cleaned = _UNSAFE_CHARS.sub("_", name).strip(" .")
    if not cleaned:
        cleaned = default
    if cleaned.split(".", 1)[0].upper() in _RESERVED_NAMES:
        cleaned = "_" + cleaned
    if len(cleaned.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, extension = cleaned.rpartition(".")
        if not dot or len(extension) > 16:
            stem, extension = cleaned, ""
        suffix = f".{extension}" if extension else ""
        budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
        stem = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(" .") or default
        cleaned = stem + suffix
    return cleaned


def prepare_folder(folder: str | os.PathLike[str]) -> Path:
    """Create the folder if needed and prove it is writable (a probe file is made and removed).

    Raises:
        OutputFolderError: it cannot be created, is not a folder, or cannot be written.
    """
    path = Path(folder).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".invokeai-client-probe-", dir=path)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise OutputFolderError(str(folder), exc.strerror or str(exc)) from exc
    return path.resolve()


def target_path(folder: Path, name: str) -> Path:
    """``folder / safe_filename(name)``, checked to lie directly inside ``folder``."""
    target = folder / safe_filename(name)
    if target.parent != folder or target.name in ("", ".", ".."):
        raise OutputFolderError(str(folder), f"refusing the file name {name!r}")
    return target


def download_name(image_name: str, *, thumbnail: bool) -> str:
    """The file name of an image download: the image name, with ``.webp`` for a thumbnail."""
    if not thumbnail:
        return image_name
    stem = image_name.rsplit(".", 1)[0] if "." in image_name else image_name
    return f"{stem}.webp"


def existing_names(folder: Path) -> list[str]:
    """The names of the entries already in ``folder``."""
    try:
        return os.listdir(folder)
    except OSError as exc:
        raise OutputFolderError(str(folder), exc.strerror or str(exc)) from exc


@contextlib.contextmanager
def atomic_file(
    target: Path, verify: Callable[[Path], None] | None = None, *, replace: bool = False
) -> Iterator[BinaryIO]:
    """Write to a temp file next to ``target``; give it the name ``target`` only when the block succeeds.

    Nothing is left behind on failure: a reader never sees a half-written ``target``. Unless ``replace``,
    a file that appeared at ``target`` meanwhile is never replaced (``OutputFolderError``).

    Args:
        target: the final path.
        verify: called with the complete temp file before the rename; raise to discard it.
        replace: replace a file already at ``target``.
    """
    handle, temp = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        if verify is not None:
            verify(Path(temp))
        if replace:
            os.replace(temp, target)
        else:
            _claim(Path(temp), target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _claim(temp: Path, target: Path) -> None:
    """Rename ``temp`` to ``target`` only if ``target`` does not exist (atomically where links work)."""
    try:
        os.link(temp, target)  # fails if target exists: never clobbers
    except FileExistsError:
        raise OutputFolderError(
            str(target.parent), f"{target.name} appeared while it was being downloaded; it was not replaced"
        ) from None
    except OSError:  # no hard links on this file system: reserve the name, then move the file onto it
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            raise OutputFolderError(
                str(target.parent),
                f"{target.name} appeared while it was being downloaded; it was not replaced",
            ) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def check_image(path: Path, url: str) -> None:
    """Raise unless ``path`` starts like an image file (PNG, WebP, JPEG …): an answer of another kind (an
    error page served with 200 by a proxy) is never saved under an image's name.

    Raises:
        APIResponseValidationError: the body is not an image.
    """
    with open(path, "rb") as handle:
        head = handle.read(16)
    if sniff_image(head) is None:
        raise APIResponseValidationError(
            method="GET",
            url=url,
            status_code=200,
            reason=f"the body is not an image (it starts {head[:8]!r})",
        )


def check_zip(path: Path, url: str) -> None:
    """Raise unless ``path`` is a complete zip (its central directory, written last, is there).

    Raises:
        APIResponseValidationError: the server sent a zip it was still writing.
    """
    if not zipfile.is_zipfile(path):
        raise APIResponseValidationError(
            method="GET",
            url=url,
            status_code=200,
            reason="the zip is incomplete (served while being written)",
        )


THUMBNAIL = 256  # pixels of the longer side of an image shown in a notebook


def thumbnail_png(path: Path, size: int = THUMBNAIL) -> bytes | None:
    """A PNG of at most ``size`` pixels a side of the image file at ``path`` (for a notebook's display), or
    ``None`` when Pillow is not installed or the file cannot be read as an image."""
    try:
        from PIL import Image as PILImageModule
    except ImportError:
        return None
    try:
        with PILImageModule.open(path) as image:
            image.thumbnail((size, size))
            out = io.BytesIO()
            image.save(out, format="PNG")
    except (OSError, ValueError):
        return None
    return out.getvalue()
