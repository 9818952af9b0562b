"""What ``invokeai-client mcp`` was given (pure: no MCP import)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["McpOptions"]


@dataclass(frozen=True, slots=True)
class McpOptions:
    """What ``invokeai-client mcp`` was given (the server's URL and token go to the client, not here).

    Attributes:
        workflows: workflow files exported from the GUI, one tool each, in this order.
        library: offer the server's workflow library too (after the files).
        tags: with ``library``: only workflows with one of these tags.
        out: save every final image here as well.
        max_count: the most sessions one call may ask for (the ``count`` argument's maximum).
        max_images: the most images one result carries inline (the others by name and link).
        max_image_bytes: a PNG larger than this goes as the server's WebP thumbnail.
        call_timeout: seconds a workflow call may take; then its batch is canceled.
        allow_delete: offer ``delete_image``, and let ``cancel_batch`` cancel any batch.
    """

    workflows: Sequence[Path] = ()
    library: bool = False
    tags: Sequence[str] = ()
    out: Path | None = None
    max_count: int = 4
    max_images: int = 8
    max_image_bytes: int = 4 * 1024 * 1024
    call_timeout: float = 600.0
    allow_delete: bool = False
