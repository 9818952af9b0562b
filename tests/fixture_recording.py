"""Helpers shared by the fixture recorders (``tests/unit/*/record_fixtures.py``), which talk to a real
InvokeAI server with plain httpx and python-socketio, never through the SDK under test."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import socketio
from PIL import Image


def connect_socket(base_url: str, event: str, handler: Callable[..., None]) -> socketio.Client:
    """A Socket.IO client connected to the server, with ``handler`` on ``event`` (``"*"``: every event)."""
    socket = socketio.Client()
    socket.on(event, handler)
    socket.connect(base_url, socketio_path="/ws/socket.io", transports=["websocket"])
    return socket


def upload_png(
    http: httpx.Client, size: tuple[int, int], color: tuple[int, int, int], *, is_intermediate: bool
) -> str:
    """Upload a plain-colour PNG as a ``user`` image; returns its name."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    response = http.post(
        "/api/v1/images/upload",
        params={"image_category": "user", "is_intermediate": is_intermediate},
        files={"file": ("input.png", buffer.getvalue(), "image/png")},
    )
    response.raise_for_status()
    name: str = response.json()["image_name"]
    return name


def server_version(http: httpx.Client) -> str:
    version: str = http.get("/api/v1/app/version").json()["version"]
    return version


def write_json(path: Path, document: Any) -> None:
    """Write a fixture (one-space indent, final newline), making its folder if need be."""
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")


def delete_images(http: httpx.Client, names: list[str]) -> None:
    """Delete the images named (each once), if any."""
    unique = list(dict.fromkeys(names))
    if unique:
        http.post("/api/v1/images/delete", json={"image_names": unique})
