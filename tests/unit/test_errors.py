"""The status -> exception map and what errors say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import invokeai_client
from invokeai_client import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    InvokeAIClient,
    NotFoundError,
    NotInvokeAIServerError,
    UnprocessableEntityError,
    UnsupportedServerVersionError,
)
from invokeai_client.errors._api import status_error_class

from .scripted_server import VERSION, Reply, ScriptedServer


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_map(status: int, cls: type[APIStatusError]) -> None:
    assert status_error_class(status) is cls


REPO = Path(__file__).resolve().parents[2]


def test_non_json_error_body_is_kept_as_text(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(500, b"Internal Server Error"))
    with InvokeAIClient(scripted.url, max_retries=0) as client, pytest.raises(InternalServerError) as info:
        client.boards.get("b1")
    assert info.value.detail == "Internal Server Error"
    assert info.value.body is None


@pytest.mark.parametrize("reply", [Reply(404, {"detail": "Not Found"}), Reply(200, b"<html>hello</html>")])
def test_a_url_that_is_not_invokeai_is_reported(scripted: ScriptedServer, reply: Reply) -> None:
    scripted.script(reply)
    with InvokeAIClient(scripted.url) as client, pytest.raises(NotInvokeAIServerError) as info:
        client.boards.list()
    assert info.value.url == f"{scripted.url}/api/v1/app/version"
    assert len(scripted.seen) == 1  # nothing else was sent


def test_unsupported_major_version_is_refused_before_the_request(scripted: ScriptedServer) -> None:
    scripted.script(Reply(body={"version": "7.0.0"}))
    with InvokeAIClient(scripted.url) as client, pytest.raises(UnsupportedServerVersionError) as info:
        client.boards.list()
    assert info.value.version == "7.0.0"
    assert "6.x" in str(info.value)
    assert len(scripted.seen) == 1


def test_a_version_without_its_own_package_is_described_by_its_document(
    scripted: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    """6.12 has no generated package: what it offers is read from its /openapi.json, once."""
    document = json.loads((REPO / "openapi" / "invokeai-6.14.2.json").read_text())
    paths = {path: item for path, item in document["paths"].items() if "/app/config" not in path}
    scripted.script(Reply(body={"version": "6.12.0"}), Reply(body={"paths": paths}), Reply(200, []))
    with InvokeAIClient(scripted.url) as client:
        assert client.boards.list() == []
        assert client.server_version() == "6.12.0"
        with pytest.raises(invokeai_client.UnsupportedByServerError) as info:
            client.app.config()  # not in this server's document: refused before any request
    assert [s.path.split("?")[0] for s in scripted.seen] == [
        "/api/v1/app/version",
        "/openapi.json",
        "/api/v1/boards/",
    ]
    assert info.value.method == "app.config"
    assert info.value.supported_by == ["6.8.1"]
    assert "generated from InvokeAI 6.8.1, 6.14.2" in caplog.text


def test_check_version_can_be_turned_off(scripted: ScriptedServer) -> None:
    scripted.script(Reply(200, []))
    with InvokeAIClient(scripted.url, check_version=False) as client:
        assert client.boards.list() == []
    assert [s.path.split("?")[0] for s in scripted.seen] == ["/api/v1/boards/"]


def test_a_malformed_success_body_is_a_typed_error(scripted: ScriptedServer) -> None:
    scripted.script(VERSION, Reply(200, {"size": "many"}))
    with (
        InvokeAIClient(scripted.url) as client,
        pytest.raises(invokeai_client.APIResponseValidationError) as info,
    ):
        client.app.cache_status()
    assert "size" in str(info.value)
    assert info.value.status_code == 200


def test_errors_show_and_pickle_under_their_public_name() -> None:
    import pickle

    import invokeai_client
    from invokeai_client import errors

    for name in errors.__all__:
        error = getattr(errors, name)
        if isinstance(error, type) and issubclass(error, BaseException):
            assert error.__module__ == "invokeai_client", name
            assert getattr(invokeai_client, name) is error
    raised = invokeai_client.NotFoundError(method="GET", url="/x", status_code=404, detail="gone", body=None)
    copy = pickle.loads(pickle.dumps(raised))
    assert type(copy) is invokeai_client.NotFoundError
    assert (str(copy), copy.status_code, copy.detail, copy.url) == (str(raised), 404, "gone", "/x")
    assert f"{type(raised).__module__}.{type(raised).__qualname__}" == "invokeai_client.NotFoundError"
