"""``client.images``: upload, list, star, delete and download images.

Whole-response calls are ``@operation`` flows (written once, sync and async). Streamed downloads to
files live in `_image_downloads`, which twins them by hand over the shared helpers of
``invokeai_client._image_io``.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .._flows import Call, Flow
from .._image_io import decode_pil, png_size, read_upload, require_pillow
from ..types._base import Direction
from ..types.images import (
    BulkDownload,
    DeletedImages,
    EmbeddedWorkflow,
    Image,
    ImageCategory,
    ImageNames,
    ImageOrigin,
    ImagePage,
    StarredImages,
    UnstarredImages,
)
from ._api import OMIT, Json, Multipart, call, call_as, parse
from ._base import AsyncResource, Operations, SyncResource, in_requests, join_lists, join_models, operation
from ._confirm import Since, confirmed_create
from ._endpoints import (
    clear_intermediates,
    delete_image,
    delete_images_from_list,
    get_image_dto,
    get_image_metadata,
    get_image_names,
    get_image_workflow,
    get_images_by_names,
    get_intermediates_count,
    list_image_dtos,
    star_images_in_list,
    unstar_images_in_list,
    upload_image,
)
from ._image_downloads import Downloads
from ._image_flows import (
    UNCATEGORIZED,
    board_checked,
    check_board,
    content,
    image_spec,
    listing_filters,
    request_zip_flow,
)
from ._pages import every_item

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

    from .._image_io import ImageSource


def _names(image_names: str | Sequence[str]) -> builtins.list[str]:
    return [image_names] if isinstance(image_names, str) else builtins.list(image_names)


def _categories(categories: Sequence[ImageCategory] | None) -> Any:
    return builtins.list(categories) if categories else OMIT


def _filters(
    board_id: str | None,
    categories: Sequence[ImageCategory] | None,
    is_intermediate: bool | None,
    origin: ImageOrigin | None,
    search_term: str | None,
    starred_first: bool,
    direction: Direction,
    /,
) -> dict[str, Any]:
    """The query filters of `_Images.list` and `_Images.names`."""
    shared = listing_filters(board_id, is_intermediate, search_term, starred_first, direction)
    return {**shared, "categories": _categories(categories), "image_origin": origin}


def _upload_flow(
    board_id: str | None, spec: Call, find: Callable[[Since], Flow[Image | None]], what: str
) -> Flow[Image]:
    yield from check_board(board_id)  # the server would silently upload to no board
    return (yield from confirmed_create(lambda: call(spec, Image), find, what))


def _uploaded(
    since: Since, board_id: str, category: str, is_intermediate: bool, size: tuple[int, int] | None
) -> Flow[Image | None]:
    """The image an upload made, if the server has it: the newest image on its board and of its category
    made since the upload was sent (and of its size, when the upload's header tells it)."""
    spec = list_image_dtos(
        board_id=board_id, categories=[category], is_intermediate=is_intermediate, image_origin="external",
        starred_first=False, order_dir="DESC", offset=0, limit=20,
    )  # fmt: skip
    response = yield spec
    bound = since.bound(response)
    made = [
        image
        for image in parse(ImagePage, response).items
        if Since.made_after(image.created_at, bound) and (size is None or (image.width, image.height) == size)
    ]
    return made[0] if made else None


class _Images(Downloads, Operations):
    """Images on the server: upload, records, stars, deletion, metadata and downloads."""

    _resource = "images"

    @operation
    def upload(
        self,
        image: ImageSource,
        *,
        category: ImageCategory = "user",
        is_intermediate: bool = False,
        board_id: str | None = None,
        file_name: str | None = None,
    ) -> Flow[Image]:
        """Upload an image (``POST /api/v1/images/upload``).

        Sent once. When it ends without a usable answer (a 5xx, a timeout, a reset), the server is asked
        whether the image landed (the newest images of that board and category, made since the upload was
        sent, of the image's size) before anything is raised or sent again: never two copies.

        Args:
            image: a file path, the file's bytes, a binary file object, or a PIL image (sent as PNG).
            category: ``"user"`` (the GUI's Assets, right for workflow inputs), ``"general"``, ``"mask"``,
                ``"control"`` or ``"other"``.
            is_intermediate: hide the image from the gallery.
            board_id: the board to put it on; ``None`` or ``"none"``: uncategorized.
            file_name: the name to send (the server names the image itself).

        Returns:
            The new image's record; use its ``image_name``.

        Raises:
            InvalidImageError: the data is not an image (before any request).
            BoardNotFoundError: there is no such board (checked first: the server would silently
                upload the image uncategorized).
            UnsupportedMediaTypeError: the server cannot read the image (415).
        """
        data = read_upload(image, file_name)
        body = Multipart({"file": (data.file_name, data.content, data.mime_type)})
        on_board = board_id is not None and board_id != UNCATEGORIZED
        spec = upload_image(
            body=body,
            image_category=category,
            is_intermediate=is_intermediate,
            board_id=board_id if on_board else OMIT,
        )
        size = png_size(data.content)
        where = board_id if board_id is not None and on_board else UNCATEGORIZED

        def find(since: Since) -> Flow[Image | None]:
            return _uploaded(since, where, category, is_intermediate, size)

        return _upload_flow(board_id, spec, find, f"images.upload({data.file_name!r})")

    @operation
    def get(self, image_name: str) -> Flow[Image]:
        """One image's record.

        Raises:
            NotFoundError: there is no such image.
        """
        return call(get_image_dto(image_name), Image)

    @operation
    def get_many(self, image_names: Sequence[str]) -> Flow[builtins.list[Image]]:
        """The records of several images, in the order given; unknown names are left out. Any number of
        names: more than 1,000 go in several requests (InvokeAI 6.14 takes no more in one)."""

        def send(run: builtins.list[str]) -> Flow[builtins.list[Image]]:
            return call_as(
                get_images_by_names(body=Json({"image_names": run})).as_read(), builtins.list[Image]
            )

        return in_requests(image_names, send, join_lists)

    @operation
    def list(
        self,
        *,
        board_id: str | None = None,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        origin: ImageOrigin | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
    ) -> Flow[builtins.list[Image]]:
        """Every image record matching the filters of `page`, read in pages of 500.

        Raises:
            BoardNotFoundError: there is no such board.
        """
        filters = _filters(
            board_id, categories, is_intermediate, origin, search_term, starred_first, direction
        )

        def read(offset: int, limit: int) -> Flow[ImagePage]:
            return call(list_image_dtos(**filters, offset=offset, limit=limit), ImagePage)

        return board_checked(board_id, every_item(read, Image))

    @operation
    def page(
        self,
        *,
        board_id: str | None = None,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        origin: ImageOrigin | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
        offset: int = 0,
        limit: int = 10,
    ) -> Flow[ImagePage]:
        """One page of image records, newest first by default, with the total count.

        Args:
            board_id: only this board's images (``"none"``: uncategorized; ``None``: every board).
            categories: only these categories (the gallery shows ``general``; assets are ``user`` …).
            is_intermediate: only intermediate (``True``) or only gallery (``False``) images.
            origin: ``"internal"`` (generated) or ``"external"`` (uploaded).
            search_term: only images whose metadata contains this text.
            starred_first: list starred images before the others.
            direction: ``"DESC"`` (newest first) or ``"ASC"``.
            offset: the first record of the page (0-based).
            limit: records on the page.

        Raises:
            BoardNotFoundError: there is no such board.
        """
        filters = _filters(
            board_id, categories, is_intermediate, origin, search_term, starred_first, direction
        )
        spec = list_image_dtos(**filters, offset=offset, limit=limit)
        return board_checked(board_id, call(spec, ImagePage))

    @operation
    def names(
        self,
        *,
        board_id: str | None = None,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        origin: ImageOrigin | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
    ) -> Flow[ImageNames]:
        """The names of every image matching the filters of `page`, in one request.

        Raises:
            BoardNotFoundError: there is no such board.
        """
        filters = _filters(
            board_id, categories, is_intermediate, origin, search_term, starred_first, direction
        )
        spec = get_image_names(**filters)
        return board_checked(board_id, call(spec, ImageNames))

    @operation
    def star(self, image_names: str | Sequence[str]) -> Flow[StarredImages]:
        """Star one or several images (unknown names are skipped; any number, see `get_many`)."""
        return in_requests(
            _names(image_names),
            lambda run: call(star_images_in_list(body=Json({"image_names": run})), StarredImages),
            join_models,
        )

    @operation
    def unstar(self, image_names: str | Sequence[str]) -> Flow[UnstarredImages]:
        """Unstar one or several images (unknown names are skipped; any number, see `get_many`)."""
        return in_requests(
            _names(image_names),
            lambda run: call(unstar_images_in_list(body=Json({"image_names": run})), UnstarredImages),
            join_models,
        )

    @operation
    def delete(self, image_name: str) -> Flow[DeletedImages]:
        """Delete one image. An unknown name deletes nothing (``deleted_images`` is empty); no error."""
        return call(delete_image(image_name), DeletedImages)

    @operation
    def delete_many(self, image_names: Sequence[str]) -> Flow[DeletedImages]:
        """Delete several images; unknown names are skipped (any number, see `get_many`)."""
        return in_requests(
            image_names,
            lambda run: call(delete_images_from_list(body=Json({"image_names": run})), DeletedImages),
            join_models,
        )

    @operation
    def intermediates_count(self) -> Flow[int]:
        """How many intermediate images the server holds."""
        return call_as(get_intermediates_count(), int)

    @operation
    def clear_intermediates(self) -> Flow[int]:
        """Delete every intermediate image; returns how many were deleted."""
        return call_as(clear_intermediates(), int)

    @operation
    def metadata(self, image_name: str) -> Flow[dict[str, Any] | None]:
        """The generation metadata stored with an image, or ``None`` (uploads carry none).

        Raises:
            NotFoundError: there is no such image.
        """
        return call_as(get_image_metadata(image_name), dict[str, Any] | None)

    @operation
    def workflow(self, image_name: str) -> Flow[EmbeddedWorkflow]:
        """The workflow and graph embedded in an image (each ``None`` when absent).

        ``client.workflows.from_image`` loads the workflow ready to run.

        Raises:
            NotFoundError: there is no such image.
        """
        return call(get_image_workflow(image_name), EmbeddedWorkflow)

    @operation
    def download(self, image_name: str, *, thumbnail: bool = False) -> Flow[bytes]:
        """The image file's bytes (PNG), or its thumbnail's (WebP).

        Raises:
            NotFoundError: there is no such image.
        """
        return content(image_spec(image_name, thumbnail=thumbnail))

    @operation
    def download_pil(self, image_name: str, *, thumbnail: bool = False) -> Flow[PILImage]:
        """The image (or its thumbnail) as a loaded PIL image. Needs Pillow (the ``images`` extra).

        Raises:
            MissingDependencyError: Pillow is not installed (before any request).
            NotFoundError: there is no such image.
        """
        require_pillow("client.images.download_pil")
        return self._decoded(image_spec(image_name, thumbnail=thumbnail))

    def _decoded(self, spec: Call) -> Flow[PILImage]:
        return decode_pil((yield from content(spec)))

    @operation
    def request_zip(
        self, *, image_names: Sequence[str] | None = None, board_id: str | None = None
    ) -> Flow[BulkDownload]:
        """Ask the server to zip images (``POST /api/v1/images/download``); it answers 202 at once.

        `download_zip` does this and then fetches the zip.

        Raises:
            BoardNotFoundError: there is no such board (the server would answer 500).
            BadRequestError: neither ``image_names`` nor ``board_id`` was given.
        """
        return request_zip_flow(image_names, board_id)


class ImagesResource(SyncResource, _Images):
    __doc__ = _Images.__doc__


class AsyncImagesResource(AsyncResource, _Images):
    __doc__ = _Images.__doc__
