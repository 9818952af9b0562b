"""Credentials never reach a log record, whoever logs them (httpcore's header dumps, engineio's packets)."""

from __future__ import annotations

import logging

import pytest

from invokeai_client import InvokeAIClient
from invokeai_client._redact import REDACTED, redact

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiYWJjIn0.c2lnbmF0dXJl"


@pytest.mark.parametrize(
    "text",
    [
        f"send_request_headers [(b'Authorization', b'Bearer {JWT}')]",
        f"(b'set-cookie', b'invokeai_media_token={JWT}; HttpOnly; Max-Age=86400')",
        f"(b'x-refreshed-token', b'{JWT}')",
        f'Sending packet MESSAGE data 0{{"token":"{JWT}"}}',
    ],
)
def test_tokens_are_blanked(text: str) -> None:
    cleaned = redact(text)
    assert JWT not in cleaned
    assert REDACTED in cleaned


def test_a_given_token_is_blanked_in_the_libraries_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = "plain-secret-4711"  # not a JWT: known because the client was given it
    with (
        InvokeAIClient("http://127.0.0.1:1", token=secret, check_version=False) as client,
        caplog.at_level(logging.DEBUG),
    ):
        logging.getLogger("httpcore.http11").debug(
            "send_request_headers %r", [(b"Authorization", secret.encode())]
        )
        logging.getLogger("invokeai_client.events.engineio").info("Sending packet %s", {"token": secret})
        assert secret not in repr(client._core.options)
    assert caplog.records
    assert all(secret not in record.getMessage() for record in caplog.records)
