"""A run's plan: what makes two runs the same run (the sessions themselves: ``workflows._sessions``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..workflows._sessions import Session, chunk_body, expand, value_key

__all__ = ["Session", "chunk_body", "expand", "fingerprint", "value_key"]


def fingerprint(workflow: Mapping[str, Any], sessions: Iterable[Session], options: Mapping[str, Any]) -> str:
    """What makes two runs the same run: the workflow (values set), every session's values, the options."""
    digest = hashlib.sha256()
    digest.update(json.dumps(workflow, sort_keys=True, default=str).encode())
    digest.update(json.dumps(dict(options), sort_keys=True, default=str).encode())
    for session in sessions:
        digest.update(session.key.encode())
        digest.update(b"\n")
    return digest.hexdigest()
