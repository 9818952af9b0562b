"""Tokens never reach a log: a filter that blanks credentials in the records of the libraries below us.

httpcore logs whole request and response headers at DEBUG (``Authorization: Bearer …``, InvokeAI 6.14's
``Set-Cookie: invokeai_media_token=…`` and ``X-Refreshed-Token``), and engineio logs the Socket.IO connect
packet (``{"token": …}``). The filter is attached to those loggers (a filter on a parent logger would not see
their records) when a client is made; it replaces JSON web tokens, bearer credentials and every token a
client of this process was given or got by ``<redacted>``, in the formatted message.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Final

REDACTED: Final = "<redacted>"
_LOGGERS: Final = (
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.connection",
    "httpx",
    "invokeai_client.events.engineio",
    "invokeai_client.events.socketio",
    "engineio.client",
    "socketio.client",
)
_PATTERNS: Final = (
    re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+"),  # a JSON web token (InvokeAI's login tokens)
    re.compile(r"(?i)(bearer\s+)[^\s'\",;]+"),
    re.compile(r"(?i)(invokeai_media_token=)[^\s'\",;]+"),
    re.compile(r"(?i)(x-refreshed-token'?,\s*b?')[^']+"),
    re.compile(r"""(?i)(["']token["']\s*:\s*["'])[^"']+"""),
)
_secrets: set[str] = set()
_lock = threading.Lock()


def redact(text: str) -> str:
    """``text`` with every credential this module knows of replaced."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + REDACTED, text)
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message with its credentials blanked (the record is kept)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def remember(secret: str | None) -> None:
    """Also blank this exact string (a token that is no JWT) wherever it appears; installs the filter."""
    if secret:
        with _lock:
            _secrets.add(secret)
    install()


_SHARED: Final = RedactingFilter()


def install() -> None:
    """Attach the filter to the loggers that may write credentials (idempotent)."""
    with _lock:
        for name in _LOGGERS:
            target = logging.getLogger(name)
            if _SHARED not in target.filters:
                target.addFilter(_SHARED)
