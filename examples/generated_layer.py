"""Recipes on the generated layer (`invokeai_api.v6_14`) directly: boards, the queue, the latest image, an
upload, starred images. The facade covers all of these (`client.boards.list()` …) with retries, typed
errors and both server versions; use the generated layer for an endpoint the facade does not have, or to
see exactly what is sent.

    python examples/generated_layer.py --url http://127.0.0.1:9090 photo.png

The generated client has no timeout by default and returns ``None`` for undocumented statuses unless
``raise_on_unexpected_status=True``: both are set here. InvokeAI 6.14 (for 6.8: `invokeai_api.v6_8`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TypeVar, cast

import httpx
from invokeai_api.v6_14 import AuthenticatedClient, Client
from invokeai_api.v6_14.api.boards import list_boards
from invokeai_api.v6_14.api.images import list_image_dtos, star_images_in_list, upload_image
from invokeai_api.v6_14.api.queue import get_queue_status
from invokeai_api.v6_14.models import (
    BoardDTO,
    BodyStarImagesInList,
    BodyUploadImage,
    ImageDTO,
    OffsetPaginatedResultsImageDTO,
    SessionQueueAndProcessorStatus,
    StarredImagesResult,
)
from invokeai_api.v6_14.types import UNSET, File

T = TypeVar("T")


def expect(value: Any, kind: type[T]) -> T:
    """The answer, if it is of the documented success type (a 422 parses as an HTTPValidationError)."""
    if not isinstance(value, kind):
        raise RuntimeError(f"expected {kind.__name__}, got {value!r}")
    return value


def connect(url: str, token: str | None = None) -> AuthenticatedClient:
    """A client with a timeout that raises on statuses the document does not list.

    6.14's document marks its operations as authenticated (for its multi-user mode); a single-user server
    wants no token, and the plain ``Client`` (the same interface, no Authorization header) serves there.
    """
    options: dict[str, Any] = {
        "base_url": url,
        "timeout": httpx.Timeout(30.0),
        "raise_on_unexpected_status": True,
    }
    if token is not None:
        return AuthenticatedClient(token=token, **options)
    return cast(AuthenticatedClient, Client(**options))


def board_names(api: AuthenticatedClient) -> list[str]:
    """Every board's name (``all_=True``: one unpaginated list)."""
    boards = expect(list_boards.sync(client=api, all_=True), list)  # a list with all_=True; else a page
    return [expect(board, BoardDTO).board_name for board in boards]


def queue_counts(api: AuthenticatedClient) -> dict[str, int]:
    """The default queue's counts."""
    queue = expect(get_queue_status.sync("default", client=api), SessionQueueAndProcessorStatus).queue
    return {"pending": queue.pending, "in_progress": queue.in_progress, "completed": queue.completed,
            "failed": queue.failed, "canceled": queue.canceled}  # fmt: skip


def latest_image(api: AuthenticatedClient) -> ImageDTO | None:
    """The newest image (starred ones are not put first)."""
    answer = list_image_dtos.sync(
        client=api, limit=1, order_dir="DESC", starred_first=False, is_intermediate=False
    )
    page = expect(answer, OffsetPaginatedResultsImageDTO)
    return page.items[0] if page.items else None


def upload(api: AuthenticatedClient, path: Path, board_id: str | None = None) -> ImageDTO:
    """Upload a PNG as a user asset (the GUI's Assets tab)."""
    with path.open("rb") as handle:
        body = BodyUploadImage(file=File(payload=handle, file_name=path.name, mime_type="image/png"))
        answer = upload_image.sync(
            client=api, body=body, image_category="user", is_intermediate=False, board_id=board_id or UNSET
        )
    return expect(answer, ImageDTO)


def star(api: AuthenticatedClient, names: list[str]) -> list[str]:
    """Star images; returns those the server starred."""
    answer = star_images_in_list.sync(client=api, body=BodyStarImagesInList(image_names=names))
    return expect(answer, StarredImagesResult).starred_images


def starred_images(api: AuthenticatedClient, limit: int = 100) -> list[str]:
    """The starred images among the newest ``limit`` (starred ones first)."""
    page = expect(list_image_dtos.sync(client=api, limit=limit, starred_first=True, order_dir="DESC"),
                  OffsetPaginatedResultsImageDTO)  # fmt: skip
    return [image.image_name for image in page.items if image.starred]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("image", type=Path, help="a PNG to upload and star")
    parser.add_argument("--url", default="http://127.0.0.1:9090")
    args = parser.parse_args()
    with connect(args.url) as api:
        print("boards:", board_names(api))
        print("queue:", queue_counts(api))
        uploaded = upload(api, args.image)
        print("uploaded:", uploaded.image_name, uploaded.width, uploaded.height)
        print("starred:", star(api, [uploaded.image_name]), "of", starred_images(api))
        newest = latest_image(api)
        print("latest:", newest.image_name if newest else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
