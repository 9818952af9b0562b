"""Types of ``client.videos`` (InvokeAI 6.14's videos API, keyed by video name)."""

from __future__ import annotations

from pydantic import Field

from ._base import APIModel


class Video(APIModel):
    """A video record (``VideoDTO``). ``board_id`` is ``None`` for a video on no board.

    ``video_url``/``thumbnail_url`` are relative to the server's base URL; ``duration`` is in seconds.
    """

    video_name: str
    video_url: str
    thumbnail_url: str
    width: int
    height: int
    duration: float
    fps: float | None = None
    video_category: str
    video_origin: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    is_intermediate: bool
    session_id: str | None = None
    node_id: str | None = None
    starred: bool = False
    has_workflow: bool = False
    board_id: str | None = None
    video_subfolder: str = ""


class VideoPage(APIModel):
    """One page of videos, with the number of videos matching the filters."""

    items: list[Video]
    offset: int
    limit: int
    total: int


class VideoNames(APIModel):
    """The names of every video matching the filters, in list order, with counts."""

    video_names: list[str]
    starred_count: int
    total_count: int


class VideoUrls(APIModel):
    """Where a video's file (MP4) and first-frame thumbnail (WebP) are served, relative to the base URL."""

    video_name: str
    video_url: str
    thumbnail_url: str


class DeletedVideos(APIModel):
    """What a delete removed, what it could not, and the boards the videos were on (``"none"``)."""

    deleted_videos: list[str]
    failed_videos: list[str] = Field(default_factory=list)
    affected_boards: list[str]


class StarredVideos(APIModel):
    """The videos a star request changed, those it could not, and the boards they are on."""

    starred_videos: list[str]
    failed_videos: list[str] = Field(default_factory=list)
    affected_boards: list[str]


class UnstarredVideos(APIModel):
    """The videos an unstar request changed, those it could not, and the boards they are on."""

    unstarred_videos: list[str]
    failed_videos: list[str] = Field(default_factory=list)
    affected_boards: list[str]
