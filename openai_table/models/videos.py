"""Video jobs (Sora): the job object, its error and the deletion receipt."""

from __future__ import annotations

from typing import Literal, Optional

from ._base import BaseModel, model

__all__ = [
    # settings
    "VideoModel",
    "VideoSeconds",
    "VideoSize",
    # jobs
    "VideoCreateError",
    "Video",
    "VideoDeleteResponse",
]


# -- settings ------------------------------------------------------------------------------------

VideoModel = Literal["sora-2", "sora-2-pro"]
VideoSeconds = Literal["4", "8", "12"]
VideoSize = Literal["720x1280", "1280x720", "1024x1792", "1792x1024"]


# -- jobs ----------------------------------------------------------------------------------------

@model
class VideoCreateError(BaseModel):
    """Why a video job failed."""

    code: Optional[str] = None
    message: Optional[str] = None


@model
class Video(BaseModel):
    """A video generation job: its status, progress and the settings it runs with."""

    id: Optional[str] = None
    completed_at: Optional[int] = None
    created_at: Optional[int] = None
    error: Optional[VideoCreateError] = None
    expires_at: Optional[int] = None
    model: Optional[str] = None
    object: Optional[str] = None  # "video"
    progress: Optional[int] = None
    prompt: Optional[str] = None
    remixed_from_video_id: Optional[str] = None
    seconds: Optional[str] = None
    size: Optional[str] = None
    status: Optional[str] = None


@model
class VideoDeleteResponse(BaseModel):
    """Confirmation that a video was deleted."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None  # "video.deleted"
