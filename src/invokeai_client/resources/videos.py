"""``client.videos``: video records: list, get, star, delete.

InvokeAI 6.8 (the open-source server) documents a videos API but implements none of it: every video
endpoint answers 501, which surfaces as :class:`EndpointNotImplementedError`. The resource is typed
against the documented schema, for servers that implement it.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Literal

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

from .._core import Flow
from ..types.videos import DeletedVideos, StarredVideos, UnstarredVideos, Video, VideoIds, VideoPage
from ._base import AsyncResource, Operations, SyncResource, call, call_as, operation
from ._image_flows import board_checked

Direction = Literal["ASC", "DESC"]


def _ids(video_ids: str | Sequence[str]) -> builtins.list[str]:
    return [video_ids] if isinstance(video_ids, str) else builtins.list(video_ids)


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
        spec = list_video_dtos._get_kwargs(
            board_id=board_id,
            is_intermediate=is_intermediate,
            search_term=search_term,
            starred_first=starred_first,
            order_dir=direction,
            offset=offset,
            limit=limit,
        )
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
        spec = get_video_ids._get_kwargs(
            board_id=board_id,
            is_intermediate=is_intermediate,
            search_term=search_term,
            starred_first=starred_first,
            order_dir=direction,
        )
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
        body = BodyStarVideosInList(video_ids=_ids(video_ids))
        return call(star_videos_in_list._get_kwargs(body=body), StarredVideos)

    @operation
    def unstar(self, video_ids: str | Sequence[str]) -> Flow[UnstarredVideos]:
        """Unstar one or several videos.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        body = BodyUnstarVideosInList(video_ids=_ids(video_ids))
        return call(unstar_videos_in_list._get_kwargs(body=body), UnstarredVideos)

    @operation
    def delete(self, video_ids: str | Sequence[str]) -> Flow[DeletedVideos]:
        """Delete one or several videos.

        Raises:
            EndpointNotImplementedError: the server has no videos (InvokeAI 6.8).
        """
        body = BodyDeleteVideosFromList(video_ids=_ids(video_ids))
        return call(delete_videos_from_list._get_kwargs(body=body), DeletedVideos)

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
