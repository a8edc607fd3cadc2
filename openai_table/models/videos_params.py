"""Request-side types of `client.videos`."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from .params import FileTypes
from .videos import VideoModel, VideoSeconds, VideoSize

__all__ = [
    "VideoCreateParams",
    "VideoRemixParams",
    "VideoListParams",
    "VideoDownloadContentParams",
]


class VideoCreateParams(TypedDict, total=False):
    """Arguments of `videos.create`."""

    prompt: Required[str]
    input_reference: FileTypes
    model: VideoModel
    seconds: VideoSeconds
    size: VideoSize


class VideoRemixParams(TypedDict, total=False):
    """Arguments of `videos.remix`."""

    prompt: Required[str]


class VideoListParams(TypedDict, total=False):
    """Arguments of `videos.list`."""

    after: str
    limit: int
    order: Literal["asc", "desc"]


class VideoDownloadContentParams(TypedDict, total=False):
    """Arguments of `videos.download_content`: which rendition to fetch."""

    variant: Literal["video", "thumbnail", "spritesheet"]
