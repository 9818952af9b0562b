"""``client.videos``: video records and files, keyed by video name (InvokeAI 6.14's videos API).

InvokeAI 6.8 documents a videos API keyed by id but implements none of it (every route answers 501), so on
a 6.8 server every method here raises `UnsupportedByServerError` before any request.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from .._flows import Flow
from .._image_io import check_image
from .._video_io import VideoSource, check_video, read_video
from ..types._base import Direction
from ..types.images import EmbeddedWorkflow, ImageCategory
from ..types.videos import (
    DeletedVideos,
    StarredVideos,
    UnstarredVideos,
    Video,
    VideoNames,
    VideoPage,
    VideoUrls,
)
from ._api import OMIT, Json, Multipart, call, call_as
from ._base import AsyncResource, Operations, SyncResource, in_requests, join_models, operation
from ._endpoints import (
    delete_uncategorized_videos,
    delete_video,
    delete_videos_from_list,
    get_video_dto,
    get_video_full,
    get_video_metadata,
    get_video_names,
    get_video_thumbnail,
    get_video_urls,
    get_video_workflow,
    list_video_dtos,
    star_videos_in_list,
    unstar_videos_in_list,
    update_video,
    upload_video,
)
from ._image_downloads import DEFAULT_CONCURRENCY, Media, StrPath, download_many_flow
from ._image_flows import UNCATEGORIZED, board_checked, content, listing_filters
from ._pages import every_item

VideoOrigin = Literal["internal", "external"]
VIDEOS = Media(
    "video_name",
    "videos",
    lambda name, thumbnail: (get_video_thumbnail if thumbnail else get_video_full)(name),
    lambda thumbnail: check_image if thumbnail else check_video,
)


def _names(video_names: str | Sequence[str]) -> builtins.list[str]:
    return [video_names] if isinstance(video_names, str) else builtins.list(video_names)


def _filters(
    board_id: str | None,
    categories: Sequence[ImageCategory] | None,
    is_intermediate: bool | None,
    origin: VideoOrigin | None,
    search_term: str | None,
    starred_first: bool,
    direction: Direction,
    /,
) -> dict[str, Any]:
    shared = listing_filters(board_id, is_intermediate, search_term, starred_first, direction)
    return {
        **shared,
        "categories": builtins.list(categories) if categories else OMIT,
        "video_origin": origin if origin is not None else OMIT,
    }


class _Videos(Operations):
    """Videos on the server (InvokeAI 6.14): upload, records, files, stars, boards, deletion."""

    _resource = "videos"
    _requires = (get_video_dto,)  # pinned to the by-name route: a 6.8 server has none of these methods

    @operation
    def upload(
        self,
        video: VideoSource,
        *,
        category: ImageCategory = "user",
        is_intermediate: bool = False,
        board_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        file_name: str | None = None,
    ) -> Flow[Video]:
        """Upload a video file (MP4, MOV or WebM). Sent once: an upload is never retried.

        Raises:
            InvalidVideoError: the data is not a video (before any request).
            BoardNotFoundError: there is no such board (checked first).
            UnsupportedMediaTypeError: the server cannot read it (415).
        """
        data = read_video(video, file_name)
        fields = {"metadata": json.dumps(dict(metadata)) if metadata is not None else None}
        body = Multipart({"file": (data.file_name, data.content, data.mime_type)}, fields)
        on_board = board_id is not None and board_id != UNCATEGORIZED
        spec = upload_video(
            body=body,
            video_category=category,
            is_intermediate=is_intermediate,
            board_id=board_id if on_board else OMIT,
        )
        return board_checked(board_id, call(spec, Video))

    @operation
    def get(self, video_name: str) -> Flow[Video]:
        """One video's record.

        Raises:
            NotFoundError: there is no such video.
        """
        return call(get_video_dto(video_name), Video)

    @operation
    def list(
        self,
        *,
        board_id: str | None = None,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        origin: VideoOrigin | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
    ) -> Flow[builtins.list[Video]]:
        """Every video record matching the filters of `page`, read in pages of 500.

        Raises:
            BoardNotFoundError: there is no such board.
        """
        filters = _filters(
            board_id, categories, is_intermediate, origin, search_term, starred_first, direction
        )

        def read(offset: int, limit: int) -> Flow[VideoPage]:
            return call(list_video_dtos(**filters, offset=offset, limit=limit), VideoPage)

        return board_checked(board_id, every_item(read, Video))

    @operation
    def page(
        self,
        *,
        board_id: str | None = None,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        origin: VideoOrigin | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
        offset: int = 0,
        limit: int = 10,
    ) -> Flow[VideoPage]:
        """One page of video records, newest first by default, with the total (the filters of
        ``client.images.page``).

        Raises:
            BoardNotFoundError: there is no such board.
        """
        filters = _filters(
            board_id, categories, is_intermediate, origin, search_term, starred_first, direction
        )
        spec = list_video_dtos(**filters, offset=offset, limit=limit)
        return board_checked(board_id, call(spec, VideoPage))

    @operation
    def names(
        self,
        *,
        board_id: str | None = None,
        categories: Sequence[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        origin: VideoOrigin | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
    ) -> Flow[VideoNames]:
        """The names of every video matching the filters of `page`, in one request.

        Raises:
            BoardNotFoundError: there is no such board.
        """
        filters = _filters(
            board_id, categories, is_intermediate, origin, search_term, starred_first, direction
        )
        return board_checked(board_id, call(get_video_names(**filters), VideoNames))

    @operation
    def update(
        self,
        video_name: str,
        *,
        starred: bool | None = None,
        is_intermediate: bool | None = None,
        category: ImageCategory | None = None,
    ) -> Flow[Video]:
        """Change a video's star, intermediate flag or category; unset arguments stay as they are."""
        changes = {"starred": starred, "is_intermediate": is_intermediate, "video_category": category}
        body = Json({key: value for key, value in changes.items() if value is not None})
        return call(update_video(video_name, body=body), Video)

    @operation
    def urls(self, video_name: str) -> Flow[VideoUrls]:
        """Where the server serves the video and its thumbnail."""
        return call(get_video_urls(video_name), VideoUrls)

    @operation
    def download(self, video_name: str, *, thumbnail: bool = False) -> Flow[bytes]:
        """The video file's bytes (MP4), or its first-frame thumbnail's (WebP).

        Raises:
            NotFoundError: there is no such video.
        """
        return content((get_video_thumbnail if thumbnail else get_video_full)(video_name))

    @operation
    def download_many(
        self,
        video_names: Sequence[str],
        folder: StrPath,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        thumbnail: bool = False,
        overwrite: bool = False,
    ) -> Flow[builtins.list[Path]]:
        """Download videos (or their WebP thumbnails) into ``folder``, ``concurrency`` at a time.

        As [`images.download_many`][invokeai_client.resources.images.ImagesResource.download_many]: each distinct
        video gets its own file, a file already there stays unless ``overwrite`` (the video gets a numbered
        name), a name given twice is downloaded once, and a file appears only once it is complete.

        Args:
            video_names: the videos.
            folder: where to save them (created if missing).
            concurrency: downloads at a time.
            thumbnail: download the thumbnails instead.
            overwrite: replace files of the same names.

        Returns:
            The saved paths, in the order of ``video_names``.

        Raises:
            OutputFolderError: the folder cannot be written (before any request).
            InvalidNameError: a video name cannot be part of a URL (before any request).
            APIError: a download failed (``NotFoundError``: no such video); the downloads not yet started
                are canceled, files already complete stay.
        """
        return (yield from download_many_flow(video_names, folder, concurrency, thumbnail, overwrite, VIDEOS))

    @operation
    def metadata(self, video_name: str) -> Flow[dict[str, Any] | None]:
        """The generation metadata stored with a video, or ``None``."""
        return call_as(get_video_metadata(video_name), dict[str, Any] | None)

    @operation
    def workflow(self, video_name: str) -> Flow[EmbeddedWorkflow]:
        """The workflow and graph that made a video (each ``None`` when absent)."""
        return call(get_video_workflow(video_name), EmbeddedWorkflow)

    @operation
    def star(self, video_names: str | Sequence[str]) -> Flow[StarredVideos]:
        """Star one or several videos (any number: more than 1,000 go in several requests)."""
        return in_requests(
            _names(video_names),
            lambda run: call(star_videos_in_list(body=Json({"video_names": run})), StarredVideos),
            join_models,
        )

    @operation
    def unstar(self, video_names: str | Sequence[str]) -> Flow[UnstarredVideos]:
        """Unstar one or several videos (any number: more than 1,000 go in several requests)."""
        return in_requests(
            _names(video_names),
            lambda run: call(unstar_videos_in_list(body=Json({"video_names": run})), UnstarredVideos),
            join_models,
        )

    @operation
    def delete(self, video_name: str) -> Flow[DeletedVideos]:
        """Delete one video.

        Raises:
            NotFoundError: there is no such video.
        """
        return call(delete_video(video_name), DeletedVideos)

    @operation
    def delete_many(self, video_names: Sequence[str]) -> Flow[DeletedVideos]:
        """Delete several videos; names the server could not delete are in ``failed_videos`` (any number:
        more than 1,000 go in several requests)."""
        return in_requests(
            video_names,
            lambda run: call(delete_videos_from_list(body=Json({"video_names": run})), DeletedVideos),
            join_models,
        )

    @operation
    def delete_uncategorized(self) -> Flow[DeletedVideos]:
        """Delete every video on no board."""
        return call(delete_uncategorized_videos(), DeletedVideos)


class VideosResource(SyncResource, _Videos):
    __doc__ = _Videos.__doc__


class AsyncVideosResource(AsyncResource, _Videos):
    __doc__ = _Videos.__doc__
