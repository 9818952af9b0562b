"""``client.videos``: video records: list, get, star, delete.

InvokeAI 6.8 (the open-source server) documents a videos API but implements none of it: every video
endpoint answers 501, which surfaces as :class:`EndpointNotImplementedError`. The resource is typed
against the documented schema, for servers that implement it.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

from invokeai_api.api.videos import (
    delete_uncategorized_videos,
    delete_videos_from_list,
    get_video_dto,
    get_video_ids,
    get_videos_by_ids,
    list_video_dtos,
    star_videos_in_list,
    unstar_videos_in_list,
)
from invokeai_api.models.body_delete_videos_from_list import BodyDeleteVideosFromList
from invokeai_api.models.body_get_videos_by_ids import BodyGetVideosByIds
from invokeai_api.models.body_star_videos_in_list import BodyStarVideosInList
from invokeai_api.models.body_unstar_videos_in_list import BodyUnstarVideosInList
from pydantic import BaseModel

from .._core import Flow
from ..types.videos import DeletedVideos, StarredVideos, UnstarredVideos, Video, VideoIds, VideoPage
from ._base import AsyncResource, Operations, SyncResource, call, call_as, operation
from ._image_flows import board_checked, listing_filters

Direction = Literal["ASC", "DESC"]
M = TypeVar("M", bound=BaseModel)


def _ids(video_ids: str | Sequence[str]) -> builtins.list[str]:
    return [video_ids] if isinstance(video_ids, str) else builtins.list(video_ids)


def _listed(
    video_ids: str | Sequence[str], body: Callable[..., Any], endpoint: Any, result: type[M]
) -> Flow[M]:
    """The flow of a request on a list of videos: ``endpoint`` with a ``body`` holding ``video_ids``."""
    return call(endpoint._get_kwargs(body=body(video_ids=_ids(video_ids))), result)


class _Videos(Operations):
    """Videos on the server. Every method raises ``EndpointNotImplementedError`` on InvokeAI 6.8."""

    @operation
    def list(
        self,
        *,
        board_id: str | None = None,
        is_intermediate: bool | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
        offset: int = 0,
        limit: int = 10,
    ) -> Flow[VideoPage]:
        """One page of video records, newest first by default.

        Args:
            board_id: only this board's videos (``"none"``: uncategorized; ``None``: every board).
            is_intermediate: only intermediate (``True``) or only gallery (``False``) videos.
            search_term: only videos whose metadata contains this text.
            starred_first: list starred videos before the others.
            direction: ``"DESC"`` (newest first) or ``"ASC"``.
            offset, limit: the page.

        Raises:
            BoardNotFoundError: there is no such board.
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        filters = listing_filters(board_id, is_intermediate, search_term, starred_first, direction)
        spec = list_video_dtos._get_kwargs(**filters, offset=offset, limit=limit)
        return board_checked(board_id, call(spec, VideoPage))

    @operation
    def ids(
        self,
        *,
        board_id: str | None = None,
        is_intermediate: bool | None = None,
        search_term: str | None = None,
        starred_first: bool = True,
        direction: Direction = "DESC",
    ) -> Flow[VideoIds]:
        """The ids of every video matching the filters of :meth:`list` (a board's videos with
        ``board_id``), in one request.

        Raises:
            BoardNotFoundError: there is no such board.
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        filters = listing_filters(board_id, is_intermediate, search_term, starred_first, direction)
        spec = get_video_ids._get_kwargs(**filters)
        return board_checked(board_id, call(spec, VideoIds))

    @operation
    def get(self, video_id: str) -> Flow[Video]:
        """One video's record.

        Raises:
            NotFoundError: there is no such video.
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        return call(get_video_dto._get_kwargs(video_id), Video)

    @operation
    def get_many(self, video_ids: Sequence[str]) -> Flow[builtins.list[Video]]:
        """The records of several videos in one request.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        body = BodyGetVideosByIds(video_ids=builtins.list(video_ids))
        return call_as(get_videos_by_ids._get_kwargs(body=body), builtins.list[Video])

    @operation
    def star(self, video_ids: str | Sequence[str]) -> Flow[StarredVideos]:
        """Star one or several videos.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        return _listed(video_ids, BodyStarVideosInList, star_videos_in_list, StarredVideos)

    @operation
    def unstar(self, video_ids: str | Sequence[str]) -> Flow[UnstarredVideos]:
        """Unstar one or several videos.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        return _listed(video_ids, BodyUnstarVideosInList, unstar_videos_in_list, UnstarredVideos)

    @operation
    def delete(self, video_ids: str | Sequence[str]) -> Flow[DeletedVideos]:
        """Delete one or several videos.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        return _listed(video_ids, BodyDeleteVideosFromList, delete_videos_from_list, DeletedVideos)

    @operation
    def delete_uncategorized(self) -> Flow[DeletedVideos]:
        """Delete every video on no board.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        return call(delete_uncategorized_videos._get_kwargs(), DeletedVideos)


class VideosResource(SyncResource, _Videos):
    __doc__ = _Videos.__doc__


class AsyncVideosResource(AsyncResource, _Videos):
    __doc__ = _Videos.__doc__
