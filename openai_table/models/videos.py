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

    code: str = None
    message: str = None


@model
class Video(BaseModel):
    """A video generation job: its status, progress and the settings it runs with."""

    id: str = None
    completed_at: Optional[int] = None
    created_at: int = None
    error: Optional[VideoCreateError] = None
    expires_at: Optional[int] = None
    model: Literal["sora-2", "sora-2-pro"] = None
    object: Literal["video"] = None  # "video"
    progress: int = None
    prompt: Optional[str] = None
    remixed_from_video_id: Optional[str] = None
    seconds: Literal["4", "8", "12"] = None
    size: Literal["720x1280", "1280x720", "1024x1792", "1792x1024"] = None
    status: Literal["queued", "in_progress", "completed", "failed"] = None


@model
class VideoDeleteResponse(BaseModel):
    """Confirmation that a video was deleted."""

    id: str = None
    deleted: bool = None
    object: Literal["video.deleted"] = None  # "video.deleted"
