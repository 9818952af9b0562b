"""Creates that may have happened are confirmed, not guessed: a board, an upload, a library workflow and a
model install whose answer is lost or replaced by a 500 after the real server acted (InvokeAI 6.11.1 does
that for every board it creates) come back as the thing the server made, and the server holds exactly one
of it; a create the server never saw fails, and nothing was made.

Each case counts, on the server itself (not through the proxy), what holds the name it asked for.
"""

from __future__ import annotations

import io
import struct
import uuid
import zlib
from pathlib import Path

import pytest

from invokeai_client import InternalServerError, InvokeAIClient

from ..model_files import write_embedding
from .conftest import OwnServer, wait_workflow_document
from .proxy import Fault, FaultProxy

AFTER_ACTING = {
    "a 500 after the server made it (InvokeAI 6.11.1's boards)": dict(
        action="status_after",
        status=500,
        body=b'{"detail":"Failed to create board"}',
        content_type="application/json",
    ),
    "the answer lost (connection reset)": dict(action="reset_after"),
    "an answer later than the client's timeout": dict(action="delay_answer", seconds=4),
}


def _fault(path: str, shape: dict[str, object]) -> Fault:
    return Fault(path=path, method="POST", **shape)  # type: ignore[arg-type]


def _png(width: int, height: int) -> bytes:
    """A grey PNG of this size (no Pillow needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("shape", AFTER_ACTING.values(), ids=AFTER_ACTING.keys())
def test_a_board_made_without_a_usable_answer_is_the_answer(
    proxy: FaultProxy, faulty: OwnServer, shape: dict[str, object]
) -> None:
    name = f"renders-{uuid.uuid4().hex[:8]}"
    fault = proxy.add(_fault(r"/api/v1/boards/\?", shape))
    with InvokeAIClient(proxy.url, timeout=2.0) as client:
        board = client.boards.create(name)
    assert fault.applied == 1
    assert board.board_name == name
    with InvokeAIClient(faulty.url) as direct:
        made = [b for b in direct.boards.list(include_archived=True) if b.board_name == name]
    assert [b.board_id for b in made] == [board.board_id]  # one board, the one returned


def test_an_older_board_of_the_same_name_is_not_taken_for_the_new_one(
    proxy: FaultProxy, faulty: OwnServer
) -> None:
    name = f"renders-{uuid.uuid4().hex[:8]}"
    with InvokeAIClient(faulty.url) as direct:
        older = direct.boards.create(name)
    proxy.add(_fault(r"/api/v1/boards/\?", AFTER_ACTING["the answer lost (connection reset)"]))
    with InvokeAIClient(proxy.url) as client:
        board = client.boards.create(name)
    assert board.board_id != older.board_id
    with InvokeAIClient(faulty.url) as direct:
        assert sorted(b.board_id for b in direct.boards.list() if b.board_name == name) == sorted(
            [older.board_id, board.board_id]
        )


def test_a_board_the_server_never_saw_fails_and_nothing_was_made(
    proxy: FaultProxy, faulty: OwnServer
) -> None:
    name = f"renders-{uuid.uuid4().hex[:8]}"
    proxy.add(Fault("status_before", r"/api/v1/boards/\?", method="POST", status=500, body=b"proxy says no"))
    with InvokeAIClient(proxy.url) as client, pytest.raises(InternalServerError):
        client.boards.create(name)
    assert proxy.count(r"/api/v1/boards/\?", "POST") == 1  # not sent again blindly
    with InvokeAIClient(faulty.url) as direct:
        assert [b for b in direct.boards.list() if b.board_name == name] == []


@pytest.mark.parametrize("shape", AFTER_ACTING.values(), ids=AFTER_ACTING.keys())
def test_an_upload_that_landed_without_a_usable_answer_is_one_image(
    proxy: FaultProxy, faulty: OwnServer, shape: dict[str, object]
) -> None:
    with InvokeAIClient(faulty.url) as direct:
        board = direct.boards.create(f"uploads-{uuid.uuid4().hex[:8]}")
    fault = proxy.add(_fault(r"/api/v1/images/upload", shape))
    with InvokeAIClient(proxy.url, timeout=2.0) as client:
        image = client.images.upload(io.BytesIO(_png(24, 16)), board_id=board.board_id)
    assert fault.applied == 1
    assert (image.width, image.height, image.board_id) == (24, 16, board.board_id)
    assert proxy.count(r"/api/v1/images/upload", "POST") == 1
    with InvokeAIClient(faulty.url) as direct:
        assert [i.image_name for i in direct.images.list(board_id=board.board_id, categories=["user"])] == [
            image.image_name
        ]


def test_a_library_workflow_saved_without_a_usable_answer_is_one_entry(
    proxy: FaultProxy, faulty: OwnServer
) -> None:
    with InvokeAIClient(faulty.url) as direct:
        document = wait_workflow_document(direct.workflows.templates())
    document["name"] = f"saved-{uuid.uuid4().hex[:8]}"
    proxy.add(
        _fault(
            r"/api/v1/workflows/$", AFTER_ACTING["a 500 after the server made it (InvokeAI 6.11.1's boards)"]
        )
    )
    with InvokeAIClient(proxy.url) as client:
        record = client.workflows.create(document)
    assert record.name == document["name"]
    with InvokeAIClient(faulty.url) as direct:
        entries = direct.workflows.list(categories=["user"], query=document["name"])
    assert [e.workflow_id for e in entries if e.name == document["name"]] == [record.workflow_id]


def test_a_model_install_started_without_a_usable_answer_is_followed_not_started_twice(
    proxy: FaultProxy, faulty: OwnServer, tmp_path: Path
) -> None:
    path = write_embedding(tmp_path / f"tiny-embedding-{uuid.uuid4().hex[:8]}.safetensors")
    proxy.add(_fault(r"/api/v2/models/install\?", AFTER_ACTING["the answer lost (connection reset)"]))
    with InvokeAIClient(proxy.url) as client:
        model = client.models.install(path, inplace=True, wait="poll").wait(timeout=120)
    assert proxy.count(r"/api/v2/models/install\?", "POST") == 1
    with InvokeAIClient(faulty.url) as direct:
        same = [
            m for m in direct.models.list() if m.source == str(path) or (m.path or "").endswith(path.name)
        ]
        assert [m.key for m in same] == [model.key]
        direct.models.delete(model.key)
