"""Types of ``client.videos``: video records, pages, and the results of bulk operations."""

from __future__ import annotations

from ._base import APIModel


class Video(APIModel):
    """A video record (``VideoDTO``). ``board_id`` is ``None`` for a video on no board."""

    video_id: str
    video_url: str
    thumbnail_url: str
    width: int
    height: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    is_intermediate: bool
    session_id: str | None = None
    node_id: str | None = None
    starred: bool = False
    board_id: str | None = None


class VideoPage(APIModel):
    """One page of videos, with the number of videos matching the filters."""

    items: list[Video]
    offset: int
    limit: int
    total: int


class VideoIds(APIModel):
    """The ids of every video matching the filters, in list order, with counts."""

    video_ids: list[str]
    starred_count: int
    total_count: int


class DeletedVideos(APIModel):
    """What a delete removed, and the boards the videos were on (``"none"``: uncategorized)."""

    deleted_videos: list[str]
    affected_boards: list[str]


class StarredVideos(APIModel):
    """The videos a star request changed, and the boards they are on."""

    starred_videos: list[str]
    affected_boards: list[str]


class UnstarredVideos(APIModel):
    """The videos an unstar request changed, and the boards they are on."""

    unstarred_videos: list[str]
    affected_boards: list[str]
